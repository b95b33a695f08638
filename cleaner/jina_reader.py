"""Jina Reader's wrapper around the Markdown it writes: its header fields, read as metadata hints."""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from cleaner.html_meta import iso_date

# Jina Reader's wrapper: "Title: …", "URL Source: …", "Published Time: …" lines, then "Markdown Content:" and the
# page. It is the reader's own header, not Markdown: read by its field names.
_JINA_FIELD = re.compile(r"^([A-Z][A-Za-z ]{2,30}):[ \t]*(.*)$")
_JINA_CONTENT = "Markdown Content:"
_JINA_HEADER_LINES = 20
_JINA_HINTS = {"Title": "title", "URL Source": "url", "Published Time": "date", "Description": "description"}


def split_jina_header(text: str) -> tuple[dict[str, str], str] | None:
    """Jina Reader's header fields and the Markdown after "Markdown Content:"; None when the text has no such
    header (every line before that marker a "Field: value" line or blank, a title or source among them)."""
    fields: dict[str, str] = {}
    lines = text.split("\n", _JINA_HEADER_LINES + 1)
    for index, line in enumerate(lines[:_JINA_HEADER_LINES]):
        stripped = line.strip()
        if stripped == _JINA_CONTENT:
            if not fields.keys() & {"Title", "URL Source"}:
                return None
            return fields, "\n".join(lines[index + 1 :])
        match = _JINA_FIELD.match(stripped)
        if match:
            fields.setdefault(match[1], match[2].strip())
        elif stripped:
            return None
    return None


def jina_hints(fields: dict[str, str]) -> dict[str, Any]:
    """The header's fields under the record's names: title, url, hostname, date (ISO), description."""
    hints: dict[str, Any] = {}
    for field_name, hint in _JINA_HINTS.items():
        value = fields.get(field_name, "")
        if hint == "date":
            value = _iso(value) or ""
        if value:
            hints[hint] = value
    if "url" in hints:
        host = urlsplit(hints["url"]).hostname
        if host:
            hints["hostname"] = host
    return hints


def _iso(value: str) -> str | None:
    """An ISO 8601 date or an RFC 2822 one ("Sun, 03 Mar 2024 10:00:00 GMT", as HTTP headers give it) as ISO."""
    found = iso_date(value)
    if found or not value:
        return found
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return iso_date(stamp.isoformat())


__all__ = ["jina_hints", "split_jina_header"]
