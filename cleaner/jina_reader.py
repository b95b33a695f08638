"""Jina Reader's wrapper around the Markdown it writes: its header fields, read as metadata hints."""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from cleaner.field_header import FieldNames, hints_from_fields, load_field_names, split_field
from cleaner.header_words import load_header_words
from cleaner.html_meta import iso_date

# Jina Reader's wrapper: "Title: …", "URL Source: …", "Published Time: …" lines, then "Markdown Content:" and the
# page. It is the reader's own header, not Markdown: its lines are read as fields, and the fields' names are
# config/metadata.toml's [field_header] ones, as for a scraper's field block (cleaner/field_header.py).
_JINA_CONTENT = "Markdown Content:"
_JINA_HEADER_LINES = 20
_NAMING_HINTS = frozenset(("title", "url"))  # a header names its page: one of these fields is in it
_DATE_HINTS = frozenset(("date", "date_modified"))


def split_jina_header(text: str, names: FieldNames | None = None) -> tuple[dict[str, str], str] | None:
    """Jina Reader's header fields (by key, as field_key writes it) and the Markdown after "Markdown Content:";
    None when the text has no such header (every line before that marker a "Field: value" line or blank, a
    title or a source among them). names: [field_header]'s (the bundled config's when not given)."""
    names = names or load_field_names()
    fields: dict[str, str] = {}
    start = 0
    for _line in range(_JINA_HEADER_LINES):  # line by line from the start: most dumps fail on their first line
        end = text.find("\n", start)
        stripped = text[start : end if end >= 0 else len(text)].strip()
        if stripped == _JINA_CONTENT:
            if not any(names.fields.get(key) in _NAMING_HINTS for key in fields):
                return None
            return fields, text[end + 1 :] if end >= 0 else ""
        field = split_field(stripped)
        if field is not None:
            fields.setdefault(*field)
        elif stripped or end < 0:
            return None
        start = end + 1
    return None


def jina_hints(fields: dict[str, str], names: FieldNames | None = None) -> dict[str, Any]:
    """The header's fields under the record's names ([field_header]'s: title, url, date, …), with the url's
    hostname; dates as Jina writes them (ISO 8601, or RFC 2822 as HTTP headers give it) read as ISO."""
    names = names or load_field_names()
    pairs = [(hint, value) for key, value in fields.items() if (hint := names.fields.get(key)) is not None]
    hints = hints_from_fields([pair for pair in pairs if pair[0] not in _DATE_HINTS], load_header_words())
    for hint, value in pairs:
        if hint in _DATE_HINTS and hint not in hints and (iso := _iso(value)):
            hints[hint] = iso
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
