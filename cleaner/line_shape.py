"""Line shapes the header stages and the glued-line splitter read by: word counts, sentence ends, body-like lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

BODY_MIN_WORDS = 12
BODY_MIN_CHARS = 30  # for scripts written without spaces (Japanese, Chinese)
TERMINAL_MARKS = ".!?;:,…。！？"  # a line ending in one of these (closing quotes or brackets after it) ends a sentence
CLOSERS = "\"'”’»)]"  # closing quotes and brackets that may follow a sentence's last mark
LATIN_CAPITALS = "A-ZÀ-ÖØ-Þ"  # for regex character classes: the capitals of Latin-1 (not ×, U+00D7)
NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# a full stop, question or exclamation mark (or an ellipsis) at the end, maybe closed by quotes or a bracket: a
# sentence's own end, stricter than ends_sentence (no colon, comma or semicolon)
STOP_END = re.compile(r"[.!?…][\"'”’»)]*$")
MAX_TITLE_CASE_SMALL_WORD = 3  # title case leaves short words small ("of", "and", "the"): not sentence case


def sentence_cased(words: Sequence[str]) -> bool:
    """True when a word after the first is in lower case and longer than title case leaves words small ("Rail
    strike brings commuter chaos", not "Fed Holds Rates in Check")."""
    return any(word[:1].islower() and len(word) > MAX_TITLE_CASE_SMALL_WORD for word in words[1:])


def count_words(line: str, *, at_most: int = 1000) -> int:
    """Whitespace-separated words, counted up to at_most (lines can be megabytes long)."""
    return len(line.split(maxsplit=at_most)) if len(line) > at_most else len(line.split())


def ends_sentence(line: str) -> bool:
    """Whether the line ends in terminal punctuation, maybe closed by quotes or brackets, maybe then blanks.

    Read from the end: a regex search ending in $ tries every punctuation mark of a long line on its way."""
    end = line.rstrip().rstrip(CLOSERS)
    return end[-1:] != "" and end[-1] in TERMINAL_MARKS


def reads_like_body(line: str) -> bool:
    """A sentence of body text: at least BODY_MIN_WORDS words (or characters, without spaces), ending one."""
    long_enough = count_words(line, at_most=BODY_MIN_WORDS) >= BODY_MIN_WORDS or (
        len(line) >= BODY_MIN_CHARS and NO_SPACE_SCRIPT.search(line)
    )
    return bool(long_enough and ends_sentence(line))


__all__ = ["CLOSERS", "LATIN_CAPITALS", "NO_SPACE_SCRIPT", "count_words", "ends_sentence", "reads_like_body"]
