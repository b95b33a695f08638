"""Find the lines of a joined text that hold any of many literals in one pass, with Hyperscan when installed.

Searching literal by literal costs one pass over the text per literal (some 3 µs per 6 KB dump each, and the
rules need dozens); Hyperscan's multi-literal engine finds all of them in one pass (some 10 µs in all). It is
optional: without it (other platforms) LiteralLines.build gives None and the scanner searches one by one.
Both find exactly the same lines: a literal is in a line's text (with its newline) or it is not.
"""

from __future__ import annotations

import importlib
import platform
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from cleaner import warm_cache

try:
    _hyperscan: Any = importlib.import_module("hyperscan")
except ImportError:  # no wheel for this platform: literal-by-literal search instead
    _hyperscan = None


def hyperscan_available() -> bool:
    """True when the Hyperscan engine can be used."""
    return _hyperscan is not None


# A literal's word-count tier (None: any line) and the pattern keys a line holding it may match.
_Target = tuple[int | None, frozenset[int]]

# The characters whose lower case is neither their own upper nor title case's (found by a test over every code
# point), and Σ, which str.lower() makes ς at the end of a word: lower-case character -> that character.
_IRREGULAR_UPPER = {"θ": "\u03f4", "ß": "\u1e9e", "ω": "\u2126", "k": "\u212a", "å": "\u212b", "ς": "Σ"}
# The only character that is not ASCII and lower-cases to ASCII (KELVIN SIGN): a caseless ASCII search sees
# it once it is replaced by its lower case.
_KELVIN = "\u212a"


def lowered_char(char: str) -> str:
    """The character as the scanner lower-cases text: its lower case, or itself when that is longer (İ)."""
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def lowers_to(char: str) -> frozenset[str]:
    """Every character that the scanner's lower-casing of a text may turn into char (char itself included when
    it is lower case): the characters a caseless search must accept where a lower-cased literal has char."""
    found = {c for c in (char, char.upper(), char.title()) if len(c) == 1 and lowered_char(c) == char}
    irregular = _IRREGULAR_UPPER.get(char)
    if irregular is not None:
        found.add(irregular)
    return frozenset(found)


def caseless_text(text: str) -> str:
    """The text as the caseless scans need it: with the one non-ASCII character that lower-cases to ASCII
    replaced by its lower case (the same characters and lines, so the same line numbers)."""
    return text.replace(_KELVIN, "k") if _KELVIN in text else text


def _variant_regex(literal: str) -> bytes:
    """A Hyperscan byte regex for every text that the scanner lower-cases to the literal, character by character
    (each character's variants as UTF-8 alternatives: a variant may differ in length, "k" and KELVIN SIGN)."""
    parts: list[bytes] = []
    for char in literal:
        # ASCII letters are left to the caseless flag (KELVIN SIGN is replaced in the text)
        variants = [char] if char.isascii() else sorted(lowers_to(char) or {char})
        escaped = [b"".join(b"\\x%02x" % byte for byte in variant.encode("utf-8")) for variant in variants]
        parts.append(escaped[0] if len(escaped) == 1 else b"(?:" + b"|".join(escaped) + b")")
    return b"".join(parts)


def _needs_variants(literal: str) -> bool:
    """True when a caseless search cannot find the literal by Hyperscan's caseless flag (ASCII letters only)."""
    return not (literal.isascii() and literal == literal.lower())


def _database(expressions: list[bytes], flags: int, *, literal: bool) -> Any:
    """A block-mode database of the expressions (ids: their indices), read from the warm cache when a process
    compiled the same one before (compiling the rules' databases costs a fresh process some 0.15 s; loading
    them, well under a millisecond)."""
    entry = "hyperscan-" + warm_cache.entry_key(
        _hyperscan_version(), platform.machine(), str(flags), str(literal), *expressions
    )
    stored = warm_cache.read_bytes(entry)
    if stored is not None:
        try:
            database = _hyperscan.loadb(stored, _hyperscan.HS_MODE_BLOCK)
            database.scratch = _hyperscan.Scratch(database)  # a loaded database comes without one
            database.scan(b"", match_event_handler=lambda *_args: None)  # one built for another CPU fails here
            return database
        except _hyperscan.error:  # a corrupt file, or one for another CPU (a shared home): compile it afresh
            pass
    database = _hyperscan.Database()
    database.compile(expressions=expressions, ids=list(range(len(expressions))), flags=flags, literal=literal)
    warm_cache.write_bytes(entry, _hyperscan.dumpb(database))
    return database


@lru_cache(maxsize=1)
def _hyperscan_version() -> str:
    return str(getattr(_hyperscan, "__version__", "")) + "/" + str(getattr(_hyperscan, "HS_VERSION", ""))


@lru_cache(maxsize=16)
def _variant_database(literals: tuple[str, ...]) -> Any:
    """One database of the literals' case-variant regexes (ids: their indices). Kept: every rule set's scanner
    holds the generic profile's non-ASCII literals, and a regex database takes some 60 ms to compile."""
    return _database([_variant_regex(literal) for literal in literals], _hyperscan.HS_FLAG_CASELESS, literal=False)


def _literal_database(literals: Sequence[str], flags: int) -> Any:
    return _database([literal.encode("utf-8") for literal in literals], flags, literal=True)


class LiteralLines:
    """A compiled set of literals, each with the tiers and pattern keys of the lines that hold it."""

    __slots__ = ("_databases", "_targets", "_trails")

    def __init__(self, entries: Iterable[tuple[str, int | None, frozenset[int]]], *, caseless: bool = False) -> None:
        """entries: (literal, tier, keys); a line holding the literal gets the keys when its word count is
        within the tier. caseless: the literals are lower case, and are found in the text as if it were
        lower-cased (scan caseless_text(text), not text.lower()). A literal holds no newline but a final one.
        Use build() (None when Hyperscan is missing)."""
        targets: dict[str, list[_Target]] = {}
        for literal, tier, keys in entries:
            targets.setdefault(literal, []).append((tier, keys))
        plain = [literal for literal in targets if not (caseless and _needs_variants(literal))]
        variants = sorted(literal for literal in targets if caseless and _needs_variants(literal))
        literals = [*plain, *variants]
        # a match's line is that of its last character before any final newline (a variant's byte length
        # may differ from the literal's, so the start is not known from the end)
        self._trails = [1 + literal.endswith("\n") for literal in literals]
        self._targets = [tuple(targets[literal]) for literal in literals]
        # each database with the index of its first literal: lower-case ASCII literals by Hyperscan's caseless
        # literal search, the others by byte regexes of their case variants
        self._databases: list[tuple[Any, int]] = []
        if plain:
            self._databases.append((_literal_database(plain, _hyperscan.HS_FLAG_CASELESS if caseless else 0), 0))
        if variants:
            self._databases.append((_variant_database(tuple(variants)), len(plain)))

    @classmethod
    def build(
        cls, entries: Iterable[tuple[str, int | None, frozenset[int]]], *, caseless: bool = False
    ) -> LiteralLines | None:
        """The compiled literals, or None when Hyperscan is not installed or there are none."""
        entries = list(entries)
        if _hyperscan is None or not entries:
            return None
        return cls(entries, caseless=caseless)

    def add_hits(self, text: Utf8Lines, words: Sequence[int], found: dict[int, set[int]]) -> None:
        """Add the keys of every literal to the line it is in (when the line's word count is in its tier)."""
        matches: list[tuple[int, int]] = []
        record = matches.append
        for database, first in self._databases:
            database.scan(
                text.data,
                match_event_handler=lambda key, _start, end, _flags, first: record((key + first, end)),
                context=first,
            )
        if not matches:
            return
        count = len(words)
        trails, targets = self._trails, self._targets
        data = text.data
        newline_count = data.count
        line = -1  # the line of position 0, the newline before the first line
        position = 0
        # In order of position, each line found by counting the newlines since the previous one: a few C-level
        # counts instead of finding every line start in the bytes.
        for last, key in sorted((end - trails[key], key) for key, end in matches):
            line += newline_count(b"\n", position, last)
            position = last
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
        data = text.encode("utf-8")
        for database, first in self._databases:
            database.scan(
                data, match_event_handler=lambda key, _start, _end, _flags, first: record(key + first), context=first
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
        self._database = _database(
            [literal.encode("ascii") for literal in literals],
            _hyperscan.HS_FLAG_CASELESS | _hyperscan.HS_FLAG_SINGLEMATCH,
            literal=True,
        )

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


__all__ = ["CaselessLiterals", "LiteralLines", "Utf8Lines", "caseless_text", "hyperscan_available", "lowers_to"]
