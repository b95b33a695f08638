"""Shortcuts on the HTML path give what the plain computations they replace give."""

from __future__ import annotations

import pytest
from lxml import etree

from cleaner import html as html_module
from cleaner import html_intro
from cleaner.decode import detect_and_decode, utf8_bytes
from cleaner.extract import _drop_headline
from cleaner.html import parse_html
from cleaner.html_blocks import holds_text, join_source_lines, text_chars, words_key
from cleaner.html_meta import element_text, page_metadata

# Nested blocks, a block split by inline markup, tails, a comment, a final sigma across a run's end.
NESTED = (
    "<html><body><div id='top'><header><div class='dek'><p>Same <em>words</em> here.</p></div>"
    "<span>Same words</span> here.<strong>ΟΔΟΣ</strong>Σ tail</header>"
    "<div><!-- Same words here --><p>Same words here</p>and a tail<div>Other <b>wo</b>rds.</div></div>"
    "<h2>SAME, words: here!</h2><p>Same words here and more</p></div></body></html>"
)


def _naive_blocks(root: object, key: str) -> list[object]:
    """The definition _blocks_with_key stands for: each block's element_text, keyed."""
    return [
        element
        for element in root.iter(html_module._TEXT_BLOCKS)  # type: ignore[attr-defined]
        if words_key(element_text(element)) == key
    ]


@pytest.mark.parametrize(
    "key", ["same words here", "other wo rds", "οδος σ tail", "same words here and more", "words here", "absent"]
)
def test_blocks_with_a_key_are_those_their_text_gives(key: str) -> None:
    """One reading of the runs finds the blocks that keying each block's whole text finds, nested or not."""
    tree = parse_html(NESTED)
    assert tree is not None
    top = tree.find(".//div")
    assert top is not None
    assert html_module._blocks_with_key(top, key) == _naive_blocks(top, key)


def test_blocks_with_a_key_find_nested_and_spelled_apart_copies() -> None:
    """The standfirst set in a <p> inside a <div> is two blocks with its words; a heading in capitals with
    punctuation is one more; a longer paragraph holding the words is none."""
    tree = parse_html(NESTED)
    assert tree is not None
    top = tree.find(".//div")
    assert top is not None
    found = html_module._blocks_with_key(top, "same words here")
    assert [element.tag for element in found] == ["div", "p", "p", "h2"]


def test_headline_lines_are_dropped_whatever_their_case_and_punctuation() -> None:
    """A line with the title's words goes; a line holding them among others, or only some, stays."""
    lines = (
        "Storm Hits the Coast!",
        "The storm hits the coast of Maine today.",
        "Storm hits",
        "STORM — HITS THE COAST",
    )
    kept, removed = _drop_headline(lines, {"Storm hits the coast", ""})
    assert kept == ("The storm hits the coast of Maine today.", "Storm hits")
    assert [(r.text, r.line_no) for r in removed] == [("Storm Hits the Coast!", 1), ("STORM — HITS THE COAST", 4)]


def test_utf8_bytes_are_the_decoded_bytes_once() -> None:
    """The text strict UTF-8 decoding just gave comes back as its own bytes, once; any other text is encoded."""
    raw = "<p>Caf\u00e9 \u2019quoted\u2019</p>".encode()
    decoded = detect_and_decode(raw)
    assert decoded is not None
    text, _ = decoded
    assert utf8_bytes(text) is raw
    again = utf8_bytes(text)
    assert again == raw and again is not raw  # handed out once: not kept past its use
    assert utf8_bytes("plain \ud800 text") == b"plain ? text"


def test_bytes_of_another_text_are_not_handed_out() -> None:
    """An equal text that is not the decoded object, or a text decoded some other way, is encoded afresh."""
    raw = "<p>na\u00efve</p>".encode()
    decoded = detect_and_decode(raw)
    assert decoded is not None
    copy = "".join(list(decoded[0]))
    assert utf8_bytes(copy) == raw and utf8_bytes(decoded[0]) is not raw  # the slot was spent on the copy
    latin = detect_and_decode(b'<meta charset="latin-1"><p>na\xefve</p>')
    assert latin is not None and utf8_bytes(latin[0]) == latin[0].encode()


def test_source_lines_are_joined_in_text_and_tails_but_not_in_pre_or_comments() -> None:
    """A wrapped text and a wrapped tail are joined; <pre>, white-space: pre and a comment keep their newlines."""
    tree = parse_html(
        "<html><body><div>one\ntwo<b>x</b>three\nfour<pre>a\nb</pre>tail\nend"
        "<span style='white-space: pre'>c\nd</span></div></body></html>"
    )
    assert tree is not None
    div = tree.find(".//div")
    assert div is not None
    comment = etree.Comment(" e\nf ")  # the parser drops comments; a tree built otherwise may hold one
    comment.tail = "g\nh"
    div.append(comment)
    join_source_lines(tree)
    assert div.text == "one two"
    assert [(child.tag if isinstance(child.tag, str) else "comment", child.text, child.tail) for child in div] == [
        ("b", "x", "three four"),
        ("pre", "a\nb", "tail end"),
        ("span", "c\nd", None),
        ("comment", " e\nf ", "g h"),
    ]


def test_author_and_date_elements_are_read_in_page_order() -> None:
    """Without meta tags, the first byline-like element gives the author and the first dated element the date;
    the <body>'s own class is not a byline."""
    tree = parse_html(
        "<html><body class='byline-page'><h1>Storm hits the coast of Maine</h1>"
        "<span class='post-byline'>By Jane Roe</span><a rel='author'>John Doe</a>"
        "<time datetime='2021-03-04T05:06'>March 4</time><span itemprop='datePublished'>2020-01-02</span>"
        "<p>Body text.</p></body></html>"
    )
    assert tree is not None
    meta = page_metadata(tree)
    assert meta["author"] == "Jane Roe"
    assert meta["date"] == "2021-03-04T05:06"


def test_body_texts_holding_a_token_come_in_page_order_with_their_elements() -> None:
    """Text and tails under <body> in document order (a tail after its element's content), each with the element
    it is set in; the <title>, a comment's own text and the body's tail are not the body's text."""
    tree = parse_html(
        "<html><head><title>token in title</title></head><body>token body<div>token div<p>token p</p>"
        "token p-tail</div>token div-tail</body></html>"
    )
    assert tree is not None
    div = tree.find(".//div")
    assert div is not None
    comment = etree.Comment("token comment")
    comment.tail = "token comment-tail"
    div.insert(0, comment)
    found = [(text, element.tag) for text, element in html_intro._body_texts_with(tree, "token")]
    assert found == [
        ("token body", "body"),
        ("token div", "div"),
        ("token comment-tail", "div"),
        ("token p", "p"),
        ("token p-tail", "div"),
        ("token div-tail", "body"),
    ]


def test_a_neighbour_holds_text_when_any_run_is_more_than_blanks() -> None:
    """holds_text agrees with text_chars: blanks and empty elements hold none, a run of text anywhere holds some."""
    tree = parse_html(
        "<html><body><div id='a'> <span>\n</span> </div><div id='b'><i></i><b> x </b></div></body></html>"
    )
    assert tree is not None
    empty, full = tree.find(".//div[@id='a']"), tree.find(".//div[@id='b']")
    assert empty is not None and full is not None
    assert (holds_text(empty), text_chars(empty)) == (False, 0)
    assert (holds_text(full), text_chars(full)) == (True, 1)
