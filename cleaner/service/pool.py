"""The worker pool: one process per core, one file each at a time, so a crash is charged to the file it held."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import selectors
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess

from cleaner.service.work import Job, Report, worker_main

_CONTEXT: ForkServerContext = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["cleaner.service.work", "cleaner.service.warmup"])  # workers fork from a warm core


@dataclass(slots=True, eq=False)
class Worker:
    """One worker process and the job it holds, if any."""

    process: BaseProcess
    conn: Connection
    job: Job | None = None
    started: float = 0.0  # monotonic time the job was handed over
    files: int = 0
    timed_out: bool = False


@dataclass(frozen=True, slots=True)
class Finished:
    """A job came back with a report."""

    job: Job
    report: Report


@dataclass(frozen=True, slots=True)
class Died:
    """A worker died holding a job (a crash, the OOM killer, or a timeout kill)."""

    job: Job
    reason: str


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

    def start(self) -> None:
        """Start the workers (the first start also starts the fork server)."""
        while len(self.workers) < self.size:
            self.workers.append(self._spawn())

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

    def idle(self) -> list[Worker]:
        """Workers ready for a job."""
        return [w for w in self.workers if w.job is None]

    def busy(self) -> int:
        """Jobs in hand."""
        return sum(1 for w in self.workers if w.job is not None)

    def submit(self, worker: Worker, job: Job) -> None:
        """Hand a job to an idle worker (a worker that just died is noticed by wait() and the job comes back)."""
        worker.job = job
        worker.started = time.monotonic()
        with contextlib.suppress(OSError):
            worker.conn.send(job)

    def wait(self, timeout: float) -> tuple[list[Finished | Died], bool]:
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
        events: list[Finished | Died] = []
        for worker in reporting:
            if worker not in exited:
                events.extend(self._receive(worker))
        for worker in exited:
            events.extend(self._bury(worker))
        if self._retiring:
            self._reap_retired()
        return events, woken

    def _receive(self, worker: Worker) -> list[Finished | Died]:
        try:
            report: Report = worker.conn.recv()
        except (EOFError, OSError):
            return []  # the sentinel tells the rest
        job, worker.job = worker.job, None
        worker.files += 1
        if job is None or report.job_id != job.job_id:
            return []
        if worker.files >= self.max_files:
            self._retire(worker)
        return [Finished(job, report)]

    def _bury(self, worker: Worker) -> list[Finished | Died]:
        if not any(w is worker for w in self.workers):
            return []
        events: list[Finished | Died] = []
        with contextlib.suppress(OSError, EOFError):
            if worker.job is not None and worker.conn.poll(0):
                events = self._receive(worker)  # it reported before it died: the file is not to blame
                if not any(w is worker for w in self.workers):
                    return events  # retired after that report
        worker.process.join(timeout=1.0)
        self._forget(worker)
        with contextlib.suppress(OSError):
            worker.conn.close()
        self.workers.append(self._spawn())
        if worker.job is None:
            return events
        code = worker.process.exitcode
        if worker.timed_out:
            reason = f"timed out after {self.file_timeout_seconds:g} s (worker killed)"
        elif code is not None and code < 0:
            reason = f"worker killed by signal {-code}"
        else:
            reason = f"worker exited with code {code}"
        return [*events, Died(worker.job, reason)]

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
            if worker.job is not None and now - worker.started > self.file_timeout_seconds and not worker.timed_out:
                worker.timed_out = True
                worker.process.kill()

    def next_deadline(self) -> float | None:
        """Monotonic time of the next timeout, if any job is in hand."""
        starts = [w.started for w in self.workers if w.job is not None]
        return min(starts) + self.file_timeout_seconds if starts else None

    def resize(self, size: int) -> None:
        """Change the number of workers (SIGHUP); busy workers finish their file first."""
        self.size = size
        while len(self.workers) < size:
            self.workers.append(self._spawn())
        for worker in [w for w in self.workers if w.job is None][: max(0, len(self.workers) - size)]:
            self._retire_only(worker)

    def stop(self, *, abandon: bool) -> list[Job]:
        """Stop every worker: idle ones are told to quit; with abandon, busy ones are killed. Returns lost jobs."""
        lost = []
        for worker in self.workers:
            if worker.job is not None and abandon:
                lost.append(worker.job)
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


__all__ = ["Died", "Finished", "Pool", "Worker"]
