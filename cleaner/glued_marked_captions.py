"""Where a picture caption that says it is one ends in a glued line: "... on February 13 (right) Satellite images ...".

glued_captions.py looks for caption ends only in stretches longer than any sentence, and never after a capitalised
word ("Vladimir Putin" goes on). A caption that marks itself as one is cut off where it ends even in a shorter
stretch, with a strong sign only ([split] caption_markers and caption_present_marks):
- right after a position marker in brackets ("(left)", "(right)", "(pictured)", "(links)") when a sentence starts
  after it: a capitalised word and a lower-case one ("(right) Satellite images show ..."), or a sentence starter;
- after a present-tense "is pictured" or "pictured on" (a caption's tense, no article's), at the first word after it
  that may end a caption (no word a caption goes on after, no comma) before such a sentence start ("... is pictured
  on February 9 with a field hospital set up nearby France's foreign minister told ...").
The piece before the cut keeps no full stop, so the caption rules drop it; a weaker sign leaves the caption
glued (a leak, not a lost sentence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\S+")
_OPENERS = "\"“‘'«„(["
_MIN_CAPTION_WORDS = 3  # words of a caption up to its marker
_MIN_SENTENCE_WORDS = 4  # words of the sentence after it
_MAX_REACH_WORDS = 40  # a caption ends within this many words after its present-tense mark


@dataclass(frozen=True, slots=True)
class MarkedCaptions:
    """The words [split] gives for marked captions (all lower case but the starters and not_subjects)."""

    markers: frozenset[str]  # "(left)", "(pictured)", "(links)": a bracketed position in a caption, one word
    present_marks: tuple[tuple[str, ...], ...]  # ("is", "pictured"), ("pictured", "on"): a caption's tense
    open_words: frozenset[str]  # a caption goes on after these ("in", "the", "said")
    starters: frozenset[str]  # sentence starters ("The", "It")
    not_subjects: frozenset[str]  # capitalised words that start no sentence (weekdays, months, "I")


def _sentence_starts(words: Sequence[str], index: int, captions: MarkedCaptions) -> bool:
    """True when a sentence starts at the word: a starter, or a capitalised word (no weekday or month) and a
    lower-case word after it, with a few words more in the stretch."""
    if index + _MIN_SENTENCE_WORDS > len(words):
        return False
    word = words[index].lstrip(_OPENERS)
    if word in captions.starters:
        return True
    following = words[index + 1]
    return word[:1].isupper() and word not in captions.not_subjects and following[:1].islower() and len(following) > 1


def _may_end(word: str, captions: MarkedCaptions) -> bool:
    """True when a caption may end with the word: no mark after it, no word a caption goes on after."""
    if word[-1:] in ",;:-–—" or word.lower() in captions.open_words:
        return False
    return word[-1:].isalnum() or word[-1:] == ")"


def marked_caption_breaks(line: str, breaks: Sequence[int], captions: MarkedCaptions) -> list[int]:
    """The positions in the line where a caption marked as one ends and a sentence starts, in each stretch between
    breaks (sentence ends); the caption holds _MIN_CAPTION_WORDS words at least."""
    found: list[int] = []
    for start, end in zip([0, *breaks], [*breaks, len(line)], strict=True):
        stretch = line[start:end]
        if "(" not in stretch and "pictured" not in stretch.lower():
            continue  # no marker of either kind: most stretches
        spans = list(_WORD.finditer(line, start, end))
        words = [match.group(0) for match in spans]
        lowered = [word.lower().strip(",") for word in words]
        # where a sentence may start after a mark: right after a marker, or some words after a present-tense mark
        after_marker = {index + 1 for index, word in enumerate(lowered) if word in captions.markers}
        after_present = (
            {
                index + len(mark)
                for index in range(len(lowered))
                for mark in captions.present_marks
                if tuple(lowered[index : index + len(mark)]) == mark
            }
            if "pictured" in stretch.lower()
            else set()
        )
        last = 0
        for index in sorted(after_marker | after_present):
            if index < _MIN_CAPTION_WORDS or index - last < _MIN_CAPTION_WORDS or index >= len(words):
                continue
            if index in after_marker and _sentence_starts(words, index, captions):
                found.append(spans[index].start())
                last = index
            elif index in after_present and (cut := _end_after_mark(words, index, captions)) is not None:
                found.append(spans[cut].start())
                last = cut
    return sorted(set(found))


def _end_after_mark(words: Sequence[str], index: int, captions: MarkedCaptions) -> int | None:
    """The index of the first word after a caption's present-tense mark where a sentence starts after a word a
    caption may end with; a weekday or month ends one too ("... pictured on Sunday One forward staging area ...")."""
    for position in range(index + 1, min(len(words), index + _MAX_REACH_WORDS)):
        previous = words[position - 1]
        capitalised_end = previous[:1].isupper() and previous not in captions.not_subjects
        if capitalised_end or not _may_end(previous, captions):
            continue
        if _sentence_starts(words, position, captions):
            return position
    return None


__all__ = ["MarkedCaptions", "marked_caption_breaks"]
