"""Build the metadata record: title, author and dates handed over by strip, plus counts and hashes."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from cleaner.model import Document, Removal

_BYLINE = re.compile(r"^\s*(?:by|written by|words by|von|por|par|di|oleh)\s+(?P<names>.+?)\s*$", re.I)
_WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    """Number of \\w+ tokens, the unit every count in the record uses."""
    return len(_WORD.findall(text))


def author_from_byline(line: str) -> str | None:
    """The author name(s) in a byline such as "By Megan Hinton", joined with "; "."""
    match = _BYLINE.match(line)
    if not match:
        return None
    names = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names"))
    cleaned = [n.strip() for n in names if n.strip()]
    return "; ".join(cleaned) or None


def _first(removed: tuple[Removal, ...], category: str) -> Removal | None:
    return next((r for r in removed if r.category == category), None)


def describe(doc: Document, text: str, *, version: str) -> dict[str, Any]:
    """The JSON record for a cleaned document (field names follow trafilatura where they overlap)."""
    hints = doc.hints
    title_removal = _first(doc.removed, "title")
    byline = _first(doc.removed, "byline")
    author = hints.get("author") or (author_from_byline(byline.text) if byline else None)
    record: dict[str, Any] = {
        "title": hints.get("title") or (title_removal.text if title_removal else None),
        "author": author,
        "date": hints.get("date"),
        "date_modified": hints.get("date_modified"),
        "sitename": hints.get("sitename"),
        "hostname": hints.get("hostname"),
        "source": hints.get("url"),
        "language": doc.language or None,
        "profile": doc.profile,
        "input_kind": doc.kind,
        "encoding": doc.encoding,
        "words_in": word_count(doc.text),
        "words_out": word_count(text),
        "chars_in": len(doc.text),
        "chars_out": len(text),
        "sha256_in": hashlib.sha256(doc.raw).hexdigest(),
        "sha256_out": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "cleaner_version": version,
        "removed": [
            {"line": r.line_no, "rule": r.rule, "category": r.category, "text": r.text}
            | ({"detail": r.detail} if r.detail else {})
            for r in doc.removed
        ],
    }
    return record
