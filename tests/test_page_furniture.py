"""Page furniture of publishers we have no profile for: author boxes, newsletter boxes, post navigation.

Each case puts its lines into the short article of tests/test_generalization.py and cleans it through the whole
pipeline: the furniture goes, the article's paragraphs stay, and body lines of the same shape stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from cleaner import clean
from tests.test_generalization import PARAGRAPHS, _clean_with

# (lines of one piece of furniture, the article's language)
DROP: list[tuple[tuple[str, ...], str]] = [
    # author boxes: a label, the name, a bio that goes on from it; a bio with a newsroom role; a role line
    (("AUTOR", "Dr. Thomas Schulte", "ist Gründungspartner der Kanzlei Dr. Schulte und Partner in Berlin."), "de"),
    (("Über den Autor", "Max Mustermann"), "de"),
    (("About the author", "Jane Smith"), "en"),
    (("Inga Buller ist Head of Social & Community bei CHIP. Wenn sie nichts verkauft, testet sie Gadgets.",), "de"),
    (("Jane Doe is a staff writer at The Example Post, covering housing and local politics.",), "en"),
    (("Marie Dupont est journaliste au service économie du Quotidien depuis 2015.",), "fr"),
    (("Redakteur in der Wirtschaft.",), "de"),
    (("Redakteurin im Ressort Politik der Frankfurter Allgemeinen Sonntagszeitung.",), "de"),
    (("Senior editor at The Example Post",), "en"),
    (("Senior Editor with a focus on all things tech and gaming.", "You can keep up with me on Twitter:"), "en"),
    (("Folge mir auf Instagram",), "de"),
    (("Suivez-moi sur Twitter",), "fr"),
    # a blog post's footer over several lines, and an author and a date under a post
    (("Posted by", "K A", "at", "12:11 PM"), "en"),
    (("Eingestellt von", "Anna Berg", "um", "14:02"), "de"),
    (("Malte Welding | 29.07.2006 um 14:26",), "de"),
    # newsletter boxes and privacy pointers
    (("Wir informieren Sie regelmäßig zum Thema Neue Rechte und über die Arbeit von CORRECTIV.",), "de"),
    (("Command Line delivers daily updates from the near-future.",), "en"),
    (("RNZ-WHATSAPP-Newsletter",), "de"),
    (("We'll keep you posted with our weekly briefing.",), "en"),
    (("Zu meinen Datenschutzerklärung. Bitte beachte auch die Datenschutzerklärung von Google.",), "de"),
    (("Bitte beachten Sie unsere Datenschutzhinweise.",), "de"),
    (("Voir notre politique de confidentialité",), "fr"),
    # links to the previous and next post, a trail that starts with its separator
    (("← Der 1. monatliche Stammtisch steht fest!", "Steuerdarling – Die PARTEI als Ehestifter →"), "de"),
    (("> Blog > Aus den Ländern > Digitalpolitische Jahrestagung 2015",), "de"),
    # a magazine's promo box, a podcast teaser, the editors' reading tip
    (("TR 7/2019", "Highlights aus dem Heft:"), "de"),
    (("In this issue:",), "en"),
    (("MIXEDCAST #169: Deepfake-Hollywood und VR-Hoffnung Oberhausen | Alle Folgen",), "de"),
    (("Redaktionstipp", "Lesen Sie hier einen weiteren spannenden Beitrag …"), "de"),
    # the page list of an article spread over pages, and the link to its next page
    (("Auf einer Seite lesen", "Inhalt", "Seite 1", "—Im ICE von Frankfurt nach Barcelona", "Seite 2"), "de"),
    (("Nächste Seite", "Durchgehende Tickets fehlen"), "de"),
    (("Page suivante",), "fr"),
    # a caption pointing at what is where, an author box's contact line, a section kicker alone
    (("Palm Springs Mini (links) vs. Palm Springs PM (rechts)",), "de"),
    (("Anna Berg (left) and her sister Maria",), "en"),
    (("Kontakt: d.toelle[at]rechtambild.de –",), "de"),
    (("E-Mail: jane.doe@example.com",), "en"),
    (("ReplyDelete", "Replies"), "en"),
    # a bracketed related-stories header of Asian portals with its headlines, a mood poll, share buttons
    (("【関連記事】", "トレンドマイクロ、セキュリティサービスを提供", "絶対にギークしか買わない32枚のTシャツ"), "en"),
    (("您此时的心情", "新闻表情排行 日/周", "开心", "感动", "难过"), "en"),
    (("ツイート", "シェアする", "分享"), "en"),
    (("Aktuell",), "de"),
    (("Actualités",), "fr"),
]

# body lines of the same shapes: other people's jobs, reported news, a review's subhead, arrows inside a line
KEEP: list[tuple[str, str]] = [
    ("Erin Spiceland is a Software Engineer for SpaceX.", "en"),
    ("Andrés Malamud es politólogo e investigador en la Universidad de Lisboa.", "es"),
    ("Evan Gershkovich is a reporter for The Wall Street Journal who was detained in Russia in March.", "en"),
    ("Seine Frau ist Redakteurin bei der Lokalzeitung und kennt den Fall gut.", "de"),
    ("Jane Doe is an editor at Vogue, the magazine said in a statement.", "en"),
    ("Redakteure der Zeitung protestierten am Montag gegen die geplanten Kürzungen.", "de"),
    ("The app delivers daily updates to farmers about rain and frost.", "en"),
    ("Fans can keep up with the team on Twitter, where the club posts its line-ups.", "en"),
    ("Die Stadt will die Bürger künftig regelmäßig über den Haushalt informieren.", "de"),
    ("Die Strecke Berlin → Hamburg wird ab Dezember im Halbstundentakt bedient.", "de"),
    ("Der Newsletter der Stadt erscheint künftig wöchentlich und informiert über Baustellen.", "de"),
    ("Inhalt", "de"),
    ("Autor", "de"),
    ("Angela Merkel (links) und Emmanuel Macron trafen sich am Montag in Paris.", "de"),
    ("Aktuelle Situation", "de"),
    ("[Updated] The council confirmed the figures on Wednesday.", "en"),
    ("Kontakt: Die Stadt bittet Anwohner, sich bei Fragen an das Bürgerbüro zu wenden.", "de"),
]


def _case_id(case: tuple[Any, str]) -> str:
    first = case[0] if isinstance(case[0], str) else case[0][0]
    return first[:40]


@pytest.mark.parametrize("case", DROP, ids=_case_id)
def test_page_furniture_goes(case: tuple[tuple[str, ...], str]) -> None:
    """Every line of a piece of page furniture goes, and every paragraph of the article stays."""
    lines, lang = case
    result = _clean_with(lines[0], lang=lang, after=lines[1:])
    kept = result.text.splitlines()
    assert not set(lines) & set(kept), [line for line in lines if line in kept]
    assert set(PARAGRAPHS[lang]) <= set(kept)


@pytest.mark.parametrize("case", KEEP, ids=_case_id)
def test_body_line_of_a_furniture_shape_stays(case: tuple[str, str]) -> None:
    """A body line shaped like an author bio, a newsletter pitch, a page list or post navigation stays."""
    line, lang = case
    result = _clean_with(line, lang=lang)
    kept = result.text.splitlines()
    assert line in kept, [(r.rule, r.text) for r in result.removed if r.text == line]
    assert set(PARAGRAPHS[lang]) <= set(kept)


def test_a_label_over_the_first_paragraph_takes_no_body() -> None:
    """An author box's label and name right above a paragraph go; the paragraph, a sentence of its own, stays."""
    result = _clean_with("AUTOR", lang="de", after=("Anna Berg",))
    kept = result.text.splitlines()
    assert "AUTOR" not in kept and "Anna Berg" not in kept
    assert set(PARAGRAPHS["de"]) <= set(kept)


GLUED_ARTICLE = (
    "Die Stadt will die Grundsteuer im kommenden Jahr um fünf Prozent erhöhen, wie der Kämmerer am Dienstag sagte. "
    "Nach einer dreistündigen Debatte stimmte der Stadtrat dem Haushalt mit knapper Mehrheit zu. "
    "Die Erhöhung trifft vor allem Familien, die unter den hohen Energiekosten leiden, sagte sie. "
    "Der Oberbürgermeister verteidigte den Schritt und verwies auf die gestiegenen Kosten für Personal. "
)


@pytest.mark.parametrize(
    "junk",
    [
        "Aktuelle Recherchen per Mail Wir informieren Sie regelmäßig zum Thema Haushalt und über unsere Arbeit.",
        "Den Grill bei Amazon ansehen Inga Buller Inga Buller ist Head of Social & Community bei CHIP.",
        "Posted by K A at 12:11 PM",
        "TR 7/2019 Technology Review Juli 2019",
        "Bundesliga Filzball Malte Welding | 29.07.2006 um 14:26 1 Kommentar",
        "MIXEDCAST #169: Deepfake-Hollywood und VR-Hoffnung Oberhausen | Alle Folgen Links auf Online-Shops",
        "Von Anna Berg Alle Rechte vorbehalten Vervielfältigung nur mit Genehmigung",
    ],
    ids=lambda junk: junk[:30],
)
def test_furniture_glued_after_the_article_is_cut_out_and_goes(junk: str) -> None:
    """In a dump glued into one line, the furniture glued after the article's last sentence is cut out as a
    line of its own and dropped by the line rules; every sentence of the article stays."""
    marker = {
        "Aktuelle": "Wir informieren Sie regelmäßig",
        "Den Grill": "Inga Buller ist Head of Social",
        "Posted by": "Posted by K A",
        "TR 7/2019": "TR 7/2019",
        "Bundesliga": "Malte Welding",
        "MIXEDCAST": "Deepfake-Hollywood",
        "Von Anna Berg": "Vervielfältigung nur mit Genehmigung",
    }
    dump = "Stadtrat beschließt Haushalt " + GLUED_ARTICLE + junk + " Impressum Kontakt Datenschutz"
    text = clean(dump, name="dump.txt").text
    assert next(value for key, value in marker.items() if junk.startswith(key)) not in text
    for sentence in GLUED_ARTICLE.split(". "):
        assert sentence.strip().rstrip(".") in text
