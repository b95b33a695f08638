"""Where captions with no full stop end inside an over-long stretch of a glued line.

A tabloid's picture captions carry no full stop ("Tanks are pictured leaving a Russian base near the border").
Glued into one line with the article, a run of them and the sentence after them read as one sentence of a
hundred words or more, which no article writes. Only inside such a stretch (caption_stretch_min_words and up)
a caption's end is looked for: after a word with no punctuation that a sentence may end with (no article,
preposition, conjunction or reporting verb: caption_open_words), a new sentence starts with a capitalised word
followed, after at most a few more capitalised words, by a verb of caption_verbs ("Putin spoke", "Russia has
begun"; no past tense in "-ed": "the quality Google promised" is one sentence, unless an adverb of caption_adverbs
stands before it: "Ukraine today hailed"), or with a sentence starter ("... the crisis today The video shows").
Each piece left before such a start holds caption_min_words words at least; the pieces are then judged as lines
(a site's caption rule drops a line with no full stop).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\S+")
_OPEN_END = re.compile(r"[A-Za-z0-9)]$")  # a word a caption may end with: no punctuation after it
_QUOTES = "\"“‘'«„"
_OPENERS = _QUOTES + "(["
_CLAUSE_MARK = re.compile(r"[,;:.]$")  # "Alexei Navalny, Putin's critic": an apposition, no verb follows
_MIN_PAST_CHARS = 5  # "-ed" words shorter than this are no past tense ("red", "bed")
_MAX_SUBJECT_WORDS = 4  # capitalised words of a subject before its verb ("Sukhoi Su-34 fighters are")
_MIN_SENTENCE_WORDS = 4  # words of the sentence after a caption


@dataclass(frozen=True, slots=True)
class CaptionWords:
    """The words [split] gives for caption ends: thresholds and word lists (all lower case but the starters)."""

    stretch_min_words: int
    caption_min_words: int
    open_words: frozenset[str]  # after these a caption goes on ("in", "the", "said", "President")
    verbs: frozenset[str]  # a subject followed by one of these starts a sentence ("is", "has", "spoke")
    starters: frozenset[str]  # sentence starters ("The", "It", "After")
    not_subjects: frozenset[str]  # capitalised words that start no new sentence here (weekdays, months, "I")
    adjective_endings: tuple[str, ...]  # "identical Premiere Edition", "white-haired McDonald": a name's adjective
    adverbs: frozenset[str]  # "today", "also": between a subject and its verb ("Ukraine today hailed")
    possessives: frozenset[str]  # "my friend Helen", "his wife Kali": before a noun, a name after it is apposed
    name_openers: frozenset[str] = frozenset()  # "The", "This": open a sentence after a caption ending in a name
    reporting_verbs: frozenset[str] = frozenset()  # "said", "told": the verb such a sentence's subject has


def _starts_sentence(words: Sequence[str], index: int, captions: CaptionWords) -> bool:
    """True when the word at index starts a sentence glued after a caption that has no full stop."""
    before, previous = words[index - 2].lstrip(_OPENERS), words[index - 1].lstrip(_OPENERS)
    word = words[index].lstrip(_QUOTES)  # "... in Belarus 2022 ‘They must ...": a quotation opens the sentence
    if not _OPEN_END.search(previous) or previous.rstrip(")]").lower() in captions.open_words:
        return False
    if not word[:1].isupper() or word in captions.not_subjects:
        return False
    quoted = word != words[index]  # "... drills in Belarus ‘They must ...": a quotation glued after a caption
    if quoted and word.split("’")[0].split("'")[0] in captions.starters:
        return True
    if previous[:1].isupper():  # "Vladimir Putin", "Sony Now", "“What A Fool": a name goes on
        return False
    if previous.isdigit() and before[:1].isupper() and before not in captions.not_subjects:
        return False  # "the Note 10 Plus is": a model's name ("on February 10 A Russian ...": a date)
    if word in captions.starters:
        return True
    if before.lower() in captions.possessives:  # "my friend Helen handed": a name set beside a noun
        return False
    if "-" in previous or previous.lower().endswith(captions.adjective_endings):  # "the white-haired McDonald"
        return False
    end = index
    while end < len(words) and end < index + _MAX_SUBJECT_WORDS and words[end][:1].isupper():
        if _CLAUSE_MARK.search(words[end]):
            return False
        end += 1
    if end >= len(words) or end == index + _MAX_SUBJECT_WORDS:
        return False
    verb = words[end].rstrip(",").lower()
    if verb in captions.adverbs and end + 1 < len(words):  # "Ukraine today hailed ...": a past tense after an adverb
        verb = words[end + 1].rstrip(",").lower()
        return verb in captions.verbs or (verb.endswith("ed") and len(verb) >= _MIN_PAST_CHARS)
    return verb in captions.verbs


def caption_breaks(line: str, breaks: Sequence[int], captions: CaptionWords) -> list[int]:
    """The positions in the line where a caption with no full stop ends and a sentence starts, looked for only
    in stretches between breaks (sentence ends) of stretch_min_words words or more."""
    return stretch_breaks(line, breaks, captions, lambda texts, index: _starts_sentence(texts, index, captions))


def stretch_breaks(
    line: str, breaks: Sequence[int], captions: CaptionWords, starts: Callable[[list[str], int], bool]
) -> list[int]:
    """The positions in the line's stretches between breaks (of stretch_min_words words or more) where starts()
    says a sentence starts at a word, each piece before it holding caption_min_words words at least and the
    sentence _MIN_SENTENCE_WORDS."""
    found: list[int] = []
    for start, end in zip([0, *breaks], [*breaks, len(line)], strict=True):
        words = list(_WORD.finditer(line, start, end))
        if len(words) < captions.stretch_min_words:
            continue
        texts = [match.group(0) for match in words]
        last = 0
        for index in range(captions.caption_min_words, len(texts) - _MIN_SENTENCE_WORDS):
            if index - last >= captions.caption_min_words and starts(texts, index):
                found.append(words[index].start())
                last = index
    return found


__all__ = ["CaptionWords", "caption_breaks", "stretch_breaks"]
