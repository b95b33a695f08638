"""Generic junk detection that needs no site profile: line features with context (jusText, boilerpipe, C4)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from pathlib import Path

from cleaner.language import stopwords, writes_without_spaces
from cleaner.linefeatures import LineStats, is_code, is_counter, is_markup, is_symbols_only, line_stats
from cleaner.model import Removal
from cleaner.rules import default_config_dir


class Kind(IntEnum):
    """jusText's paragraph classes, with BAD first so that comparisons read naturally."""

    BAD = 0
    SHORT = 1
    NEAR = 2
    GOOD = 3


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The numbers of config/heuristics.toml (defaults here mirror the bundled file)."""

    length_low: int = 70
    length_high: int = 200
    stopwords_low: float = 0.20
    stopwords_high: float = 0.30
    sentence_min_words: int = 4
    sentence_min_stopwords: float = 0.15
    edges_are_bad: bool = True


@lru_cache(maxsize=8)
def load_thresholds(config_dir: Path | None = None) -> Thresholds:
    """Read config/heuristics.toml over the code defaults; a missing file means the defaults."""
    path = (config_dir or default_config_dir()) / "heuristics.toml"
    if not path.is_file():
        return Thresholds()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    flat = {**data.get("classes", {}), **data.get("context", {})}
    known = {name: flat[name] for name in Thresholds.__dataclass_fields__ if name in flat}
    return Thresholds(**known)


def _hard_rule(line: str) -> tuple[str, str] | None:
    """The (rule, category) of a line that is junk whatever its context: code, markup, counters."""
    if is_symbols_only(line):
        return "symbols_only", "widget"
    if is_markup(line):
        return "markup_line", "markup"
    if is_code(line):
        return "code_line", "script"
    if is_counter(line):
        return "social_counter", "social"
    return None


def _context_free(stats: LineStats, t: Thresholds) -> Kind:
    """jusText's context-free class of one line (no links here: length, stopwords, punctuation)."""
    if stats.chars < t.length_low:
        sentence = stats.sentence and stats.words >= t.sentence_min_words
        return Kind.NEAR if sentence and stats.stop_density >= t.sentence_min_stopwords else Kind.SHORT
    if stats.stop_density >= t.stopwords_high:
        return Kind.GOOD if stats.sentence or stats.chars > t.length_high else Kind.NEAR
    if stats.stop_density >= t.stopwords_low:
        return Kind.NEAR
    return Kind.BAD


def _nearest(kinds: list[Kind], start: int, step: int, *, edge: Kind) -> tuple[Kind, bool]:
    """The nearest GOOD or BAD class from start in direction step, and whether a NEAR line lay between."""
    near_between = False
    index = start + step
    while 0 <= index < len(kinds):
        kind = kinds[index]
        if kind in (Kind.GOOD, Kind.BAD):
            return kind, near_between
        near_between = near_between or kind == Kind.NEAR
        index += step
    return edge, near_between


def revise(kinds: list[Kind], *, edges_are_bad: bool = True) -> list[Kind]:
    """jusText's context pass: short lines take their neighbours' class, near-good lines survive next to good."""
    edge = Kind.BAD if edges_are_bad else Kind.GOOD
    revised = list(kinds)
    for index, kind in enumerate(kinds):
        if kind != Kind.SHORT:
            continue
        before, near_before = _nearest(kinds, index, -1, edge=edge)
        after, near_after = _nearest(kinds, index, 1, edge=edge)
        if before == after:
            revised[index] = before
        elif before == Kind.BAD:
            revised[index] = Kind.GOOD if near_before else Kind.BAD
        else:
            revised[index] = Kind.GOOD if near_after else Kind.BAD
    final = list(revised)
    for index, kind in enumerate(revised):
        if kind != Kind.NEAR:
            continue
        before, _ = _nearest(revised, index, -1, edge=edge)
        after, _ = _nearest(revised, index, 1, edge=edge)
        final[index] = Kind.BAD if before == after == Kind.BAD else Kind.GOOD
    return final


_CONTEXT_RULES = {
    Kind.BAD: ("low_stopword_density", "heuristic"),
    Kind.SHORT: ("short_line_in_boilerplate", "heuristic"),
    Kind.NEAR: ("unsure_line_in_boilerplate", "heuristic"),
}


def classify_lines(
    lines: tuple[str, ...], *, language: str, config_dir: Path | None = None
) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Keep the body lines; return the rest as removals named by the heuristic that dropped them."""
    t = load_thresholds(config_dir)
    stop = stopwords(language)
    no_spaces = writes_without_spaces(language, "".join(lines[:20]))
    hard: dict[int, tuple[str, str]] = {}
    kinds: list[Kind] = []
    for index, line in enumerate(lines):
        found = _hard_rule(line)
        if found is not None:
            hard[index] = found
            kinds.append(Kind.BAD)
        else:
            kinds.append(_context_free(line_stats(line, stop, no_spaces=no_spaces), t))
    final = [Kind.BAD if i in hard else Kind.GOOD for i in range(len(lines))]
    kept: list[str] = []
    removed: list[Removal] = []
    for index, line in enumerate(lines):
        if final[index] == Kind.GOOD:
            kept.append(line)
            continue
        rule, category = hard.get(index) or _CONTEXT_RULES[kinds[index] if kinds[index] != Kind.GOOD else Kind.NEAR]
        removed.append(Removal(line, rule, category, index + 1))
    return tuple(kept), tuple(removed)
