"""Run the service in the foreground: logging, signal handlers (installed here, not in constructors), exit code."""

from __future__ import annotations

import faulthandler
import logging
import os
import signal
import sys
import threading
from types import FrameType
from typing import Any

import structlog

from cleaner.errors import CleanerError
from cleaner.logs import configure_logging
from cleaner.service.notify import Notifier
from cleaner.service.service import Service
from cleaner.service.settings import Settings, Sources, load


class _ToStructlog(logging.Handler):
    """Library log records (watchdog's) as structlog lines, so stderr stays one format."""

    def emit(self, record: logging.LogRecord) -> None:
        log = structlog.get_logger(record.name)
        level = record.levelname.lower()
        getattr(log, level if level in {"debug", "info", "warning", "error", "critical"} else "info")(
            record.getMessage()
        )


def _configure(settings: Settings) -> Any:
    json_lines = {"auto": None, "json": True, "console": False}[settings.log_format]
    configure_logging(json_lines=json_lines, level=settings.log_level)
    root = logging.getLogger()
    if not any(isinstance(h, _ToStructlog) for h in root.handlers):
        root.addHandler(_ToStructlog(level=logging.WARNING))
    log = structlog.get_logger("cleaner.service").bind()  # a concrete logger: no lazy proxy on every line

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread else "?"
        log.error("thread_crashed", thread=name, error=f"{args.exc_type.__name__}: {args.exc_value}")

    threading.excepthook = on_thread_exception  # the main loop notices the dead watcher and restarts it
    return log


def run(sources: Sources) -> int:
    """Load settings (ConfigError on a bad one), then serve until SIGTERM/SIGINT; returns the exit code."""
    settings = load(sources)
    log = _configure(settings)
    service = Service(settings, sources, log, Notifier(os.environ))

    def stop(signum: int, frame: FrameType | None) -> None:
        service.request_stop()

    def reload(signum: int, frame: FrameType | None) -> None:
        service.request_reload()

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, reload)
    faulthandler.register(signal.SIGUSR1, all_threads=True)  # kill -USR1 prints every thread's stack to stderr
    try:
        return service.run()
    except CleanerError as exc:
        log.error("failed", error=exc.one_line())
        raise
    except Exception as exc:  # the service's own boundary: log it as one line, then let systemd restart us
        log.exception("crashed", error=f"{type(exc).__name__}: {exc}")
        return 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sys.stderr.flush()


__all__ = ["run"]
