"""Normalized line keys for counting repetition: copies of one template line map to one key and one hash.

A key is for matching, never for output: NFKC, lower case, every digit 0, everything that is not a letter or
digit turned into a single space. "Updated: 23 Feb 2022, 07:23" and "Updated: 1 Mar 2023, 10:05" share the
prefix key "updated"; "© 2022 LBC" and "© 2023 LBC" share the key "0000 lbc".

Besides whole lines, repetition is counted for line *families* that share a beginning and vary after it:
a label before a separator ("Read more: …", "WATCH | …", "Photo – …") or, for short non-sentence lines,
the first 2 or 3 key tokens ("AP Photo/Evan Vucci" → "ap photo").
"""

from __future__ import annotations

import re
import string
import unicodedata
import zlib
from collections.abc import Sequence

KEY_VERSION = 2  # bump when line_key or prefix_ids change: stored counts become incomparable

_NON_ALNUM = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")
_ASCII_TABLE = bytes(
    48 if chr(b) in "123456789" else b + 32 if chr(b) in string.ascii_uppercase else b for b in range(256)
)
_ASCII_SEPARATORS = bytes(b for b in range(128) if not chr(b).isalnum())
_ASCII_SEPARATORS_BUT_NEWLINE = _ASCII_SEPARATORS.replace(b"\n", b"")
# Punctuation and spaces that NFKC keeps non-alphanumeric (so line_key drops them), commonest first;
# "™" is not here (NFKC makes it "tm").
_TYPOGRAPHIC = re.compile("[’“”—–…‘\u00a0«»•·‹›„‚′″\u2009\u202f\u200b©®°£€]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TERMINAL = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»)]】」』›*"
# A label: up to ~40 characters starting with a letter, then ":", "|", "»", "›", "•" or a spaced dash.
_LABEL = re.compile(r"^\W*([^\W\d_][^:|»›•]{0,40}?)\s*(?::|\||»|›|•|\s[-–—]\s)\s*\S")

LABEL_MAX_TOKENS = 4
PREFIX_TOKENS = (2, 3)
SENTENCE_MIN_WORDS = 6  # fewer words never count as sentence-like
SENTENCE_ANY_WORDS = 15  # this many words count as sentence-like even without a full stop


def line_key(line: str) -> str:
    """The normalized key of a line: NFKC, lower case, digits → 0, non-alphanumerics → one space."""
    if line.isascii():
        text = line.lower().translate(_ASCII_DIGITS_TO_ZERO)
    else:
        text = _DIGIT.sub("0", unicodedata.normalize("NFKC", line).lower())
    return _NON_ALNUM.sub(" ", text).strip()


def _compact_key(line: str) -> bytes:
    """line_key without its spaces, as UTF-8. Fast path: ASCII text with typographic punctuation only
    (most English news) is keyed by bytes operations in C, with the same result as line_key."""
    if line.isascii():
        return line.encode("ascii").translate(_ASCII_TABLE, _ASCII_SEPARATORS)
    plain = _TYPOGRAPHIC.sub("", line)
    if plain.isascii():
        return plain.encode("ascii").translate(_ASCII_TABLE, _ASCII_SEPARATORS)
    return line_key(line).replace(" ", "").encode("utf-8")


def line_hash(line: str) -> int | None:
    """The stable 63-bit hash of a line's key with spaces dropped (what counts compare);
    None for a line with no letter or digit ("|", "•••"), which is never counted."""
    compact = _compact_key(line)
    return _hash(compact) if compact else None


def line_hashes(lines: Sequence[str]) -> list[int | None]:
    """line_hash of every line, keyed in one pass over the whole document where it can be (same results)."""
    joined = "\n".join(lines)
    if not joined.isascii():
        joined = _TYPOGRAPHIC.sub("", joined)
    pieces = joined.encode("utf-8").translate(_ASCII_TABLE, _ASCII_SEPARATORS_BUT_NEWLINE).split(b"\n")
    if len(pieces) != len(lines):  # a line with a newline in it: key line by line
        return [line_hash(line) for line in lines]
    crc32, adler32 = zlib.crc32, zlib.adler32
    return [
        ((crc32(piece) << 31) ^ adler32(piece) if piece.isascii() else line_hash(line)) if piece else None
        for piece, line in zip(pieces, lines, strict=True)
    ]


def key_hash(key: str) -> int:
    """The stable 63-bit hash of a text key such as a family id (the same in every process)."""
    return _hash(key.encode("utf-8"))


def _hash(data: bytes) -> int:
    """CRC-32 and Adler-32 folded into one 63-bit number (fits SQLite's INTEGER): stable, and cheap enough
    for every line; a collision between two lines of one site only merges their two counts."""
    return (zlib.crc32(data) << 31) ^ zlib.adler32(data)


def word_units(line: str) -> int:
    """Words in a line; CJK characters count as half a word each, since those scripts do not use spaces."""
    if line.isascii():
        return line.count(" ") + 1 if line else 0  # lines come whitespace-normalized (extract)
    return len(line.split()) + len(_CJK.findall(line)) // 2


def is_sentence_like(line: str, *, words: int | None = None) -> bool:
    """True for lines that read like body prose: long, or of 6+ words ending in a full stop (quotes allowed)."""
    count = word_units(line) if words is None else words
    if count >= SENTENCE_ANY_WORDS:
        return True
    if count < SENTENCE_MIN_WORDS:
        return False
    tail = line.rstrip().rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _TERMINAL


def label_key(line: str) -> str | None:
    """The key of the label a line starts with ("Read more: …" → "read more"), if it has one."""
    match = _LABEL.match(line)
    if match is None:
        return None
    key = line_key(match.group(1))
    if not key or len(key.split()) > LABEL_MAX_TOKENS:
        return None
    return key


def prefix_ids(line: str, *, sentence: bool) -> tuple[str, ...]:
    """The families a line belongs to: its label ("label:read more"), else, for short non-sentence lines
    with a varying tail, its first 2 and 3 key tokens ("head:ap photo")."""
    label = label_key(line)
    if label is not None:
        return (f"label:{label}",) if label != line_key(line) else ()
    if sentence:
        return ()
    tokens = line_key(line).split()
    return tuple(f"head:{' '.join(tokens[:k])}" for k in PREFIX_TOKENS if len(tokens) > k)


def family_pattern_tokens(prefix_id: str) -> tuple[str, tuple[str, ...]]:
    """Split a prefix id into its kind ("label" or "head") and its key tokens."""
    kind, _sep, key = prefix_id.partition(":")
    return kind, tuple(key.split())


def key_regex(tokens: tuple[str, ...], *, separator: str = r"[\W_]+") -> str:
    """A regex source matching original text whose key has these tokens (digits as \\d), case aside."""
    parts = [re.escape(token).replace("0", r"\d") for token in tokens]
    return separator.join(parts)


__all__ = [
    "KEY_VERSION",
    "family_pattern_tokens",
    "is_sentence_like",
    "key_hash",
    "key_regex",
    "label_key",
    "line_hash",
    "line_hashes",
    "line_key",
    "prefix_ids",
    "word_units",
]
