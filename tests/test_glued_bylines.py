"""cut_byline_before_date (config/generic.toml): a post's byline glued between its teaser and its date in a glued
dump is a line of its own, and the byline rules drop it; an author named in a sentence before a date stays."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import load_rulebook
from cleaner.split import split_glued

BODY = "Das ist ein langer Satz über das Wetter in der Stadt und die Leute dort. " * 20
TEASER = "Blue Tomato präsentiert die dritte Auflage des Events in diesem Jahr am Straberger See"
SENTENCE = "Blue Tomato läutet mit The Captain’s Quest 2017 die dritte Runde des innovativen Contest-Formats ein."


def _pieces(line: str) -> tuple[str, ...]:
    rules = tuple(rule for rule in load_rulebook().generic.rules if rule.scope == "cut")
    return split_glued((line,), rules=rules)[0]


def test_a_byline_glued_before_the_post_date_goes_and_the_text_stays() -> None:
    line = f"{BODY}{TEASER} von Redaktion MSM 3rd August 2017 {SENTENCE}"
    assert "von Redaktion MSM" in _pieces(line)
    text = clean(line, name="glued.txt").text
    assert "Redaktion MSM" not in text
    assert SENTENCE in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Buch von Thomas Mann 12. Mai 2017 war in der Stadtbibliothek lange vergriffen, sagte die Leiterin.",
        "Ein Bild von Peter Müller am 14. Mai 2014 zeigt den alten Marktplatz vor dem großen Umbau der Stadt.",
    ],
)
def test_an_author_named_before_a_date_in_a_sentence_stays(sentence: str) -> None:
    line = f"{BODY}{sentence} {BODY}"
    assert sentence in _pieces(line)
    assert sentence in clean(line, name="glued.txt").text


def test_a_tag_label_glued_after_the_post_date_goes() -> None:
    """cut_tag_label_after_date: "12. September 2013 getaggt mit:Bedingungsloses Grundeinkommen …" and "… 2019
    Tags: …": the label is a line of its own, which section_label drops; a year before lower-case "categories" in a
    sentence is no label."""
    tagged = "12. September 2013 getaggt mit:Bedingungsloses Grundeinkommen"
    line = f"{BODY}Alle weiteren Informationen findet ihr hier. {tagged}"
    assert "getaggt mit:" in _pieces(line)
    assert "getaggt mit" not in clean(line, name="glued.txt").text
    en_body = "The council met on Tuesday to discuss the new budget for the coming year and beyond. " * 12
    kept = "The museum opened in 2019 categories: paintings, prints and drawings were shown in three rooms."
    assert kept in clean(f"{en_body}{kept} {en_body}", name="glued.txt").text
