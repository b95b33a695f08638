"""A prompt with no full stop glued before a sentence ("... delivered to your phone Minister for Housing Jo Bell said
..."): the sentence's subject and verb found after it, and the piece cut there when the rules drop the prompt."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_MAX_PROMPT_WORDS = 30  # the words of a prompt before the sentence glued after it
_MAX_SUBJECT_WORDS = 6  # "Minister for Housing Jo Bell said"
_CAPITAL_AFTER_LOWER = re.compile(r"(?<=[a-z0-9] )[A-Z]")  # where a subject glued to a prompt may start
_SUBJECT_JOINERS = frozenset({"for", "of", "de", "von", "van", "and", "&"})  # "Secretary of State Ann Lee"


def _subject_at(words: Sequence[str], index: int, verbs: frozenset[str]) -> bool:
    """True when words[index] opens a subject glued to the lower-case word before it with no mark between ("...
    your phone Minister for Housing Jo Bell said"): capitalised words (titles joined by "for", "of"), then a verb
    of verbs. A comma or any mark before it is a sentence's own ("... closures, Transport Minister Jo Bell said")."""
    before = words[index - 1]
    if not words[index][:1].isupper() or not before[:1].islower() or not before[-1:].isalnum():
        return False
    for position in range(index + 1, min(len(words), index + _MAX_SUBJECT_WORDS + 1)):
        word = words[position]
        if word[:1].islower() and word.rstrip(",") in verbs:
            return True
        if word in _SUBJECT_JOINERS and position + 1 < len(words) and words[position + 1][:1].isupper():
            continue
        if not word[:1].isupper() or not word[-1:].isalnum():
            return False
    return False


def prompts_apart(pieces: list[str], verbs: frozenset[str], dropped: Callable[[list[str]], list[bool]]) -> list[str]:
    """The pieces, each that opens with words a whole-line rule drops (dropped: for texts, whether a rule drops
    each) glued with no mark before a sentence's subject and verb, cut before the subject: the prompt goes, the
    sentence stays. A piece a rule drops whole is left to the rule (dropped says so for it too)."""
    heads: list[tuple[int, int]] = []  # (piece, words in the prompt)
    for number, piece in enumerate(pieces):
        words = piece.split(" ")
        if verbs.isdisjoint(words):  # no verb, no sentence glued after a prompt (a set's test at C speed)
            continue
        reach = sum(map(len, words[:_MAX_PROMPT_WORDS])) + _MAX_PROMPT_WORDS  # a prompt's words: no further
        for start in (match.start() for match in _CAPITAL_AFTER_LOWER.finditer(piece, 0, reach)):
            index = piece.count(" ", 0, start)
            if 2 <= index < _MAX_PROMPT_WORDS and _subject_at(words, index, verbs):
                heads.append((number, index))
                break  # the first subject ends the prompt: a later one is inside the sentence
    if not heads:
        return pieces
    numbers = sorted({number for number, _index in heads})
    texts = [" ".join(pieces[number].split(" ")[:index]) for number, index in heads]
    verdicts = dropped([pieces[number] for number in numbers] + texts)  # one scan for the pieces and their heads
    whole_by = dict(zip(numbers, verdicts[: len(numbers)], strict=True))
    cut: dict[int, int] = {}
    for (number, index), drops in zip(heads, verdicts[len(numbers) :], strict=True):
        if drops and not whole_by[number]:
            cut[number] = index
    out: list[str] = []
    for number, piece in enumerate(pieces):
        words = piece.split(" ")
        out.extend((" ".join(words[: cut[number]]), " ".join(words[cut[number] :])) if number in cut else (piece,))
    return out


__all__ = ["prompts_apart"]
