"""A teaser list glued after its label ("Read more: Why ...? Second headline Subject said: ..."): both headlines
are cut out when the first ends with a question mark and a sentence's subject and verb follow the second; a body
sentence after the label's headline is never cut."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import load_rulebook
from cleaner.split import split_glued

BODY = "The council met on Tuesday to discuss the new budget for the coming year and beyond. " * 12
SENTENCE = 'Union leader Sara Quinn said: "We have no choice but to keep fighting for fair pay."'


def _split(line: str) -> tuple[str, ...]:
    rules = tuple(rule for rule in load_rulebook().generic.rules if rule.scope == "cut")
    return split_glued((BODY + line,), rules=rules)[0]


@pytest.mark.parametrize(
    ("label", "second"),
    [
        ("Read more:", "Ferry fares to rise by 6.5% in April"),
        ("READ MORE:", "Everything you need to know"),
        ("See also:", "Ports brace for a long summer of walkouts"),
    ],
)
def test_a_second_teaser_headline_after_a_question_goes(label: str, second: str) -> None:
    teaser = f"{label} Why are dock workers striking again? {second}"
    pieces = _split(f"{teaser} {SENTENCE} The strike ends on Friday.")
    assert teaser in pieces
    assert SENTENCE in pieces
    text = clean(BODY + f"{teaser} {SENTENCE} The strike ends on Friday.\n", name="glued.txt").text
    assert second not in text
    assert SENTENCE in text


@pytest.mark.parametrize(
    "following",
    [
        # the sentence right after the question: no second headline
        "Union leader Sara Quinn said the talks had failed.",
        # a sentence with its auxiliary before a reported subject: a sentence, not a headline
        "Passengers were told to check before travelling Network Rail said on Monday.",
        # a comma ends a clause: the run is a sentence
        "Ferries were cancelled, the operator said on Monday.",
    ],
)
def test_a_body_sentence_after_a_teaser_question_stays_whole(following: str) -> None:
    pieces = _split(f"Read more: Why are dock workers striking again? {following} The strike ends on Friday.")
    assert "Read more: Why are dock workers striking again?" in pieces
    assert following in pieces


def test_a_label_that_opens_no_list_takes_one_headline() -> None:
    """ "Watch:" announces one video: the words after its question are left to the sentences' judgement."""
    pieces = _split(f"Watch: Why are dock workers striking again? Ferry fares to rise by 6.5% in April {SENTENCE}")
    assert "Watch: Why are dock workers striking again?" in pieces
    assert f"Ferry fares to rise by 6.5% in April {SENTENCE}" in pieces
