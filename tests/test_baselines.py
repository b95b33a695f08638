"""Peer methods scored beside cleaner: the C4 line filter, keep-everything and trafilatura."""

from __future__ import annotations

import pytest

from cleaner.baselines import (
    HTML_BASELINES,
    TEXT_BASELINES,
    c4_filter,
    c4_line_ok,
    keep_everything,
    trafilatura_benchmark,
    trafilatura_fast,
)

PAGE = (
    "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<p>The council approved the new budget on Monday after a debate that lasted more than six hours.</p>"
    "<p>Opposition members said the plan would cut funding for libraries and youth centres next year.</p>"
    "</article><footer>Privacy policy</footer></body></html>"
)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The council approved the budget.", True),
        ("Is this the end?", True),
        ('He said "we are done."', True),
        ("He said “we are done.”", True),
        ("Too short.", False),
        ("No terminal punctuation here at all", False),
        ("Please enable JavaScript to view the comments.", False),
        ("By using this site you agree to our privacy policy.", False),
        ("This website uses cookies to improve your experience.", False),
    ],
)
def test_c4_line_rules(line: str, kept: bool) -> None:
    """C4 keeps lines of 3+ words ending in terminal punctuation, without javascript or policy words."""
    assert c4_line_ok(line) is kept


def test_c4_filter_keeps_passing_lines_in_order() -> None:
    """The filter returns the passing lines of a dump, stripped, one per line."""
    dump = "  Breaking news  \nThe storm hit the coast on Monday.\n\nShare this\nPower is back in most homes.  \n"
    assert c4_filter(dump) == "The storm hit the coast on Monday.\nPower is back in most homes."


def test_keep_everything_returns_the_dump() -> None:
    """Keep-everything is the identity."""
    assert keep_everything("a\nb") == "a\nb"


@pytest.mark.parametrize("extract", [trafilatura_benchmark, trafilatura_fast])
def test_trafilatura_baselines_return_the_article_text(extract: object) -> None:
    """Both trafilatura configurations return the article's paragraphs and drop the navigation."""
    text = extract(PAGE)  # type: ignore[operator]
    assert "The council approved the new budget" in text
    assert "Opposition members said" in text
    assert "Home" not in text


def test_trafilatura_baseline_gives_empty_text_for_no_article() -> None:
    """A page without content gives "" (not None)."""
    assert trafilatura_benchmark("<html><body></body></html>") == ""


def test_registries_name_the_side_by_side_methods() -> None:
    """eval runs these baselines beside cleaner."""
    assert set(TEXT_BASELINES) == {"c4_filter", "keep_everything"}
    assert set(HTML_BASELINES) == {"trafilatura"}
