"""An outlet's name glued between a byline and the first sentence of a glued line, set apart for the header stage.

A byline over the article often names the author's outlet on the line after it ("By Jane Smith" / "BBC News").
Glued, the byline is cut apart as a piece of its own, but the outlet's name stays in front of the first sentence
("BBC News Thousands of homes are ..."), where no stage reads it as the byline's. Here, right after a piece that is
a short byline ("By" and a few words), a piece that opens with one to three capitalised words ending in a word an
outlet's name ends with ([split] credit_name_ends: "News", "Times", "Standard") and goes on with a capitalised word
and a sentence is cut after the name, so that the header stage reads the name as the byline's affiliation, as in a
dump of lines. Nothing is removed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cleaner.line_shape import STOP_END

_BYLINE = re.compile(r"^By [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3},?$")  # "By Jane Smith", "By Jane van Dyke" no
_MAX_NAME_WORDS = 3  # "BBC News", "The Daily Telegraph"
_MIN_SENTENCE_WORDS = 5


def _outlet_words(piece: str, name_ends: frozenset[str]) -> int:
    """How many of the piece's first words are an outlet's name before a sentence, or 0."""
    words = piece.split(" ")
    if len(words) < _MIN_SENTENCE_WORDS + 1 or not STOP_END.search(words[-1]):
        return 0
    for size in range(1, min(_MAX_NAME_WORDS, len(words) - _MIN_SENTENCE_WORDS) + 1):
        if not words[size - 1][:1].isupper() or not words[size - 1].isalnum():
            return 0  # a word of no name, or a mark inside the name ("News,"): prose
        if words[size - 1] in name_ends and words[size][:1].isupper():
            return size
    return 0


def affiliations_apart(pieces: Iterable[str], name_ends: frozenset[str]) -> list[str]:
    """The pieces, each that follows a short byline and opens with an outlet's name before a sentence cut after
    the name."""
    out: list[str] = []
    for piece in pieces:
        size = _outlet_words(piece, name_ends) if out and _BYLINE.match(out[-1]) else 0
        if size:
            words = piece.split(" ")
            out.extend((" ".join(words[:size]), " ".join(words[size:])))
        else:
            out.append(piece)
    return out


__all__ = ["affiliations_apart"]
