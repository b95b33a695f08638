"""A site's name, a byline or a dateline glued to the headline by the dump is cut off the title; camel-case brands
are left whole."""

from __future__ import annotations

import pytest

from cleaner.header_words import load_header_words
from cleaner.title_tails import header_tail, without_glued_site_name

GLUED = "Anticorrupción decidirá en Madrid si recurre la imputación de la InfantaUltima Hora Mallorca"


def test_site_name_glued_to_the_headline_is_cut_when_it_stands_alone_elsewhere() -> None:
    """ "InfantaUltima Hora Mallorca": the dump names "Ultima Hora" on its own, so the tail is the site's name."""
    lines = ("Ediciones:", GLUED, "Suscríbete a Ultima Hora", "jueves, 09 enero 2014 - 10:21 h")
    assert (
        without_glued_site_name(GLUED, lines)
        == "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    )


def test_camel_case_and_unglued_titles_stay_whole() -> None:
    """A brand in camel case, a name nowhere else in the dump, or no glued capital at all leaves the title as is."""
    brand = "Sony shows its new PlayStation Portal"
    assert without_glued_site_name(brand, (brand, "The PlayStation Portal streams games.")) == brand
    assert without_glued_site_name(GLUED, (GLUED, "Suscríbete hoy")) == GLUED
    plain = "Apple unveils the new iPhone Pro Max"
    assert without_glued_site_name(plain, (plain, "The Phone Pro line grows.")) == plain


@pytest.mark.parametrize(
    ("line", "title", "names", "date"),
    [
        (
            "Council approves plan to rebuild the harbour wall By HANNAH OSEI FOR MAILONLINE",
            "Council approves plan to rebuild the harbour wall",
            ("Hannah Osei",),
            None,
        ),
        (
            "Council approves plan to rebuild the harbour wall Mar. 5, 2024, 7:30 AM EST /",
            "Council approves plan to rebuild the harbour wall",
            (),
            "2024-03-05T07:30",
        ),
        ("Harbour wall works have been delayed since March 5, 2024", None, (), None),  # a date, no time: headline's
        ("Three men stopped and searched By Police at the harbour", None, (), None),  # "By Police" names no one
        ("Storm By Hannah Osei", None, (), None),  # too little headline before it
    ],
)
def test_a_byline_or_timed_dateline_run_onto_the_headline_is_cut_off_and_read(
    line: str, title: str | None, names: tuple[str, ...], date: str | None
) -> None:
    """A glued dump runs the byline or the dateline onto the end of the headline's line."""
    head, read = header_tail(line, load_header_words(), month_first=True)
    assert head == (title or line)
    assert (read.names if read else ()) == names
    assert (read.stamps[0][0].iso() if read and read.stamps else None) == date


@pytest.mark.parametrize(
    "line",
    [
        "The best new thriller of the year was written by Jane Austen",  # the headline's own "by"
        "A New Novel Inspired By Jane Austen",  # title case: "By" is the headline's
        "Storm damage to the harbour wall was reported by Reuters",
    ],
)
def test_a_headlines_own_by_is_no_byline_run_onto_it(line: str) -> None:
    assert header_tail(line, load_header_words(), month_first=True) == (line, None)
