"""The service's main loop: start-up, events and scans into the pending set, dispatch, health, reload, stop."""

from __future__ import annotations

import gc
import os
import time
from typing import Any

from cleaner.errors import ConfigError
from cleaner.service import filing
from cleaner.service.handling import Files
from cleaner.service.inbox import Pending, is_ignored, scan, stat_key
from cleaner.service.learning import Learning
from cleaner.service.ledger import Ledger, display_name
from cleaner.service.notify import Notifier
from cleaner.service.pool import Event, Pool
from cleaner.service.settings import Settings, Sources, reloaded
from cleaner.service.watcher import Hint, Hints, Watcher

_MAX_WAIT_SECONDS = 1.0  # the loop checks its health (watcher, inbox) at least this often
_STATUS_SECONDS = 2.0


class Service:
    """One running `cleaner watch`; signal handlers only call request_stop / request_reload."""

    def __init__(self, settings: Settings, sources: Sources, log: Any, notifier: Notifier) -> None:
        assert settings.inbox is not None and settings.outbox is not None
        self.settings = settings
        self.sources = sources
        self.log = log
        self.notifier = notifier
        self.hints = Hints(capacity=settings.max_pending)
        self.pending = Pending(settings.max_pending)
        self.pool = Pool(settings.worker_count, settings.worker_max_files, settings.file_timeout_seconds)
        self.watcher: Watcher | None = Watcher(settings.inbox, self.hints) if settings.events else None
        self.ledger: Ledger | None = None
        self.learning: Learning | None = None
        self.files: Files | None = None
        self._stop_requests = 0
        self._reload_requested = False
        self._next_scan = 0.0
        self._scan_incomplete = False
        self._next_ping = 0.0
        self._next_status = 0.0
        self._inbox_id = (0, 0)
        self._lost_seen = (0, 0)
        self._next_inbox_check = 0.0
        self._blocked = False  # the next due file found no worker with room; wait for a report

    # --- called from signal handlers ----------------------------------------------------------------------------

    def request_stop(self) -> None:
        """SIGTERM / SIGINT: finish the files in hand, then exit (a second request abandons them)."""
        self._stop_requests += 1
        self.hints.wake()

    def request_reload(self) -> None:
        """SIGHUP: read the config and the rules again."""
        self._reload_requested = True
        self.hints.wake()

    # --- life ---------------------------------------------------------------------------------------------------

    def run(self) -> int:
        """Start, serve until stopped, stop; returns the exit code."""
        try:
            self._start()
            code = self._loop()
        finally:
            self._shutdown()
        return code

    def _start(self) -> None:
        settings = self.settings
        assert settings.inbox is not None and settings.outbox is not None
        settings.clean_config().rulebook()  # a bad rule fails here, before any file is touched
        for folder in (settings.outbox, settings.failed_path, settings.state_path):
            folder.mkdir(parents=True, exist_ok=True)
        self.ledger = Ledger.open(settings.state_path)
        interrupted = self.ledger.reset_interrupted()
        stale = filing.remove_stale_temps(settings.outbox)
        self.learning = Learning(settings.state_path, settings.config_dir) if settings.learn_repetition else None
        self.files = Files(settings, self.ledger, self.pool, self.pending, self.log, self.learning)
        self._inbox_id = self._inbox_identity() or (0, 0)
        self.pool.add_wakeup(self.hints.fileno)
        self.pool.start(config_dir=settings.config_dir)
        if self.watcher is not None:
            self.watcher.start()  # watch first, then scan: a file arriving in between is seen at least once
        self._scan(time.monotonic())
        gc.freeze()  # the imported core and the settings stay: later collections need not walk them
        self.notifier.send("READY=1", f"STATUS={self._status_text()}")
        self.log.info(
            "ready",
            inbox=str(settings.inbox),
            outbox=str(settings.outbox),
            ledger=str(self.ledger.path),
            workers=self.pool.size,
            events=settings.events,
            pending=len(self.pending),
            interrupted=interrupted,
            stale_temps_removed=stale,
        )

    def _loop(self) -> int:
        files = self.files
        assert files is not None
        while not self._stop_requests:
            now = time.monotonic()
            if self._reload_requested:
                self._reload()
            for hint in self.hints.drain():
                self._on_hint(hint, now)
            if not self._healthy():
                return 1
            if self.hints.rescan or now >= self._next_scan or (self._scan_incomplete and self._roomy()):
                self._note_lost_events()
                self._scan(now)
            self._refresh_learning(now)
            self._dispatch(now)
            self._tick(now)
            events, _ = self.pool.wait(self._timeout(now))
            if events:
                self._blocked = False  # a worker has room again
            self._handle(events)
            self.pool.kill_overdue(time.monotonic())
        return 0

    def _handle(self, events: list[Event]) -> None:
        files, now = self.files, time.monotonic()
        assert files is not None
        for event in events:
            try:
                files.handle(event, now)
            except Exception as exc:  # per-file boundary: the service outlives one file's trouble
                files.trouble(os.path.basename(event.job.path), exc, now)

    def _refresh_learning(self, now: float) -> None:
        """Write the queued line counts and, now and then, give the workers a fresh snapshot of them."""
        if self.learning is not None and self.learning.refresh(now):
            snapshot = self.learning.snapshot
            self.log.info("learned_counts", documents=snapshot.documents, sites=len(snapshot.sites))

    def _timeout(self, now: float) -> float:
        moments = [now + _MAX_WAIT_SECONDS, self._next_scan, self._next_status]
        if self.notifier.watchdog_seconds:
            moments.append(self._next_ping)
        deadline = self.pool.next_deadline()
        if deadline is not None:
            moments.append(deadline)
        due = self.pending.next_due()
        if due is not None and self.pool.has_slot() and not self._blocked:
            moments.append(max(due, self.files.pause_until if self.files else 0.0))
        return max(0.0, min(moments) - now)

    def _on_hint(self, hint: Hint, now: float) -> None:
        files = self.files
        assert files is not None and self.settings.inbox is not None
        if is_ignored(hint.name, self.settings.ignore) or files.in_hand(hint.name):
            return  # a file changed while in hand is caught when its job comes back
        if hint.renamed:
            accepted = self.pending.offer(hint.name, due=now, seen=None)
        else:
            try:
                info = os.lstat(self.settings.inbox / hint.name)
            except OSError:
                return
            accepted = self.pending.offer(hint.name, due=now + self.settings.settle_seconds, seen=stat_key(info))
        if not accepted:
            self._scan_incomplete = True

    def _note_lost_events(self) -> None:
        """Say so when events were lost (kernel overflow, full buffer): the scan that follows finds the files."""
        self.hints.rescan = False
        lost = (self.hints.overflows, self.hints.dropped)
        if lost != self._lost_seen:
            self.log.warning(
                "events_lost",
                inotify_overflows=lost[0] - self._lost_seen[0],
                hints_dropped=lost[1] - self._lost_seen[1],
                action="rescanning the inbox",
            )
            self._lost_seen = lost

    def _roomy(self) -> bool:
        return self.pending.room() > self.pending.capacity // 2

    def _scan(self, now: float) -> None:
        """Add every file of the inbox not yet known (the folder is the truth, events are a hint)."""
        files, ledger, settings = self.files, self.ledger, self.settings
        assert files is not None and ledger is not None and settings.inbox is not None
        self._next_scan = now + settings.scan_interval_seconds
        self._scan_incomplete, added = False, 0
        wall = time.time()
        try:
            for found in scan(
                settings.inbox, ignore=settings.ignore, skip=lambda n: n in self.pending or files.in_hand(n)
            ):
                info = found.info
                if settings.input_action == "keep" and ledger.is_kept(
                    found.name, size=info.st_size, mtime_ns=info.st_mtime_ns, inode=info.st_ino
                ):
                    continue
                settled = wall - info.st_mtime >= settings.settle_seconds
                due, seen = (now, None) if settled else (now + settings.settle_seconds, stat_key(info))
                if not self.pending.offer(found.name, due=due, seen=seen):
                    self._scan_incomplete = True
                    break
                added += 1
        except OSError as exc:  # never "the folder is empty": nothing is dropped, the next scan tries again
            self.log.error("scan_failed", error=exc.strerror or str(exc))
            return
        level = self.log.info if added else self.log.debug
        level("scan", added=added, pending=len(self.pending), incomplete=self._scan_incomplete)

    def _dispatch(self, now: float) -> None:
        files = self.files
        assert files is not None
        if now < files.pause_until or self._blocked:
            return
        while self.pool.has_slot():
            candidate = self.pending.pop_due(now)
            if candidate is None:
                return
            try:
                if not files.consider(candidate, now):
                    self._blocked = True  # no worker had room for it: wait for one to report
                    return
            except Exception as exc:  # per-file boundary: the service outlives one file's trouble
                files.trouble(candidate.name, exc, now)

    def _healthy(self) -> bool:
        """Check the watcher thread and the inbox; restart a dead watcher, give up on a vanished inbox."""
        if self.watcher is not None and not self.watcher.alive():
            self.log.error("watcher_died", action="restarting the observer and rescanning")
            self.watcher.restart()
            self.hints.rescan = True
        now = time.monotonic()
        if now < self._next_inbox_check:
            return True
        self._next_inbox_check = now + _MAX_WAIT_SECONDS
        identity = self._inbox_identity()
        if identity != self._inbox_id:
            self.log.error("inbox_gone", inbox=str(self.settings.inbox), action="exiting so the service restarts")
            return False
        return True

    def _inbox_identity(self) -> tuple[int, int] | None:
        assert self.settings.inbox is not None
        try:
            info = os.stat(self.settings.inbox)
        except OSError:
            return None
        return (info.st_dev, info.st_ino)

    def _tick(self, now: float) -> None:
        """Keep systemd informed: WATCHDOG=1 from this loop (so a stall is noticed) and STATUS=."""
        if self.notifier.watchdog_seconds and now >= self._next_ping:
            self.notifier.send("WATCHDOG=1")
            self._next_ping = now + self.notifier.watchdog_seconds
        if now >= self._next_status:
            self.notifier.send(f"STATUS={self._status_text()}")
            self._next_status = now + _STATUS_SECONDS
        if self.notifier.error:
            self.log.warning("notify_failed", error=self.notifier.error)
            self.notifier.error = None

    def _status_text(self) -> str:
        return self.files.status_line() if self.files else "starting"

    def _reload(self) -> None:
        """SIGHUP: re-read config and rules; a bad new config is logged and the old one kept."""
        self._reload_requested = False
        self.notifier.send("RELOADING=1", f"MONOTONIC_USEC={time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000}")
        try:
            new, changed = reloaded(self.settings, self.sources)
            if self.learning is not None:
                self.learning.reload(new.config_dir)  # raises before changing anything when the file is bad
        except ConfigError as exc:
            self.log.error("reload_failed", error=exc.one_line(), action="keeping the running config")
            self.notifier.send("READY=1")
            return
        self.settings = new
        assert self.files is not None
        self.files.settings = new
        self.files.generation += 1
        self.pending.capacity = self.hints.capacity = new.max_pending
        self.pool.max_files, self.pool.file_timeout_seconds = new.worker_max_files, new.file_timeout_seconds
        self.pool.resize(new.worker_count)
        self._blocked = False
        self._next_scan = 0.0
        self.log.info("reloaded", config=new.source, needs_restart=changed or None)
        self.notifier.send("READY=1", f"STATUS={self._status_text()}")

    def _shutdown(self) -> None:
        """Stop watching, let the files in hand finish (up to stop_timeout_seconds), then stop the workers."""
        self.notifier.send("STOPPING=1")
        self.log.info("stopping", in_hand=self.files.in_hand_count() if self.files else 0)
        if self.watcher is not None:
            self.watcher.close()
        deadline = time.monotonic() + self.settings.stop_timeout_seconds
        requests = self._stop_requests
        while self.files and self.pool.busy() and time.monotonic() < deadline and self._stop_requests <= requests:
            events, _ = self.pool.wait(min(0.5, deadline - time.monotonic()))
            self.hints.drain()
            self._handle(events)
        lost = self.pool.stop(abandon=True)
        for job in lost:
            if self.files is not None:
                self.files.abandon(job)
            self.log.warning("abandoned", file=display_name(os.path.basename(job.path)), action="redone at next start")
        if self.learning is not None:
            self.learning.close()
        if self.ledger is not None:
            self.ledger.close()
        self.hints.close()
        self.log.info("stopped", abandoned=len(lost))
        self.notifier.close()


__all__ = ["Service"]
