"""Turn decoded text into candidate lines: HTML through trafilatura, text dumps line by line."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from trafilatura import bare_extraction

from cleaner.normalize import normalize_line

_META_FIELDS = ("title", "author", "date", "url", "hostname", "sitename", "description", "language")


def html_to_lines(html: str, *, url: str | None = None) -> tuple[tuple[str, ...], dict[str, Any]]:
    """Extract the main text of an HTML page with trafilatura; return its lines and the page's metadata."""
    document = bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
    )
    if document is None:
        return (), {}
    if not isinstance(document, dict):
        document = document.as_dict()
    hints = {key: document.get(key) for key in _META_FIELDS if document.get(key)}
    url_found = hints.get("url") or url
    if url_found and not hints.get("hostname"):
        hints["hostname"] = urlsplit(str(url_found)).hostname or ""
    text = str(document.get("text") or "")
    return text_to_lines(text), hints


def text_to_lines(text: str) -> tuple[str, ...]:
    """The non-empty, whitespace-normalized lines of a text dump."""
    return tuple(line for line in (normalize_line(raw) for raw in text.split("\n")) if line)
