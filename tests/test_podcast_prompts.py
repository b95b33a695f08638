"""Prompts to hear an outlet's podcast on the apps that carry it: they go as a line of their own and glued into a
dump's one line; sentences about podcasts and listening stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.test_generalization import PARAGRAPHS, _clean_with

PROMPTS = [
    "Listen to the Morning Briefing on Apple Podcasts, Google Podcasts, Spotify, Spreaker",
    "Listen to Harbour Talk on Spotify and Amazon Music",
    "Listen and subscribe to The Week Ahead on BBC Sounds",
    "Listen to our daily show on YouTube Music or wherever you get your podcasts",
]
KEEP = [
    "Listen to the people who live here, the mayor told the council before the vote.",
    "She said she would listen to the recordings on Spotify before deciding whether to sue.",
    "Listen to the Morning Briefing, the councillor urged, and you will hear a different story.",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_a_podcast_prompt_line_goes(line: str) -> None:
    result = _clean_with(line)
    assert line not in result.text.splitlines()
    assert all(paragraph in result.text for paragraph in PARAGRAPHS["en"])
    assert {r.rule for r in result.removed if r.text == line} <= {"podcast_listen_prompt", "video_prompt"}


@pytest.mark.parametrize("line", KEEP)
def test_sentences_about_listening_stay(line: str) -> None:
    assert line in _clean_with(line).text.splitlines()


def test_a_podcast_prompt_glued_between_sentences_is_cut_out() -> None:
    """In a glued dump the prompt has no full stop: it ran into the next sentence, which stays whole."""
    body = PARAGRAPHS["en"]
    glued = " ".join((body[0], body[1], PROMPTS[0], body[2], body[3]))
    result = clean(glued + "\n", name="glued.txt")
    assert "Spreaker" not in result.text
    assert all(paragraph in result.text for paragraph in body)
    for sentence in KEEP:
        kept = clean(" ".join((body[0], body[1], sentence, body[2], body[3])) + "\n", name="glued.txt")
        assert sentence in kept.text
