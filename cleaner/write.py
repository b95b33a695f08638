"""Atomic output: temp file in the target folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
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


_CREATE_MODE = 0o666  # what open() would create, before the umask


def _current_umask() -> int:
    """The process umask, read without changing it where Linux tells it (other threads may be creating files)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes, *, sync_dir: bool = True) -> None:
    """Write data to path so that readers see the old file or the whole new one, never a part."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write output: {exc.strerror or exc}", path=path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), _CREATE_MODE & ~_current_umask())  # mkstemp makes 0600; outputs are shared
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
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
