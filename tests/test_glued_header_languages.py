"""A header glued into one line in German, Spanish and Italian reads as its line-shaped version does: a dateline's
label ("Stand:") and the place before a dateline's dash ("Madrid -") are no name, a lower-case byline prefix
("di") is no title word."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.glued_header import header_apart
from cleaner.header_words import load_header_words

CASES = {
    "de": (
        "Hafenarbeiter legen den Betrieb in mehreren Städten im Norden lahm",
        ["Von Lena Brandt", "Stand: 14.03.2024 08:45 Uhr"],
        [
            "Die Beschäftigten der Häfen haben am Morgen die Arbeit niedergelegt, weil die Gespräche gescheitert sind.",
            "Zahlreiche Schiffe konnten nicht entladen werden, einige Reedereien leiteten ihre Frachter um.",
            "Die Gewerkschaft kündigte weitere Ausstände an, falls kein besseres Angebot vorgelegt wird.",
        ],
        "Lena Brandt",
    ),
    "es": (
        "Paro de estibadores: colapso en los puertos de todo el país",
        ["Carmen Ruiz", "Valencia - 14 mar 2024 - 08:45 CET"],
        [
            "Los estibadores dejaron de trabajar el jueves en un conflicto por los salarios que dura ya varios meses.",
            "Decenas de buques no pudieron descargar y varias navieras desviaron sus cargueros a otros puertos.",
            "El sindicato anunció nuevos paros si la patronal no vuelve a la mesa de negociación.",
        ],
        "Carmen Ruiz",
    ),
    "it": (
        "Sciopero nei porti, navi ferme in tutta la Sardegna",
        ["di Paolo Serra", "14 marzo 2024, 08:45"],
        [
            "I portuali hanno incrociato le braccia giovedì in una lunga vertenza sui salari e sulle condizioni.",
            "Decine di navi non hanno potuto scaricare e alcune compagnie hanno dirottato i mercantili altrove.",
            "Il sindacato ha annunciato nuovi scioperi se le imprese non torneranno al tavolo delle trattative.",
        ],
        "Paolo Serra",
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
@pytest.mark.parametrize("glue", ["\n", " "])
def test_a_glued_header_reads_as_its_line_shaped_version(language: str, glue: str) -> None:
    title, header, body, author = CASES[language]
    result = clean(glue.join([title, *header, *body]), name="x.txt")
    assert result.metadata.get("title") == title
    assert result.metadata.get("author") == author
    assert result.metadata.get("date") == "2024-03-14T08:45"
    assert result.text.splitlines() == body


def test_a_title_ending_in_a_place_before_a_dash_keeps_it_when_no_writer_stands_before() -> None:
    line = (
        "Dock workers bring the ports to a halt in London - 14 Mar 2024 Dock workers walked out on Thursday in a long"
        " dispute over pay and conditions at the ports."
    )
    pieces = header_apart([line], load_header_words())[0]
    assert pieces[0] == "Dock workers bring the ports to a halt in London"


def test_a_place_after_a_writer_goes_with_the_dateline() -> None:
    line = (
        "Dock workers bring the ports to a halt across England Amy Price London - 14 Mar 2024 Dock workers walked"
        " out on Thursday in a long dispute over pay and conditions at the ports."
    )
    pieces = header_apart([line], load_header_words())[0]
    assert pieces[:3] == ["Dock workers bring the ports to a halt across England", "Amy Price", "London - 14 Mar 2024"]
