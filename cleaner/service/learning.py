"""Repetition learning in the service (learn_repetition = true): count every cleaned document's lines per site
in STATE_DIR/lines.sqlite3 (cleaner.linestats), and hand the workers a fresh snapshot of the counts now and then.

Counts are soft state: observations are written in batches, so a crash may lose the last few (a document
counted twice is ignored by LineStats, so redoing a file after a crash never counts it twice).
"""

from __future__ import annotations

from pathlib import Path

from cleaner.linestats import LineStats
from cleaner.repetition import LearnedLines, Observation, Thresholds, load_repetition_thresholds

LINES_FILE = "lines.sqlite3"
_BATCH = 100  # observations per transaction
_REFRESH_SECONDS = 5.0  # a new snapshot for the workers at most this often, when something was counted


class Learning:
    """The main process's side: the LineStats store, a batch of pending observations, the current snapshot."""

    def __init__(self, state_dir: Path, config_dir: Path | None = None) -> None:
        self.path = state_dir / LINES_FILE
        self._thresholds = load_repetition_thresholds(config_dir)
        self._stats = LineStats.open(self.path, window_docs=self._thresholds.window_docs)
        self._batch: list[Observation] = []
        self.snapshot: LearnedLines = self._stats.snapshot(self._thresholds)
        self.generation = 1  # rises with each new snapshot; workers ask for it when theirs is older
        self.counted = 0
        self._dirty = False
        self._refreshed = 0.0

    def add(self, observation: Observation) -> None:
        """Queue one document's observation (written with the next batch)."""
        self._batch.append(observation)
        if len(self._batch) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the queued observations in one transaction."""
        if self._batch:
            self.counted += self._stats.observe_many(self._batch)
            self._batch.clear()
            self._dirty = True

    def refresh(self, now: float) -> bool:
        """Take a new snapshot when counts changed and the last one is old enough; True when it did."""
        if now - self._refreshed < _REFRESH_SECONDS:
            return False
        self._refreshed = now
        self.flush()
        if not self._dirty:
            return False
        self.snapshot = self._stats.snapshot(self._thresholds)
        self.generation += 1
        self._dirty = False
        return True

    def reload(self, config_dir: Path | None) -> None:
        """SIGHUP: read config/repetition.toml again; the next refresh hands the workers a snapshot judged by it."""
        load_repetition_thresholds.cache_clear()
        thresholds: Thresholds = load_repetition_thresholds(config_dir)
        if thresholds != self._thresholds:
            self._thresholds = thresholds
            self._dirty = True
            self._refreshed = 0.0

    def close(self) -> None:
        """Write what is queued and close the store."""
        self.flush()
        self._stats.close()


__all__ = ["LINES_FILE", "Learning"]
