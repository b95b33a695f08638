"""A site's name glued to the headline by the dump is cut off the title; camel-case brands are left whole."""

from __future__ import annotations

from cleaner.title_tails import without_glued_site_name

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
