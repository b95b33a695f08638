"""The second headline of a teaser list glued after its label ("Read more: Why are drivers striking? Rail fares
to rise in March Aslef's leader said ..."): where it ends, before the article's sentence glued after it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.glued_captions import CaptionWords

_WORD = re.compile(r"\S+")
_CLAUSE_END = re.compile(r"[,;:.!?\"”’)]$")  # a sentence's marks end no headline's word before the last
_OPENING = re.compile(r"^[\"“‘(]")
_QUESTION_END = re.compile(r"\?[\"”’']?\s*$")
_MIN_HEADLINE_WORDS = 3  # "Everything you need to know"
_MAX_HEADLINE_WORDS = 15
_MAX_SUBJECT_WORDS = 6  # "Aslef general secretary Mick Whelan said"


def ends_question(headline: str) -> bool:
    """True when a teaser headline ends with a question mark: a headline, so another may follow it."""
    return _QUESTION_END.search(headline) is not None


def second_headline_end(
    line: str, start: int, stop: int, captions: CaptionWords, small_words: frozenset[str], verbs: frozenset[str]
) -> int | None:
    """Where a second teaser headline that starts at start ends, before stop (the next sentence's end): before
    the first word that opens a sentence with a subject and its verb ("... in March Aslef general secretary Mick
    Whelan said: ..."). None when no such sentence starts there, or the run before it is no headline: fewer than
    _MIN_HEADLINE_WORDS or more than _MAX_HEADLINE_WORDS words, not capitalised, a word ending a clause or
    opening a quote, or one of verbs (the captions' verbs and reporting verbs, an auxiliary or "said": a sentence,
    not a headline)."""
    words = list(_WORD.finditer(line, start, stop))
    texts = [word.group(0) for word in words]
    if not texts or not texts[0][:1].isupper():
        return None
    for index, text in enumerate(texts[: _MAX_HEADLINE_WORDS + 1]):
        if index >= _MIN_HEADLINE_WORDS and _opens_reported_sentence(texts, index, captions, small_words, verbs):
            return words[index].start()
        if _CLAUSE_END.search(text) or _OPENING.search(text) or text.lower() in verbs:
            return None
    return None


def _opens_reported_sentence(
    texts: Sequence[str], index: int, captions: CaptionWords, small_words: frozenset[str], verbs: frozenset[str]
) -> bool:
    """True when the word at index opens a sentence's subject: capitalised, no month or weekday, after a lower-case
    word that no name follows ("in", "the") or after a month or weekday ("... in March Aslef ..."), and one of verbs
    within _MAX_SUBJECT_WORDS words, no clause ending before it."""
    word, previous = texts[index], texts[index - 1]
    if not word[:1].isupper() or word in captions.not_subjects or _OPENING.search(word):
        return False
    if previous.lower() in small_words or (previous[:1].isupper() and previous not in captions.not_subjects):
        return False
    for position in range(index + 1, min(len(texts), index + _MAX_SUBJECT_WORDS)):
        text = texts[position]
        if text[:1].islower() and text.rstrip(",:").lower() in verbs:
            return True
        if _CLAUSE_END.search(text):
            return False
    return False


__all__ = ["ends_question", "second_headline_end"]


_MIN_TITLE_CAPITALS = 3  # capitalised words that make a run of words a headline in title case


def title_case_end(texts: Sequence[str], min_words: int, small_words: frozenset[str]) -> int | None:
    """The number of words of a headline in title case that opens texts (the words after a teaser's label) when
    a sentence in sentence case follows it: every word of the headline capitalised but its small words, then a
    capitalised word and a lower-case word that is no small word ("ECB Holds Rates as Inflation Lingers | Wage
    growth in the euro area ..."). None when the words open no such headline or no sentence follows it."""
    capitals = 0
    for index, text in enumerate(texts):
        if text[:1].isupper() or text[:1].isdigit():
            capitals += 1
            continue
        if text.lower().strip(",;:") in small_words:
            continue
        # a lower-case word no headline in title case holds: the sentence opened with the word before it
        opener = index - 1
        if opener < min_words or not texts[opener][:1].isupper() or _CLAUSE_END.search(texts[opener - 1]):
            return None
        return opener if capitals - 1 >= _MIN_TITLE_CAPITALS else None
    return None
