"""Start-up work kept on disk between processes: each `cleaner clean` (and each -j worker) would otherwise redo it.

The cache lives under $XDG_CACHE_HOME/cleaner (else ~/.cache/cleaner; CLEANER_CACHE_DIR overrides, and
CLEANER_NO_CACHE=1 turns it off). Every entry is named by a hash of everything its value is computed from (the
code that computes it, the inputs, the library versions), so a stale entry is never read: a changed input is a
new name. Files are written atomically (a temporary file renamed into place), and an entry that cannot be read
or written is simply computed again: the cache only ever saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from cleaner import __version__

_CHECKSUM_BYTES = 4  # CRC-32 after each entry's data: 18 ms for the 68 MB language model, 0.1 ms for the rest
# Each upgrade, edited rule or new site profile names new entries (the 68 MB language model among them), and the
# old ones are never read again: an entry unused this long goes when a new entry is written. Reading an entry
# marks it used (its mtime), at most once a day.
STALE_AFTER_SECONDS = 30 * 24 * 3600
_MARK_USED_AFTER_SECONDS = 24 * 3600
_TEMP_PREFIX = ".tmp-cleaner-"
# what prune may remove: the names this module writes (a kind, then entry_key's 32 hex digits, maybe a suffix),
# never another program's files in a folder CLEANER_CACHE_DIR shares with it
_OWN_NAME = re.compile(rf"[a-z]+(?:-[a-z]+)*-[0-9a-f]{{32}}(?:\.[a-z]+)?|{re.escape(_TEMP_PREFIX)}[\w]+")


CACHE_DIR_ENV = "CLEANER_CACHE_DIR"  # the cache's folder
NO_CACHE_ENV = "CLEANER_NO_CACHE"  # any value: no cache


def cache_dir() -> Path | None:
    """The folder of the cache, or None when it is turned off."""
    if os.environ.get(NO_CACHE_ENV):
        return None
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "cleaner"


def entry_key(*parts: str | bytes) -> str:
    """A hash of the parts (and of cleaner's and Python's versions), to name an entry by what it depends on."""
    digest = hashlib.sha256()
    for part in (__version__, sys.version, *parts):
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:32]


def source_of(paths: Iterable[str | None]) -> bytes:
    """The bytes of source files, to key entries by the code that computes them (b"" when one is unreadable:
    the caller then gets no key, see code_key)."""
    chunks: list[bytes] = []
    for path in paths:
        if path is None:
            return b""
        try:
            chunks.append(Path(path).read_bytes())
        except OSError:
            return b""
    return b"\0".join(chunks)


def read_bytes(name: str) -> bytes | None:
    """The entry's bytes, or None when it is missing, unreadable or damaged (its checksum does not match: a
    changed bit in a stored regex program or model must not change a verdict), or the cache is off."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / name
    try:
        with open(path, "rb") as handle:
            stored = handle.read()
            used = os.fstat(handle.fileno()).st_mtime
    except OSError:
        return None
    if time.time() - used > _MARK_USED_AFTER_SECONDS:
        with contextlib.suppress(OSError):
            os.utime(path)  # still in use: not stale
    data, checksum = stored[:-_CHECKSUM_BYTES], stored[-_CHECKSUM_BYTES:]
    if len(stored) < _CHECKSUM_BYTES or zlib.crc32(data).to_bytes(_CHECKSUM_BYTES, "little") != checksum:
        return None
    return data


def write_bytes(name: str, data: bytes) -> None:
    """Store the entry atomically (readers see the old file or the new one, never half of one); failures are
    ignored (a read-only home, a full disk: the next process computes the value again)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        new_entry = not (folder / name).exists()
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=_TEMP_PREFIX)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.write(zlib.crc32(data).to_bytes(_CHECKSUM_BYTES, "little"))
            os.replace(temporary, folder / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return
    if new_entry:  # rare (a first run, an upgrade, an edited rule): the moment to drop what is no longer used
        prune(folder)


def prune(folder: Path, *, now: float | None = None) -> list[str]:
    """Remove the entries nobody read for STALE_AFTER_SECONDS (and temporary files of writers that died) from
    the cache folder; return their names. Only names this module writes are touched. A process still reading
    one only computes it again."""
    now = time.time() if now is None else now
    removed: list[str] = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if _OWN_NAME.fullmatch(entry.name) is None:
                continue
            with contextlib.suppress(OSError):
                age = now - entry.stat(follow_symlinks=False).st_mtime
                stale = age > (_MARK_USED_AFTER_SECONDS if entry.name.startswith(_TEMP_PREFIX) else STALE_AFTER_SECONDS)
                if stale and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


def read_value(name: str) -> object | None:
    """A stored value (marshal: plain data only, no code runs on loading), or None when missing or unreadable."""
    data = read_bytes(name)
    if data is None:
        return None
    try:
        value: object = marshal.loads(data)  # plain data written by write_value; a corrupt file raises
    except (EOFError, ValueError, TypeError):
        return None
    return value


def write_value(name: str, value: Any) -> None:
    """Store plain data (str, bytes, numbers, None, and tuples, lists, sets, frozensets and dicts of them)."""
    try:
        data = marshal.dumps(value)
    except ValueError:
        return
    write_bytes(name, data)


class Store:
    """A mapping kept as one cache entry: read on first use, written back by flush() once something was added.
    Its name is asked for on first use (naming it may read source files); "" keeps it in memory only."""

    def __init__(self, naming: Callable[[], str], *, max_entries: int = 50_000) -> None:
        self._naming = naming
        self._max_entries = max_entries  # past this many (config files edited many times), keep this process's
        self._name = ""
        self._values: dict[Any, Any] | None = None
        self._added: set[Any] = set()
        _STORES.append(self)

    def _loaded(self) -> dict[Any, Any]:
        if self._values is None:
            self._name = self._naming()
            stored = read_value(self._name) if self._name else None
            self._values = stored if isinstance(stored, dict) else {}
        return self._values

    @property
    def kept(self) -> bool:
        """True when the store is kept on disk (the cache is on and the entry has a name)."""
        self._loaded()
        return bool(self._name)

    def get(self, key: Any) -> Any:
        """The stored value, or None."""
        return self._loaded().get(key)

    def put(self, key: Any, value: Any) -> None:
        """Remember a value, to be written by the next flush()."""
        self._loaded()[key] = value
        self._added.add(key)
        if self._name and self not in _UNSAVED:
            _UNSAVED.append(self)

    def save(self) -> None:
        """Write the entry now (with what other processes added since it was read, when they wrote first: lost,
        and computed again by a later process)."""
        values = self._loaded()
        if len(values) > self._max_entries:
            values = self._values = {key: values[key] for key in self._added if key in values}
        write_value(self._name, values)
        self._added = set()

    def forget(self) -> None:
        """Drop what was read or added (the next use reads the entry again)."""
        self._values = None
        self._added = set()


_STORES: list[Store] = []
_UNSAVED: list[Store] = []


def flush() -> None:
    """Write every store that something was added to (cheap when none was: a process's later documents)."""
    while True:
        try:
            store = _UNSAVED.pop()
        except IndexError:  # none left (another thread may have taken the last one)
            return
        store.save()


def forget_all() -> None:
    """Forget every store's contents, unsaved additions included (as a fresh process starts)."""
    _UNSAVED.clear()
    for store in _STORES:
        store.forget()


__all__ = [
    "CACHE_DIR_ENV",
    "NO_CACHE_ENV",
    "STALE_AFTER_SECONDS",
    "Store",
    "cache_dir",
    "entry_key",
    "flush",
    "forget_all",
    "prune",
    "read_bytes",
    "read_value",
    "source_of",
    "write_bytes",
    "write_value",
]
