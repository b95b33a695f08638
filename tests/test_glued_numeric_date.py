"""cut_numeric_date (config/generic.toml): a numeric date glued between a teaser's words and the next sentence of a
glued dump is a line of its own, and date_only_line drops it; a date inside a sentence stays with it."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

BODY = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
EN_BODY = "The council met on Tuesday to discuss the new budget for the coming year and beyond. " * 12
SENTENCE = "Im aktuellen Test wurden 18 verschiedene Kindersitze in punkto Sicherheit und Bedienung geprüft."


@pytest.mark.parametrize(
    ("body", "glued", "date"),
    [
        (BODY, f"Kindersitze im Test: Vier Modelle fallen durch 23.10.2018 {SENTENCE}", "23.10.2018"),
        (
            EN_BODY,
            "New child seats tested by the club 23.10.2018 The results show that four models failed.",
            "23.10.2018",
        ),
    ],
)
def test_a_date_glued_between_a_teaser_and_a_sentence_goes(body: str, glued: str, date: str) -> None:
    text = clean(body + glued, name="glued.txt").text
    assert date not in text
    assert glued.split(date)[1].strip() in text  # the sentence after it stays whole


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Frist endet am 23.10.2018 Mitternacht, sagte die Sprecherin der Stadt am Montag.",
        "Das Urteil vom 23.10.2018 Az. 3 U 12/18 ist inzwischen rechtskräftig geworden.",
        "Die Sitzung in Berlin, 23.10.2018 Protokoll folgt, wurde vertagt und später neu angesetzt.",
        "The court ruled on 23.10.2018 Monday evening that the contract was void from the start.",
        "Die Preise steigen seit dem Beschluss. Die Messe läuft noch bis zum 23.10.2018.",
    ],
)
def test_a_date_inside_a_sentence_stays(sentence: str) -> None:
    body = EN_BODY if sentence.startswith("The") else BODY
    text = clean(body + sentence + " " + body, name="glued.txt").text
    assert sentence in " ".join(text.splitlines())  # one sentence per line: the sentence whole, its date in it
