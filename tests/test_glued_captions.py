"""Captions with no full stop glued into an over-long stretch of a glued line: where they end."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from cleaner.glued_captions import caption_breaks
from cleaner.pipeline import clean
from cleaner.split import _sentence_ends, load_split_settings

_BODY = (
    "Russia announced some of its troops were returning to base after exercises near Ukraine on Tuesday. "
    "It could suggest Moscow is looking for a way out of a crisis that has taken Europe to the brink of war. "
)
_CAPTIONS = [
    "Vladimir Putin has insisted that Russia is ready to go down the negotiations track with the West, opening up "
    "the possibility of talks on arms control and other measures aimed at reducing tensions",
    "Putin spoke at a joint press conference alongside German Chancellor Olaf Scholz, who said West and East "
    "remain divided but it is up to leaders to find solutions while avoiding conflict",
    "Tanks are pictured leaving a Russian base in the Ukraine border region, which it claims is part of a "
    "withdrawal from the region – despite warnings that troops are moving closer to the border",
    "Ukraine today hailed Western efforts aimed at preventing a war, saying they appear to be working as Russian "
    "forces withdraw (pictured)",
]
_SENTENCE = "Russia has begun moving vehicles from assembly areas to forward staging points near the border."


def _pieces_of(text: str) -> list[str]:
    """The stretches of text between its sentence ends and caption ends."""
    captions = load_split_settings().captions
    assert captions is not None
    ends = _sentence_ends(text)
    edges = [0, *sorted({*ends, *caption_breaks(text, ends, captions)}), len(text)]
    return [text[a:b].strip() for a, b in pairwise(edges) if text[a:b].strip()]


def test_a_run_of_captions_with_no_full_stop_is_cut_where_each_ends() -> None:
    """Four captions with no full stop glued before a sentence read as one sentence of 100 words: each caption
    and the sentence come apart ("... reducing tensions Putin spoke ...", "... avoiding conflict Tanks are ...",
    "... to the border Ukraine today hailed ...")."""
    text = _BODY + " ".join(_CAPTIONS) + " " + _SENTENCE
    assert _pieces_of(text)[-5:] == [*_CAPTIONS, _SENTENCE]


def test_names_inside_a_long_sentence_are_no_caption_ends() -> None:
    """A long body sentence is left whole: a name after a preposition, an article, a possessive's noun, an
    adjective or a capitalised word ("with his French counterpart Emmanuel Macron", "my friend Helen handed", "the
    white-haired McDonald took", "the Note 10 Plus is"), a past tense after a name ("the quality Google promised"),
    weekdays and "I" start no sentence."""
    long_sentences = [
        "Dressed in black pants, an untucked black shirt, and glasses, the white-haired McDonald took his place at a "
        "keyboard at the front of the stage and began the intro to the song while the crowd, which had waited for "
        "hours in the cold outside the arena, cheered and sang along with every word of it until the very end.",
        "Three years ago, over breakfast at a small cafe near the station, my friend Helen handed me a novel about a "
        "quest that, unknown to both of us at the time, would set me off on a quest of my own that took me across "
        "the country and back again over the course of the next two years of my life.",
        "Apparently, the game is not the only one not offering the visual quality Google promised, and it was "
        "revealed in a review that another game only renders at 1440p and 30fps with visual settings at around the "
        "same level seen on the older console, which is a little better but not what we were told to expect.",
        "Arguably the best Android phone of 2019, the Note 10 Plus is well designed, has a long list of features and "
        "capabilities, and is powerful enough to keep up with whatever you throw at it, while the battery lasts "
        "for a whole day of heavy use and the screen stays bright even in direct sunlight on a summer afternoon.",
        "Biden spoke with his French counterpart Emmanuel Macron while Secretary of State Antony Blinken had a call "
        "with the Russian foreign minister on Tuesday morning, and both men said afterwards that they had agreed "
        "on the need for continued dialogue even as troops massed on the border and I watched from the gallery.",
    ]
    for sentence in long_sentences:
        assert len(sentence.split()) >= load_split_settings().caption_stretch_min_words
        assert _pieces_of(sentence) == [sentence]


def test_a_short_stretch_is_never_cut_and_zero_turns_caption_ends_off() -> None:
    """A caption and a sentence of 30 words together are no over-long stretch: no cut; with
    caption_stretch_min_words = 0 no caption end is looked for at all."""
    text = _CAPTIONS[3] + " " + _SENTENCE
    assert _pieces_of(text) == [text]
    assert replace(load_split_settings(), caption_stretch_min_words=0).captions is None


def test_glued_tabloid_captions_go_and_the_sentences_stay() -> None:
    """A Daily Mail dump glued into one line: the captions with no full stop that the site's caption rule drops
    go, the article's sentences stay whole."""
    body = _BODY * 6
    sentence = "The Kremlin has previously suggested it would not sign such a document."
    glued = (
        f"{body}{' '.join(_CAPTIONS)} {sentence} {body}"
        "(function (src, d, tag){ var s = d.createElement(tag); }('https://www.dailymail.co.uk/x.js', document));"
    )
    text = clean(glued, name="glued.txt").text
    lines = text.splitlines()
    assert sentence in lines
    assert all(caption not in text for caption in _CAPTIONS)
    assert lines.count(_BODY.split(". ")[0] + ".") == 12


def test_a_quotation_glued_after_a_caption_starts_a_sentence() -> None:
    """ "... military drills in Belarus ‘They must also rapidly ...": a quotation that opens with a sentence starter
    right after a caption's last word (no colon, no comma) starts a sentence, even after a capitalised word;
    a quoted title after a name ("the song “What A Fool Believes”") does not."""
    caption = (
        "In this photo taken from video provided by the Defense Ministry Press Service on Monday, soldiers practice "
        "at the training ground during the military drills in Belarus"
    )
    quote = (
        "‘They must also rapidly get other units to eastern Ukraine to form a barrier stopping Ukrainian units "
        "pushing back west to save the capital city.’"
    )
    assert _pieces_of(f"{caption} {quote}") == [caption, quote]
    title = (
        "The band played all of their biggest hits that night, including “Long Train Running,” “Black Water,” and "
        "the song “What A Fool Believes,” which they closed the show with after an encore that lasted for almost "
        "twenty minutes in front of a crowd of more than ten thousand people."
    )
    assert _pieces_of(title) == [title]
