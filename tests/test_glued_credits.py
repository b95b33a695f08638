"""cleaner.glued_credits: a picture credit glued before a sentence that opens with a name ends at a known agency, or
before the sentence's subject and verb, so that the credit goes and the sentence keeps its first words."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glued_credits import CreditEnds, agency_pattern, credit_end

BODY = (
    "Flood warnings were issued across the north of Scotland after days of heavy rain left rivers bursting their "
    "banks. The Environment Agency said more than forty warnings remained in place on Saturday morning across the "
    "region. Residents in several villages were evacuated overnight as water levels continued to rise. "
)
WORDS = CreditEnds(
    agencies=agency_pattern(("Getty Images", "Getty", "Jam Press", "PA")),
    starters=frozenset({"She", "The", "It"}),
    verbs=frozenset({"said", "says", "will", "has"}),
    name_ends=frozenset({"Standard", "News"}),
)


def _glued(caption: str, credit: str, sentence: str) -> str:
    return f"{BODY}{caption} {credit} {sentence} {BODY}"


@pytest.mark.parametrize(
    ("credit", "sentence"),
    [
        ("Credit: Getty", "Network Rail said services would be disrupted until Monday at the earliest."),
        ("Credit: PA", "Thames Water said supplies to homes in the valley were not affected."),
        ("Credit: Jam Press", "Southern Water said crews were working through the night on the pumps."),
        ("Credit: Foobar", "Network Rail said services would be disrupted until Monday at the earliest."),  # no agency
        ("Credit: Tyvak", "Blue Origin will offer its lander to carry cargo to the lunar surface next year."),
    ],
)
def test_a_credit_before_a_sentence_that_opens_with_a_name_goes_and_the_sentence_stays_whole(
    credit: str, sentence: str
) -> None:
    result = clean(_glued("Firefighters wade through water in Carlisle", credit, sentence), name="glued.txt")
    assert sentence in result.text.splitlines()
    assert credit not in result.text


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Credit: Getty Network Rail said the line was shut.", "Credit: Getty"),  # an agency ends it
        ("Credit: Getty Images Network Rail said the line was shut.", "Credit: Getty Images"),  # the longest name
        ("Credit: Jam Press She told reporters it was bad.", "Credit: Jam Press"),  # no capital after it but "She"
        ("Credit: Foobar Network Rail said the line was shut.", "Credit: Foobar"),  # a subject and its verb
        ("Credit: Jane Doe The council said it was shut.", "Credit: Jane Doe"),  # a starter opens the sentence
        ("© Provided by Metro Network Rail said the line was shut.", "© Provided by Metro"),  # the subject inside
        ("© Provided by Evening Standard Network Rail said it.", "© Provided by Evening Standard"),  # an outlet's end
    ],
)
def test_credit_end(text: str, credit: str) -> None:
    size = 3 if text.startswith("Credit") else 6  # the cut rule takes the label and two names, or four after "©"
    match_end = len(" ".join(text.split()[:size]))
    end = credit_end(text, 0, match_end, WORDS)
    assert text[:end].strip() == credit


@pytest.mark.parametrize("agency", ["PA Media", "PA Wire", "Getty Images"])
def test_a_photograph_credit_ending_in_an_agency_of_two_words_goes_whole(agency: str) -> None:
    sentence = "Police are warning drivers to stay away from the coast this weekend."
    text = clean(
        f"{BODY}Waves crash over the sea wall at Whitby. Photograph: Hugh Hastings/{agency} {sentence} {BODY}",
        name="glued.txt",
    ).text
    assert sentence in text.splitlines()
    assert agency.split()[-1] not in text
