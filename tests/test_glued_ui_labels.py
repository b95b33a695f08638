"""cleaner.glued_labels: UI labels and sign-up boxes glued before a sentence in a glued line ("In this article:",
"Ad Feedback", "We have more newsletters See our privacy notice Invalid Email") go whole and the sentence stays; a
follow prompt that a rule drops whole is not carved into its network names."""

from __future__ import annotations

import pytest

from cleaner import clean

BODY = (
    "Rail passengers faced a third day of delays after a signalling fault near the city centre on Tuesday. "
    "Engineers worked through the night to replace the damaged equipment, the operator said in a statement. "
    "Commuters were advised to check their journeys before leaving home and to allow extra time. "
)
SENTENCE = "The Transport Secretary insisted the network would be back to normal by the weekend."


def _clean(junk: str, sentence: str = SENTENCE) -> str:
    return clean(f"{BODY}{junk} {sentence} {BODY}", name="glued.txt").text


@pytest.mark.parametrize(
    "junk",
    [
        "In this article:",
        "Ad Feedback",
        "We have more newsletters See our privacy notice Invalid Email",
        "Related Topics",
        "Read our privacy notice",
    ],
)
def test_a_label_glued_before_a_sentence_goes_and_the_sentence_stays(junk: str) -> None:
    text = _clean(junk)
    assert SENTENCE in text.splitlines()
    assert junk.split()[-1] not in text.replace(SENTENCE, "").replace(BODY, "")


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow Daily Politics on Snapchat, Tiktok, Twitter and Facebook.",
        "Follow The Sunday Herald on Facebook, Instagram and YouTube.",
    ],
)
def test_a_follow_prompt_with_its_networks_goes_whole(prompt: str) -> None:
    text = _clean(prompt, "Labour said the plan would never work and called for a vote in the Commons.")
    assert "Facebook" not in text and "YouTube" not in text
    assert "Labour said the plan would never work and called for a vote in the Commons." in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Ad campaigns by the council urged residents to report faulty lights on their street.",
        "Feedback from passengers was mostly positive, the operator said in its report.",
        "Follow the money, the inspector told the committee, and you will find the answer.",
        "Related research from the university showed that delays cost the economy millions.",
    ],
)
def test_label_words_opening_a_sentence_stay(sentence: str) -> None:
    assert sentence in _clean("", sentence)


def test_an_open_tag_label_takes_no_name_of_the_sentence_after_it() -> None:
    """ "Tags: <any words>" names no words of its own: the longest label is not taken there."""
    text = _clean("Tags: Brexit", "Boris Johnson said the deal was the best the country could have hoped for.")
    assert "Boris Johnson said the deal was the best the country could have hoped for." in text
