"""A site's menu glued into a sentence piece of a glued line, cut into its link labels.

Glued, a menu's link labels ("Konsum im Alltag Unternavigationspunkte Meine Rechte bei Verbraucherverträgen AGB
...") are one long stretch of mostly capitalised words with no punctuation, a piece of its own or glued in front
of the first sentence. As one piece it is neither a short label nor a sentence, and no stage judges it. Cut into
its labels (a new label where a capitalised word follows a capitalised word) it has the shape of the dump's
lines again, and the edge-menu heuristic (cleaner/edge_menus.py) judges it as it judges a line-by-line dump: a
run of short labels before the article's first paragraph or after its last goes, the last few labels above the
article stay, a run announced by a colon or shaped like a list stays. Nothing is removed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# a word that ends a clause or a sentence: a menu's labels carry none of these (a colon may sit inside a label:
# "Test: Adaptive Fahrwerke"); a Japanese or Chinese word may hold whole sentences, a mark anywhere in it counts
_CLAUSE_MARK = re.compile(r"[,;.!?…]['\"”’»)]*$|[。！？、，；]")
_COUNT = re.compile(r"\(\d+\)")  # an entry's count of posts: "Juli 2019 (9)"
_OPENING = "\"'„“‘«(¿¡"


@dataclass(frozen=True, slots=True)
class MenuStretch:
    """The numbers of config/heuristics.toml [split] menu_* (see there for why)."""

    min_words: int = 0  # 0: no menu stretch looked for
    capital_share: float = 0.5
    sentence_capitals: int = 3
    label_max_words: int = 4
    counted_label_max_words: int = 6
    lower_run_max: int = 4
    colon_every: int = 10


def _capitalised(word: str) -> bool | None:
    """True for a word opening with a capital letter, False with a lower-case one, None otherwise (a number, a word
    of a script with no case: only cased words tell a menu's labels from prose)."""
    first = word.lstrip(_OPENING)[:1]
    if first.isupper():
        return True
    return False if first.islower() else None


def _stretch_end(words: list[str], shape: MenuStretch) -> int:
    """How many of words, from the first, are a menu's labels; 0 when they are no menu.

    The labels end before the first word that ends a clause and before the first run of more than
    lower_run_max lower-case words (prose). When some word follows, they end before the last sentence_capitals
    words of their last run of more than sentence_capitals capitalised words: the sentence glued after the menu
    may open with a name ("... Ort Elyssa Young Most Snopes assignments begin ..."), and a few labels left in front
    of it harm less than its first words cut off. They are a menu when they hold min_words cased words,
    capital_share of them capitalised, and at most one colon in colon_every words (a list of a product's or a
    recipe's fields has many: "Ohrringe: Leaf Combo Zoeca Earcuff: Zoeca Kreole: ...")."""
    limit, lower_run = len(words), 0
    for i, word in enumerate(words):
        lower_run = lower_run + 1 if _capitalised(word) is False else 0
        if lower_run > shape.lower_run_max:
            limit = i + 1 - lower_run
            break
        if _CLAUSE_MARK.search(word):
            limit = i
            break
    end = limit
    if limit < len(words):
        end, in_row = 0, 0
        for i in range(limit + 1):
            in_row = in_row + 1 if _capitalised(words[i]) is True else 0
            if in_row > shape.sentence_capitals:
                end = i + 1 - shape.sentence_capitals
    cases = [case for case in map(_capitalised, words[:end]) if case is not None]
    if len(cases) < shape.min_words or sum(cases) < shape.capital_share * len(cases):
        return 0
    if sum(word.endswith(":") for word in words[:end]) * shape.colon_every > end:
        return 0
    return end


def _labels(words: list[str], shape: MenuStretch) -> list[str]:
    """The words grouped into labels. A count in brackets ends a label ("Holiday Season (12)", an archive's or a
    category list's entry): a stretch of at most counted_label_max_words words up to it is one label. Elsewhere a
    new label starts at a capitalised word after a capitalised word (or a number), and after label_max_words words;
    a label goes on after a colon ("Inkasso: Unseriöse Geschäftspraktiken": a label ending with a colon would
    announce the labels after it as a list)."""
    labels: list[str] = []
    start = 0
    for index, word in enumerate(words):
        if _COUNT.fullmatch(word) or index == len(words) - 1:
            segment = words[start : index + 1]
            counted = _COUNT.fullmatch(word) is not None and len(segment) <= shape.counted_label_max_words
            labels.extend([" ".join(segment)] if counted else _plain_labels(segment, shape))
            start = index + 1
    return labels


def _plain_labels(words: list[str], shape: MenuStretch) -> list[str]:
    labels: list[list[str]] = []
    for word in words:
        starts = not labels or len(labels[-1]) >= shape.label_max_words
        if not starts and _capitalised(word) is True and _capitalised(labels[-1][-1]) is not False:
            starts = not labels[-1][-1].endswith(":")
        if starts:
            labels.append([word])
        else:
            labels[-1].append(word)
    return [" ".join(label) for label in labels]


def split_menu_stretches(pieces: Iterable[str], shape: MenuStretch) -> list[str]:
    """The pieces of a glued line with each menu stretch opening a piece cut into its labels (the rest of the
    piece, the sentence glued after the menu, stays a piece)."""
    if shape.min_words <= 0:
        return list(pieces)
    out: list[str] = []
    for piece in pieces:
        words = piece.split()
        end = _stretch_end(words, shape) if len(words) >= shape.min_words else 0
        if not end:
            out.append(piece)
            continue
        out.extend(_labels(words[:end], shape))
        if end < len(words):
            out.append(" ".join(words[end:]))
    return out
