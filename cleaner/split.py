"""Split dumps glued into one long line into paragraphs, cutting junk spans found mid-line."""

from __future__ import annotations

from cleaner.model import Removal


def split_glued(lines: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Return the lines with glued paragraphs split apart, and any junk spans cut while splitting."""
    return lines, ()
