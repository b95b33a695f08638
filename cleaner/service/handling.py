"""One file's way through the service: checks, read + hash, ledger, a worker, then done, failed/ or retry.

Order of durable steps for a good file: output pair written and fsynced (worker) → ledger row done →
input archived, deleted or kept. A crash between any two steps redoes at most the rest: a done row with its
input still in the inbox is archived without cleaning again; outputs are overwritten, never duplicated.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaner.errors import InputError
from cleaner.process import read_input
from cleaner.service import faults, filing
from cleaner.service.inbox import Candidate, Pending, StatKey, stat_key
from cleaner.service.learning import Learning
from cleaner.service.ledger import Ledger, display_name
from cleaner.service.pool import Died, Event, Pool, Returned, Worker
from cleaner.service.settings import Settings
from cleaner.service.work import Job
from cleaner.write import output_name

_BUSY_NAME_DELAY_SECONDS = 0.5  # another input with the same output name is in hand: look again shortly


@dataclass(frozen=True, slots=True)
class InHand:
    """A file given to a worker."""

    name: str
    sha256: str
    output: str
    key: StatKey
    dispatched: float


class Files:
    """Decides what happens to each file; the only writer of the ledger and the only mover of inputs."""

    def __init__(
        self, settings: Settings, ledger: Ledger, pool: Pool, pending: Pending, log: Any, learning: Learning | None
    ) -> None:
        self.settings = settings
        self.learning = learning
        self.ledger = ledger
        self.pool = pool
        self.pending = pending
        self.log = log
        self.counts: Counter[str] = Counter()
        self.generation = 0
        self.pause_until = 0.0  # after a transient output error nothing is dispatched until then
        self._backoff = 0.0
        self._in_hand: dict[int, InHand] = {}
        self._names: set[str] = set()
        self._outputs: set[str] = set()
        self._hashes: set[str] = set()
        self._job_ids = itertools.count(1)
        self._inbox_text = str(settings.inbox)
        self._outbox_text = str(settings.outbox)

    @property
    def inbox(self) -> Path:
        assert self.settings.inbox is not None
        return self.settings.inbox

    def _where(self, name: str) -> str:
        """The input's path as a string (cheaper than a Path on the per-file hot path)."""
        return os.path.join(self._inbox_text, name)

    def in_hand(self, name: str) -> bool:
        """True while a worker holds this file."""
        return name in self._names

    def in_hand_count(self) -> int:
        """Files held by workers."""
        return len(self._in_hand)

    def status_line(self) -> str:
        """Counts since start, for systemd's STATUS=."""
        counts = self.counts
        failed = counts["rejected"] + counts["quarantined"]
        return (
            f"{counts['done']} done, {counts['duplicate']} duplicates, {failed} failed, {counts['retry']} retries, "
            f"{len(self.pending)} waiting, {len(self._in_hand)} in hand"
        )

    # --- dispatch ----------------------------------------------------------------------------------------------

    def consider(self, candidate: Candidate, now: float) -> bool:
        """Check a due file and give it to a worker when it needs cleaning; False when no worker had room."""
        name, path = candidate.name, self.inbox / candidate.name
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return True
        except OSError as exc:
            self._later(name, f"cannot stat: {exc.strerror or exc}", now)
            return True
        key = stat_key(info)
        if candidate.seen is not None and key != candidate.seen:  # still being written: settle again
            self.pending.offer(name, due=now + self.settings.settle_seconds, seen=key, force=True)
            return True
        if name in self._names:
            return True
        problem = self._unfit(info)
        if problem:
            self.fail(name, None, state="rejected", reason=problem, details={"size": info.st_size})
            return True
        if self.settings.input_action == "keep" and self.ledger.is_kept(
            name, size=info.st_size, mtime_ns=info.st_mtime_ns, inode=info.st_ino
        ):
            return True
        more_due = self.pending.next_due()
        worker = self.pool.slot_for(info.st_size, backlog=more_due is not None and more_due <= now)
        if worker is None:  # no room for a file this size: it waits, unread
            self.pending.offer(name, due=now, seen=candidate.seen, force=True)
            return False
        try:
            raw = read_input(path, max_bytes=self.settings.max_bytes)
        except InputError as exc:
            if path.exists() or path.is_symlink():
                self.fail(name, None, state="rejected", reason=str(exc), details={"size": info.st_size})
            return True
        self._start(name, raw, key, worker, now)
        return True

    def _unfit(self, info: os.stat_result) -> str | None:
        """Why a file cannot be read as input, from its lstat alone (it is never opened)."""
        if stat.S_ISLNK(info.st_mode):
            return "symbolic link (links are not followed)"
        if not stat.S_ISREG(info.st_mode):
            kind = "FIFO" if stat.S_ISFIFO(info.st_mode) else "socket" if stat.S_ISSOCK(info.st_mode) else "device"
            return f"not a regular file ({kind})"
        if info.st_size > self.settings.max_bytes:
            return f"input is {info.st_size} bytes, over max_bytes ({self.settings.max_bytes})"
        return None

    def _start(self, name: str, raw: bytes, key: StatKey, worker: Worker, now: float) -> None:
        sha256 = hashlib.sha256(raw).hexdigest()
        row = self.ledger.lookup(sha256)
        if row is not None and row.state == "done":
            outcome = "already_done" if row.name == display_name(name) else "duplicate"
            if outcome == "duplicate":
                self.ledger.add_duplicate(sha256)
            self._file_line(outcome, name, sha256, output=row.output)
            self._dispose(name, key, sha256, now)
            return
        output = output_name(name)
        if output in self._outputs or sha256 in self._hashes:  # the same output or content is in hand: wait
            self.pending.offer(name, due=now + _BUSY_NAME_DELAY_SECONDS, seen=None, force=True)
            return
        owner = self.ledger.output_owner(output, name=name)
        if owner is not None:
            reason = f"output name {display_name(output)}.txt already written from {owner}"
            self.fail(name, sha256, state="rejected", reason=reason, details={"size": len(raw)})
            return
        self.ledger.claim(sha256, name=name, size=len(raw))
        send_config = worker.config_generation != self.generation
        worker.config_generation = self.generation
        learning, learned, learned_generation = self.learning, None, 0
        if learning is not None:
            learned_generation = learning.generation
            learned = learning.snapshot if worker.learned_generation != learned_generation else None
            worker.learned_generation = learned_generation
        job = Job(
            job_id=next(self._job_ids),
            raw=raw,
            path=self._where(name),
            out_dir=self._outbox_text,
            config=self.settings.clean_config() if send_config else None,
            generation=self.generation,
            learn=learning is not None,
            learned_generation=learned_generation,
            learned=learned,
        )
        self.pool.submit(worker, job)
        self._in_hand[job.job_id] = InHand(name, sha256, output, key, now)
        self._names.add(name)
        self._outputs.add(output)
        self._hashes.add(sha256)

    # --- outcomes ----------------------------------------------------------------------------------------------

    def handle(self, event: Event, now: float) -> None:
        """Act on a worker's report, on its death, or on a job it never started."""
        held = self._in_hand.pop(event.job.job_id, None)
        if held is None:
            return
        self._names.discard(held.name)
        self._outputs.discard(held.output)
        self._hashes.discard(held.sha256)
        if isinstance(event, Returned):
            self.ledger.mark_pending(held.sha256)
            self.pending.offer(held.name, due=now, seen=None, force=True)
            return
        if isinstance(event, Died):
            self._crashed(held, event.reason, now)
            return
        report = event.report
        if report.observation is not None and self.learning is not None:
            self.learning.add(report.observation)
        extra = {"ms": report.ms, "total_ms": round((now - held.dispatched) * 1000), "rules": dict(report.rules or {})}
        if report.outcome == "done":
            faults.exit_if("exit_before_commit")
            self.ledger.mark_done(held.sha256, output=held.output, ms=report.ms)
            faults.exit_if("exit_before_archive")
            self._backoff = 0.0
            words = {"words_in": report.words_in, "words_out": report.words_out}
            self._file_line("done", held.name, held.sha256, output=held.output, **extra, **words)
            self._dispose(held.name, held.key, held.sha256, now)
        elif report.outcome == "rejected":
            if self._changed(held, now):
                self.ledger.mark_pending(held.sha256)
                return
            self.fail(held.name, held.sha256, state="rejected", reason=report.reason, details=extra)
        elif report.outcome == "transient":
            self.ledger.mark_retry(held.sha256, reason=report.reason, count_attempt=False)
            self._backoff = min(
                self.settings.retry_max_seconds, max(self.settings.retry_base_seconds, self._backoff * 2)
            )
            self.pause_until = now + self._backoff
            self.pending.offer(held.name, due=self.pause_until, seen=None, force=True)
            self._file_line("retry", held.name, held.sha256, reason=report.reason, retry_in_s=self._backoff, **extra)
        else:
            self._crashed(held, report.reason, now)

    def abandon(self, job: Job) -> None:
        """A stop took the file out of a worker's hands: not started, as far as the ledger is concerned."""
        held = self._in_hand.pop(job.job_id, None)
        if held is not None:
            self._names.discard(held.name)
            self._outputs.discard(held.output)
            self._hashes.discard(held.sha256)
            self.ledger.mark_pending(held.sha256)

    def _crashed(self, held: InHand, reason: str, now: float) -> None:
        attempts = self.ledger.mark_retry(held.sha256, reason=reason, count_attempt=True)
        if attempts >= self.settings.max_attempts:
            why = f"crashed the cleaner {attempts} times; last: {reason}"
            self.fail(held.name, held.sha256, state="quarantined", reason=why, details={"attempts": attempts})
            return
        delay = min(self.settings.retry_max_seconds, self.settings.retry_base_seconds * 2 ** (attempts - 1))
        self.pending.offer(held.name, due=now + delay, seen=None, force=True)
        self._file_line("retry", held.name, held.sha256, reason=reason, attempts=attempts, retry_in_s=delay)

    def _changed(self, held: InHand, now: float) -> bool:
        """True (and the file queued again) when the input changed after it was read."""
        try:
            key = stat_key(os.lstat(self._where(held.name)))
        except FileNotFoundError:
            return False
        if key == held.key:
            return False
        self.pending.offer(held.name, due=now + self.settings.settle_seconds, seen=key, force=True)
        self._file_line("changed", held.name, held.sha256)
        return True

    def _dispose(self, name: str, key: StatKey, sha256: str, now: float) -> None:
        """Archive, delete or keep a finished input, unless it changed since it was read."""
        path = self.inbox / name
        held = InHand(name, sha256, "", key, now)
        if self._changed(held, now) or not os.path.lexists(path):
            return
        try:
            filing.finish(path, action=self.settings.input_action, archive=self.settings.archive_path)
        except OSError as exc:
            self._later(name, f"cannot {self.settings.input_action} input: {exc.strerror or exc}", now)
            return
        if self.settings.input_action == "keep":
            size, mtime_ns, inode = key
            self.ledger.remember_kept(name, size=size, mtime_ns=mtime_ns, inode=inode, sha256=sha256)

    def fail(self, name: str, sha256: str | None, *, state: str, reason: str, details: dict[str, Any]) -> None:
        """Send an input to failed/ with NAME.error.json, and record it."""
        now = time.monotonic()
        try:
            target = filing.fail(
                self.inbox / name, self.settings.failed_path, reason=reason, details={"sha256": sha256, **details}
            )
        except FileNotFoundError:
            return
        except OSError as exc:
            self._later(name, f"cannot move to {self.settings.failed_path}: {exc.strerror or exc}", now)
            return
        self.ledger.mark_failed(sha256, name=name, state=state, reason=reason, moved_to=str(target))
        self._file_line(state, name, sha256, reason=reason, moved_to=display_name(str(target)))

    def _later(self, name: str, reason: str, now: float) -> None:
        """Something outside the file went wrong (a folder's permissions): look again after a back-off."""
        self.pending.offer(name, due=now + self._grow_backoff(), seen=None, force=True)
        self.log.error("file", outcome="retry", file=display_name(name), reason=reason, retry_in_s=self._backoff)
        self.counts["retry"] += 1

    def trouble(self, name: str, exc: Exception, now: float) -> None:
        """An unexpected error while handling this file (not in the cleaner): log it, look again after a back-off."""
        self.pending.offer(name, due=now + self._grow_backoff(), seen=None, force=True)
        self.counts["error"] += 1
        self.log.error(
            "file", outcome="error", file=display_name(name), error=f"{type(exc).__name__}: {exc}", exc_info=exc
        )

    def _grow_backoff(self) -> float:
        """The next back-off after a transient error: doubling from retry_base_seconds up to retry_max_seconds."""
        base, ceiling = self.settings.retry_base_seconds, self.settings.retry_max_seconds
        self._backoff = min(ceiling, max(base, self._backoff * 2))
        return self._backoff

    def _file_line(self, outcome: str, name: str, sha256: str | None, **fields: Any) -> None:
        """The one log line per file outcome."""
        self.counts[outcome] += 1
        level = self.log.info if outcome in {"done", "duplicate", "already_done", "changed"} else self.log.warning
        level("file", outcome=outcome, file=display_name(name), sha256=sha256, **fields)


__all__ = ["Files", "InHand"]
