"""config/generic.toml glued_topic_list: a topic list printed one item and one comma to a line, glued into one line
("Business , General news , Government and politics , ..."), goes; prose with spaced commas stays."""

from __future__ import annotations

import pytest

from cleaner import clean

BODY = "The minister said on Tuesday that the plan would work as intended, and that the vote would pass. " * 12


@pytest.mark.parametrize(
    "tail",
    [
        "Business , General news , Government and politics , Online media , Political debates , Brexit referendum "
        "Places in this Story United Kingdom London People in the Story Jeremy Corbyn Boris Johnson",
        "Wirtschaft , Politik , Digitales , Gesellschaft , Kultur",
    ],
)
def test_a_glued_topic_list_goes(tail: str) -> None:
    text = clean(BODY + tail, name="glued.txt").text
    assert "The minister said on Tuesday" in text
    assert " , " not in text


@pytest.mark.parametrize(
    "kept",
    [
        "Senator representing Yobe North , Ahmad Lawan , on Tuesday moved a motion over the deaths of former "
        "Speaker , Benjamin Nzeribe and member , Funke Adedoyin.",
        "The committee , the Senate , the House , the governors and the mayors all agreed on Monday.",
    ],
)
def test_prose_with_spaced_commas_stays(kept: str) -> None:
    text = clean(BODY + kept + " " + BODY, name="glued.txt").text
    assert kept in text
