"""Captions that mark themselves as captions are cut off the sentence glued after them, and nothing else is."""

from __future__ import annotations

from itertools import pairwise

import pytest

from cleaner import clean
from cleaner.glued_marked_captions import marked_caption_breaks
from cleaner.split import _marked_captions, _sentence_ends, load_split_settings

BODY = (
    "Russia has moved more than 100,000 troops to positions near the border over the past three months.",
    "Western officials said the build-up was the largest in Europe since the end of the Cold War.",
    "The Kremlin has denied that it plans an invasion and says the troops are on exercises.",
    "Diplomats from both sides are due to meet again in Geneva at the end of the week.",
)


def _pieces(line: str) -> list[str]:
    marked = _marked_captions(load_split_settings())
    assert marked is not None
    ends = _sentence_ends(line)
    cuts = sorted({0, *ends, *marked_caption_breaks(line, ends, marked), len(line)})
    return [line[a:b].strip() for a, b in pairwise(cuts) if line[a:b].strip()]


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        (
            "Satellites show a camp of Russian troops on January 12 (left) and the same camp on February 13 (right)",
            "Satellite images show the tents removed and deep wheel ruts in the snow near the border.",
        ),
        (
            "A troop encampment in occupied Crimea is pictured on February 9 with a field hospital set up nearby",
            "France's foreign minister told French television that all elements were in place.",
        ),
        (
            "Left is an assembly area filled with tanks and right is the same area pictured on Sunday",
            "One forward staging area appears to be just 20 miles from the border.",
        ),
    ],
)
def test_a_marked_caption_is_cut_off_the_sentence_after_it(caption: str, sentence: str) -> None:
    line = " ".join((BODY[0], caption, sentence, BODY[1]))
    assert _pieces(line) == [BODY[0], caption, sentence, BODY[1]]
    result = clean(" ".join((*BODY[:2], caption, sentence, *BODY[2:])), name="glued.txt")
    assert sentence in result.text  # a line of its own: the caption rules judge the caption alone
    for body in BODY:
        assert body in result.text


def test_a_caption_pictured_on_a_day_goes_and_the_sentence_after_it_stays() -> None:
    caption = "A troop encampment in occupied Crimea is pictured on February 9 with a field hospital set up nearby"
    sentence = "France's foreign minister told French television that all elements were in place."
    result = clean(" ".join((*BODY[:2], caption, sentence, *BODY[2:])), name="glued.txt")
    assert caption not in result.text
    assert sentence in result.text


@pytest.mark.parametrize(
    "sentence",
    [
        # a marker with the sentence going on in lower case after it
        "German Chancellor Olaf Scholz (right) sits down with Putin in the Kremlin for talks on Tuesday.",
        # a marker before a name: the name may go on with the sentence
        "The two leaders (pictured) Olaf Scholz and Vladimir Putin met in Moscow on Tuesday afternoon.",
        # "pictured" in a sentence that ends with its full stop and no capital after a word that may end a caption
        "The painting is pictured in the catalogue next to works by Monet and Manet from the same year.",
        # "pictured" and a name after a word a caption goes on after
        "The house where she grew up is pictured in a photograph with Winston Churchill standing outside it.",
    ],
)
def test_a_sentence_with_a_marker_is_not_cut(sentence: str) -> None:
    line = " ".join((BODY[0], sentence, BODY[1]))
    assert _pieces(line) == [BODY[0], sentence, BODY[1]]
