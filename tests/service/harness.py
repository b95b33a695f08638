"""Run the real `cleaner watch` as a subprocess on real folders, with a fake systemd notify socket."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

CLEANER = str(Path(sys.executable).parent / "cleaner")
REPO_CONFIG = Path(__file__).resolve().parents[2] / "config"
# Generous: the machine is shared. A passing test never waits this long.
DEADLINE_SECONDS = float(os.environ.get("SERVICE_TEST_DEADLINE", "120"))


def wait_until(check: Callable[[], object], *, what: str, timeout: float = DEADLINE_SECONDS) -> Any:
    """Poll check() until it returns something truthy; fail naming what was awaited after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


_SENTENCES = (
    "The city council approved the new budget on Tuesday after a long debate about schools and roads.",
    "Members said the plan would help residents who have waited years for repairs to the main bridge.",
    "The mayor told reporters that work on the library would start in the spring and finish next year.",
    "Opponents argued that the cost was too high and asked for a second vote before the summer break.",
    "Local businesses welcomed the decision, saying better roads would bring more visitors to the town.",
    "A spokesperson for the school board said teachers would receive new equipment in the autumn term.",
    "The budget also includes money for street lights, a new bus route and repairs to the swimming pool.",
    "Residents can read the full plan on the council website and send comments until the end of the month.",
)


def article(number: int, *, paragraphs: int = 6) -> bytes:
    """A small, unique news-like text dump (about 100 words per paragraph pair) that the core keeps whole."""
    lines = [f"Council approves plan number {number}"]
    for k in range(paragraphs):
        sentence = _SENTENCES[(number + k) % len(_SENTENCES)]
        lines.append(f"{sentence} This was item {number}-{k} on the agenda.")
    return ("\n\n".join(lines) + "\n").encode()


def generic_rules(folder: Path) -> Path:
    """The bundled config/ without its site profiles: the service warms up every site's rules before READY,
    which these tests of the service's mechanics need not pay for at each of their many starts."""
    (folder / "sites").mkdir(parents=True, exist_ok=True)
    for source in REPO_CONFIG.glob("*.toml"):
        if source.name != "cleaner.example.toml":
            shutil.copy(source, folder / source.name)
    return folder


class NotifySocket:
    """An AF_UNIX datagram socket standing in for systemd's (abstract address, so no path length limit).

    A thread reads it all the time, as systemd would: a full socket queue must not be what a test observes.
    """

    def __init__(self) -> None:
        self.address = f"@cleaner-test-{uuid.uuid4().hex}"
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.bind("\0" + self.address[1:])
        self._socket.settimeout(0.2)
        self.messages: list[str] = []
        self._lock = threading.Lock()
        self._closed = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while not self._closed:
            try:
                message = self._socket.recv(65536).decode()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.messages.append(message)

    def poll(self) -> list[str]:
        """Every message received so far."""
        with self._lock:
            return list(self.messages)

    def clear(self) -> None:
        """Forget the messages received so far."""
        with self._lock:
            self.messages.clear()

    def has(self, line: str) -> bool:
        """True when some message carried this line (e.g. READY=1)."""
        return any(line in message.split("\n") for message in self.poll())

    def close(self) -> None:
        """Stop reading and close the socket."""
        self._closed = True
        self._reader.join(timeout=5)
        self._socket.close()


class Service:
    """One `cleaner watch` subprocess in its own process group, logging JSON lines to a file."""

    def __init__(self, root: Path, *, settings: dict[str, object] | None = None, env: dict[str, str] | None = None):
        self.root = root
        self.inbox = root / "inbox"
        self.outbox = root / "outbox"
        self.inbox.mkdir(parents=True, exist_ok=True)
        defaults: dict[str, object] = {"settle_seconds": 0.5, "scan_interval_seconds": 5, "workers": 2}
        if not settings or "config" not in settings:
            defaults["config_dir"] = generic_rules(root / "rules")
        self.settings = {**defaults, **(settings or {})}
        self.extra_env = env or {}
        self.notify = NotifySocket()
        self.log_path = root / "service.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.runs = 0

    @property
    def failed(self) -> Path:
        return self.inbox / "failed"

    @property
    def archive(self) -> Path:
        return self.inbox / "archive"

    @property
    def ledger_path(self) -> Path:
        return self.outbox / ".cleaner" / "ledger.sqlite3"

    def start(self, *, prefix: Sequence[str] = (), env: dict[str, str] | None = None, ready: bool = True) -> Service:
        """Start the service (optionally under a prefix command) and wait for READY=1."""
        argv = [*prefix, CLEANER, "watch", str(self.inbox), str(self.outbox), "--log-format", "json"]
        for key, value in self.settings.items():
            argv += [f"--{key.replace('_', '-')}", str(value)]
        environ = {k: v for k, v in os.environ.items() if not k.startswith("CLEANER_")}
        environ |= {"NOTIFY_SOCKET": self.notify.address, "WATCHDOG_USEC": "2000000", **self.extra_env, **(env or {})}
        self.notify.clear()
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(argv, stderr=log, stdout=log, env=environ, start_new_session=True)
        self.runs += 1
        if ready:
            wait_until(lambda: self.notify.has("READY=1") or self.proc_exited(), what="READY=1")
            assert self.proc.poll() is None, f"service exited at start: {self.log_text()[-2000:]}"
        return self

    def proc_exited(self) -> bool:
        return self.proc is not None and self.proc.poll() is not None

    def send(self, signum: int) -> None:
        """Send a signal to the main process."""
        assert self.proc is not None
        self.proc.send_signal(signum)

    def stop(self, signum: int = signal.SIGTERM, timeout: float = DEADLINE_SECONDS) -> int:
        """Send signum and wait for the exit code; the whole process group must be gone too."""
        assert self.proc is not None
        self.proc.send_signal(signum)
        code = self.proc.wait(timeout=timeout)
        self.wait_group_gone()
        return code

    def kill9(self) -> None:
        """kill -9 the main process, then wait until its workers are gone as well."""
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(timeout=DEADLINE_SECONDS)
        self.wait_group_gone()

    def wait_group_gone(self) -> None:
        """Wait until no process of the service's group is left running (workers die with the service).

        Orphans are reaped by PID 1 whenever it gets to it, so a zombie counts as gone.
        """
        assert self.proc is not None
        pgid = self.proc.pid
        wait_until(lambda: not running_in_group(pgid), what="the service's worker processes to exit")

    def cleanup(self) -> None:
        """Kill whatever is left (test teardown)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
        self.notify.close()

    # --- observations -----------------------------------------------------------------------------------------

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def log_lines(self) -> list[dict[str, Any]]:
        """Every log line as JSON (a line that is not JSON fails the test)."""
        lines = []
        for raw in self.log_text().splitlines():
            if raw.strip():
                lines.append(json.loads(raw))
        return lines

    def events(self, name: str, **match: object) -> list[dict[str, Any]]:
        """Log lines with this event name whose fields include match."""
        lines = self.log_lines()
        return [line for line in lines if line.get("event") == name and all(line.get(k) == v for k, v in match.items())]

    def outputs(self) -> set[str]:
        """NAMEs with both NAME.txt and NAME.json in the outbox."""
        if not self.outbox.exists():
            return set()
        names = {p.name for p in self.outbox.iterdir()}
        return {n[:-4] for n in names if n.endswith(".txt") and n[:-4] + ".json" in names}

    def wait_outputs(self, expected: set[str], timeout: float = DEADLINE_SECONDS) -> None:
        """Wait until every expected output pair exists."""
        wait_until(lambda: expected <= self.outputs(), what=f"{len(expected)} outputs", timeout=timeout)

    def wait_archived(self, names: set[str], timeout: float = DEADLINE_SECONDS) -> None:
        """Wait until every named input is in archive/ (the last step: output written, ledger row done)."""
        wait_until(
            lambda: self.archive.is_dir() and names <= {p.name for p in self.archive.iterdir()},
            what=f"{len(names)} inputs archived",
            timeout=timeout,
        )

    def record(self, name: str) -> dict[str, Any]:
        """The metadata record of output NAME."""
        return dict(json.loads((self.outbox / f"{name}.json").read_text(encoding="utf-8")))

    def ledger(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        """Run a query on the ledger (read-only use)."""
        with sqlite3.connect(self.ledger_path) as db:
            return db.execute(sql, params).fetchall()

    def temp_files(self) -> list[Path]:
        """Temp files left in the outbox."""
        return [p for p in self.outbox.iterdir() if p.name.startswith(".cleaner-tmp-")]


def running_in_group(pgid: int) -> list[int]:
    """PIDs of processes in process group pgid that are not zombies."""
    running = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            running.append(int(entry.name))
    return running


def drop(folder: Path, name: str, data: bytes, *, staging: Path) -> Path:
    """Write a file elsewhere on the same filesystem and rename it in (the way scrapers should deliver)."""
    staging.mkdir(parents=True, exist_ok=True)
    temp = staging / name
    temp.write_bytes(data)
    target = folder / name
    os.replace(temp, target)
    return target
