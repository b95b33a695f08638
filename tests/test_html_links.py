"""Link-dense blocks: which go before trafilatura sees the article, and which stay."""

from __future__ import annotations

import pytest

from cleaner import html as html_module
from cleaner.html import parse_html
from cleaner.html_blocks import drop_link_blocks

PROSE = (
    "The council met on Monday evening to discuss the plans for the new bridge over the river.",
    "Several residents spoke against the plans, saying the bridge would bring traffic into the old town.",
)


def kept_text(inner: str) -> str:
    """The text of an article body after drop_link_blocks, inner placed between two prose paragraphs."""
    tree = parse_html(f"<html><body><article><p>{PROSE[0]}</p>{inner}<p>{PROSE[1]}</p></article></body></html>")
    assert tree is not None
    body = tree.find(".//article")
    assert body is not None
    drop_link_blocks(body)
    return " ".join(" ".join(body.itertext()).split())


@pytest.mark.parametrize(
    ("inner", "address"),
    [
        (
            '<p><a href="https://example.org/petition/42">https://example.org/petition/42</a></p>',
            "example.org/petition",
        ),
        ('<p><a href="mailto:desk@example.org">desk@example.org</a></p>', "desk@example.org"),
        ('<p>Accounts: <a href="/u/a">@river_watch</a>, <a href="/u/b">@old_town</a></p>', "@river_watch"),
    ],
)
def test_a_block_spelling_out_an_address_stays(inner: str, address: str) -> None:
    """A URL, e-mail address or @handle written out for the reader is a reference, not a teaser."""
    assert address in kept_text(inner)


def test_a_link_paragraph_between_two_paragraphs_stays() -> None:
    """A lone linked line inside the running text (a cited headline) is the author's; empty ad slots are skipped."""
    inner = '<div class="ad-slot"></div><p><a href="https://other.example/story">The generation we love to mock</a></p>'
    assert "The generation we love to mock" in kept_text(inner)


@pytest.mark.parametrize(
    "inner",
    [
        '<p><a href="/app">CLICK HERE TO GET THE NEWS APP</a></p>',
        '<p>Related: <a href="/other">Another bridge was closed in the winter of 2019</a></p>',
        '<p><a href="/a">Election results are in</a></p><p><a href="/b">The festival returns</a></p>',
    ],
)
def test_promos_labelled_teasers_and_teaser_runs_go_even_inside_the_text(inner: str) -> None:
    """Capitals, a "Label:" before the link, or a run of link paragraphs mark a teaser wherever it sits."""
    text = kept_text(inner)
    assert text == f"{PROSE[0]} {PROSE[1]}"


def test_a_teaser_list_at_the_end_of_the_text_goes() -> None:
    """Link paragraphs after the last paragraph are not between two paragraphs: they go."""
    tree = parse_html(
        f'<html><body><article><p>{PROSE[0]}</p><p>{PROSE[1]}</p><p><a href="/x">Bridge plans in pictures</a></p>'
        "</article></body></html>"
    )
    assert tree is not None
    body = tree.find(".//article")
    assert body is not None
    drop_link_blocks(body)
    assert "Bridge plans" not in " ".join(body.itertext())


def test_an_aside_holding_the_headline_is_kept_by_pruning() -> None:
    """A template that wraps the whole article in an <aside> keeps its article; nested asides still go."""
    tree = parse_html(
        f"<html><body><aside class='panel'><h1>Bridge plans</h1><p>{PROSE[0]}</p>"
        "<aside><p>Most read: the festival returns after three long years</p></aside></aside></body></html>"
    )
    assert tree is not None
    html_module.prune(tree)
    text = " ".join(tree.itertext())
    assert PROSE[0] in text and "Most read" not in text


def test_full_mode_runs_only_when_fast_mode_keeps_little_of_the_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fast mode's text is used when it holds a fair share of the prose; otherwise full mode's, when longer."""
    modes: list[bool] = []

    def extract(tree: object, *, fast: bool = True) -> str:
        modes.append(fast)
        return "short" if fast else "a much longer text from full mode"

    monkeypatch.setattr(html_module, "trafilatura_text", extract)
    tree = parse_html("<p>x</p>")
    assert tree is not None
    assert html_module.checked_text(tree, prose_chars=30) == "short" and modes == [True]
    assert html_module.checked_text(tree, prose_chars=1000) == "a much longer text from full mode"
    assert modes == [True, True, False]
