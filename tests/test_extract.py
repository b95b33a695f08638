"""The HTML path: parsing, pruning, narrowing to the article, trafilatura, headline removal and page metadata."""

from __future__ import annotations

import json

import pytest
from lxml import etree
from lxml.html import HtmlElement

from cleaner import html as html_module
from cleaner.extract import code_lines, extract_html, text_to_lines
from cleaner.html import comment_containers, parse_html
from cleaner.html_meta import iso_date, page_metadata
from cleaner.pipeline import clean

BODY = (
    "The storm reached the coast on Saturday morning, flooding dozens of streets in the old town.",
    "Power was cut to thousands of homes, and the harbour authority closed the port until further notice.",
    "Residents spent the night in the sports hall, where volunteers served soup and handed out blankets.",
    "Engineers expect the last homes to be reconnected by Tuesday, the regional utility said in a statement.",
)


def article_page(*, description: str = "A short summary of the storm and its damage.", extra: str = "") -> str:
    """A news page with navigation, a header (headline, standfirst), a body, teasers, comments and a footer."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    ld = json.dumps(
        {"@type": "NewsArticle", "headline": "Storm hits coast", "author": [{"name": "Jane Doe"}, {"name": "Li Wei"}]}
    )
    return f"""<!DOCTYPE html><html lang="en-GB"><head>
<title>Storm hits coast | Example News</title>
<meta property="og:title" content="Storm hits coast">
<meta property="og:site_name" content="Example News">
<meta name="description" content="{description}">
<meta property="article:published_time" content="2023-03-04T05:06:07+01:00">
<meta property="article:modified_time" content="2023-03-05T10:00:00Z">
<link rel="canonical" href="https://news.example.com/2023/storm">
<script type="application/ld+json">{ld}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="page"><article><header><h1>Storm hits coast</h1><p class="dek">{description}</p></header>
<div class="article-body">{paragraphs}
<p>Read more: <a href="/other">Another storm flooded the same town in the winter of 2019</a></p>
<h3>Most read</h3>
<ul><li><a href="/a">Election results are in for the northern counties tonight</a></li>
<li><a href="/b">The harbour festival returns after a break of three long years</a></li></ul>
{extra}</div></article>
<div id="comments"><p>Reader comment: I live on the coast and the flooding was the worst I have seen in years.</p></div>
</div>
<footer><p>Copyright Example News 2023. All rights reserved. Terms of use and privacy policy apply.</p></footer>
</body></html>"""


def test_extract_keeps_the_body_and_drops_the_page_around_it() -> None:
    """Navigation, headline, standfirst, teaser links, related lists, comments and footer are all left out."""
    found = extract_html(article_page())
    assert found.lines == BODY


def test_headline_line_is_recorded_as_a_removal() -> None:
    """The headline trafilatura keeps, and any repeat of it, is removed under the rule html_title."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    page = "<html><head><title>Storm hits coast - Example</title></head><body><article><h1>Storm hits coast</h1>"
    found = extract_html(f"{page}{paragraphs}<p>Storm hits coast</p></article></body></html>")
    assert found.lines == BODY
    assert [(r.rule, r.category, r.line_no) for r in found.removed] == [
        ("html_title", "title", 1),
        ("html_title", "title", 6),
    ]


def test_first_paragraph_used_as_description_is_kept() -> None:
    """A description equal to the first body paragraph drops only the header's copy, never the body's."""
    found = extract_html(article_page(description=BODY[0]))
    assert found.lines == BODY


def test_page_metadata_comes_from_meta_tags_and_json_ld() -> None:
    """Title, authors, dates (ISO 8601 local), site, URL, hostname, description and language are read."""
    hints = extract_html(article_page()).hints
    assert hints == {
        "title": "Storm hits coast",
        "author": "Jane Doe; Li Wei",
        "date": "2023-03-04T05:06+01:00",
        "date_modified": "2023-03-05T10:00+00:00",
        "sitename": "Example News",
        "url": "https://news.example.com/2023/storm",
        "hostname": "news.example.com",
        "description": "A short summary of the storm and its damage.",
        "language": "en",
    }


def test_caller_url_wins_over_canonical_link() -> None:
    """A URL given by the caller is the record's URL and hostname."""
    tree = parse_html(article_page())
    assert tree is not None
    hints = page_metadata(tree, url="https://mirror.example.org/storm")
    assert (hints["url"], hints["hostname"]) == ("https://mirror.example.org/storm", "mirror.example.org")


def test_metadata_falls_back_to_h1_title_and_time_element() -> None:
    """Without meta tags, the title is the <h1> and the date the first <time datetime>."""
    tree = parse_html(
        "<html><body><h1>Plain page</h1><time datetime='2021-07-08'>8 July</time><p>Some text here.</p></body></html>"
    )
    assert tree is not None
    assert page_metadata(tree) == {"title": "Plain page", "date": "2021-07-08"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-19T08:57:40+01:00", "2019-11-19T08:57+01:00"),
        ("2019-11-19T08:57:40.123Z", "2019-11-19T08:57+00:00"),
        ("2019-11-19T08:57:40-0500", "2019-11-19T08:57-05:00"),
        ("2019-11-19 08:57", "2019-11-19T08:57"),
        ("2019-11-19", "2019-11-19"),
        ("2019-02-30", None),
        ("Tue, 19 Nov 2019", None),
        ("1850-01-01", None),
        (None, None),
    ],
)
def test_iso_date_keeps_the_written_time_and_its_offset(value: str | None, expected: str | None) -> None:
    """Machine dates become ISO 8601 at the precision given, minutes and the stated offset kept."""
    assert iso_date(value) == expected


def test_metadata_from_page_elements_when_meta_tags_are_missing() -> None:
    """The only <h1> that fits <title> is the title; a microdata author loses its "By"; the URL path gives the date."""
    tree = parse_html(
        "<html><head><title>The visible headline, told - Example</title></head><body>"
        "<h1>The visible headline</h1><span itemprop='author'><span itemprop='name'>By Ana Ruiz</span></span>"
        "<p>Text.</p></body></html>"
    )
    assert tree is not None
    hints = page_metadata(tree, url="https://example.com/news/2019/11/19/story-slug")
    assert (hints["title"], hints["author"], hints["date"]) == ("The visible headline", "Ana Ruiz", "2019-11-19")


def test_lone_h1_naming_the_site_is_not_the_title() -> None:
    """An <h1> that is the site's name (a blog's logo) gives way to og:title, less its site suffix."""
    tree = parse_html(
        "<html><head><title>Storm hits coast | Coast Blog</title>"
        "<meta property='og:site_name' content='Coast Blog'>"
        "<meta property='og:title' content='Storm hits coast | Coast Blog'>"
        "</head><body><h1>Coast Blog</h1></body></html>"
    )
    assert tree is not None
    assert page_metadata(tree)["title"] == "Storm hits coast"


def test_meta_values_are_unescaped_once_more() -> None:
    """Entities a page escaped twice (&amp;#8216;) come out as characters."""
    tree = parse_html(
        "<html><head><meta property='og:title' content='&amp;#8216;Quoted&amp;#8217; title'></head></html>"
    )
    assert tree is not None
    assert page_metadata(tree)["title"] == "‘Quoted’ title"


def test_body_split_into_chunks_is_extracted_whole() -> None:
    """An article body split into repeated chunks with an ad between them keeps the text of every chunk."""
    feature = tuple(
        f"Part {n} of the feature tells how the town rebuilt its harbour wall, stone by stone, over the course "
        "of a long and very wet winter that nobody who lives there will forget."
        for n in range(6)
    )
    first = "".join(f"<p>{text}</p>" for text in feature[:3])
    second = "".join(f"<p>{text}</p>" for text in feature[3:])
    page = (
        "<html><body><main><div class='chunks'>"
        f"<div class='grid'><div class='article__body'>{first}</div></div>"
        "<div class='ad-slot'><span>Advertisement</span></div>"
        f"<div class='grid'><div class='article__body'>{second}</div></div>"
        "</div></main></body></html>"
    )
    assert extract_html(page).lines == feature


def test_link_dense_list_goes_with_its_label() -> None:
    """A list of links inside the body is deleted before trafilatura sees it, with the heading above it."""
    tree = parse_html(article_page())
    assert tree is not None
    body = tree.find(".//article")
    assert body is not None
    html_module.drop_link_blocks(body)
    text = " ".join(body.itertext())
    assert "Most read" not in text and "Election results" not in text and "Read more" not in text
    assert BODY[0] in text


def test_fragment_without_html_or_body_is_extracted() -> None:
    """A bare fragment of paragraphs is still parsed and extracted."""
    fragment = "".join(f"<p>{text}</p>" for text in BODY)
    assert extract_html(fragment).lines == BODY


@pytest.mark.parametrize("markup", ["", "   ", "<html></html>", "<html><body><div></div></body></html>"])
def test_markup_without_text_gives_no_lines(markup: str) -> None:
    """Input with no tree or no text gives an empty extraction, not an exception."""
    assert extract_html(markup).lines == ()


def test_mojibake_in_the_page_is_repaired_after_extraction() -> None:
    """Text double-encoded as UTF-8 read as cp1252 comes out repaired (ftfy runs on the extracted text)."""
    broken = "The café’s owner said the storm was the worst in living memory for the whole coast."
    mangled = broken.encode("utf-8").decode("cp1252")
    page = f"<html><body><article><p>{mangled}</p><p>{BODY[1]}</p></article></body></html>"
    assert extract_html(page).lines[0] == broken


def test_short_container_result_is_retried_on_the_whole_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the narrowed tree yields little text, the whole page is extracted again and the longer text wins."""
    calls: list[bool] = []  # fast mode or not, per call
    real = html_module.trafilatura_text

    def shrinking(tree: HtmlElement, *, fast: bool = True) -> str:
        calls.append(fast)
        return "too short" if len(calls) < 3 else real(tree, fast=fast)

    monkeypatch.setattr(html_module, "trafilatura_text", shrinking)
    assert extract_html(article_page()).lines[:4] == BODY
    assert calls == [True, False, True]  # fast, full mode (fast kept too little), then the whole page


def test_text_to_lines_normalizes_whitespace_and_drops_blank_lines() -> None:
    """Lines are trimmed, inner whitespace runs collapse, empty lines go."""
    assert text_to_lines("  a\u00a0 b \n\n\t\nc  ") == ("a b", "c")


def test_html_goes_through_the_whole_core() -> None:
    """clean() on a page gives the article text, an html input kind and the page's metadata."""
    result = clean(article_page().encode("utf-8"), name="storm.html")
    assert result.ok
    assert result.text.splitlines() == list(BODY)
    assert result.metadata["input_kind"] == "html"
    assert result.metadata["title"] == "Storm hits coast"
    assert result.metadata["hostname"] == "news.example.com"


def test_standfirst_is_deleted_from_the_header_only() -> None:
    """drop_standfirst removes the description's text outside the body container and keeps it inside."""
    tree = parse_html(
        "<html><body><article><header><h1>Title</h1><p class='dek'>Same words here.</p></header>"
        "<div class='body'><p>Same words here.</p><p>Other words.</p></div></article></body></html>"
    )
    assert tree is not None
    article, body = tree.find(".//article"), tree.find(".//div")
    assert article is not None and body is not None
    html_module.drop_standfirst(article, body, "same words here")
    assert [" ".join(p.itertext()) for p in article.iter("p")] == ["Same words here.", "Other words."]
    assert tree.find(".//header/p") is None


def test_prune_deletes_scripts_media_and_comment_threads_but_keeps_commentary() -> None:
    """prune drops script, figure, nav and comment containers, keeping tails and a 'commentary' section."""
    tree = parse_html(
        "<html><body><p>Kept<script>var x = 1;</script> tail</p><figure><figcaption>Photo: AP</figcaption></figure>"
        "<nav>Home</nav><section class='commentary'><p>Analysis stays.</p></section>"
        "<div id='comments'><p>Reader says hi.</p></div><ol class='comment-list'><li>Another reader.</li></ol>"
        "</body></html>"
    )
    assert tree is not None
    html_module.prune(tree)
    assert " ".join(" ".join(tree.itertext()).split()) == "Kept tail Analysis stays."


def test_table_rows_lose_their_outer_pipes_and_empty_cells() -> None:
    """A layout table's cells come out as plain text; a data row keeps " | " between its cells."""
    prose = "The old site laid out its whole article in a table, one long paragraph of prose per row."
    page = (
        f"<html><body><table><tr><td></td><td>{prose}</td></tr><tr><td>{prose} Twice.</td></tr>"
        "<tr><td>Team</td><td>Points</td></tr></table></body></html>"
    )
    assert extract_html(page).lines == (prose, f"{prose} Twice.", "Team | Points")


def test_layout_table_around_the_article_gives_one_line_per_paragraph() -> None:
    """A page laid out in a table (menu column, article column) gives the article's paragraphs one per line,
    not one table cell on one line; the menu column goes, and a data table inside the article stays a table."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    menu = "".join(f"<p><a href='/{n}'>Section number {n}</a></p>" for n in range(6))
    page = (
        "<html><body><table class='Page'><tr><td class='LeftColumn'>"
        f"{menu}</td><td class='MidColumn'><h1>Storm hits coast</h1><div class='ArticleText'>{paragraphs}"
        "<table><tr><th>Town</th><th>Homes without power</th></tr><tr><td>Harbourside</td><td>1,200</td></tr>"
        "</table></div></td></tr></table></body></html>"
    )
    lines = extract_html(page).lines
    assert lines[: len(BODY)] == BODY
    assert "Harbourside | 1,200" in lines
    assert not any("Section number" in line for line in lines)


def test_comment_containers_are_found_by_id_and_class() -> None:
    """Comment threads are found by id or class as the XPath rule reads them, in document order; commentary,
    and comment words outside the body or on other tags, are not."""
    rule = etree.XPath(
        "//body//*[self::div or self::section or self::ol or self::ul or self::aside or self::article]["
        "(starts-with(@id, 'comment') and not(starts-with(@id, 'commentary')))"
        " or (starts-with(@class, 'comment') and not(starts-with(@class, 'commentary')))"
        " or contains(@class, 'comments') or contains(@id, 'comments') or contains(@class, 'comment-list')"
        " or contains(@id, 'disqus') or @id = 'respond']"
    )
    attributes = [
        *('id="comments"', 'class="commentary"', 'id="commentary-1"', 'class="comment-body"', 'id="respond"'),
        *('class="user-comments x"', 'id="disqus_thread"', 'class="comment-list"', 'class="x comment"', ""),
    ]
    blocks = "".join(
        f"<{tag} {attribute}><p>text</p></{tag}>" for tag in ("div", "ul", "p") for attribute in attributes
    )
    tree = parse_html(f"<html><body>{blocks}<div>{blocks}</div></body></html>")
    assert tree is not None
    found = comment_containers(tree)
    assert found == rule(tree)
    names = {element.get("id") or element.get("class") for element in found}
    assert names == {"comments", "comment-body", "respond", "user-comments x", "disqus_thread", "comment-list"}
    assert {element.tag for element in found} == {"div", "ul"}


def test_odd_spaces_are_every_space_normalize_collapses_but_the_plain_one() -> None:
    """The shortcut's character list holds all of normalize's space class (the whole of Unicode checked)."""
    import re

    from cleaner.extract import _ODD_SPACES
    from cleaner.normalize import _SPACE_CHARS

    every = "".join(map(chr, range(0x110000)))
    assert set(re.findall(_SPACE_CHARS, every)) - {" "} == set(_ODD_SPACES)


@pytest.mark.parametrize("text", ["a  b\nc", "a\tb", "a\u00a0b\n\n c ", "a\u3000 b", " plain \n\n lines here \n"])
def test_text_lines_shortcut_agrees_with_normalizing(text: str) -> None:
    from cleaner.normalize import normalized_lines

    assert text_to_lines(text) == tuple(normalized_lines(text))


CODE_PAGE = """<html><body><article><h1>Fetch in practice</h1>
<p>The Headers interface lets you set and read the headers of a request, as in this short example.</p>
<pre>var content = "Hello World";
var reqHeaders = new Headers();</pre>
<p>The same can be done in a table, as many syntax highlighters lay out their code with its line numbers.</p>
<table><tr><td class="code"><pre>fetch("/data.json").then(function(res) {
  console.log(res.ok);
});</pre></td></tr></table>
<p>A response has methods such as <code>json()</code> that read its body, and they can only be called once.</p>
<ul><li><code>arrayBuffer()</code></li><li><code>text()</code></li></ul>
</article></body></html>"""


def test_code_blocks_are_pre_and_code_set_apart_not_inline_code() -> None:
    """<pre> blocks and <code> elements that are a block of their own count; code inside a sentence does not."""
    tree = parse_html(CODE_PAGE)
    assert tree is not None
    blocks = html_module.code_blocks(tree)
    assert [" ".join(block.split()) for block in blocks] == [
        'var content = "Hello World"; var reqHeaders = new Headers();',
        'fetch("/data.json").then(function(res) { console.log(res.ok); });',
        "arrayBuffer()",
        "text()",
    ]


def test_extraction_marks_the_lines_that_come_from_code_blocks() -> None:
    """A code block's lines, a block written on one line (a table cell) and a code list item are marked as code;
    the prose around them, inline code included, is not."""
    found = extract_html(CODE_PAGE)
    marked = {found.lines[number - 1] for number in found.code_lines}
    assert marked == {
        'var content = "Hello World";',
        "var reqHeaders = new Headers();",
        'fetch("/data.json").then(function(res) { console.log(res.ok); });',
        "- arrayBuffer()",
        "- text()",
    }
    assert len(found.lines) == len(marked) + 3


def test_code_lines_match_whole_lines_only() -> None:
    """A prose line that merely contains code, or that a code block contains, is not code."""
    blocks = ('x = compute(1)\nprint("done")',)
    lines = ("x = compute(1)", "We call x = compute(1) first.", "print", '- print("done")')
    assert code_lines(lines, blocks) == frozenset({1, 4})
    assert code_lines(lines, ()) == frozenset()


def test_code_samples_of_the_page_survive_the_whole_core() -> None:
    """Code the page shows in <pre> and <code> blocks is article text: no rule for script residue, code or
    symbols drops it, whether trafilatura writes it line by line or a table cell on one line."""
    text = clean(CODE_PAGE, name="code.html").text
    for sample in ('var content = "Hello World";', "console.log(res.ok);", "arrayBuffer()"):
        assert sample in text
    page = CODE_PAGE.replace("<pre>var content", "<pre>if (ready) {\n  start();\n}\nvar content")
    assert "if (ready) {\nstart();\n}\nvar content" in clean(page, name="code.html").text
