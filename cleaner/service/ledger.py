"""The state ledger: one SQLite (WAL) row per input content hash, plus a journal of files sent to failed/."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from cleaner.errors import CleanerError

LEDGER_FILE = "ledger.sqlite3"
SCHEMA_VERSION = 1
# processing: in a worker · pending: seen, not finished (a crash or stop interrupted it) · retry: waiting after a
# crash or a transient error · done: output written · rejected / quarantined: the input went to failed/
STATES = ("processing", "pending", "retry", "done", "rejected", "quarantined")
_FINAL_FAILED = ("rejected", "quarantined")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    output TEXT,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL,
    reason TEXT,
    ms INTEGER,
    first_seen REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS files_output ON files(output);
CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT,
    reason TEXT NOT NULL,
    moved_to TEXT
);
CREATE TABLE IF NOT EXISTS kept (
    name TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);
"""


class LedgerError(CleanerError):
    """The ledger cannot be opened or is corrupt; the service refuses to start rather than redo everything."""

    exit_code = 5


def display_name(name: str) -> str:
    """A file name safe to store and print: undecodable bytes shown as \\xNN."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class Row:
    """One input's record."""

    sha256: str
    name: str
    output: str | None
    state: str
    attempts: int
    duplicates: int
    reason: str | None


@dataclass(frozen=True, slots=True)
class Failure:
    """One file sent to failed/."""

    at: float
    name: str
    sha256: str | None
    reason: str
    moved_to: str | None


class Ledger:
    """Read and change file states; every change is its own committed transaction."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, state_dir: Path, *, create: bool = True) -> Self:
        """Open (or create) state_dir/ledger.sqlite3 in WAL mode; LedgerError when it is unusable."""
        path = state_dir / LEDGER_FILE
        if not create and not path.is_file():
            raise LedgerError("no ledger here (has the service run with this state_dir?)", path=path)
        if path.is_file() and path.stat().st_size == 0:
            raise LedgerError("ledger is an empty file (truncated?); move it away to start afresh", path=path)
        try:
            if create:
                state_dir.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=10.0, isolation_level=None)
            check = db.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise LedgerError(f"ledger is corrupt ({check[0] if check else 'no answer'}); move it away", path=path)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes; a power cut may redo a file
            if create:
                db.executescript(_SCHEMA)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"cannot open ledger: {exc}; move it away to start afresh", path=path) from exc
        except OSError as exc:
            raise LedgerError(f"cannot open ledger: {exc.strerror or exc}", path=path) from exc
        return cls(db, path)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        """One statement, committed on its own (autocommit: no BEGIN/COMMIT round trips)."""
        self._db.execute(sql, params)

    # --- reads -------------------------------------------------------------------------------------------------

    def lookup(self, sha256: str) -> Row | None:
        """The record for this content, if any."""
        found = self._db.execute(
            "SELECT sha256, name, output, state, attempts, duplicates, reason FROM files WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return Row(*found) if found else None

    def output_owner(self, output: str, *, name: str) -> str | None:
        """The input name that already wrote output NAME, when it is another input than name."""
        found = self._db.execute(
            "SELECT name FROM files WHERE output = ? AND state = 'done' AND name != ? LIMIT 1",
            (display_name(output), display_name(name)),
        ).fetchone()
        return str(found[0]) if found else None

    def is_kept(self, name: str, *, size: int, mtime_ns: int, inode: int) -> bool:
        """True when this exact file (name, size, mtime, inode) was finished and kept in the inbox."""
        found = self._db.execute(
            "SELECT 1 FROM kept WHERE name = ? AND size = ? AND mtime_ns = ? AND inode = ?",
            (display_name(name), size, mtime_ns, inode),
        ).fetchone()
        return found is not None

    def counts(self) -> dict[str, int]:
        """Number of inputs in each state, plus duplicates and failed files that were never read."""
        counts = {state: 0 for state in STATES}
        for state, count in self._db.execute("SELECT state, COUNT(*) FROM files GROUP BY state"):
            counts[str(state)] = int(count)
        counts["duplicates"] = int(self._db.execute("SELECT COALESCE(SUM(duplicates), 0) FROM files").fetchone()[0])
        unread = self._db.execute("SELECT COUNT(*) FROM failures WHERE sha256 IS NULL").fetchone()[0]
        counts["failed_unread"] = int(unread)
        return counts

    def last_failures(self, limit: int = 10) -> list[Failure]:
        """The most recent files sent to failed/, newest first."""
        rows = self._db.execute(
            "SELECT at, name, sha256, reason, moved_to FROM failures ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [Failure(*row) for row in rows]

    def integrity(self) -> str:
        """SQLite's own integrity check ("ok" when sound)."""
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    # --- changes -----------------------------------------------------------------------------------------------

    def claim(self, sha256: str, *, name: str, size: int) -> None:
        """Mark content as being processed; a re-dropped failed file starts again with zero attempts."""
        now = time.time()
        self._write(
            """INSERT INTO files (sha256, name, state, size, first_seen, updated) VALUES (?, ?, 'processing', ?, ?, ?)
               ON CONFLICT(sha256) DO UPDATE SET name = excluded.name, state = 'processing', updated = excluded.updated,
                 attempts = CASE WHEN files.state IN ('rejected', 'quarantined') THEN 0 ELSE files.attempts END""",
            (sha256, display_name(name), size, now, now),
        )

    def mark_done(self, sha256: str, *, output: str, ms: int) -> None:
        """The output pair is durable on disk."""
        self._write(
            "UPDATE files SET state = 'done', output = ?, ms = ?, reason = NULL, updated = ? WHERE sha256 = ?",
            (display_name(output), ms, time.time(), sha256),
        )

    def mark_retry(self, sha256: str, *, reason: str, count_attempt: bool) -> int:
        """Wait for another try; count_attempt for crashes (not for transient errors). Returns the attempts."""
        self._write(
            "UPDATE files SET state = 'retry', reason = ?, updated = ?, attempts = attempts + ? WHERE sha256 = ?",
            (reason, time.time(), 1 if count_attempt else 0, sha256),
        )
        found = self._db.execute("SELECT attempts FROM files WHERE sha256 = ?", (sha256,)).fetchone()
        return int(found[0]) if found else 0

    def mark_pending(self, sha256: str) -> None:
        """Back to not-started (a stop abandoned it, or it changed while being cleaned)."""
        self._write("UPDATE files SET state = 'pending', updated = ? WHERE sha256 = ?", (time.time(), sha256))

    def mark_failed(self, sha256: str | None, *, name: str, state: str, reason: str, moved_to: str | None) -> None:
        """Record a file sent to failed/ (state rejected or quarantined when its content was read)."""
        if state not in _FINAL_FAILED:
            raise ValueError(f"not a failed state: {state}")
        now = time.time()
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            if sha256 is not None:
                self._db.execute(
                    """INSERT INTO files (sha256, name, state, size, reason, first_seen, updated)
                       VALUES (?, ?, ?, 0, ?, ?, ?)
                       ON CONFLICT(sha256) DO UPDATE SET state = excluded.state, reason = excluded.reason,
                         name = excluded.name, updated = excluded.updated""",
                    (sha256, display_name(name), state, reason, now, now),
                )
            self._db.execute(
                "INSERT INTO failures (at, name, sha256, reason, moved_to) VALUES (?, ?, ?, ?, ?)",
                (now, display_name(name), sha256, reason, display_name(moved_to) if moved_to else None),
            )

    def add_duplicate(self, sha256: str) -> None:
        """Count one more input with content already done."""
        self._write("UPDATE files SET duplicates = duplicates + 1, updated = ? WHERE sha256 = ?", (time.time(), sha256))

    def remember_kept(self, name: str, *, size: int, mtime_ns: int, inode: int, sha256: str) -> None:
        """Remember a finished input left in the inbox (input_action = keep), so scans pass it by."""
        self._write(
            "INSERT OR REPLACE INTO kept (name, size, mtime_ns, inode, sha256) VALUES (?, ?, ?, ?, ?)",
            (display_name(name), size, mtime_ns, inode, sha256),
        )

    def reset_interrupted(self) -> int:
        """At start: rows left 'processing' by a crash become 'pending'; returns how many."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            cursor = self._db.execute("UPDATE files SET state = 'pending' WHERE state = 'processing'")
            return int(cursor.rowcount)


__all__ = ["LEDGER_FILE", "STATES", "Failure", "Ledger", "LedgerError", "Row", "display_name"]
