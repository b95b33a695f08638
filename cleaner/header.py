"""Find the article's header lines (title, byline, dateline) and hand them to metadata, out of the body."""

from __future__ import annotations

from typing import Any

from cleaner.model import Removal


def take_header(lines: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[Removal, ...], dict[str, Any]]:
    """Return body lines, the removed title/byline/dateline lines (categories title, byline, dateline),
    and the metadata hints they give (title, author, date, date_modified)."""
    return lines, (), {}
