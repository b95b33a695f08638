"""The article said twice in one Markdown dump (a feed copy, an AMP or print copy below the page): its second copy."""

from __future__ import annotations

import re
from collections.abc import Sequence

# a whole page converted to Markdown keeps the copies a page hides (a feed item, a print version, a <noscript>
# fallback), wrapped and joined differently: the second copy's sentences are all the first's. A sentence counts
# from _MIN_SENTENCE_WORDS words, with its full stop, as prose (at most _MAX_NUMBER_SHARE of its words numbers: a
# recipe's quantities are no prose). A run of lines holding at least _MIN_REPEATED_SENTENCES such sentences and
# _MIN_REPEATED_WORDS words said before, and (nearly) none that is new, is a copy. A pull quote or a teaser quoting the
# lead repeats a sentence or two, a meal plan its dishes day after day: they stay.
_MIN_SENTENCE_WORDS = 8
_MIN_REPEATED_SENTENCES = 4
_MIN_REPEATED_WORDS = 200
_MAX_NUMBER_SHARE = 0.1
_MIN_SAID_SHARE = 0.9  # of a copy's sentences: the odd one differs by its markup ("**only.**Developer")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")
_WORD = re.compile(r"\w+")


def repeated_lines(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines that repeat earlier ones: runs of consecutive lines whose sentences of several words
    were (nearly all) said above, holding enough such sentences between them (lines with no such sentence, a date or a
    heading, neither break a run nor count in it)."""
    seen: set[str] = set()
    repeats: set[int] = set()
    run: list[int] = []
    sentence_count = word_count = 0
    for index, line in enumerate(lines):
        sentences = _sentences(line)
        said = sentences & seen
        if sentences and len(said) >= _MIN_SAID_SHARE * len(sentences):
            run.append(index)
            sentence_count += len(said)
            word_count += sum(sentence.count(" ") + 1 for sentence in said)
            seen.update(sentences)
            continue
        if sentences:
            if sentence_count >= _MIN_REPEATED_SENTENCES and word_count >= _MIN_REPEATED_WORDS:
                repeats.update(run)
            run, sentence_count, word_count = [], 0, 0
            seen.update(sentences)
    if sentence_count >= _MIN_REPEATED_SENTENCES and word_count >= _MIN_REPEATED_WORDS:
        repeats.update(run)
    return repeats


def _sentences(line: str) -> set[str]:
    """The line's sentences of several words, as their lower-cased words (wrapping and punctuation aside)."""
    found = set()
    for sentence in _SENTENCE_END.split(line):
        if not _ENDS_SENTENCE.search(sentence):
            continue
        words = _WORD.findall(sentence.lower())
        numbers = sum(1 for word in words if any(map(str.isdigit, word)))
        if len(words) >= _MIN_SENTENCE_WORDS and numbers <= _MAX_NUMBER_SHARE * len(words):
            found.add(" ".join(words))
    return found


__all__ = ["repeated_lines"]
