"""Fault injection for the system tests, switched on only by CLEANER_FAULTS (comma-separated names).

crash_on=MARK    a worker dies (os._exit) on input containing MARK, like a segfault in the cleaner
raise_on=MARK    the cleaner raises on input containing MARK
hang_on=MARK     the cleaner never returns on input containing MARK (the file timeout must end it)
exit_before_commit / exit_before_archive    the service dies right after the output is written / marked done
watcher_raise    the event handler raises once, killing watchdog's observer thread
"""

from __future__ import annotations

import os
import time

_ACTIVE: dict[str, str] = {}
for _item in os.environ.get("CLEANER_FAULTS", "").split(","):
    if _item.strip():
        _name, _, _value = _item.strip().partition("=")
        _ACTIVE[_name] = _value


class InjectedFault(RuntimeError):
    """Raised by an injected fault."""


def enabled(name: str) -> bool:
    """True when the fault is switched on."""
    return name in _ACTIVE


def before_clean(raw: bytes) -> None:
    """In a worker, before cleaning: crash or raise on marked input."""
    crash_mark = _ACTIVE.get("crash_on")
    if crash_mark and crash_mark.encode() in raw:
        os._exit(70)
    hang_mark = _ACTIVE.get("hang_on")
    if hang_mark and hang_mark.encode() in raw:
        time.sleep(86400)
    raise_mark = _ACTIVE.get("raise_on")
    if raise_mark and raise_mark.encode() in raw:
        raise InjectedFault("injected fault: raise_on")


def exit_if(name: str) -> None:
    """In the service: die at once, as kill -9 would, at this point."""
    if name in _ACTIVE:
        os._exit(9)


def take(name: str) -> bool:
    """True the first time only (a fault that fires once per process)."""
    return _ACTIVE.pop(name, None) is not None
