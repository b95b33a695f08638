"""Atomic output: temp file in the target folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
from pathlib import Path

from cleaner.errors import OutputError

TEMP_PREFIX = ".cleaner-tmp-"


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# created as open() creates a file: mode 0666 less the umask, applied by the kernel (no umask read, no chmod);
# O_EXCL makes the name ours alone (an existing file or link of that name fails: another name is tried)
_CREATE_MODE = 0o666
_CREATE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_NAME_TRIES = 100  # tempfile.mkstemp gives up after as many names taken


class _TempNames:
    """Temp file names unique to this process: its pid, a random token drawn once per process (pids repeat
    across containers sharing a folder, and after a fork), and a counter. tempfile.mkstemp draws eight random
    characters per name, a cost that was a fifth of writing a small output pair."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pid = -1
        self._stem = ""
        self._counter: itertools.count[int] = itertools.count()
        if hasattr(os, "register_at_fork"):  # a fork while another thread held the lock: the child's is free
            os.register_at_fork(after_in_child=self._forked)

    def _forked(self) -> None:
        self._lock = threading.Lock()
        self._pid = -1

    def next(self) -> str:
        pid = os.getpid()
        if pid != self._pid:  # first use, or a forked child: its own token
            with self._lock:
                if pid != self._pid:
                    self._stem = f"{TEMP_PREFIX}{pid}-{os.urandom(4).hex()}-"
                    self._counter = itertools.count()
                    self._pid = pid
        return f"{self._stem}{next(self._counter)}"


_TEMP_NAMES = _TempNames()


def _create_temp(folder: Path) -> tuple[int, str]:
    """A new, empty, exclusive temp file in folder: (fd, path)."""
    for _ in range(_NAME_TRIES):
        temp_name = os.path.join(folder, _TEMP_NAMES.next())
        try:
            return os.open(temp_name, _CREATE_FLAGS, _CREATE_MODE), temp_name
        except FileExistsError:
            continue  # a stale temp of a crashed process that had this pid and token: the next name
    raise FileExistsError(f"no free temp file name in {folder}")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def atomic_write(path: Path, data: bytes, *, sync_dir: bool = True) -> None:
    """Write data to path so that readers see the old file or the whole new one, never a part."""
    folder = path.parent
    try:
        fd, temp_name = _create_temp(folder)
    except OSError:  # most often a folder still to make; else making it fails as it would have before
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, temp_name = _create_temp(folder)
        except OSError as exc:
            raise OutputError(f"cannot write output: {exc.strerror or exc}", path=path) from exc
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp_name, path)
        if sync_dir:
            fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise OutputError(f"cannot write output: {exc.strerror or exc}", path=path) from exc


def output_name(path: Path | str) -> str:
    """NAME for NAME.txt/NAME.json: the input's file name less a .gz and then its last suffix."""
    name = Path(path).name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem = Path(name).stem
    return stem or name or "stdin"
