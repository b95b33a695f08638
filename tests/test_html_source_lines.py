"""Line breaks of the page's source inside running text: a space, as a browser shows them; <pre> keeps its lines."""

from __future__ import annotations

from cleaner import clean
from cleaner.html import parse_html
from cleaner.html_blocks import join_source_lines

WRAPPED = (
    "Photos\n which were released online and are making the rounds on social media, \n"
    "show the actress looking absolutely stunning in new \nmake-up photos."
)
SECOND = (
    "The actress, who in 2008 won the award for best actress in a leading role, has taken to her page\n"
    "to share the photos of herself, and her followers have answered in their thousands."
)


def _page(body: str) -> bytes:
    return (
        "<html><head><title>Actress is looking stunning in new photos</title></head><body><article>"
        f"<h1>Actress is looking stunning in new photos</h1>{body}</article></body></html>"
    ).encode()


def test_a_paragraph_hard_wrapped_in_the_source_comes_out_whole() -> None:
    """A <div>/<span> paragraph wrapped over source lines is one line; its first word ("Photos") stays."""
    body = f'<div class="post-body"><div><span>{WRAPPED}<br></span></div><div>{SECOND}</div></div>'
    lines = clean(_page(body), name="page.html").text.splitlines()
    assert " ".join(WRAPPED.split()) in lines
    assert " ".join(SECOND.split()) in lines


def test_code_and_preformatted_text_keep_their_lines() -> None:
    """<pre>, <code> and white-space: pre text is set line by line on purpose."""
    tree = parse_html(
        "<html><body><pre>for x in range(3):\n    print(x)</pre><p><code>a = 1\nb = 2</code></p>"
        '<div style="white-space: pre-line">Roses are red,\nviolets are blue</div>'
        "<div>one\ntwo</div></body></html>"
    )
    assert tree is not None
    join_source_lines(tree)
    code = [element.text for element in tree.iter("pre", "code")]
    assert code == ["for x in range(3):\n    print(x)", "a = 1\nb = 2"]
    assert [element.text for element in tree.iter("div")] == ["Roses are red,\nviolets are blue", "one two"]


def test_a_newline_between_elements_and_a_blank_line_stay() -> None:
    """Only newlines inside a run of text join: the one between an author's and a date's <span> (whitespace
    alone) still parts them, and a blank line inside a text stays a paragraph break."""
    tree = parse_html(
        '<html><body><div class="meta"><span>LinkNaija</span>\n<span>August 08, 2018</span></div>'
        "<div>First paragraph,\nwrapped.\n\nSecond paragraph.</div></body></html>"
    )
    assert tree is not None
    join_source_lines(tree)
    first_span = next(tree.iter("span"))
    assert first_span.tail == "\n"
    assert [element.text for element in tree.iter("div")][1] == "First paragraph, wrapped.\n\nSecond paragraph."
