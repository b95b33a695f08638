"""config/generic.toml glued_gallery_control, one of [split] label_rules: a photo gallery's controls glued between
sentences ("Back to Gallery", "SEE FULL GALLERY 1 - 5 of 36", "Image 1 of 5") go; sentences that hold the same
words, and the one-word controls that open sentences ("Close", "Video"), stay."""

from __future__ import annotations

import pytest

from cleaner import clean

BODY = "The minister said on Tuesday that the plan would work as intended, and that the vote would pass. " * 12
SENTENCE = "New electric vehicles and several new small SUVs are among the new models on display this week."


@pytest.mark.parametrize(
    ("glued", "gone"),
    [
        ("Auto show opens in Los Angeles. Back to Gallery " + SENTENCE, "Back to Gallery"),
        ("Leave a comment below. SEE FULL GALLERY 1 - 5 of 36 " + SENTENCE, "GALLERY"),
        ("The newly selected five are: Image 1 of 5 " + SENTENCE, "Image 1 of 5"),
    ],
)
def test_gallery_controls_glued_between_sentences_go(glued: str, gone: str) -> None:
    text = clean(BODY + glued + " " + BODY, name="glued.txt").text
    assert gone not in text
    assert SENTENCE in text


@pytest.mark.parametrize(
    "kept",
    [
        "She went back to the gallery on Sunday to see the full collection, the museum said.",
        "Close allies of the president said 1 of 6 voters had not decided yet.",
        "Video Games Are Art, the exhibition's title, drew large crowds on Monday, organisers said.",
    ],
)
def test_sentences_with_gallery_words_stay(kept: str) -> None:
    text = clean(BODY + kept + " " + BODY, name="glued.txt").text
    assert kept in text
