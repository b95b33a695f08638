"""The worker side: one process cleans one file at a time from bytes the service read, and writes the output."""

from __future__ import annotations

import ctypes
import errno
import os
import signal
import time
import traceback
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal, NamedTuple

from cleaner.config import CleanConfig, reload_config_files
from cleaner.errors import CleanerError, InputError, OutputError
from cleaner.process import process_bytes
from cleaner.repetition import LearnedLines, Observation, observation_of
from cleaner.service import faults

Outcome = Literal["done", "rejected", "transient", "crashed"]
_PR_SET_PDEATHSIG = 1
WARM_CONFIG_DIR_ENV = "_CLEANER_WARM_CONFIG_DIR"
READY = "ready"  # a new worker's first message: warmed up, serving
_BAD_NAME_ERRNOS = frozenset({errno.ENAMETOOLONG, errno.EILSEQ})  # this input's name, not the disk: no retry


class Job(NamedTuple):
    """One file to clean: its bytes (read by the service, so no file is held open while queued).

    A tuple, not a dataclass: it is pickled for every file, and tuples pickle several times faster.
    """

    job_id: int
    raw: bytes
    path: str  # where the input lies, for the record and the output name
    out_dir: str
    config: CleanConfig | None  # None: the same as the last one this worker was sent
    generation: int  # rises on SIGHUP: the worker reloads rules and site profiles
    learn: bool = False  # send back what this document adds to the repetition counts
    learned_generation: int = 0  # the snapshot of learned counts to clean with (0: none)
    learned: LearnedLines | None = None  # that snapshot, sent only to a worker that has an older one


class Report(NamedTuple):
    """What a worker sends back for one job."""

    job_id: int
    outcome: Outcome
    reason: str = ""
    ms: int = 0
    rules: Mapping[str, int] | None = None  # removals by rule name
    words_in: int = 0
    words_out: int = 0
    observation: Observation | None = None  # with Job.learn: the document's lines for the counts


def reload_config() -> None:
    """Forget every cached piece of config/, so the next file reads it again (SIGHUP)."""
    reload_config_files()


def run_job(job: Job, config: CleanConfig, learned: LearnedLines | None = None) -> Report:
    """Clean and write one job with config; every exception becomes a Report (the per-file boundary)."""
    started = time.perf_counter()
    config = replace(config, learned=learned) if learned is not None else config
    try:
        faults.before_clean(job.raw)
        result = process_bytes(job.raw, Path(job.path), Path(job.out_dir), config=config)
    except OutputError as exc:
        if isinstance(exc.__cause__, OSError) and exc.__cause__.errno in _BAD_NAME_ERRNOS:
            return Report(job.job_id, "rejected", f"cannot name the output: {exc}", _ms(started))
        return Report(job.job_id, "transient", exc.one_line(), _ms(started))
    except InputError as exc:
        return Report(job.job_id, "rejected", str(exc), _ms(started))
    except CleanerError as exc:
        return Report(job.job_id, "crashed", exc.one_line(), _ms(started))
    except Exception as exc:  # per-file boundary: the cleaner's fault is this file's failure, not the worker's
        where = traceback.extract_tb(exc.__traceback__)[-1]
        detail = f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
        return Report(job.job_id, "crashed", detail, _ms(started))
    rules = dict(Counter(removal.rule for removal in result.removed))
    words_in = int(result.metadata.get("words_in") or 0)
    observation = observation_of(result, site=config.site_key) if job.learn else None
    if not result.ok:
        reason = result.rejected or "rejected"
        return Report(job.job_id, "rejected", reason, _ms(started), rules, words_in, observation=observation)
    words_out = int(result.metadata.get("words_out") or 0)
    return Report(job.job_id, "done", "", _ms(started), rules, words_in, words_out, observation)


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (no orphan writes after a kill -9)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def worker_main(conn: Connection, parent_pid: int) -> None:
    """Serve jobs until told to stop (None) or the service goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the service decides when a worker stops
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() == 1 or not _alive(parent_pid):
        return
    from cleaner.service import warmup  # imported (and run) by the fork server already: this only touches

    warmup.touch()
    try:
        conn.send(READY)
    except OSError:
        return
    generation = -1
    config = CleanConfig()
    learned: LearnedLines | None = None
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if job.generation != generation:
            if generation != -1:
                reload_config()
            generation = job.generation
        if job.config is not None:
            config = job.config
        if job.learned is not None:
            learned = job.learned
        report = run_job(job, config, learned if job.learned_generation else None)
        try:
            conn.send(report)
        except (BrokenPipeError, OSError):
            return


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = ["READY", "WARM_CONFIG_DIR_ENV", "Job", "Outcome", "Report", "reload_config", "run_job", "worker_main"]
