"""An article body split into chunks: joined before trafilatura picks its body, also one wrapper down."""

from __future__ import annotations

from cleaner import html as html_module
from cleaner.extract import extract_html
from cleaner.html import parse_html

SENTENCE = "The cycle path follows the river past the old mill and the market square before it turns south. "
NOTICE = "We use cookies on this website to improve your experience; you can object at any time in the privacy policy."


def _chunk(heading: str, words: str, *, paragraph: bool) -> str:
    """A chunk of the body: its text in a <p>, or set loose in the <div> between <br>s (as old templates do)."""
    body = f"<p>{words} {SENTENCE * 3}</p>" if paragraph else f"<br/>{words} {SENTENCE * 3}<br/>"
    return (
        '<div class="content-wrapper"><div class="text-marginale content-wrapper"><div class="row">'
        f'<div class="column text-wrap"><div class="text"><h2>{heading}</h2>{body}</div></div></div></div></div>'
    )


def _teasers(count: int, label: str) -> str:
    items = "".join(
        f'<div class="teaser"><h3>{label} {n}</h3><p>{label} number {n} is a fine ride along the lakes and hills '
        "of the region, with huts to rest in and views over the valley.</p></div>"
        for n in range(count)
    )
    return f'<div class="timeline">{items}</div>'


def test_chunks_inside_the_wrapper_that_holds_the_headline_are_joined() -> None:
    """A notice beside the page's wrapper makes an outer wrapper the container; the two text chunks (same tag and
    class) inside the inner one, a module of teasers between them, must both reach the output (trafilatura takes
    the first element of class "text" as the whole body)."""
    page = (
        f'<html><body><div class="outer"><div class="notice"><p>{NOTICE}</p></div><div class="wrap">'
        '<div class="hero"><h1>Cycling in the city</h1></div>'
        + _chunk("Cycling with a bonus", "Start at the footbridge on the right bank.", paragraph=True)
        + _teasers(3, "Lake route")
        + _chunk("Through the pedestrian zone", "Cycling in the pedestrian zone is allowed.", paragraph=False)
        + f'</div></div><div class="site-info"><p>{NOTICE}</p><p>{NOTICE}</p></div></body></html>'
    )
    text = "\n".join(extract_html(page).lines)
    assert "Start at the footbridge on the right bank." in text
    assert "Cycling in the pedestrian zone is allowed." in text


def test_a_heavy_teaser_block_without_the_headline_is_not_joined() -> None:
    """The child holding most of the prose but not the headline is a teaser list: its items stay apart."""
    tree = parse_html(
        '<html><body><div id="page"><div id="headline"><h1>Short story</h1></div>'
        f"<div id='story'><p>{SENTENCE}</p></div>{_teasers(6, 'Next story')}</div></body></html>"
    )
    assert tree is not None
    page = tree.find(".//div[@id='page']")
    assert page is not None
    mass = html_module.prose_mass(tree)
    html_module.merge_chunks(page, mass, next(tree.iter("h1")))
    assert len(tree.findall(".//div[@class='teaser']")) == 6


def test_chunks_of_the_wrapper_with_the_headline_are_joined() -> None:
    """The same shape with the headline inside the heavy child: its chunks are joined into the first."""
    tree = parse_html(
        f'<html><body><div id="page"><p>{NOTICE}</p><div id="wrap"><h1>Cycling</h1>'
        + _chunk("One", "First part.", paragraph=True)
        + _teasers(1, "Lake route")
        + _chunk("Two", "Second part.", paragraph=True)
        + "</div></div></body></html>"
    )
    assert tree is not None
    page = tree.find(".//div[@id='page']")
    assert page is not None
    html_module.merge_chunks(page, html_module.prose_mass(tree), next(tree.iter("h1")))
    assert len(tree.findall(".//div[@class='content-wrapper']")) == 1
    assert len(tree.findall(".//div[@class='text']")) == 1


def test_text_divs_of_one_class_are_not_joined_as_chunks() -> None:
    """Subheadings set as <div class="subheadline"> are not chunks of the body: joined, their texts ran together."""
    subheads = (
        "How big an impact have the tariffs had overall so far?",
        "What tariffs has the country imposed so far?",
    )
    tree = parse_html(
        f'<html><body><div class="body"><p>{SENTENCE}</p><div class="subheadline">{subheads[0]}</div>'
        f'<p>{SENTENCE}</p><div class="subheadline">{subheads[1]}</div><p>{SENTENCE}</p></div></body></html>'
    )
    assert tree is not None
    body = tree.find(".//div[@class='body']")
    assert body is not None
    html_module.merge_chunks(body, html_module.prose_mass(tree))
    assert [div.text for div in body.iter("div") if div.get("class") == "subheadline"] == list(subheads)
