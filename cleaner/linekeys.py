"""Normalized line keys for counting repetition: copies of one template line map to one key and one hash.

A key is for matching, never for output: NFKC, lower case, every digit 0, everything that is not a letter or
digit turned into a single space. "Updated: 23 Feb 2022, 07:23" and "Updated: 1 Mar 2023, 10:05" share the
prefix key "updated"; "© 2022 LBC" and "© 2023 LBC" share the key "0000 lbc".

Besides whole lines, repetition is counted for line *families* that share a beginning and vary after it:
a label before a separator ("Read more: …", "WATCH | …", "Photo – …") or, for short non-sentence lines,
the first 2 or 3 key tokens ("AP Photo/Evan Vucci" → "ap photo").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

KEY_VERSION = 1  # bump when line_key or prefix_ids change: stored counts become incomparable

_NON_ALNUM = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")
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


def key_hash(key: str) -> int:
    """A stable signed 64-bit hash of a key (the same in every process, unlike hash())."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def word_units(line: str) -> int:
    """Words in a line; CJK characters count as half a word each, since those scripts do not use spaces."""
    words = len(line.split())
    if not line.isascii():
        words += len(_CJK.findall(line)) // 2
    return words


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


def prefix_ids(line: str, key: str, *, sentence: bool) -> tuple[str, ...]:
    """The families a line belongs to: its label ("label:read more"), else, for short non-sentence lines
    with a varying tail, its first 2 and 3 key tokens ("head:ap photo")."""
    label = label_key(line)
    if label is not None:
        return (f"label:{label}",) if label != key else ()
    if sentence:
        return ()
    tokens = key.split()
    return tuple(f"head:{' '.join(tokens[:k])}" for k in PREFIX_TOKENS if len(tokens) > k)


def family_pattern_tokens(prefix_id: str) -> tuple[str, tuple[str, ...]]:
    """Split a prefix id into its kind ("label" or "head") and its key tokens."""
    kind, _sep, key = prefix_id.partition(":")
    return kind, tuple(key.split())


def key_regex(tokens: tuple[str, ...]) -> str:
    """A regex source matching original text whose key starts with these tokens (digits as \\d)."""
    parts = [re.escape(token).replace("0", r"\d") for token in tokens]
    return r"[\W_]+".join(parts)


__all__ = [
    "KEY_VERSION",
    "family_pattern_tokens",
    "is_sentence_like",
    "key_hash",
    "key_regex",
    "label_key",
    "line_key",
    "prefix_ids",
    "word_units",
]
