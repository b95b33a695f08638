"""Tests for cleaner.sniff: telling HTML from text dumps by content."""

from __future__ import annotations

import pytest

from cleaner.sniff import sniff_kind

DUMP_WITH_TAGS = "\n".join(
    [
        "Health authorities have confirmed a third case of the plague.",
        "However, the other 28 people have showed no signs or symptoms.",
        "Trending",
        "<li>",
        '<a class="clearfix" href="{%=o.url%}" title="{%=o.title%}">',
        '<div class="lazy-container">',
        '<img src="{%=o.thumbnail%}" alt="{%=o.title%}" />',
        "</div>",
        "</a>",
        "</li>",
        "Three countries where the plague still circulates are the DRC, Madagascar and Peru.",
        "Isolated cases often also spring up in the US, with up to a dozen people diagnosed annually.",
        "The CDC advises the earlier people seek treatment, the more likely it is they recover.",
        "Those who come into close contact with plague victims may need preventative antibiotics.",
        "In the 21st century, the plague is endemic to select regions of the planet.",
        "Pneumonic plague is known for its effects on the respiratory system.",
        "The pneumonic plague is just one of three diseases caused by the bacterium.",
    ]
)


def test_text_dump_with_leftover_tags_stays_text() -> None:
    """A dump whose scraper left a few tag lines in it is still text, not markup for trafilatura."""
    assert sniff_kind(DUMP_WITH_TAGS, suffix=".txt") == "text"


def test_full_html_page_is_html() -> None:
    """A document that starts like an HTML page is HTML, whatever its suffix."""
    assert sniff_kind("<!DOCTYPE html><html><body><p>Hi</p></body></html>", suffix=".txt") == "html"


def test_fragment_with_a_tag_on_every_line_is_html() -> None:
    """An HTML fragment without <html> is recognised by tags on most of its lines."""
    fragment = "\n".join(f"<p>Paragraph number {n} of the story, with some words.</p>" for n in range(10))
    assert sniff_kind(fragment) == "html"


def test_plain_text_is_text() -> None:
    """Text without tags is text, even with an .html suffix."""
    assert sniff_kind("Just words.\nMore words.", suffix=".html") == "text"


def test_glued_one_line_dump_with_a_stray_tag_is_text() -> None:
    """A whole article glued into one line keeps its kind when a few tags sit inside it."""
    glued = " ".join(["The minister said the plan would work as intended."] * 200) + " <li> <div class='x'> </div>"
    assert sniff_kind(glued) == "text"


def test_a_dump_glued_into_one_line_with_stray_tags_far_in_stays_text() -> None:
    """Glued into one line, every line of a dump 'has a tag': its opening headline and prose still make it text."""
    prose = "Officials said the storm had weakened overnight, but warned residents to stay indoors. " * 40
    template = '<li class="item"><div class="img-wrap">{{img}}</div><div class="caption">{{caption}}</div></li>' * 3
    assert sniff_kind("Storm weakens overnight " + prose + template) == "text"


def test_a_one_line_fragment_or_page_is_html() -> None:
    """A fragment that opens with a tag, and a one-line page whose tags hold much of it, are markup."""
    assert sniff_kind("<p>The council met on Monday.</p><p>It approved the plan.</p><p>Work starts soon.</p>") == "html"
    page = 'Menu <nav class="top"><a href="/a">A</a><a href="/b">B</a><span class="x">C</span></nav>' * 20
    assert sniff_kind(page) == "html"


PROSE = [
    "Health authorities have confirmed a third case of the plague in the region.",
    "However, the other 28 people have showed no signs or symptoms, officials said.",
    "Isolated cases often also spring up in the US, with up to a dozen people diagnosed annually.",
    "The CDC advises the earlier people seek treatment, the more likely it is they recover.",
]


def test_markdown_is_sniffed_by_its_links_and_headings() -> None:
    """Links with addresses, or a heading standing apart with a link, make Markdown, whatever the suffix."""
    links = "\n\n".join(f"{line} See [the report](https://example.com/r/{n})." for n, line in enumerate(PROSE))
    assert sniff_kind(links, suffix=".txt") == "markdown"
    heading = "# Plague case confirmed\n\n" + "\n\n".join(PROSE) + "\n\n[Read more](/health/plague)\n"
    assert sniff_kind(heading) == "markdown"
    setext = "Plague case confirmed\n=====================\n\n" + "\n\n".join(PROSE) + "\n\n[Home](/)\n"
    assert sniff_kind(setext) == "markdown"


def test_a_jina_reader_dump_is_markdown() -> None:
    """Jina Reader's header ("Title:", "URL Source:", "Markdown Content:") makes Markdown even with no markup."""
    jina = "Title: Plague case\n\nURL Source: https://example.com/a\n\nMarkdown Content:\n" + "\n\n".join(PROSE)
    assert sniff_kind(jina) == "markdown"


def test_a_jina_header_is_told_by_the_same_reader_that_reads_its_fields() -> None:
    """The header is Markdown's sign exactly when cleaner.jina_reader reads it: fields named in metadata.toml
    ("URL:" names the page as "URL Source:" does); a prose line before the marker, or no field naming the page,
    makes no header."""
    body = "\n\n".join(PROSE)
    assert sniff_kind("URL: https://example.com/a\nAuthor: Ann Lee\nMarkdown Content:\n" + body) == "markdown"
    assert sniff_kind("Title: Plague case\n" + PROSE[0] + "\nMarkdown Content:\n" + body) == "text"
    assert sniff_kind("Warning: the page was cached\nMarkdown Content:\n" + body) == "text"


@pytest.mark.parametrize(
    "stray",
    [
        "* Trending now",  # one bullet
        "#plague #health #news",  # hashtags
        "As the study found [1], the disease is rare.",  # a reference mark
        "**Breaking**",  # emphasis alone
        "# Clear the cache\n# See https://example.com/ticket/1",  # code comments among lines
        "Watch: [video]",  # a bracketed label without an address
    ],
)
def test_a_text_dump_with_stray_markup_stays_text(stray: str) -> None:
    """A bullet, a hashtag, a "[1]", a bold label or code comments do not make a dump Markdown."""
    dump = "\n".join([PROSE[0], stray, *PROSE[1:]])
    assert sniff_kind(dump, suffix=".txt") == "text"
    assert sniff_kind(dump) == "text"


def test_the_markdown_suffix_only_breaks_a_tie() -> None:
    """One heading and no link is Markdown when the file says .md, text otherwise; no Markdown at all is text."""
    one_heading = "# Plague case confirmed\n\n" + "\n\n".join(PROSE)
    assert sniff_kind(one_heading, suffix=".md") == "markdown"
    assert sniff_kind(one_heading, suffix=".txt") == "text"
    assert sniff_kind("\n".join(PROSE), suffix=".md") == "text"
