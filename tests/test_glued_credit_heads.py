"""cleaner.split and cleaner.glued_labels: a picture credit glued after a sentence that ends before its label in
lower case ("… on Google. photo: Justin Sullivan/Getty Images Mortgage rates fell …") is a piece of its own, the
agency's whole name with it, so that the credit rule drops it and the sentence after it stays whole."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.split import split_glued

BODY = "The minister said on Tuesday that the plan would work as intended, and that the vote would pass. " * 12
SENTENCE = "Mortgage rates fell below 7% this week for the first time since February, according to Freddie Mac."


@pytest.mark.parametrize(
    "credit",
    ["photo: Justin Sullivan/Getty Images", "image: Jane Doe/Rex Features", "credit: Tom Smith/PA Wire"],
)
def test_a_credit_after_a_sentence_goes_and_the_next_sentence_stays(credit: str) -> None:
    glued = BODY + "See more of our stories on Google. " + credit + " " + SENTENCE + " " + BODY
    lines, _removed = split_glued((glued,))
    assert credit in lines
    assert SENTENCE in lines
    text = clean(glued, name="glued.txt").text
    assert SENTENCE in text
    assert credit.split(": ")[1] not in text


def test_a_lower_case_word_after_a_full_stop_goes_on_with_its_sentence() -> None:
    """Only a label's colon and a capital after it open a sentence: "… (see Fig. 2). note that …" does not."""
    kept = "The rates rose in 2023 (see the chart). note: the figures are provisional, the bank said."
    lines, _removed = split_glued((BODY + kept + " " + BODY,))
    assert kept in lines
