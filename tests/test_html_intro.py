"""The article's intro that trafilatura leaves out beside the body element is put back (cleaner.html_intro)."""

from __future__ import annotations

import pytest

from cleaner import html as html_module
from cleaner.pipeline import clean

INTRO = (
    "Die Stadtwerke wollen bis 2030 alle Busse auf Strom umstellen. Doch die Ladestationen fehlen noch, und "
    "der Zeitplan gilt schon jetzt als knapp."
)
BODY = (
    "Am Montag stellte der Vorstand der Stadtwerke den Plan im Verkehrsausschuss vor. Demnach sollen in den "
    "kommenden drei Jahren die ersten vierzig Elektrobusse angeschafft werden.",
    "Die Kosten schätzt das Unternehmen auf rund 25 Millionen Euro, ein Teil davon soll aus Fördermitteln des "
    "Landes kommen. Die Opposition bezweifelt, dass diese Mittel rechtzeitig fließen.",
    "Offen ist auch, wo die Busse nachts geladen werden. Der Betriebshof im Norden der Stadt hat bislang nur "
    "einen Anschluss, der für wenige Fahrzeuge reicht.",
    "Ein Gutachten zu den Netzanschlüssen soll im Frühjahr vorliegen. Erst dann will der Stadtrat über die "
    "zweite Bestellung entscheiden, heißt es aus dem Rathaus.",
)
JUNK = (
    "Auf Facebook teilen",
    "Mehr zum Thema",
    "Neue Radwege für die Innenstadt",
    "Alle Rechte vorbehalten.",
)


def _page(before_body: str, *, header: str = "") -> str:
    """A news page whose body sits in an "article-body" element (the one trafilatura takes), with the given
    markup right before it, a share row, related links after the body and a footer."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return f"""<!DOCTYPE html><html lang="de"><head><title>Elektrobusse für die Stadt | Beispiel-Zeitung</title>
<meta property="og:title" content="Elektrobusse für die Stadt"></head><body>
<nav><a href="/">Start</a> <a href="/lokal">Lokales</a></nav>
<div class="page"><article class="story">
{header}
<div class="story-content">
{before_body}
<div class="article-body">{paragraphs}
<h3>Mehr zum Thema</h3><ul><li><a href="/radwege">Neue Radwege für die Innenstadt</a></li>
<li><a href="/parken">Parkgebühren steigen im Sommer</a></li></ul></div>
</div></article>
<div class="share"><a href="https://facebook.com/share">Auf Facebook teilen</a></div></div>
<footer><p>Alle Rechte vorbehalten.</p></footer></body></html>"""


HEADER = (
    "<div class='story-head'><h1>Elektrobusse für die Stadt</h1>"
    "<p class='byline'>Von Petra Albers</p><p class='date'>12. März 2024, 08:15 Uhr</p></div>"
)


def _without_recovery(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "with_intro", lambda tree, text, title="": text)


@pytest.mark.parametrize(
    "before_body, header",
    [
        (f"<p class='chapo'>{INTRO}</p><div class='ad-slot'></div>", HEADER),  # the intro right before the body
        (f"<div class='summary'>\n  {INTRO}\n</div>", HEADER),  # set in a <div> of text
        ("", f"<header><h1>Elektrobusse für die Stadt</h1><p class='lead'>{INTRO}</p><p>Von Petra Albers</p></header>"),
    ],
)
def test_intro_beside_the_body_is_kept_and_junk_still_goes(
    before_body: str, header: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An intro in a paragraph right before the body element, or under the headline in the article's header,
    is kept, before the first paragraph; the share row, related links and footer still go."""
    page = _page(before_body, header=header)
    text = clean(page, name="bus.html").text
    assert INTRO in text
    assert text.index(INTRO) < text.index(BODY[0])
    assert all(paragraph in text for paragraph in BODY)
    assert not any(junk in text for junk in JUNK)
    _without_recovery(monkeypatch)  # the case is real: trafilatura alone loses the intro
    assert INTRO not in clean(page, name="bus.html").text


@pytest.mark.parametrize(
    "before_body",
    [
        # a teaser for another story: mostly link text
        f"<p><a href='/other'>{INTRO}</a></p>",
        # a line that is no sentence (a kicker, a date) is no intro
        "<p class='kicker'>Verkehrswende in der Region: Busse, Bahnen, Radwege und Carsharing "
        "im großen Überblick für 2024</p>",
        # a box of several paragraphs sits between it and the body: the search stops there
        f"<p class='chapo'>{INTRO}</p><div class='infobox'><p>Busse im Stadtgebiet: 120</p>"
        "<p>Davon mit Dieselantrieb: 112</p></div>",
        # a picture's caption under it, however long and whole its sentences
        f"<figure><img src='bus.jpg'></figure><div class='img-caption'>{INTRO}</div>",
    ],
)
def test_what_is_no_intro_is_not_put_back(before_body: str) -> None:
    """A link teaser, a line that ends no sentence, a paragraph parted from the body by a list and a caption
    stay out."""
    text = clean(_page(before_body, header=HEADER), name="bus.html").text
    assert all(paragraph in text for paragraph in BODY)
    assert INTRO not in text
    assert "Verkehrswende in der Region" not in text


def test_a_paragraph_above_the_headline_is_not_put_back() -> None:
    """Text before the page's headline (a promo, the previous story's teaser) is never the article's intro, even
    right before the body element."""
    page = _page(f"<p class='promo'>{INTRO}</p>", header="").replace(
        "</article>", "<h1>Elektrobusse für die Stadt</h1></article>"
    )
    text = clean(page, name="bus.html").text
    assert INTRO not in text
    assert all(paragraph in text for paragraph in BODY)


DECK = "Vierzig Elektrobusse, zwei Betriebshöfe und ein knapper Zeitplan bis zum Jahr 2030 für die Stadtwerke"


@pytest.mark.parametrize(
    "subtitle, kept",
    [
        (f"<h2 class='subtitle'>{DECK}</h2>", True),  # a deck set as the subtitle under the headline
        (f"<h2><a href='/dossier/verkehr'>{DECK}</a></h2>", False),  # a link to a dossier, not the article's text
        ("<h2>Verkehr</h2>", False),  # a section label
    ],
)
def test_deck_under_the_headline_is_kept(subtitle: str, kept: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A subtitle in an <h2> right under the headline is the article's deck (no full stop needed); a linked or
    short <h2> there is not. The share row, related links and footer still go."""
    header = f"<div class='story-head'><h1>Elektrobusse für die Stadt</h1>{subtitle}<p>Von Petra Albers</p></div>"
    page = _page("", header=header)
    text = clean(page, name="bus.html").text
    assert (DECK in text) is kept
    assert all(paragraph in text for paragraph in BODY)
    assert not any(junk in text for junk in JUNK)
    if kept:
        assert text.index(DECK) < text.index(BODY[0])
        _without_recovery(monkeypatch)
        assert DECK not in clean(page, name="bus.html").text


def test_intro_in_a_wrapper_above_an_ad_label_and_a_byline_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """An intro in its own box ("excerpt" > <p>), parted from the body by an ad's label and the byline at the
    top of the body, is kept; the ad's label and the byline are not made body text by it."""
    before = (
        f"<div class='entry-excerpt'><p>{INTRO}</p></div>"
        "<div class='ad'><span>Anzeige</span></div>"
        "<div class='article-body'><p><em>Von Petra Albers</em></p>"
    )
    page = (
        _page("", header=HEADER)
        .replace('<div class="article-body">', before)
        .replace("</ul></div>", "</ul></div></div>")
    )
    text = clean(page, name="bus.html").text
    assert INTRO in text
    assert text.index(INTRO) < text.index(BODY[0])
    assert all(paragraph in text for paragraph in BODY)
    assert not any(junk in text for junk in (*JUNK, "Anzeige"))
    _without_recovery(monkeypatch)
    assert INTRO not in clean(page, name="bus.html").text


def test_intro_under_a_listing_heading_is_not_put_back() -> None:
    """On a page whose <h1> names a section or a listing ("Aktuelle Artikel"), not the article (its title),
    the paragraph under that heading introduces the section: it stays out."""
    header = f"<section class='hero'><h1>Aktuelle Artikel</h1><p>{INTRO}</p></section>"
    page = _page("", header=header).replace('content="Elektrobusse für die Stadt"', 'content="Busse unter Strom"')
    text = clean(page, name="bus.html").text
    assert INTRO not in text
    assert all(paragraph in text for paragraph in BODY)
