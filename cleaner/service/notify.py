"""sd_notify without a dependency: one datagram to $NOTIFY_SOCKET per message (READY, STATUS, WATCHDOG, STOPPING)."""

from __future__ import annotations

import os
import socket
from collections.abc import MutableMapping


class Notifier:
    """Talks to systemd when it started us with Type=notify; does nothing otherwise."""

    def __init__(self, environ: MutableMapping[str, str]) -> None:
        address = environ.pop("NOTIFY_SOCKET", "")  # not for the workers: only the main process may notify
        self._address = "\0" + address[1:] if address.startswith("@") else address
        self._socket: socket.socket | None = None
        if self._address:
            self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self.watchdog_seconds = _watchdog_seconds(environ)
        self.error: str | None = None  # the last send error, reported once by the caller

    @property
    def enabled(self) -> bool:
        """True when a notify socket was given."""
        return self._socket is not None

    def send(self, *lines: str) -> bool:
        """Send NAME=value lines as one message; False (and self.error) when systemd could not be told."""
        if self._socket is None:
            return False
        try:  # never block the service on a slow reader: a message that does not fit is dropped and reported
            self._socket.sendto("\n".join(lines).encode("utf-8"), socket.MSG_DONTWAIT, self._address)
        except OSError as exc:
            self.error = f"sd_notify to {self._address!r} failed: {exc.strerror or exc}"
            return False
        return True

    def close(self) -> None:
        """Close the socket."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def _watchdog_seconds(environ: MutableMapping[str, str]) -> float | None:
    """Half of WATCHDOG_USEC (the recommended ping interval), when the watchdog is meant for this process."""
    usec = environ.pop("WATCHDOG_USEC", "")
    pid = environ.pop("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) == 0 or (pid.isdigit() and int(pid) != os.getpid()):
        return None
    return int(usec) / 2_000_000


__all__ = ["Notifier"]
