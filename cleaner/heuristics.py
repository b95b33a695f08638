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

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cleaner.language import stopwords, writes_without_spaces
from cleaner.linefeatures import (
    LineStats,
    hard_patterns,
    is_code,
    is_counter,
    is_glued_words,
    is_markup,
    is_symbols_only,
    line_stats,
)
from cleaner.model import Removal
from cleaner.rules import default_config_dir
from cleaner.scanner import LineScanner

_COUNTER_MAX_WORDS = 3
_LETTER = re.compile(r"[^\W\d_]")
_GLUED_MIN_CHARS_PER_WORD = 15
_DENSE_CODE_CHARS_PER_SPACE = 8


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


def hard_rule(line: str, *, scanned: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """The (rule, category) of a line that is junk whatever its context: code, markup, counters.

    scanned: the labels ("markup", "code") of the pattern alternatives found matching the line by the one-pass
    scanner; None means not scanned, so every check runs. Cheap tests on the line's shape guard the others.
    """
    spaces = line.count(" ")
    if not line[:1].isalnum() and is_symbols_only(line):
        return "symbols_only", "widget"
    if ("markup" in scanned) if scanned is not None else is_markup(line):
        return "markup_line", "markup"
    if scanned is not None and "code" in scanned:
        return "code_line", "script"
    if (scanned is None or spaces < len(line) / _DENSE_CODE_CHARS_PER_SPACE) and is_code(line):
        return "code_line", "script"
    if spaces < _COUNTER_MAX_WORDS and is_counter(line):
        return "social_counter", "social"
    if len(line) > _GLUED_MIN_CHARS_PER_WORD * (spaces + 1) and is_glued_words(line):
        return "glued_words", "widget"
    return None


@lru_cache(maxsize=1)
def _hard_scanner() -> LineScanner:
    return LineScanner(pattern for _label, pattern in hard_patterns())


def hard_verdicts(lines: tuple[str, ...]) -> dict[int, tuple[str, str]]:
    """The lines that are junk whatever their context, with (rule, category); one cheap pass over the text."""
    scanned = _hard_scanner().hits(lines)
    patterns = hard_patterns()
    verdicts: dict[int, tuple[str, str]] = {}
    for index, line in enumerate(lines):
        spaces = line.count(" ")
        keys = scanned.get(index)
        # the checks hard_rule makes beyond the scanner's need one of these shapes; most lines have none
        shaped = spaces < _COUNTER_MAX_WORDS or len(line) > _DENSE_CODE_CHARS_PER_SPACE * spaces
        if keys is None and not shaped and line[:1].isalnum():
            continue
        matched = [patterns[k] for k in sorted(keys)] if keys else []
        labels = tuple(label for label, pattern in matched if pattern.search(line))
        verdict = hard_rule(line, scanned=labels)
        if verdict is not None:
            verdicts[index] = verdict
    return verdicts


def is_good(stats: LineStats, t: Thresholds) -> bool:
    """Text that stays whatever surrounds it. A complete sentence (C4's terminal punctuation, read past closing
    quotes, CJK full stops included) of a few words with some stopwords; a sentence long by jusText's length
    classes or boilerpipe's 16-word rule; a line without terminal punctuation only when jusText would call it
    good at its long length (headlines and captions lack the full stop, paragraphs rarely do)."""
    if not stats.sentence:
        return stats.chars >= t.length_high and stats.stop_density >= t.stopwords_high
    if stats.words >= t.sentence_min_words and stats.stop_density >= t.sentence_min_stopwords:
        return True
    if stats.chars >= t.length_low and stats.stop_density >= t.stopwords_low:
        return True
    return stats.words > t.good_min_words


def repeated_blocks(lines: tuple[str, ...], *, min_lines: int = 3, min_words: int = 12) -> list[int]:
    """Lines of later copies of a block of at least min_lines consecutive paragraphs (each of at least
    min_words words, all different) that appeared before in the same order: the article pasted twice. Single
    repeated lines stay (an interview's recurring question, a recipe's repeated step)."""
    seen: dict[tuple[str, ...], int] = {}
    dropped: list[int] = []
    index = 0
    while index + min_lines <= len(lines):
        window = lines[index : index + min_lines]
        if len(set(window)) < min_lines or any(line.count(" ") + 1 < min_words for line in window):
            index += 1
            continue
        first = seen.setdefault(window, index)
        if first + min_lines <= index:  # a copy that does not overlap its original
            end = index + min_lines
            while end < len(lines) and first + (end - index) < index and lines[end] == lines[first + end - index]:
                end += 1
            dropped.extend(range(index, end))
            index = end
            continue
        index += 1
    return dropped


class _Goodness:
    """is_good per line, computed only for the lines the context pass looks at."""

    def __init__(self, lines: tuple[str, ...], language: str, t: Thresholds) -> None:
        self.lines, self.t = lines, t
        self.stop = stopwords(language)
        self.no_spaces = writes_without_spaces(language, "".join(lines[:20]))
        self.known: dict[int, bool] = {}

    def __call__(self, index: int) -> bool:
        if index not in self.known:
            stats = line_stats(self.lines[index], self.stop, no_spaces=self.no_spaces)
            self.known[index] = is_good(stats, self.t)
        return self.known[index]


def _junk_beside(
    line: int, step: int, count: int, junk: Mapping[int, object], gaps: Mapping[int, int]
) -> tuple[int, int]:
    """Walk from the boundary before line (step -1) or after line - 1 (step 1) over the junk there (lines removed
    earlier, hard junk): how many junk lines, and the first line beyond them (-1 or count: the dump's edge)."""
    lines, index = 0, line
    while True:
        lines += gaps.get(index, 0)
        beyond = index - 1 if step < 0 else index
        if beyond < 0 or beyond >= count or beyond not in junk:
            return lines, beyond
        lines += 1
        index += step


def _bounded_runs(
    count: int, junk: dict[int, tuple[str, str]], good: _Goodness, gaps: Mapping[int, int], t: Thresholds
) -> list[int]:
    """Indices of lines in runs of not-good lines that junk bounds on both sides (jusText: bad, bad -> bad).
    Only runs that start at junk (a junk line, a gap, the dump's start) can be bounded, so only those are read.
    Junk on both sides is not enough: ad labels, credits and teasers sit inside articles too, next to the
    article's own lists and subheads. A bounded run goes when the junk beside it is a template region: the
    dump's edge; two or more junk lines with no good text beyond them (a widget, a footer); single separators
    with more short lines beyond both (a tag list, a menu); or when its lines are counters (no letters)."""
    starts = {i + 1 for i in junk} | {g for g in gaps if g < count}
    if t.edges_are_junk:
        starts.add(0)

    def template_around(start: int, end: int) -> bool:
        left, before = _junk_beside(start, -1, count, junk, gaps)
        right, after = _junk_beside(end, 1, count, junk, gaps)
        if before == -1 or after == count:
            return True  # the dump's edge
        open_left, open_right = not good(before), not good(after)
        if (left >= 2 and open_left) or (right >= 2 and open_right):
            return True  # a widget block with no article text beyond it
        letterless = [not _LETTER.search(good.lines[i]) for i in range(start, end)]
        if all(letterless) or (left >= 2 and right >= 2 and any(letterless)):
            return True  # counters; between two widgets with a counter among its lines: a gallery's title
        # single separators with more short lines beyond both: an item of a tag list or a menu
        return left == 1 == right and open_left and open_right and end - start <= 2

    dropped: list[int] = []
    for start in sorted(starts):
        index = start
        while index < count and index not in junk and (index == start or index not in gaps) and not good(index):
            index += 1
        if index == start or index - start > t.max_run_lines:
            continue
        after = index in gaps or index in junk or (index == count and t.edges_are_junk)
        if after and template_around(start, index):
            dropped.extend(range(start, index))
    return dropped


def classify_lines(
    lines: tuple[str, ...], *, language: str, gaps: Mapping[int, int] | None = None, config_dir: Path | None = None
) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Keep the body lines; return the rest as removals named by the heuristic that dropped them.

    gaps: indices where an earlier stage removed junk lines just before (they bound runs like junk does).
    """
    t = load_thresholds(config_dir)
    verdicts = hard_verdicts(lines)
    for index in repeated_blocks(lines):
        verdicts.setdefault(index, ("duplicate_block", "duplicate"))
    good = _Goodness(lines, language, t)
    for index in _bounded_runs(len(lines), dict(verdicts), good, gaps or {}, t):
        verdicts[index] = ("between_boilerplate", "heuristic")
    kept = tuple(line for index, line in enumerate(lines) if index not in verdicts)
    removed = tuple(
        Removal(lines[index], rule, category, index + 1) for index, (rule, category) in sorted(verdicts.items())
    )
    return kept, removed
