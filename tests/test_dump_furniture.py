"""Furniture that text dumps of unseen publishers leak: a related list labelled by the site's address, bare
read-on links; the body lines with the same words stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.test_generalization import PARAGRAPHS


def _removed(lines: tuple[str, ...]) -> dict[str, str]:
    """Each removed line of a dump of these lines, with its rule."""
    return {removal.text: removal.rule for removal in clean("\n".join(lines) + "\n", name="dump.txt").removed}


@pytest.mark.parametrize(
    "label",
    ["Auch auf gofeminin.de", "Mehr bei t-online.de", "Aussi sur lemonde.fr", "También en elpais.com"],
)
def test_a_related_list_labelled_by_the_site_goes_with_its_headlines(label: str) -> None:
    """The label and the headlines under it go; the article above stays."""
    headlines = ("Warum nehme ich nicht ab? 4 mögliche Gründe", "Endlich schlank! Mit diesen 8 Tipps abnehmen")
    removed = _removed((*PARAGRAPHS["de"], label, *headlines))
    assert removed[label] == "related_on_site_header"
    assert all(removed.get(line) == "related_on_site_header" for line in headlines)
    assert not set(PARAGRAPHS["de"]) & set(removed)


def test_a_sentence_about_a_site_stays() -> None:
    """A body line that names a site in a sentence is no label."""
    line = "Auch auf gofeminin.de wurde der Artikel tausendfach geteilt."
    assert line not in _removed((*PARAGRAPHS["de"][:2], line, *PARAGRAPHS["de"][2:]))


@pytest.mark.parametrize("link", ["weiter", "» mehr", "READ THE REST", "Mehr dazu", "Lesen Sie weiter"])
def test_bare_read_on_links_go(link: str) -> None:
    """A one-word or imperative read-on link alone on its line goes."""
    assert _removed((*PARAGRAPHS["de"][:2], link, *PARAGRAPHS["de"][2:])).get(link) == "more_link_word"


@pytest.mark.parametrize("line", ["(More)", "Weiter so!", "Mehr Transparenz bei Preisanpassungen"])
def test_lines_that_only_start_like_a_read_on_link_stay(line: str) -> None:
    """The article's own "(More)" link split off a glued line, a cheer and a headline are no bare link."""
    assert _removed((*PARAGRAPHS["de"][:2], line, *PARAGRAPHS["de"][2:])).get(line) != "more_link_word"


@pytest.mark.parametrize(
    "line",
    [
        "Impressum / AGB / Haftungsausschluss",
        "Impressum | Datenschutz | Kontakt",
        "Privacy Policy · Terms of Use · Contact",
        "Mentions légales - Contact - Plan du site",
        "Aviso legal | Política de cookies",
        "Kontakt/Impressum",
        "AGB",
        "Sitemap",
    ],
)
def test_a_footer_link_row_goes(line: str) -> None:
    """A footer's links on one line, one of them legal, in several languages, and a legal label alone go."""
    assert _removed((*PARAGRAPHS["de"][:2], line, *PARAGRAPHS["de"][2:])).get(line) == "footer_link_row"


@pytest.mark.parametrize(
    "line",
    [
        "Kontakt",
        "Privacy",
        "Jobs & Karriere",
        "Terms and conditions apply to all offers, the company said.",
        "Datenschutz / Privacy in der EU",
    ],
)
def test_footer_words_in_a_heading_or_a_sentence_stay(line: str) -> None:
    """A contact heading (a press release's), a review's section heading, labels with no legal one, a sentence
    and a heading stay."""
    assert _removed((*PARAGRAPHS["de"][:2], line, *PARAGRAPHS["de"][2:])).get(line) != "footer_link_row"


@pytest.mark.parametrize("label", ["Neuste Artikel", "Letzte Features", "Meistkommentiert", "Recent Comments"])
def test_a_sidebar_list_of_recent_posts_goes_with_its_headlines(label: str) -> None:
    """The label of a recent, most-read or most-commented list and the headlines under it go."""
    headlines = ("YouTube und die Alten", "Publizieren ohne Website?", "Daniel Lemire on Science and Technology links")
    removed = _removed((*PARAGRAPHS["de"], label, *headlines))
    assert all(removed.get(line) == "recent_list_header" for line in (label, *headlines))
    assert not set(PARAGRAPHS["de"]) & set(removed)


def test_a_subhead_that_starts_like_a_sidebar_label_stays() -> None:
    """A subhead "Neue Artikel im Gesetz" and the list under it are the article's."""
    items = ("Artikel 3 regelt die Fristen", "Artikel 4 regelt die Ausnahmen")
    lines = (*PARAGRAPHS["de"][:2], "Neue Artikel im Gesetz", *items, *PARAGRAPHS["de"][2:])
    removed = _removed(lines)
    assert not {"Neue Artikel im Gesetz", *items} & set(removed)
