"""Caption ends that cleaner/glued_captions.py leaves: a caption that ends in a name, before "The ... said".

glued_captions.py finds where a caption with no full stop ends inside an over-long stretch of a glued line, but
never right after a capitalised word: "Vladimir Putin", "Sony Now" are names that go on. A caption that ends in a
place or a name ("... at a firing range near Brest The White House said ...") then stays glued to the sentence
after it. Here, in the same stretches only, a sentence starts after a capitalised word when an article or a
demonstrative opens it ([split] caption_name_openers: "The", "This") and a subject of a few words and a reporting
verb follow (caption_reporting_verbs: "said"): a title in capitals may be a subject ("his film Enter The Dragon was
a hit"), but it says nothing. Each piece left before such a start holds caption_min_words words at least, as
there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.glued_captions import CaptionWords, stretch_breaks

_NAME_END = re.compile(r"^[A-Z][\w'’-]*[A-Za-z0-9]$")  # a capitalised word with no punctuation after it
_CLAUSE_MARK = re.compile(r"[,;:.!?\"“”‘’()]")  # no subject holds these before its verb
_MAX_SUBJECT_WORDS = 3  # "White House", "Kremlin", "Russian Defence Ministry"


def _starts_after_name(words: Sequence[str], index: int, openers: frozenset[str], verbs: frozenset[str]) -> bool:
    """True when an opener after a capitalised word starts a subject of a few words and its verb."""
    if words[index] not in openers or not _NAME_END.match(words[index - 1]):
        return False
    for position in range(index + 1, min(len(words), index + 2 + _MAX_SUBJECT_WORDS)):
        word = words[position]
        if position > index + 1 and word.lower() in verbs:
            return True
        if _CLAUSE_MARK.search(word):
            return False
    return False


def name_end_breaks(line: str, breaks: Sequence[int], captions: CaptionWords) -> list[int]:
    """The positions in the line where a caption that ends in a name ends, looked for only in stretches between
    breaks of captions.stretch_min_words words or more (openers and verbs: captions.name_openers and
    captions.reporting_verbs, built once per settings)."""
    openers, verbs = captions.name_openers, captions.reporting_verbs
    return stretch_breaks(line, breaks, captions, lambda texts, index: _starts_after_name(texts, index, openers, verbs))


__all__ = ["name_end_breaks"]
