"""The worker pool: one process per core, one file at a time each, so a crash is charged to the file it held.

A worker may hold one more small job, queued in its pipe, so it starts the next file the moment it finishes
one instead of waiting for the service to hear back. It cleans its jobs in order: the first unanswered job is
the one in progress; on a crash only that one is charged, the queued one is handed back.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import selectors
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from pathlib import Path

from cleaner.service.work import READY, WARM_CONFIG_DIR_ENV, Job, Report, worker_main

_CONTEXT: ForkServerContext = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["cleaner.service.work", "cleaner.service.warmup"])  # workers fork from a warm core
_START_TIMEOUT_SECONDS = 120.0  # for the first workers to warm up
QUEUED_JOB_MAX_BYTES = 64 * 1024  # a second job waits in the pipe only if this small (the send never blocks)


@dataclass(slots=True, eq=False)
class Worker:
    """One worker process and the jobs it holds: jobs[0] is in progress, jobs[1] (if any) waits in the pipe."""

    process: BaseProcess
    conn: Connection
    jobs: deque[Job] = field(default_factory=deque)
    started: float = 0.0  # monotonic time jobs[0] was started
    files: int = 0
    timed_out: bool = False
    learned_generation: int = 0  # the snapshot of learned counts this worker holds (0: none)
    config_generation: int = -1  # the settings generation whose CleanConfig this worker holds


@dataclass(frozen=True, slots=True)
class Finished:
    """A job came back with a report."""

    job: Job
    report: Report


@dataclass(frozen=True, slots=True)
class Died:
    """A worker died in the middle of this job (a crash, the OOM killer, or a timeout kill)."""

    job: Job
    reason: str


@dataclass(frozen=True, slots=True)
class Returned:
    """A job a dead worker had not started: not its fault, to be given out again."""

    job: Job


Event = Finished | Died | Returned


class Pool:
    """Worker processes with their jobs; the service's main thread is the only caller.

    One long-lived selector watches every worker's pipe and exit sentinel (and the service's wake-up fd), so
    a loop turn costs one poll, not a new selector and a waitpid per worker.
    """

    def __init__(self, size: int, max_files: int, file_timeout_seconds: float) -> None:
        self.size = size
        self.max_files = max_files
        self.file_timeout_seconds = file_timeout_seconds
        self.workers: list[Worker] = []
        self._retiring: list[BaseProcess] = []
        self._selector = selectors.DefaultSelector()

    def add_wakeup(self, fd: int) -> None:
        """Also return from wait() when fd becomes readable."""
        self._selector.register(fd, selectors.EVENT_READ, None)

    def start(self, *, config_dir: Path | None = None) -> None:
        """Start the workers (the first start also starts the fork server, warmed with config_dir's rules)."""
        if config_dir is not None:
            os.environ[WARM_CONFIG_DIR_ENV] = str(config_dir)  # the fork server inherits the environment
        while len(self.workers) < self.size:
            self.workers.append(self._spawn())
        deadline = time.monotonic() + _START_TIMEOUT_SECONDS
        for worker in self.workers:  # each says READY once warm: the service is ready when they are
            with contextlib.suppress(EOFError, OSError):
                if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                    worker.conn.recv()

    def _spawn(self) -> Worker:
        parent_end, child_end = _CONTEXT.Pipe(duplex=True)
        process = _CONTEXT.Process(target=worker_main, args=(child_end, os.getpid()), name="cleaner-worker")
        process.daemon = True
        process.start()
        child_end.close()
        worker = Worker(process=process, conn=parent_end)
        self._selector.register(parent_end.fileno(), selectors.EVENT_READ, (worker, "report"))
        self._selector.register(process.sentinel, selectors.EVENT_READ, (worker, "exit"))
        return worker

    def _forget(self, worker: Worker) -> None:
        """Stop watching a worker and drop it from the pool."""
        self.workers = [w for w in self.workers if w is not worker]
        for fd in (worker.conn.fileno(), worker.process.sentinel):
            with contextlib.suppress(KeyError, ValueError, OSError):
                self._selector.unregister(fd)

    # --- giving out work ----------------------------------------------------------------------------------------

    def _open(self) -> list[Worker]:
        """Workers taking jobs (one that has done max_files finishes what it holds, then is replaced)."""
        return [w for w in self.workers if w.files + len(w.jobs) < self.max_files]

    def has_slot(self) -> bool:
        """True when some worker could take a job now."""
        return any(len(w.jobs) < 2 for w in self._open())

    def slot_for(self, size: int, *, backlog: bool) -> Worker | None:
        """An idle worker; else, when more files are waiting (backlog) and this one is small, the worker that
        started its current job first; None when there is no room. Without a backlog a file waits for the first
        worker to come free rather than queue behind one job that may be long."""
        workers = self._open()
        idle = next((w for w in workers if not w.jobs), None)
        if idle is not None or size > QUEUED_JOB_MAX_BYTES or not backlog:
            return idle
        return min((w for w in workers if len(w.jobs) == 1), key=lambda w: w.started, default=None)

    def submit(self, worker: Worker, job: Job) -> None:
        """Hand a job to a worker from slot_for (a worker that just died is noticed by wait())."""
        if not worker.jobs:
            worker.started = time.monotonic()
        worker.jobs.append(job)
        with contextlib.suppress(OSError):
            worker.conn.send(job)

    def busy(self) -> int:
        """Jobs given out and not yet answered."""
        return sum(len(w.jobs) for w in self.workers)

    # --- hearing back -------------------------------------------------------------------------------------------

    def wait(self, timeout: float) -> tuple[list[Event], bool]:
        """Block until a worker reports or dies, the wake-up fd is readable, or timeout; (events, woken)."""
        woken = False
        reporting: list[Worker] = []
        exited: list[Worker] = []
        for key, _mask in self._selector.select(max(0.0, timeout)):
            if key.data is None:
                woken = True
                continue
            worker, kind = key.data
            (reporting if kind == "report" else exited).append(worker)
        events: list[Event] = []
        for worker in reporting:
            if worker not in exited:
                events.extend(self._receive(worker))
        for worker in exited:
            events.extend(self._bury(worker))
        if self._retiring:
            self._reap_retired()
        return events, woken

    def _receive(self, worker: Worker) -> list[Event]:
        try:
            report: Report | str = worker.conn.recv()
        except (EOFError, OSError):
            return []  # the sentinel tells the rest
        if report == READY or not isinstance(report, Report):
            return []  # a replacement worker saying it is warm (its jobs wait in its pipe meanwhile)
        if not worker.jobs or report.job_id != worker.jobs[0].job_id:
            return []
        job = worker.jobs.popleft()
        worker.started = time.monotonic()  # the queued job, if any, starts now
        worker.files += 1
        if worker.files >= self.max_files and not worker.jobs:
            self._retire(worker)
        return [Finished(job, report)]

    def _bury(self, worker: Worker) -> list[Event]:
        if not any(w is worker for w in self.workers):
            return []
        events: list[Event] = []
        with contextlib.suppress(OSError, EOFError):
            while worker.jobs and worker.conn.poll(0):  # reports sent before it died: those files are not to blame
                received = self._receive(worker)
                if not received:
                    break  # end of the pipe
                events.extend(received)
        if not any(w is worker for w in self.workers):
            return events  # retired after those reports
        worker.process.join(timeout=1.0)
        self._forget(worker)
        with contextlib.suppress(OSError):
            worker.conn.close()
        self.workers.append(self._spawn())
        if not worker.jobs:
            return events
        code = worker.process.exitcode
        if worker.timed_out:
            reason = f"timed out after {self.file_timeout_seconds:g} s (worker killed)"
        elif code is not None and code < 0:
            reason = f"worker killed by signal {-code}"
        else:
            reason = f"worker exited with code {code}"
        current, *queued = worker.jobs
        return [*events, Died(current, reason), *(Returned(job) for job in queued)]

    # --- keeping the pool healthy -------------------------------------------------------------------------------

    def _retire(self, worker: Worker) -> None:
        """Replace a worker that has cleaned max_files files (memory stays flat)."""
        self._retire_only(worker)
        self.workers.append(self._spawn())

    def _retire_only(self, worker: Worker) -> None:
        self._forget(worker)
        with contextlib.suppress(OSError):
            worker.conn.send(None)
            worker.conn.close()
        self._retiring.append(worker.process)

    def _reap_retired(self) -> None:
        for process in list(self._retiring):
            if not process.is_alive():
                process.join(timeout=0)
                self._retiring.remove(process)

    def kill_overdue(self, now: float) -> None:
        """Kill workers stuck on one file longer than file_timeout_seconds; wait() reports them as Died."""
        for worker in self.workers:
            if worker.jobs and now - worker.started > self.file_timeout_seconds and not worker.timed_out:
                worker.timed_out = True
                worker.process.kill()

    def next_deadline(self) -> float | None:
        """Monotonic time of the next timeout, if any job is in progress."""
        starts = [w.started for w in self.workers if w.jobs]
        return min(starts) + self.file_timeout_seconds if starts else None

    def resize(self, size: int) -> None:
        """Change the number of workers (SIGHUP); busy workers finish their files first."""
        self.size = size
        while len(self.workers) < size:
            self.workers.append(self._spawn())
        for worker in [w for w in self.workers if not w.jobs][: max(0, len(self.workers) - size)]:
            self._retire_only(worker)

    def stop(self, *, abandon: bool) -> list[Job]:
        """Stop every worker: idle ones are told to quit; with abandon, busy ones are killed. Returns lost jobs."""
        lost: list[Job] = []
        for worker in self.workers:
            if worker.jobs and abandon:
                lost.extend(worker.jobs)
                worker.process.kill()
            else:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        for worker in list(self.workers):
            worker.process.join(timeout=5.0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=5.0)
            self._forget(worker)
            with contextlib.suppress(OSError):
                worker.conn.close()
        for process in self._retiring:
            process.join(timeout=5.0)
        self._retiring.clear()
        self._selector.close()
        return lost


__all__ = ["QUEUED_JOB_MAX_BYTES", "Died", "Event", "Finished", "Pool", "Returned", "Worker"]
