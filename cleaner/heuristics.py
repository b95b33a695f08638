"""Generic junk detection that needs no site profile: line features with context (jusText, boilerpipe, C4)."""

from __future__ import annotations

from cleaner.model import Removal


def classify_lines(lines: tuple[str, ...], *, language: str) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Keep the body lines; return the rest as removals named by the heuristic that dropped them."""
    return lines, ()
