"""Generic junk detection that needs no site profile: line features with context (jusText, boilerpipe, C4).

Two layers, each guarding the other's known false positives:
- hard line features decide alone: script and markup residue, symbol-only lines, social counters, glued words;
- context decides the rest, the jusText way but one-sided towards keeping: a run of lines that are not good
  text is dropped only when junk bounds it on both sides (removed lines, hard junk or a document edge).
  "Good" combines jusText's classes (length, stopword density) with boilerpipe's word-count rule and C4's
  terminal punctuation, so a complete sentence is never dropped for its neighbours, and lists, tables and
  short paragraphs between good lines stay.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cleaner.language import stopwords, writes_without_spaces
from cleaner.linefeatures import (
    LineStats,
    is_code,
    is_counter,
    is_glued_words,
    is_markup,
    is_symbols_only,
    line_stats,
)
from cleaner.model import Removal
from cleaner.rules import default_config_dir


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The numbers of config/heuristics.toml (defaults here mirror the bundled file)."""

    length_low: int = 70
    length_high: int = 200
    stopwords_low: float = 0.20
    stopwords_high: float = 0.30
    sentence_min_words: int = 4
    sentence_min_stopwords: float = 0.15
    good_min_words: int = 16
    edges_are_junk: bool = True
    max_run_lines: int = 12


@lru_cache(maxsize=8)
def load_thresholds(config_dir: Path | None = None) -> Thresholds:
    """Read config/heuristics.toml over the code defaults; a missing file means the defaults."""
    path = (config_dir or default_config_dir()) / "heuristics.toml"
    if not path.is_file():
        return Thresholds()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    flat = {key: value for section in data.values() if isinstance(section, dict) for key, value in section.items()}
    known = {name: flat[name] for name in Thresholds.__dataclass_fields__ if name in flat}
    return Thresholds(**known)


def hard_rule(line: str) -> tuple[str, str] | None:
    """The (rule, category) of a line that is junk whatever its context: code, markup, counters."""
    if is_symbols_only(line):
        return "symbols_only", "widget"
    if is_markup(line):
        return "markup_line", "markup"
    if is_code(line):
        return "code_line", "script"
    if is_counter(line):
        return "social_counter", "social"
    if is_glued_words(line):
        return "glued_words", "widget"
    return None


def is_good(stats: LineStats, t: Thresholds) -> bool:
    """Text that stays whatever surrounds it: jusText's good and near-good classes, boilerpipe's long lines,
    and complete sentences (C4's terminal punctuation with enough words and stopwords)."""
    if stats.sentence and stats.words >= t.sentence_min_words and stats.stop_density >= t.sentence_min_stopwords:
        return True
    if stats.chars >= t.length_high and stats.stop_density >= t.stopwords_low:
        return True
    if stats.chars >= t.length_low and stats.stop_density >= t.stopwords_high:
        return True
    return stats.words > t.good_min_words and stats.stop_density >= t.stopwords_low


def _bounded_runs(good: list[bool], junk: list[bool], gaps: frozenset[int], t: Thresholds) -> list[int]:
    """Indices of lines in runs of not-good lines that junk bounds on both sides (jusText: bad, bad -> bad)."""
    dropped: list[int] = []
    index = 0
    while index < len(good):
        if good[index] or junk[index]:
            index += 1
            continue
        start = index
        while index < len(good) and not good[index] and not junk[index] and (index == start or index not in gaps):
            index += 1
        before = start in gaps or (start == 0 and t.edges_are_junk) or (start > 0 and junk[start - 1])
        after = index in gaps or (index == len(good) and t.edges_are_junk) or (index < len(good) and junk[index])
        if before and after and index - start <= t.max_run_lines:
            dropped.extend(range(start, index))
    return dropped


def classify_lines(
    lines: tuple[str, ...], *, language: str, gaps: frozenset[int] = frozenset(), config_dir: Path | None = None
) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Keep the body lines; return the rest as removals named by the heuristic that dropped them.

    gaps: indices where an earlier stage removed junk lines just before (they bound runs like junk does).
    """
    t = load_thresholds(config_dir)
    stop = stopwords(language)
    no_spaces = writes_without_spaces(language, "".join(lines[:20]))
    verdicts: list[tuple[str, str] | None] = [hard_rule(line) for line in lines]
    junk = [verdict is not None for verdict in verdicts]
    good = [
        not bad and is_good(line_stats(line, stop, no_spaces=no_spaces), t)
        for line, bad in zip(lines, junk, strict=True)
    ]
    for index in _bounded_runs(good, junk, gaps, t):
        verdicts[index] = ("between_boilerplate", "heuristic")
    kept = tuple(line for line, verdict in zip(lines, verdicts, strict=True) if verdict is None)
    removed = tuple(
        Removal(line, verdict[0], verdict[1], number)
        for number, (line, verdict) in enumerate(zip(lines, verdicts, strict=True), start=1)
        if verdict is not None
    )
    return kept, removed
