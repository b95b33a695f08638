"""A news page's header and furniture glued before the article's sentences (cleaner/glued_outlets.py,
cleaner/split_teasers.py, cleaner/glued_credits.py and the glued-only cut rules of generic.toml): the header's
relative time and reading time, the outlet's name after the byline, a topic list, a sign-up box's button, a
promotion in capitals and a video teaser go; every sentence stays whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.errors import ConfigError
from cleaner.glued_outlets import affiliations_apart
from cleaner.rules import default_config_dir
from cleaner.split import split_glued

BODY = [
    "Hundreds of flights were cancelled after a computer failure at the air traffic control centre on Monday.",
    "The airport operator said engineers had found the fault and that services would recover through the day.",
    "Passengers were told to contact their airline before travelling to the airport.",
    "Airlines said it could take several days to clear the backlog of stranded travellers.",
]


def _clean(*parts: str) -> str:
    return clean(" ".join(parts), name="glued.txt").text


def _all_body_kept(text: str) -> bool:
    return all(sentence in text.splitlines() for sentence in BODY)


@pytest.mark.parametrize(
    "header",
    [
        "Flights cancelled after air traffic control failure Story by Tom Baker • 3h • 4 min read",
        "Flights cancelled after air traffic control failure Delays are expected all week Tom Baker 5 minutes ago",
    ],
)
def test_a_relative_or_reading_time_glued_before_the_first_sentence_is_cut_off(header: str) -> None:
    text = _clean(header, *BODY)
    assert _all_body_kept(text)
    assert "min read" not in text and "minutes ago" not in text


def test_an_outlets_name_after_the_byline_goes_and_the_first_sentence_stays() -> None:
    text = _clean("Flights cancelled after air traffic control failure", "By Tom Baker", "Sky News", *BODY)
    assert _all_body_kept(text)
    assert "Sky News" not in text


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["By Tom Baker", "Sky News Hundreds of flights were cancelled on Monday."], ["By Tom Baker", "Sky News"]),
        # no byline before it: a sentence that opens with an outlet's name stays whole
        (["Some text.", "Sky News Political Editor Beth Rigby said the vote was close."], ["Some text."]),
        # the outlet is the sentence's subject: a verb follows it
        (["By Tom Baker", "Sky News reported that hundreds of flights were cancelled."], ["By Tom Baker"]),
    ],
)
def test_affiliations_apart(pieces: list[str], expected: list[str]) -> None:
    out = affiliations_apart(pieces, frozenset({"News", "Times"}))
    assert out[: len(expected)] == expected
    assert " ".join(out) == " ".join(pieces)


def test_a_topic_list_after_its_label_goes_and_the_sentence_after_it_stays() -> None:
    text = _clean("Flights cancelled after failure", "Related Topics", "Travel, Airports, UK news", *BODY)
    assert _all_body_kept(text)
    assert "Airports" not in text


def test_a_comma_clause_after_a_list_label_is_no_topic_list() -> None:
    sentence = "Delays, the operator said, were expected to last until the evening."
    text = _clean(BODY[0], "Related Topics", sentence, *BODY[1:])
    assert sentence in text  # never cut into a list item and a sentence's tail


@pytest.mark.parametrize(
    "box",
    [
        "Get the latest travel news straight to your inbox Subscribe Invalid Email",
        "Get the best stories delivered straight to your inbox Sign up",
    ],
)
def test_a_sign_up_box_glued_between_sentences_goes(box: str) -> None:
    text = _clean(BODY[0], box, *BODY[1:])
    assert _all_body_kept(text)
    assert "Subscribe" not in text and "Sign up" not in text and "inbox" not in text


def test_a_promotion_in_capitals_goes_whole() -> None:
    text = _clean(BODY[0], "CLICK HERE TO GET THE DAILY TRAVEL APP", *BODY[1:])
    assert _all_body_kept(text)
    assert "CLICK" not in text


def test_a_video_teaser_before_a_sentence_that_opens_with_a_name_goes() -> None:
    sentence = "Heathrow Airport said most flights would run as normal by the evening."
    text = _clean(*BODY[:2], "Watch: Queues stretch out of the departures hall", sentence, *BODY[2:])
    assert sentence in text.splitlines()
    assert "Queues" not in text


def test_an_aggregators_credit_before_a_sentence_goes() -> None:
    sentence = "Network Rail said trains to the airport were running normally."
    text = _clean(*BODY[:2], "© Provided by Evening Standard", sentence, *BODY[2:])
    assert sentence in text.splitlines()
    assert "Provided" not in text


@pytest.mark.parametrize(
    "prompt",
    [
        "Do you have a story to share? Email us at newsdesk@dailypaper.co.uk",
        "Got a story? Email news@localpaper.com",
        "Get in touch by emailing tips@paper.co.uk",
    ],
)
def test_a_newsroom_prompt_ending_in_an_address_goes_and_the_sentence_after_it_stays(prompt: str) -> None:
    """An address ends the prompt with no full stop: the sentence glued after it is cut off it, not dropped with it."""
    text = _clean(BODY[0], prompt, *BODY[1:])
    assert _all_body_kept(text)
    assert "@" not in text


def test_an_address_inside_a_sentence_stays() -> None:
    sentence = "For more information email the council at info@council.gov.uk and ask for the planning team."
    assert sentence in _clean(BODY[0], sentence, *BODY[1:])


@pytest.mark.parametrize("byline", ["By Sam O'Neill", "By Jo McDonald", "By Tom DeSantis-Hill"])
def test_a_byline_whose_name_has_an_apostrophe_or_an_inner_capital_is_cut_off_the_sentences(byline: str) -> None:
    text = _clean("Flights cancelled after air traffic control failure.", byline, "Sky News", *BODY)
    assert _all_body_kept(text)
    assert byline.split()[-1] not in text


def test_a_video_players_close_button_label_title_and_description_go() -> None:
    """ "close Video <title> <Name> reports ..." glued before the first sentence: the close button, the label and,
    as two lines under the label's block, the video's title and its description."""
    player = "close Video Flights grounded across Europe Sky News' Tom Baker reports from the airport."
    text = _clean("Share Email", player, *BODY)
    assert _all_body_kept(text)
    assert "grounded" not in text and "reports from the airport" not in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Video Games Chronicle reported that sales of the console rose in the spring.",
        "Video footage showed passengers queueing outside the terminal for hours.",
    ],
)
def test_a_sentence_opening_with_video_stays_whole(sentence: str) -> None:
    assert sentence in _clean(BODY[0], sentence, *BODY[1:])


def test_an_unknown_list_header_rule_is_a_config_error(tmp_path: Path) -> None:
    """A [split] list_header_rules name that is no generic block rule fails loudly, naming it."""
    folder = tmp_path / "config"
    shutil.copytree(default_config_dir(), folder)
    path = folder / "heuristics.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"video_label_block"', '"video_label_blok"', 1))
    with pytest.raises(ConfigError, match="video_label_blok"):
        split_glued((" ".join(BODY * 3),), config_dir=folder)
