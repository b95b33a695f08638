"""The error tree: every fault cleaner raises, each class carrying its CLI exit code."""

from __future__ import annotations

from pathlib import Path


class CleanerError(Exception):
    """Base of every error cleaner raises on purpose; the CLI catches only this."""

    exit_code = 1

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(message)

    def one_line(self) -> str:
        """The error as one line naming the file and the reason."""
        reason = " ".join(str(self).split())
        return f"{self.path}: {reason}" if self.path else reason


class InputError(CleanerError):
    """The input cannot be read (missing, unreadable, a FIFO, too large)."""

    exit_code = 2


class ConfigError(CleanerError):
    """A config file or site profile is invalid; the message names the key."""

    exit_code = 3


class OutputError(CleanerError):
    """The output cannot be written (permissions, disk full); transient for the service."""

    exit_code = 4
