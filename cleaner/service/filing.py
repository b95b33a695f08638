"""Where inputs go when finished: archive/, failed/ (with NAME.error.json), deleted or kept; stale temp files."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from cleaner import __version__
from cleaner.service.ledger import display_name
from cleaner.write import TEMP_PREFIX, atomic_write, fsync_dir

_NAME_MAX_BYTES = 255


def fit(name: str, suffix: str = "") -> str:
    """name + suffix, with name shortened (and marked with a hash of it) when the whole exceeds 255 bytes."""
    whole = name + suffix
    if len(os.fsencode(whole)) <= _NAME_MAX_BYTES:
        return whole
    tag = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:8]
    room = _NAME_MAX_BYTES - len(os.fsencode(tag + suffix))
    head = os.fsencode(name)[:room]
    return os.fsdecode(head) + tag + suffix


def free_name(folder: Path, name: str) -> Path:
    """folder/name, or folder/name.1, name.2 … when taken (an earlier file of the same name is never replaced)."""
    candidate = folder / fit(name)
    number = 0
    while os.path.lexists(candidate):
        number += 1
        candidate = folder / fit(name, f".{number}")
    return candidate


def move(source: Path, folder: Path) -> Path:
    """Rename source into folder under a free name; returns where it went."""
    target = free_name(folder, source.name)
    try:
        _place(source, target)
    except FileNotFoundError:
        if folder.is_dir() or not source.exists():
            raise
        folder.mkdir(parents=True, exist_ok=True)
        _place(source, target)
    return target


def _place(source: Path, target: Path) -> None:
    """Rename; across filesystems, copy + fsync + rename, then unlink the source."""
    try:
        os.rename(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        temp = target.parent / f"{TEMP_PREFIX}{target.name}"
        shutil.copy2(source, temp, follow_symlinks=False)
        if not temp.is_symlink():
            with open(temp, "rb") as handle:
                os.fsync(handle.fileno())
        os.rename(temp, target)
        fsync_dir(target.parent)
        os.unlink(source)


def fail(source: Path, folder: Path, *, reason: str, details: dict[str, Any]) -> Path:
    """Move a bad input to folder with NAME.error.json beside it saying why; the input itself is not changed.

    The error record is written first, so a crash in between leaves the input in the inbox (tried again),
    never a failed file without its reason.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = free_name(folder, source.name)
    record = {
        "file": display_name(source.name),
        "reason": reason,
        **details,
        "failed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "cleaner_version": __version__,
    }
    body = (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    atomic_write(folder / fit(target.name, ".error.json"), body)
    _place(source, target)
    return target


def finish(source: Path, *, action: str, archive: Path) -> Path | None:
    """Dispose of a finished input: archive (returns where it went), delete, or keep (returns None)."""
    if action == "archive":
        return move(source, archive)
    if action == "delete":
        with contextlib.suppress(FileNotFoundError):
            os.unlink(source)
    return None


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files a crash left in the output folder (they are never outputs); returns how many."""
    removed = 0
    with contextlib.suppress(FileNotFoundError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed += 1
    return removed


__all__ = ["fail", "finish", "free_name", "move", "remove_stale_temps"]
