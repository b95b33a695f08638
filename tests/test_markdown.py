"""Tests for cleaner.markdown and cleaner.jina_reader: Markdown dumps as candidate lines, cleaned end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.cli import main
from cleaner.jina_reader import split_jina_header
from cleaner.markdown import IMAGE_RULE, LINK_LINE_RULE, LINK_SECTION_RULE, joins_softbreaks, markdown_lines
from cleaner.markdown_spans import block_links

PARAGRAPH = "The council approved the new budget on Tuesday after a debate that lasted more than four hours."


def test_links_are_reduced_to_their_anchor_text() -> None:
    """An inline or reference link keeps its words and loses its address; no URL reaches a line."""
    found = markdown_lines(
        "The mayor said the [port of Felixstowe](https://example.com/topics/felixstowe) would reopen, "
        "as the [agency][nca] confirmed on <https://nca.example.org>.\n\n[nca]: https://nca.example.org/press\n"
    )
    assert found.lines == (
        "The mayor said the port of Felixstowe would reopen, as the agency confirmed on https://nca.example.org.",
    )


def test_images_are_dropped_with_their_alt_text_by_a_named_rule() -> None:
    """An image line goes, recorded as markdown_image; an image inside a sentence or a link leaves its words."""
    found = markdown_lines(
        f"![Officers at the port](https://cdn.example.com/port.jpg)\n\n{PARAGRAPH}\n\n"
        "Crowds gathered ![a crowd](https://cdn.example.com/crowd.jpg) outside the hall.\n\n"
        "[![Logo of the council](https://cdn.example.com/logo.png)](https://example.com/)\n"
    )
    assert found.lines == (PARAGRAPH, "Crowds gathered outside the hall.")
    assert [(r.rule, r.text, r.line_no) for r in found.removed] == [
        (IMAGE_RULE, "![Officers at the port](https://cdn.example.com/port.jpg)", 1),
        (IMAGE_RULE, "![a crowd](https://cdn.example.com/crowd.jpg)", 0),
        (IMAGE_RULE, "![Logo of the council](https://cdn.example.com/logo.png)", 3),
    ]
    assert not any("crowd" in line.split()[-1] or "Logo" in line for line in found.lines)


def test_code_blocks_become_code_lines() -> None:
    """Fenced and indented code keep their lines and are numbered as code (the rules spare them); prose is not."""
    found = markdown_lines(
        f"{PARAGRAPH}\n\n```js\nwindow.dataLayer = window.dataLayer || [];\n```\n\n"
        "Run it like this:\n\n    $ pip install cleaner\n"
    )
    assert found.lines == (
        PARAGRAPH,
        "window.dataLayer = window.dataLayer || [];",
        "Run it like this:",
        "$ pip install cleaner",
    )
    assert found.code_lines == {2, 4}


def test_lists_quotes_tables_and_headings_become_lines() -> None:
    """List items lose their marker, quotes their ">", table rows become their cells joined by " | "."""
    found = markdown_lines(
        "## What happens next\n\n"
        "* The budget goes to the **regional** assembly.\n"
        "* A vote is due in *March*.\n\n"
        "> We did what we promised, the mayor said.\n\n"
        "| Year | Budget |\n|---|---|\n| 2023 | £4m |\n| 2024 | £5m |\n"
    )
    assert found.lines == (
        "What happens next",
        "The budget goes to the regional assembly.",
        "A vote is due in March.",
        "We did what we promised, the mayor said.",
        "Year | Budget",
        "2023 | £4m",
        "2024 | £5m",
    )


def test_a_layout_tables_prose_cells_become_lines_of_their_own() -> None:
    """A table that lays out a page (a cell holds the article) gives a line per cell; a data table a line per row."""
    article = " ".join([PARAGRAPH] * 4)
    found = markdown_lines(f"| | |\n|---|---|\n| [Home](/) | {article} |\n")
    assert found.lines == (article,)
    assert [r.text for r in found.removed] == ["Home"]


def test_lines_that_are_all_link_text_go_as_navigation() -> None:
    """A menu item or teaser that is only a link goes (markdown_link_line); a sentence holding a link stays."""
    found = markdown_lines(
        f"* [Politics](/politics/)\n* [Sport](/sport/)\n\n{PARAGRAPH} [More](https://example.com/more) later.\n\n"
        "## [Man jailed after drugs haul found in lorry](https://example.com/news/123)\n"
    )
    assert found.lines == (f"{PARAGRAPH} More later.",)
    assert [r.rule for r in found.removed] == [LINK_LINE_RULE, LINK_LINE_RULE, LINK_SECTION_RULE]


def test_links_that_show_their_address_and_linked_sentences_stay() -> None:
    """An e-mail address or a web address shown as its own link, and a whole linked sentence, are body: they stay
    for the line rules to judge, while a menu item beside them goes."""
    sentence = "Read the full report of the committee on the budget, which the council published on Tuesday."
    found = markdown_lines(
        "Write to [suivi.reformes@example.org](mailto:suivi.reformes@example.org)\n\n"
        "[www.openpetition.de](http://www.openpetition.de)\n\n"
        f"[{sentence}](https://example.com/report)\n\n[Politics](/politics/)\n"
    )
    assert found.lines == ("Write to suivi.reformes@example.org", "www.openpetition.de", sentence)
    assert [r.text for r in found.removed] == ["Politics"]


def test_a_section_made_of_links_goes_whole_but_never_the_article() -> None:
    """Under a heading, a block of teaser links with their 'hours ago on [Blog]' lines goes as markdown_link_section;
    a subhead's section with links inside sentences stays, and so does the article's own section however linked."""
    teasers = "\n\n".join(
        f"* #### [Teaser headline number {n} about something else](https://example.com/{n})\n\n"
        f"{n} hours ago on [iOS Blog](https://example.com/ios/)"
        for n in range(3)
    )
    found = markdown_lines(
        f"# Budget approved\n\n{PARAGRAPH}\n\n## What happens next\n\n"
        "The plan goes to the [regional assembly](https://example.com/assembly) for a vote in March.\n\n"
        f"## More Blog Stories\n\n{teasers}\n"
    )
    assert found.lines == (
        "Budget approved",
        PARAGRAPH,
        "What happens next",
        "The plan goes to the regional assembly for a vote in March.",
    )
    assert {r.rule for r in found.removed} == {LINK_SECTION_RULE}
    with_prose = markdown_lines(
        f"# Budget approved\n\n{PARAGRAPH}\n\n## More Blog Stories\n\n{teasers}\n\n{PARAGRAPH}\n"
    )
    assert with_prose.lines == ("Budget approved", PARAGRAPH, PARAGRAPH)  # a sentence in a link section stays
    under_title = markdown_lines(
        f"## Menu\n\n**Explore the riverside** {PARAGRAPH} {PARAGRAPH}\n\n# Budget approved\n\n{PARAGRAPH}\n\n"
        + "\n\n".join(
            f"## [Teaser number {n} about something else entirely](https://example.com/{n})" for n in range(9)
        )
    )
    assert under_title.lines[-2:] == ("Budget approved", PARAGRAPH)  # the title's section stays, its teasers go
    roundup = "\n\n".join(
        f"[Story {n} of the week, told in full](https://example.com/{n}) by our reporter." for n in range(4)
    )
    assert len(markdown_lines(roundup).lines) == 4


def test_raw_html_is_kept_for_the_markup_rules() -> None:
    """A block of raw HTML stays a line, as in a text dump, for the markup rules; <br> breaks a line."""
    found = markdown_lines(f'<div class="ad-slot" data-id="7"></div>\n\n{PARAGRAPH}<br>Second line of it.\n')
    assert found.lines == ('<div class="ad-slot" data-id="7"></div>', PARAGRAPH, "Second line of it.")


def test_wrapped_paragraphs_separated_by_blank_lines_are_joined() -> None:
    """html2text wraps at 78 columns and separates paragraphs by blank lines: a softbreak is a space."""
    text = (
        "The council approved the new budget on Tuesday after a debate that lasted\n"
        "more than four hours, the longest this year.\n\n"
        "Opposition members walked out before the vote, saying the plan would cut\n"
        "services in the poorest districts.\n"
    )
    assert joins_softbreaks(text)
    assert markdown_lines(text).lines == (
        "The council approved the new budget on Tuesday after a debate that lasted more than four hours, "
        "the longest this year.",
        "Opposition members walked out before the vote, saying the plan would cut services in the poorest districts.",
    )


def test_a_dump_with_one_paragraph_per_line_is_not_glued() -> None:
    """Without blank lines between paragraphs a softbreak ends a paragraph: the lines stay apart."""
    text = "# Budget approved\n" + "\n".join(f"Paragraph {n}: {PARAGRAPH}" for n in range(8)) + "\nShare on Facebook\n"
    assert not joins_softbreaks(text)
    found = markdown_lines(text)
    assert found.lines == ("Budget approved", *(f"Paragraph {n}: {PARAGRAPH}" for n in range(8)), "Share on Facebook")


JINA = (
    "Title: Police seize 40 kilos of cocaine in port raid\n\n"
    "URL Source: https://www.example.co.uk/news/cocaine-port-raid\n\n"
    "Published Time: 2024-03-03T09:15:00+00:00\n\n"
    "Markdown Content:\n"
    f"{PARAGRAPH}\n"
)


def test_jina_reader_header_gives_title_source_and_date() -> None:
    """Jina Reader's Title, URL Source and Published Time become hints, and are not body lines."""
    fields, rest = split_jina_header(JINA) or ({}, "")
    assert fields["title"] == "Police seize 40 kilos of cocaine in port raid"
    assert rest.strip() == PARAGRAPH
    found = markdown_lines(JINA)
    assert found.lines == (PARAGRAPH,)
    assert found.hints == {
        "title": "Police seize 40 kilos of cocaine in port raid",
        "url": "https://www.example.co.uk/news/cocaine-port-raid",
        "hostname": "www.example.co.uk",
        "date": "2024-03-03T09:15+00:00",
    }


def test_jinas_published_time_in_the_http_date_form_is_read() -> None:
    """ "Published Time: Sun, 03 Mar 2024 09:15:00 GMT" (an HTTP header's form) gives the same ISO date."""
    http_date = JINA.replace("2024-03-03T09:15:00+00:00", "Sun, 03 Mar 2024 09:15:00 GMT")
    assert markdown_lines(http_date).hints["date"] == "2024-03-03T09:15+00:00"
    assert "date" not in markdown_lines(JINA.replace("2024-03-03T09:15:00+00:00", "yesterday")).hints


def test_the_articles_own_heading_wins_over_jinas_page_title() -> None:
    """Jina's Title is the page's <title> ("… | Example News"); the content's first # heading is the headline."""
    page_title = JINA.replace("port raid\n", "port raid | Example News\n", 1)
    found = markdown_lines(
        page_title.replace("Markdown Content:\n", "Markdown Content:\n# Cocaine seized in port raid\n\n")
    )
    assert found.hints["title"] == "Cocaine seized in port raid"
    assert markdown_lines(page_title).hints["title"] == "Police seize 40 kilos of cocaine in port raid | Example News"


def test_jinas_fields_are_named_by_metadata_toml_like_a_scrapers() -> None:
    """The header's fields are read by [field_header]'s names: an "Author:" line gives the author, a field no
    name knows ("Warning:") gives nothing and still belongs to the header."""
    header = JINA.replace(
        "Markdown Content:\n", "Author: Ann Lee\nWarning: Target URL returned error 429\nMarkdown Content:\n"
    )
    found = markdown_lines(header)
    assert found.lines == (PARAGRAPH,)
    assert found.hints["author"] == "Ann Lee"
    assert set(found.hints) == {"title", "url", "hostname", "date", "author"}
    bare = "Title: A page\nURL Source: https://example.org/a\nMarkdown Content:"  # the dump ends at the marker
    assert split_jina_header(bare) == ({"title": "A page", "url source": "https://example.org/a"}, "")
    assert split_jina_header("Title: A page") is None


def test_text_that_merely_starts_with_a_label_has_no_jina_header() -> None:
    """'Title: …' over prose, without the 'Markdown Content:' marker, is no Jina header."""
    assert split_jina_header(f"Title: Budget approved\n{PARAGRAPH}\nMarkdown Content:\n") is None


ARTICLE = """\
[Skip to content](#main)

* [News](https://www.example.co.uk/news)
* [Sport](https://www.example.co.uk/sport)

# Police seize 40 kilos of cocaine in port raid

![Officers at the port of Felixstowe](https://cdn.example.co.uk/img/port.jpg)

Officers at the port of Felixstowe. Photo: Example Agency

By [Jane Smith](https://www.example.co.uk/authors/jane-smith) | Published 3 March 2024

Officers seized 40 kilos of cocaine in a raid at the [port of Felixstowe](https://www.example.co.uk/topics/felixstowe)
on Tuesday, the National Crime Agency said.

**Read more:** [Man jailed after drugs haul found in lorry](https://www.example.co.uk/news/123)

The drugs, worth an estimated £3 million, were hidden in a shipment of bananas from
Ecuador, investigators said.

* [Share on Facebook](https://facebook.com/sharer?u=x)
* [Share on Twitter](https://twitter.com/intent/tweet?u=x)

Two men, aged 34 and 41, were arrested and remain in custody.

### Sign up to our newsletter

Get the day's top stories straight to your inbox.

[Subscribe](https://www.example.co.uk/newsletter)
"""


def test_an_article_in_markdown_is_cleaned_to_its_body_and_metadata() -> None:
    """Title, byline and date go to the record; menus, image, caption, read-more, share list and newsletter box go."""
    result = clean(ARTICLE, name="story.md")
    assert result.text == (
        "Officers seized 40 kilos of cocaine in a raid at the port of Felixstowe on Tuesday, the National Crime "
        "Agency said.\n"
        "The drugs, worth an estimated £3 million, were hidden in a shipment of bananas from Ecuador, investigators "
        "said.\n"
        "Two men, aged 34 and 41, were arrested and remain in custody.\n"
    )
    record = result.metadata
    assert record["input_kind"] == "markdown"
    assert record["title"] == "Police seize 40 kilos of cocaine in port raid"
    assert record["author"] == "Jane Smith"
    assert record["date"] == "2024-03-03"
    assert "markdown_image" in {r.rule for r in result.removed}


def test_the_same_article_without_a_suffix_is_sniffed_as_markdown() -> None:
    """The content decides: named .txt, the article is still read as Markdown."""
    assert clean(ARTICLE, name="story.txt").metadata["input_kind"] == "markdown"


def test_a_jina_reader_dump_takes_its_metadata_from_the_header() -> None:
    """Jina's title, source and published time land in the record; the host names the site."""
    record = clean(JINA + f"\n{PARAGRAPH.replace('Tuesday', 'Monday')}\n", name="jina.txt").metadata
    assert record["input_kind"] == "markdown"
    assert record["title"] == "Police seize 40 kilos of cocaine in port raid"
    assert record["source"] == "https://www.example.co.uk/news/cocaine-port-raid"
    assert record["hostname"] == "example.co.uk"
    assert str(record["date"]).startswith("2024-03-03")


def test_cli_cleans_a_markdown_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`cleaner clean story.md --explain` writes the body and the record and names the Markdown rules."""
    source = tmp_path / "story.md"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(source), "-o", str(out), "-j", "1", "--explain"]) == 0
    assert (out / "story.txt").read_text(encoding="utf-8") == clean(ARTICLE, name="story.md").text
    assert json.loads((out / "story.json").read_text(encoding="utf-8"))["input_kind"] == "markdown"
    explained = capsys.readouterr().out
    assert "markdown_image: ![Officers at the port of Felixstowe](https://cdn.example.co.uk/img/port.jpg)" in explained
    assert "markdown_link_line: Share on Facebook" in explained
    assert "title_line: Police seize 40 kilos of cocaine in port raid" in explained


def test_html2text_wrapped_link_addresses_and_deep_lists_are_read_as_markdown() -> None:
    """html2text breaks a long address or a heading over two lines and indents nested lists into 'code': all are
    read as the links, headings and list items they are (no address in the body, menu items not spared as code,
    a teaser heading whole); real code stays code."""
    found = markdown_lines(
        "Police released video. [CBS DFW reports](https://dfw.example.com/2019/11/18/video-shows-dramatic-\n"
        "rescue-of-the-girl/) the man was sentenced to life in prison.\n\n"
        "  * News\n    *       * [ US ](/us/)\n      * [ World ](/world/)\n\n"
        "Run it like this:\n\n    for item in items:\n        print(item)\n\n"
        "## [Disney says it does not need data to make great\nshows](https://www.example.com/recode/2019/11/19/disney-\n"
        "plus-streaming)\n"
    )
    assert found.lines == (
        "Police released video. CBS DFW reports the man was sentenced to life in prison.",
        "News",
        "Run it like this:",
        "for item in items:",
        "print(item)",
    )
    assert [r.text for r in found.removed] == ["US", "World", "Disney says it does not need data to make great shows"]
    assert found.code_lines == {4, 5}


def test_deeply_indented_links_are_read_without_deep_recursion() -> None:
    """A link under thousands of spaces (code inside code, read again as Markdown) is read a few levels deep only."""
    found = markdown_lines(" " * 8000 + "[Politics](/politics/)\n\n" + PARAGRAPH + "\n")
    assert found.lines[-1] == PARAGRAPH


def test_link_and_image_addresses_do_not_count_as_words_lost() -> None:
    """The review flag compares the output with the words the Markdown held, not with its URLs: a page whose
    menu, byline link and image carry long addresses keeps most of its words and is not flagged, while one that
    loses its article to junk still is."""
    header = (
        "Title: Council approves budget\n\nURL Source: https://news.example.com/2024/03/council-budget\n\n"
        "Markdown Content:\n[Skip to content](https://news.example.com/2024/03/council-budget#main-content)\n\n"
        "*   [Home](https://news.example.com/?utm_source=nav&utm_medium=menu&utm_campaign=home)\n"
        "*   [Politics](https://news.example.com/politics/?utm_source=nav&utm_medium=menu&utm_campaign=politics)\n\n"
        "# Council approves budget\n\nBy [Jane Doe](https://news.example.com/authors/jane-doe?ref=byline&src=top)\n\n"
        "![Image 1: The council chamber](https://cdn.example.com/images/2024/03/12/chamber-1200x800-crop.jpg)\n\n"
    )
    body = (
        "The council approved the new budget on Tuesday after a long debate about schools and roads.\n\n"
        "Members said the plan would fund the library for the next two years, starting in the spring.\n\n"
        "The mayor thanked the residents who had come to the meeting to speak about the plan.\n"
    )
    kept = clean(header + body, name="page.md")
    assert kept.metadata["input_kind"] == "markdown"
    assert "The mayor thanked the residents" in kept.text
    assert kept.metadata["review"]["flagged"] is False
    gutted = clean(header + "Share this article\n\nSign up for our newsletter\n", name="page.md")
    assert gutted.rejected or gutted.metadata["review"]["flagged"] is True


def test_addresses_broken_after_a_hyphen_are_links_wherever_they_stand() -> None:
    """html2text breaks an address after a hyphen, several times and with a title after it, in a heading or a
    list item: each is read as the link it is, so a teaser heading and a menu item go as links; a link followed
    by a hyphenated word at the end of a line is left alone."""
    found = markdown_lines(
        f"{PARAGRAPH}\n\n"
        "####  [Top-rated tattoo shops around Houston](/news/houston-\ntexas/houston/article/tattoo-shops-yelp-\n"
        "reviews-14846260.php)\n\n"
        '  * [Michael McDonald](https://www.example.com/t/michael-\nmcdonald/ "Michael McDonald")\n\n'
        "The [agency](https://example.com/a)-\nled review ends in May, the minister told the assembly on Monday.\n"
    )
    assert found.lines == (
        PARAGRAPH,
        "The agency- led review ends in May, the minister told the assembly on Monday.",
    )
    assert [r.text for r in found.removed] == ["Top-rated tattoo shops around Houston", "Michael McDonald"]


def test_a_heading_over_text_keeps_it_when_its_subheads_are_links() -> None:
    """A heading whose own lines are text (a numbered list of principles) keeps them though subheads under it
    hold only teaser links; a heading over nothing but teaser subheads goes with them."""
    teasers = "\n\n".join(f"#### [Teaser number {n} about something else](https://example.com/{n})" for n in range(6))
    principles = "\n\n".join(
        f"  {n}. **{text}**"
        for n, text in enumerate(
            (
                "Habe Zeit für Träume",
                "Bleibe stets aktiv",
                "Vermeide Stressfallen",
                "Praktiziere Dankbarkeit",
                "Lebe in Gemeinschaft",
                "Höre auf dein Herz",
            ),
            start=1,
        )
    )
    found = markdown_lines(
        f"# Ikigai\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n## Zehn Prinzipien\n\n{principles}\n\n"
        f"### Neu in Liebe\n\n{teasers}\n\n"
        f"## More stories\n\n{teasers}\n"
    )
    assert found.lines[:5] == ("Ikigai", PARAGRAPH, PARAGRAPH, "Zehn Prinzipien", "Habe Zeit für Träume")
    assert "Praktiziere Dankbarkeit" in found.lines and "Höre auf dein Herz" in found.lines
    assert not any("Teaser" in line or "More stories" in line for line in found.lines)


def test_teaser_cards_wrapped_in_one_link_over_several_blocks_are_read_as_links() -> None:
    """markdownify writes a card linked whole as "[" before its image and "](address)" after its time: its
    headline, summary sentence and time are anchor text, so a block of such cards goes; brackets never reach a
    line, and a "]" that closes nothing is left alone."""
    cards = "\n\n".join(
        f"[![photo {n}](https://cdn.example.com/{n}.jpg)\n\n#### Teaser headline number {n} about a storm\n\n"
        f"Some people thought the stripy cattle in pasture {n} were a joke, but science says otherwise.\n\n"
        f"{n}H ago](https://www.example.com/news/story-{n}/)"
        for n in range(3)
    )
    found = markdown_lines(f"# Budget approved\n\n{PARAGRAPH}\n\nNotes] on the vote.\n\n### World\n\n{cards}\n")
    assert found.lines == ("Budget approved", PARAGRAPH, "Notes] on the vote.")
    assert {r.rule for r in found.removed} == {LINK_SECTION_RULE, IMAGE_RULE}
    far = "[Open\n\n" + "\n\n".join(f"Paragraph {n}." for n in range(8)) + "\n\nEnd](https://example.com/x)\n"
    assert block_links(far).linked_lines == frozenset()  # an opener too far up opens no card


def test_script_and_data_addresses_are_links_and_images_too() -> None:
    """A share button linking to javascript: and a lazy image whose address is a data: placeholder are read as the
    link and the image they are (markdown-it refuses such addresses when it renders); a sentence stays."""
    found = markdown_lines(
        f'{PARAGRAPH}\n\n[ __ print ](javascript:window.print\\(\\) "print")\n\n'
        "![Spiced Honey Pear Jam](data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E)\n"
    )
    assert found.lines == (PARAGRAPH,)
    assert [r.rule for r in found.removed] == [LINK_LINE_RULE, IMAGE_RULE]


def test_teasers_linked_whole_go_from_a_link_section_but_a_linked_comment_stays() -> None:
    """Under a heading, three or more sentences that are each one link (a teaser's headline and summary as one
    anchor) go with their section; a section's single linked sentence (a reader quoting a link) stays, and so
    does a sentence with a link inside it."""
    teasers = "\n\n".join(
        f"* [Police: {n} in custody after the death of a student. A woman and a man have been arrested.]"
        f"(https://example.com/{n})\n* [More](https://example.com/more/{n})"
        for n in range(3)
    )
    found = markdown_lines(f"# Budget approved\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n## Latest\n\n{teasers}\n")
    assert found.lines == ("Budget approved", PARAGRAPH, PARAGRAPH)
    comment = (
        "## 1 Kommentar\n\n[Yalcin](http://www.example.com)\n\n"
        "[Hatt ich nicht schon mal erwähnt wie flatterhaft das Mädl ist? :)](http://example.com/c-5161)\n\n"
        "[29.07.2006 um 16:43](#comment-754844) | [Antworten](javascript:publicReply('754844');)\n"
    )
    kept = markdown_lines(f"# Budget approved\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{comment}").lines
    assert "Hatt ich nicht schon mal erwähnt wie flatterhaft das Mädl ist? :)" in kept


def test_a_layout_rows_cells_past_the_headers_columns_are_kept() -> None:
    """markdownify writes a nested table into the cell holding the article, so its later paragraphs stand in cells
    past the header's last column, which a table drops: a layout row is read again from its line, every cell kept,
    its images dropped once; a data row keeps its columns."""
    later = "The SLS has been a key part of NASA's exploration plans since the 2010 authorization act directed it."
    row = f"| ![core](https://example.com/core.jpg) | {PARAGRAPH * 4} | | --- | | “A quote,” Cooke said. | {later} |"
    found = markdown_lines(f"|  |  |\n| --- | --- |\n{row}\n\n| Team | Points |\n| --- | --- |\n| Ajax | 12 | 3 |\n")
    assert found.lines == (PARAGRAPH * 4, "---", "“A quote,” Cooke said.", later, "Team | Points", "Ajax | 12")
    assert [r.rule for r in found.removed] == [IMAGE_RULE]


def test_teasers_glued_into_one_paragraph_count_one_by_one() -> None:
    """html2text writes a carousel of linked teasers as one paragraph: its links count each, so the paragraph
    goes with its link section; the article's paragraphs stay."""
    carousel = "".join(
        f"[**Headline number {n} about the city**  _A man was arrested on Monday after a fight in a restaurant "
        f'downtown._](https://example.com/{n} "Headline {n}")'
        for n in range(3)
    )
    found = markdown_lines(f"# Budget approved\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n#### Latest Headlines\n\n{carousel}\n")
    assert found.lines == ("Budget approved", PARAGRAPH, PARAGRAPH)
