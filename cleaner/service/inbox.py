"""Which inbox files are complete and when: the pending set (bounded), settle checks, and the folder scan."""

from __future__ import annotations

import fnmatch
import heapq
import itertools
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

StatKey = tuple[int, int, int]  # (size, mtime_ns, inode): what "unchanged" means


def stat_key(info: os.stat_result) -> StatKey:
    """The fields that change when a file is written or replaced."""
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def is_ignored(name: str, patterns: tuple[str, ...]) -> bool:
    """True for temp and hidden names (`.*`, `*.tmp`, `*.part`, `*~` by default), left alone until renamed."""
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


@dataclass(slots=True)
class Candidate:
    """A file that may be ready: when to look at it, and what it looked like when last seen."""

    name: str
    due: float
    seen: StatKey | None  # None: take it as it is when due (renamed in, or found old by a scan)


class Pending:
    """Files waiting to be cleaned, by due time; bounded, since the inbox itself is the durable queue."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._by_name: dict[str, Candidate] = {}
        self._heap: list[tuple[float, int, str]] = []
        self._order = itertools.count()

    def __len__(self) -> int:
        return len(self._by_name)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def get(self, name: str) -> Candidate | None:
        """The entry for name, if pending."""
        return self._by_name.get(name)

    def offer(self, name: str, *, due: float, seen: StatKey | None, force: bool = False) -> bool:
        """Add or re-time a file; False when full (the caller rescans later); force for a file already in hand."""
        candidate = self._by_name.get(name)
        if candidate is None:
            if len(self._by_name) >= self.capacity and not force:
                return False
            candidate = self._by_name[name] = Candidate(name, due, seen)
        else:
            candidate.due, candidate.seen = due, seen
        heapq.heappush(self._heap, (due, next(self._order), name))
        return True

    def retime(self, candidate: Candidate, *, due: float, seen: StatKey | None) -> None:
        """Put a popped candidate back with a new due time (no capacity check: it was already counted)."""
        candidate.due, candidate.seen = due, seen
        self._by_name[candidate.name] = candidate
        heapq.heappush(self._heap, (due, next(self._order), candidate.name))

    def discard(self, name: str) -> None:
        """Forget a file (deleted, or handled)."""
        self._by_name.pop(name, None)

    def pop_due(self, now: float) -> Candidate | None:
        """The earliest candidate due by now, removed from the set; None when nothing is due."""
        while self._heap and self._heap[0][0] <= now:
            due, _order, name = heapq.heappop(self._heap)
            candidate = self._by_name.get(name)
            if candidate is not None and candidate.due == due:
                del self._by_name[name]
                return candidate
        return None

    def next_due(self) -> float | None:
        """When the earliest candidate falls due."""
        while self._heap:
            due, _order, name = self._heap[0]
            candidate = self._by_name.get(name)
            if candidate is not None and candidate.due == due:
                return due
            heapq.heappop(self._heap)
        return None

    def room(self) -> int:
        """How many more files fit."""
        return self.capacity - len(self._by_name)


@dataclass(frozen=True, slots=True)
class Found:
    """A file the scan found: its name and what it looked like."""

    name: str
    info: os.stat_result


def scan(inbox: Path, *, ignore: tuple[str, ...], skip: Callable[[str], bool]) -> Iterator[Found]:
    """Every candidate in the inbox, oldest first; folders and ignored names left out.

    An OSError from listing is raised, never taken for "the folder is empty" (a scan only adds work).
    """
    found: list[Found] = []
    with os.scandir(inbox) as entries:
        for entry in entries:
            if is_ignored(entry.name, ignore) or skip(entry.name):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue
            if stat.S_ISDIR(info.st_mode):
                continue
            found.append(Found(entry.name, info))
    found.sort(key=lambda f: (f.info.st_mtime_ns, f.name))
    yield from found


__all__ = ["Candidate", "Found", "Pending", "StatKey", "is_ignored", "scan", "stat_key"]
