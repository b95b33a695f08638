"""Events from watchdog as hints: close-after-write and renames into the inbox, queued for the main loop.

The handler only records a name and wakes the main loop. The hint buffer is bounded: when it is full, or when
the kernel's inotify queue overflows, a flag asks the main loop for a reconciliation scan instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from watchdog.events import DirMovedEvent, FileClosedEvent, FileMovedEvent, FileSystemEventHandler
from watchdog.observers.inotify import InotifyFullEmitter, InotifyObserver
from watchdog.observers.inotify_c import InotifyConstants

if TYPE_CHECKING:
    from watchdog.observers.inotify_c import Mask

from cleaner.service import faults


@dataclass(frozen=True, slots=True)
class Hint:
    """A file that may be complete: written and closed (settle first), or renamed in (complete now)."""

    name: str
    renamed: bool


class Hints:
    """Thread-safe, bounded hand-over from the watcher thread to the main loop, with a wake-up pipe."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: deque[Hint] = deque()
        self._lock = threading.Lock()
        self._read_fd, self._write_fd = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self.rescan = False  # set when hints were dropped: the main loop scans the folder
        self.overflows = 0  # kernel queue overflows seen
        self.dropped = 0  # hints dropped because this buffer was full

    @property
    def fileno(self) -> int:
        """The fd that becomes readable when there is something to do."""
        return self._read_fd

    def put(self, hint: Hint) -> None:
        """Queue a hint (any thread); a full buffer drops it and asks for a scan."""
        with self._lock:
            if len(self._items) >= self.capacity:
                self.dropped += 1
                self.rescan = True
            else:
                self._items.append(hint)
        self.wake()

    def ask_rescan(self) -> None:
        """The kernel dropped events (inotify queue overflow): ask for a reconciliation scan."""
        self.overflows += 1
        self.rescan = True
        self.wake()

    def wake(self) -> None:
        """Make the main loop's wait return (also used as the signal wake-up fd)."""
        with contextlib.suppress(BlockingIOError, OSError):
            os.write(self._write_fd, b"\0")

    @property
    def wake_fd(self) -> int:
        """The write end, for signal.set_wakeup_fd."""
        return self._write_fd

    def drain(self) -> list[Hint]:
        """Everything queued so far (main loop)."""
        with contextlib.suppress(BlockingIOError, OSError):
            while os.read(self._read_fd, 4096):
                pass
        with self._lock:
            items = list(self._items)
            self._items.clear()
        return items

    def close(self) -> None:
        """Close the pipe."""
        for fd in (self._read_fd, self._write_fd):
            with contextlib.suppress(OSError):
                os.close(fd)


class _Handler(FileSystemEventHandler):
    """Turns watchdog events about the inbox's own files into hints; never blocks, never reads a file."""

    def __init__(self, inbox: str, hints: Hints) -> None:
        self._inbox = inbox
        self._hints = hints

    def on_closed(self, event: FileClosedEvent) -> None:
        self._hint(event.src_path, renamed=False)

    def on_moved(self, event: DirMovedEvent | FileMovedEvent) -> None:
        if isinstance(event, FileMovedEvent):
            self._hint(event.dest_path, renamed=True)

    def _hint(self, path: bytes | str, *, renamed: bool) -> None:
        if faults.take("watcher_raise"):
            raise faults.InjectedFault("injected fault: watcher_raise")
        text = os.fsdecode(path)
        if text and os.path.dirname(text) == self._inbox:
            self._hints.put(Hint(os.path.basename(text), renamed))


class _OverflowAlarm(logging.Handler):
    """watchdog reports a kernel queue overflow only as a log warning; turn it into a rescan."""

    def __init__(self, hints: Hints) -> None:
        super().__init__(level=logging.WARNING)
        self._hints = hints

    def emit(self, record: logging.LogRecord) -> None:
        if "overflow" in record.getMessage().lower():
            self._hints.ask_rescan()


class _ArrivalsEmitter(InotifyFullEmitter):
    """Asks the kernel for close-after-write and moves *into* the folder only.

    Without IN_MOVED_FROM, watchdog holds no half of a move back for pairing: an unpaired IN_MOVED_FROM (every
    input we archive) would otherwise hold up every later event for half a second. A move in arrives as an
    unpaired IN_MOVED_TO, reported as FileMovedEvent with no source.
    """

    def get_event_mask_from_filter(self) -> Mask:
        mask = InotifyConstants.IN_CLOSE_WRITE | InotifyConstants.IN_MOVED_TO | InotifyConstants.IN_DELETE_SELF
        return cast("Mask", mask)


class _ArrivalsObserver(InotifyObserver):
    """An inotify observer whose emitters report arrivals only."""

    def __init__(self) -> None:
        super().__init__(generate_full_events=True)
        self._emitter_class = _ArrivalsEmitter


class Watcher:
    """A watchdog inotify observer on the inbox (not recursive), that can be checked and restarted."""

    def __init__(self, inbox: Path, hints: Hints) -> None:
        self._inbox = os.path.abspath(inbox)
        self._hints = hints
        self._observer: _ArrivalsObserver | None = None
        self._alarm = _OverflowAlarm(hints)
        logging.getLogger("watchdog.observers.inotify_c").addHandler(self._alarm)

    def start(self) -> None:
        """Schedule the watch and start the observer thread (before the start-up scan, so nothing slips by)."""
        observer = _ArrivalsObserver()
        observer.schedule(_Handler(self._inbox, self._hints), self._inbox, recursive=False)
        observer.daemon = True
        observer.start()
        self._observer = observer

    def alive(self) -> bool:
        """True while the observer thread and its emitter run."""
        observer = self._observer
        if observer is None or not observer.is_alive():
            return False
        return all(emitter.is_alive() for emitter in observer.emitters)

    def restart(self) -> None:
        """Replace a dead observer with a new one."""
        self.stop()
        self.start()

    def stop(self) -> None:
        """Stop the observer thread."""
        observer, self._observer = self._observer, None
        if observer is not None:
            with contextlib.suppress(Exception):  # a dead observer may fail to stop cleanly; it is dropped anyway
                observer.stop()
                observer.join(timeout=5.0)

    def close(self) -> None:
        """Stop and detach the overflow alarm."""
        self.stop()
        logging.getLogger("watchdog.observers.inotify_c").removeHandler(self._alarm)


__all__ = ["Hint", "Hints", "Watcher"]
