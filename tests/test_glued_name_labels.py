"""cleaner.glued_labels: which label windows of a glued line are labels. A brand's name that a label rule knows
("Google", "Twitter") opens or ends sentences too and stays in them; a list's header longer than the label it opens
with ("More Great WIRED Stories") and a recent-posts header ("Letzte Features") are set apart whole."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.split import split_glued

BODY = "The minister said on Tuesday that the plan would work as intended, and that the vote would pass. " * 12
DE_BODY = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a brand's name opening a sentence before a product's name
        (BODY, "Google Stadia arrives with a litany of missing features, especially on PC and phones."),
        (BODY, "Facebook Messenger was down for three hours on Monday, the company said."),
        # a name joined to the next word by an ampersand, inside a sentence
        (DE_BODY, "Der politische Diskurs in Zeiten von Twitter & Co als Masterarbeit wäre ein schönes Thema."),
        # a label word in lower case before a German noun and its phrase
        (DE_BODY, "Die Kollegen wollen, was alle im Wahlkampf wollen: mehr Geld für Anzeigen und Flyer."),
    ],
)
def test_a_name_inside_a_sentence_stays(body: str, kept: str) -> None:
    text = clean(body + kept + " " + body, name="glued.txt").text
    assert kept in text


@pytest.mark.parametrize(
    ("glued", "gone"),
    [
        # a share bar: a run of names after a sentence still goes
        ("the vote would pass. Share Facebook Twitter Email The minister", "Facebook"),
        # a name alone before a sentence's first word ("The") is a label
        ("the vote would pass. Twitter The minister said", "Twitter The"),
        # a lower-case label word in a share bar's run
        ("the vote would pass. Share Tweet mehr The minister said", "mehr"),
    ],
)
def test_a_name_as_a_label_still_goes(glued: str, gone: str) -> None:
    text = clean(BODY + glued + " again on Wednesday. " + BODY, name="glued.txt").text
    assert gone not in text
    assert "The minister said on Tuesday" in text


def test_a_list_header_longer_than_its_first_label_goes_whole() -> None:
    """ "More" alone is a share menu's label, but "More Great WIRED Stories" is a list's header: the longer one is
    set apart, not "More" with "Great WIRED Stories" left before the first headline."""
    glued = BODY + "More Great WIRED Stories YouTubers must unionize, no matter what Google says " + BODY
    text = clean(glued, name="glued.txt").text
    assert "Great WIRED Stories" not in text
    assert "The minister said on Tuesday" in text


def test_a_longer_window_that_is_no_list_header_does_not_grow_the_label() -> None:
    """Past two words only a list's header grows a label: "Share" before a sentence's capitalised words stays short."""
    kept = "Share Prices In London Fell Sharply on Monday after the vote, traders said."
    text = clean(BODY + kept + " " + BODY, name="glued.txt").text
    assert "Prices In London Fell Sharply on Monday after the vote, traders said." in text


@pytest.mark.parametrize(
    ("tail", "label"),
    [
        (
            "Als Podcast (RSS) Letzte Features David Bowie (1947 – 2016) Entscheide dich endlich, Deutschland",
            "Letzte Features",
        ),
        ("Select Month Recent Comments Daniel Lemire on Science and Technology links", "Recent Comments"),
    ],
)
def test_a_recent_posts_header_glued_into_a_sidebar_is_set_apart(tail: str, label: str) -> None:
    """recent_list_header is one of [split] label_rules: its header is a piece of its own, for its block to drop."""
    lines, _removed = split_glued((DE_BODY + tail,))
    assert label in lines
    assert label not in clean(DE_BODY + tail, name="glued.txt").text


def test_the_same_words_in_a_sentence_stay() -> None:
    kept = "Die Redaktion zeigt die letzte Features der Saison am Montag in Berlin."
    assert kept in clean(DE_BODY + kept + " " + DE_BODY, name="glued.txt").text
