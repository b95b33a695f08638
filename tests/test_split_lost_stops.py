"""cleaner.split: where a glued line is cut into sentences; no cut inside a hashtag written in camel case nor after
a German abbreviation that a number follows ("Nr. 4", "Tz. 7"), where the lined dump has one sentence."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.split import split_glued

BODY = "The minister said on Tuesday that the plan would work as intended, and that the vote would pass. " * 12
DE_BODY = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        (BODY, "She proceeded to share the hashtag #MethWeAreOnIt and the website for the initiative."),
        (BODY, "The account @TheyAreOnIt posted the video first, the campaign said on Monday."),
        (DE_BODY, "Die Grundlage steht in § 291a Absatz 3 Nr. 4 SGB V und gilt seit dem letzten Jahr."),
        (DE_BODY, "Das Gericht verwies auf BGH, Urt. v. 27.3.2007, GRUR 2007, 724 Tz. 7 zum Persönlichkeitsrecht."),
        (DE_BODY, "Der Dienst steht bundesweit ca. 10 Mio. Versicherten offen, sagte die Kasse am Montag."),
    ],
)
def test_one_sentence_stays_one_piece(body: str, sentence: str) -> None:
    lines, _removed = split_glued((body + sentence + " " + body,))
    assert sentence in lines
    assert sentence in clean(body + sentence + " " + body, name="glued.txt").text


def test_a_lost_full_stop_before_a_starter_is_still_found() -> None:
    """ "targetedAnd he said": a starter glued onto a word in lower case still starts a sentence."""
    glued = BODY + "The company said its customers were targetedAnd he said the police were told. " + BODY
    lines, _removed = split_glued((glued,))
    assert "And he said the police were told." in lines
