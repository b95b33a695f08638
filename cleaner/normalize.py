"""Normalize kept lines into output text: one paragraph per line, collapsed whitespace, NFC."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_line(line: str) -> str:
    """Collapse whitespace runs to one space and trim the line."""
    return _SPACES.sub(" ", line).strip()


def join_paragraphs(lines: Iterable[str]) -> str:
    """The article text: non-empty normalized lines joined by newlines, NFC, with a final newline."""
    body = "\n".join(line for line in (normalize_line(x) for x in lines) if line)
    return unicodedata.normalize("NFC", body) + ("\n" if body else "")
