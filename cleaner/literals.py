"""Find the lines of a joined text that hold any of many literals in one pass, with Hyperscan when installed.

Searching literal by literal costs one pass over the text per literal (some 3 µs per 6 KB dump each, and the
rules need dozens); Hyperscan's multi-literal engine finds all of them in one pass (some 10 µs in all). It is
optional: without it (other platforms) LiteralLines.build gives None and the scanner searches one by one.
Both find exactly the same lines: a literal is in a line's text (with its newline) or it is not.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from typing import Any

try:
    _hyperscan: Any = importlib.import_module("hyperscan")
except ImportError:  # no wheel for this platform: literal-by-literal search instead
    _hyperscan = None


def hyperscan_available() -> bool:
    """True when the Hyperscan engine can be used."""
    return _hyperscan is not None


# A literal's word-count tier (None: any line) and the pattern keys a line holding it may match.
_Target = tuple[int | None, frozenset[int]]


class LiteralLines:
    """A compiled set of literals, each with the tiers and pattern keys of the lines that hold it."""

    __slots__ = ("_database", "_lengths", "_targets")

    def __init__(self, entries: Iterable[tuple[str, int | None, frozenset[int]]]) -> None:
        """entries: (literal, tier, keys); a line holding the literal gets the keys when its word count is
        within the tier. Use build() (None when Hyperscan is missing)."""
        targets: dict[bytes, list[_Target]] = {}
        for literal, tier, keys in entries:
            targets.setdefault(literal.encode("utf-8"), []).append((tier, keys))
        literals = list(targets)
        self._lengths = [len(literal) for literal in literals]
        self._targets = [tuple(found) for found in targets.values()]
        database = _hyperscan.Database()
        database.compile(expressions=literals, ids=list(range(len(literals))), flags=0, literal=True)
        self._database = database

    @classmethod
    def build(cls, entries: Iterable[tuple[str, int | None, frozenset[int]]]) -> LiteralLines | None:
        """The compiled literals, or None when Hyperscan is not installed or there are none."""
        entries = list(entries)
        if _hyperscan is None or not entries:
            return None
        return cls(entries)

    def add_hits(self, text: Utf8Lines, words: Sequence[int], found: dict[int, set[int]]) -> None:
        """Add the keys of every literal to the line it starts in (when the line's word count is in its tier)."""
        matches: list[tuple[int, int]] = []
        record = matches.append
        self._database.scan(
            text.data, match_event_handler=lambda key, _start, end, _flags, _context: record((key, end))
        )
        if not matches:
            return
        count = len(words)
        lengths, targets = self._lengths, self._targets
        data = text.data
        newline_count = data.count
        line = -1  # the line of position 0, the newline before the first line
        position = 0
        # In order of start, each line found by counting the newlines since the previous start: a few C-level
        # counts instead of finding every line start in the bytes.
        for start, key in sorted((end - lengths[key], key) for key, end in matches):
            line += newline_count(b"\n", position, start)
            position = start
            if not 0 <= line < count:
                continue
            line_words = words[line]
            for tier, keys in targets[key]:
                if tier is None or line_words <= tier:
                    found.setdefault(line, set()).update(keys)

    def add_line_hits(self, text: str, words: int, keys: set[int]) -> None:
        """Add to keys those of every literal in one line with its newline, when the line's
        word count is in the literal's tier."""
        matched: set[int] = set()
        record = matched.add
        self._database.scan(
            text.encode("utf-8"), match_event_handler=lambda key, _start, _end, _flags, _context: record(key)
        )
        targets = self._targets
        for key in matched:
            for tier, literal_keys in targets[key]:
                if tier is None or words <= tier:
                    keys.update(literal_keys)


class Utf8Lines:
    """Lines joined by newlines (with one before and after) as UTF-8, for one or more LiteralLines scans."""

    __slots__ = ("data",)

    def __init__(self, text: str) -> None:
        self.data = text.encode("utf-8")


# Characters that Python lower-cases to an ASCII letter though they are not ASCII (KELVIN SIGN), or that
# lower-case to two characters (İ): a text holding one must be lower-cased to be searched exactly.
_LOWERS_UNLIKE_ASCII = ("\u212a", "\u0130")


class CaselessLiterals:
    """ASCII literals found in a text without lower-casing it: for lower-case ASCII literals, Hyperscan's
    caseless search of the text finds the same ones as `in` on text.lower()."""

    __slots__ = ("_database",)

    def __init__(self, literals: Sequence[str]) -> None:
        database = _hyperscan.Database()
        database.compile(
            expressions=[literal.encode("ascii") for literal in literals],
            ids=list(range(len(literals))),
            flags=_hyperscan.HS_FLAG_CASELESS | _hyperscan.HS_FLAG_SINGLEMATCH,
            literal=True,
        )
        self._database = database

    @classmethod
    def build(cls, literals: Sequence[str]) -> CaselessLiterals | None:
        """The compiled literals; None without Hyperscan, or when some literal is not lower-case ASCII."""
        if _hyperscan is None or not literals or not all(x.isascii() and x == x.lower() for x in literals):
            return None
        return cls(literals)

    def found(self, text: str) -> set[int] | None:
        """The indices of the literals that text.lower() holds (None: the text needs lower-casing to tell)."""
        if not text.isascii() and any(char in text for char in _LOWERS_UNLIKE_ASCII):
            return None
        hits: set[int] = set()
        record = hits.add
        self._database.scan(
            text.encode("utf-8"), match_event_handler=lambda key, _start, _end, _flags, _context: record(key)
        )
        return hits


__all__ = ["CaselessLiterals", "LiteralLines", "Utf8Lines", "hyperscan_available"]
