"""Tests for cleaner.heuristics and cleaner.linefeatures: generic junk detection without a site profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.heuristics import classify_lines, hard_rule, is_good, load_thresholds, repeated_blocks
from cleaner.language import stopwords
from cleaner.linefeatures import (
    ends_sentence,
    hard_patterns,
    is_code,
    is_glued_words,
    is_markup,
    line_stats,
    look_alike,
    word_shape,
)

CODE_LINES = [
    "(function (src, d, tag){",
    "var s = d.createElement(tag), prev = d.getElementsByTagName(tag)[0];",
    "s.src = src;",
    "prev.parentNode.insertBefore(s, prev);",
    "}(“https://www.dailymail.co.uk/static/gunther/1.17.0/async_bundle–.js”, document, “script”));",
    "DM.loadCSS(“https://www.dailymail.co.uk/static/gunther/gunther-2159/video_bundle–.css”);",
    'googletag.cmd.push(function() { googletag.display("div-gpt-ad-1449240174198-2"); });',
    "__ATA.initSlot('atatags-48178861-5dd528ebc6443', {",
    "if (!document.MAX_used) document.MAX_used = ',';",
    "else if (difference == 1) {",
    "placement: 'Below Article Thumbnails', target_type: 'text'",
    "#gallery-1 .gallery-caption {",
    "-moz-text-decoration-color: #d9d9d9;",
    '{"type":"Image","id":"component-5dd529688e53e","data":{"id":78546}}',
    "articleElement.querySelector('a .title').innerHTML = randomVariant.title;",
    "corners: 0.7, // Corner roundness (0..1)",
    "shadow: false, // Whether to render a shadow",
    '"//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js",',
]
PROSE_LINES = [
    "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns.",
    "6) Ghostbusters Collection 1-2 (Steelbook) (2 Blu-Ray)",
    "If (as expected) the vote passes, the law takes effect in May.",
    "Portion Fix Containers: 1 Green, 1 Red, 1 tsp.",
    "#MeToo, the movement, spread quickly across the world.",
    "VIP : 60,000₩",
    "note: this is a sentence that happens to start with a label, // and a slash pair",
    "Ratio: 1:2, the report found.",
]


@pytest.mark.parametrize("line", CODE_LINES)
def test_script_and_style_residue_is_code(line: str) -> None:
    """JavaScript statements, object literals, CSS and JSON left in a dump are recognised as code."""
    assert is_code(line)


@pytest.mark.parametrize("line", PROSE_LINES)
def test_prose_with_brackets_and_colons_is_not_code(line: str) -> None:
    """Body lines with parentheses, colons or a hashtag are not mistaken for code."""
    assert not is_code(line)


def test_markup_residue_is_recognised_but_angle_quoted_titles_are_not() -> None:
    """Tags and template placeholders are markup; a title in angle brackets (Korean style) is not."""
    assert is_markup('<li class="hst-resgalleryitem hidden" data-item-id="{{fid}}">')
    assert is_markup("{{captions}}")
    assert is_markup('/*<![CDATA[*/ hearstPlaceAd("GO300"); /*]]>*/')
    assert is_markup("</div>")
    assert not is_markup("<The Palace: Tale of Jang Noksu>")
    assert not is_markup("MBC와 SBS는 <숨바꼭질>로 맞붙는다.")


def test_sentence_ends_know_quotes_and_cjk_full_stops() -> None:
    """Terminal punctuation is judged past closing quotes and brackets, and CJK marks count."""
    assert ends_sentence("“We will not back down,” he said.")
    assert ends_sentence("He said: “We will win.”")
    assert ends_sentence("パスワード管理ソフトと同じなのです。")
    assert not ends_sentence("Russia’s seeks a promise from NATO that they will never admit Ukraine")
    assert not ends_sentence("The Islanders ... more")


def test_classify_drops_code_and_names_the_rule() -> None:
    """Code lines between body paragraphs are removed as script; the paragraphs stay."""
    lines = (
        "The minister said the plan would work as intended, and the vote passed easily.",
        "var HDN = window.HDN || {};",
        "HDN.article = HDN.article || {};",
        "/",
        "Critics said the plan came too late for the families who had already left.",
    )
    kept, removed = classify_lines(lines, language="en")
    assert kept == (lines[0], lines[4])
    assert [(r.rule, r.category) for r in removed] == [
        ("code_line", "script"),
        ("code_line", "script"),
        ("symbols_only", "widget"),
    ]


BODY = "The minister said the plan would work as intended, and the vote passed easily on Tuesday."
BODY_2 = "Critics said the plan came too late for the families who had already left the region."


def test_headlines_between_junk_go_but_lists_between_body_stay() -> None:
    """A run of short lines between widget code and the dump's end is dropped; the same run between paragraphs
    stays."""
    related = ("Who will make the Rock Hall in 2020", "Dave Matthews Band takes over Rock Hall Fan Vote")
    kept, removed = classify_lines((BODY, "var x = 1;", *related, "</div>", "<div class='promo'>"), language="en")
    assert kept == (BODY,)
    assert [r.rule for r in removed] == ["code_line", *["between_boilerplate"] * 2, "markup_line", "markup_line"]
    kept, _removed = classify_lines((BODY, *related, BODY_2), language="en")
    assert kept == (BODY, *related, BODY_2)


def test_gaps_from_removed_lines_bound_runs_like_junk() -> None:
    """A headline between two places where rules removed lines is dropped (the Express video title)."""
    lines = ("Liz Truss set to visit Vladimir Putin in Russia 'for talks'", BODY, BODY_2)
    kept, removed = classify_lines(lines, language="en", gaps={1: 1})
    assert kept == (BODY, BODY_2)
    assert [r.rule for r in removed] == ["between_boilerplate"]


TOUR_DATES = (
    "June 26 – Allentown, PA @ PPL Center",
    "June 27 – Camden, NJ @ BB&T Pavilion",
    "June 29 – Holmdel, NJ @ PNC Bank Arts Center",
)


def test_a_list_between_single_inline_junk_lines_stays() -> None:
    """An ad label and a credit placed inside the article (one removed line each) do not make its list junk."""
    kept, removed = classify_lines((BODY, *TOUR_DATES, BODY_2), language="en", gaps={1: 1, 4: 1})
    assert kept == (BODY, *TOUR_DATES, BODY_2)
    assert removed == ()


def test_a_list_goes_on_after_an_ad_block_between_two_of_its_items() -> None:
    """Two lines of junk between items shaped alike, at the dump's end, leave the list in place; between items
    of no common shape (a menu's words) they still make a template region."""
    dates = (*TOUR_DATES, "July 2 – Boston, MA @ TD Garden", "July 5 – Hartford, CT @ XFINITY Theatre")
    kept, removed = classify_lines((BODY, *dates), language="en", gaps={4: 2, 6: 1})
    assert kept == (BODY, *dates)
    assert removed == ()
    menu = ("Sport", "Weather", "Travel", "Contact Us", "About")
    kept, _removed = classify_lines((BODY, *menu), language="en", gaps={3: 2, 6: 1})
    assert kept == (BODY, "Sport", "Weather")


def test_list_items_between_ad_blocks_stay_when_the_list_goes_on_beyond_both() -> None:
    """A date of a tour list between two ad blocks, with dates beyond both, stays; a teaser headline between two
    widgets, with menu words beyond them, still goes."""
    dates = (
        "Aug. 4 -- Riverbend Music Center, Cincinnati, OH",
        "Aug. 8 -- Hollywood Casino Amphitheatre, Tinley Park, IL",
        "Aug. 14 -- Hollywood Casino Amphitheatre, St. Louis, MO",
        "Aug. 30 -- Pepsi Center, Denver, CO",
        "Sept. 2 -- USANA Amphitheatre, Salt Lake City, UT",
    )
    kept, removed = classify_lines((BODY, *dates, BODY_2), language="en", gaps={3: 2, 4: 3})
    assert kept == (BODY, *dates, BODY_2)
    assert removed == ()
    headline = "Prince Andrew: BT abandons ties with duke"
    kept, removed = classify_lines(
        (BODY, "Trending", "Sport", headline, "Weather", "Travel"), language="en", gaps={3: 2, 4: 2}
    )
    assert headline not in kept


def test_two_line_items_between_ad_blocks_stay() -> None:
    """A product and its link between two ad blocks, with more products and links beyond both, stay: items of
    two lines are matched one line further on, and web addresses share one shape."""
    items = (
        "6) Ghostbusters Collection 1-2 (Steelbook) (2 Blu-Ray)",
        "http://amzn.to/2B4BNPS",
        "7) Indiana Jones Collection 1-4 (Steelbook) (5 Blu-Ray)",
        "http://amzn.to/2hXQPDr",
        "8) Back to the Future Trilogy (Steelbook) (3 Blu-Ray)",
        "http://amzn.to/2hWEIX7",
    )
    kept, removed = classify_lines((BODY, *items, BODY_2), language="it", gaps={3: 2, 5: 3})
    assert kept == (BODY, *items, BODY_2)
    assert removed == ()
    assert word_shape("http://amzn.to/2hWw372") == word_shape("www.jeongdongtheater.com") == "url"


def test_a_dump_without_prose_keeps_its_lists_between_junk_but_not_its_labels() -> None:
    """With no good text anywhere, the article is its list (a race calendar): runs of items shaped alike stay
    between junk; a tag label and its tag line, shaped unlike, still go."""
    first = ("1a etapa: 10 de março – Interlagos", "2a etapa: 8 de abril – Curitiba / Alternativa")
    second = ("3a etapa: 22 de abril – Velopark", "4a etapa: 06 de maio – Londrina")
    tags = ("Tags", "calendario stock car 2018, stock car brasil, stock car cascavel")
    kept, removed = classify_lines((*first, *second, *tags), language="pt", gaps={0: 2, 2: 2, 4: 1, 6: 3})
    assert kept == (*first, *second)
    assert [r.text for r in removed] == list(tags)


def test_list_items_look_alike_by_their_word_shapes() -> None:
    """Items of one list share the shape of their first word and most word shapes; a headline and a link, or two
    menu words, do not."""
    assert look_alike("Italy (Group J): 10th appearance", "Croatia (Group E): Sixth appearance", min_overlap=0.5)
    assert look_alike("3 Kevin Harvick 5033 4 6 15 26", "2 Martin Truex Jr. 5035 7 0 15 24", min_overlap=0.5)
    assert not look_alike("5) I Cavalieri Dello Zodiaco (12 Dvd)", "http://amzn.to/2hWEIX7", min_overlap=0.5)
    assert not look_alike("Sport", "Weather", min_overlap=0.5)
    assert not look_alike("Tested by: John Milbank", "October 9 – Irving, TX @ Toyota Music Factory", min_overlap=0.5)


def test_a_list_after_an_inline_junk_cluster_stays() -> None:
    """Three promos in a row with article text right before them are an insertion, not a template region."""
    kept, _removed = classify_lines((BODY, *TOUR_DATES, BODY_2), language="en", gaps={1: 3, 4: 1})
    assert kept == (BODY, *TOUR_DATES, BODY_2)


def test_a_run_next_to_a_template_region_goes() -> None:
    """A share bar between one removed line and a removed footer block with no article beyond it is junk."""
    lines = (BODY, BODY_2, "Facebook Twitter WhatsApp Email", "Herald Media Group Ltd")
    kept, removed = classify_lines(lines, language="en", gaps={2: 1, 3: 6})
    assert kept == (BODY, BODY_2)
    assert [r.rule for r in removed] == ["between_boilerplate", "between_boilerplate"]


def test_a_subhead_between_two_single_insertions_stays() -> None:
    """An ad label above and a photo credit below a subhead, article text beyond both: the subhead stays."""
    kept, _removed = classify_lines((BODY, "Power and Performance", BODY_2), language="en", gaps={1: 1, 2: 1})
    assert kept == (BODY, "Power and Performance", BODY_2)


def test_tag_list_items_between_separators_go() -> None:
    """Items of a tag list split by separator lines (removed) are junk: short lines beyond both separators."""
    lines = (BODY, "___", "Topics", "Government and politics", "Legal proceedings", "Impeachments")
    kept, _removed = classify_lines(lines, language="en", gaps={2: 1, 3: 1, 4: 1, 5: 1, 6: 1})
    assert kept == (BODY, "___")


def test_counters_and_gallery_titles_between_widgets_go() -> None:
    """Lines without letters between junk are counters; a title with a counter between two widgets goes too."""
    kept, _removed = classify_lines((BODY, "6", BODY_2), language="en", gaps={1: 1, 2: 1})
    assert kept == (BODY, BODY_2)
    gallery = ("Deval Patrick takes nascent 2020 campaign to South Carolina", "1")
    kept, _removed = classify_lines((BODY, *gallery, BODY_2), language="en", gaps={1: 2, 3: 4})
    assert kept == (BODY, BODY_2)


def test_complete_sentences_survive_junk_neighbours() -> None:
    """A short complete sentence between junk stays: the context never drops a sentence."""
    lines = ("“Even to someone who is utterly confused.”",)
    kept, _removed = classify_lines(lines, language="en", gaps={0: 1, 1: 1})
    assert kept == lines


def test_unpunctuated_body_line_between_paragraphs_stays() -> None:
    """A real body line without terminal punctuation (seed 003) is kept between paragraphs."""
    line = "Russia’s seeks a promise from NATO that they will never attempt to admit Ukraine into the organisation"
    kept, _removed = classify_lines((BODY, line, BODY_2), language="en", gaps={1: 1})
    assert line in kept


def test_a_paragraph_without_its_full_stop_survives_junk_at_the_dump_edge() -> None:
    """A lead of two dozen words with stopwords stays at the dump's edge before junk, though it lacks a full stop;
    a title-cased line as long (glued teaser headlines) and a shorter headline there still go."""
    lead = (
        "Chelsea have this morning paid the £71.6million fee to the Spanish league this morning to secure the"
        " world record signing of Athletic Bilbao keeper Kepa Arrizabalaga"
    )
    kept, _removed = classify_lines((lead, BODY, BODY_2), language="en", gaps={1: 2})
    assert lead in kept
    headlines = (
        "House Decide Trump’s Fate at the Ballot Box Breaking Down the Fallout from Marie Yovanovitch’s Testimony"
        " Schiff’s Impeachment Show Is Off to a Shaky Start Impeachment Woes and DACA Throes"
    )
    headline = "Liz Truss set to visit Vladimir Putin in Russia for talks on the war in Ukraine and its costs"
    for line in (headlines, headline):
        kept, removed = classify_lines((line, BODY, BODY_2), language="en", gaps={1: 2})
        assert kept == (BODY, BODY_2)
        assert [r.rule for r in removed] == ["between_boilerplate"]


def test_cjk_sentences_count_as_good_text() -> None:
    """Japanese lines ending in 。 are sentences, so junk around them does not drop them."""
    lines = (
        "パスワード管理ソフトの起動ショートカットキーと同じなのです。",
        "<div class='ad'>",
        "そんな用途を考慮してか、Kindleには対応しています。",
    )
    kept, _removed = classify_lines(lines, language="ja")
    assert kept == (lines[0], lines[2])


def test_glued_tag_lists_are_junk() -> None:
    """Tag words run together without spaces are junk; long German words in a sentence are not."""
    assert is_glued_words("breakfastcanningeasy recipesfruit vegetablesjamsponsored")
    assert not is_glued_words("Das Bundesverfassungsgericht entschied am Dienstag.")


def test_an_article_pasted_twice_keeps_one_copy() -> None:
    """A block of paragraphs repeated in the same order is dropped the second time, as duplicate."""
    paragraphs = tuple(
        f"Paragraph {n} says the minister spoke to reporters about the plan on Tuesday morning." for n in range(5)
    )
    kept, removed = classify_lines(paragraphs + paragraphs, language="en")
    assert kept == paragraphs
    assert {(r.rule, r.category) for r in removed} == {("duplicate_block", "duplicate")}


def test_plans_that_share_their_first_entries_are_no_pasted_article() -> None:
    """Meal plans A to F, each meal a line that opens "Meal N: one cup of": A-C share one set of meals, D-F
    another. The repeated meals are a template filled in two ways (lines that open alike and end differently),
    not an article pasted twice, and every copy stays; a real paste of paragraphs that open each in their own
    way still goes."""

    def meals(grain: str) -> tuple[str, ...]:
        return tuple(
            f"Meal {n}: one cup of {grain}, half an avocado, two eggs and a cup of green tea with {n} tsp honey."
            for n in range(1, 4)
        )

    plans: tuple[str, ...] = ()
    for name, grain in (("A", "oats"), ("B", "oats"), ("C", "oats"), ("D", "rice"), ("E", "rice"), ("F", "rice")):
        plans += (f"Plan {name}", *meals(grain))
    kept, removed = classify_lines(plans, language="en")
    assert kept == plans
    assert not removed
    story = tuple(f"Paragraph {n} says the minister spoke to reporters about the plan on Tuesday." for n in range(4))
    kept, removed = classify_lines(plans + story + story, language="en")
    assert kept == plans + story


def test_a_single_repeated_line_stays() -> None:
    """An interview's recurring question is not a duplicated article: every copy stays."""
    question = "What inspired you to create a cooking page, and what cuisine do you like yourself?"
    lines = (question, BODY, question, BODY_2, question)
    kept, _removed = classify_lines(lines, language="en")
    assert kept == lines


def _repeated_blocks_reference(lines: tuple[str, ...], min_lines: int = 3, min_words: int = 12) -> list[int]:
    """repeated_blocks as first written: every window read (the fast one must agree with it)."""
    seen: dict[tuple[str, ...], int] = {}
    dropped: list[int] = []
    index = 0
    while index + min_lines <= len(lines):
        window = lines[index : index + min_lines]
        if len(set(window)) < min_lines or any(line.count(" ") + 1 < min_words for line in window):
            index += 1
            continue
        first = seen.setdefault(window, index)
        if first + min_lines <= index:
            end = index + min_lines
            while end < len(lines) and first + (end - index) < index and lines[end] == lines[first + end - index]:
                end += 1
            dropped.extend(range(index, end))
            index = end
            continue
        index += 1
    return dropped


_LONG = [f"Paragraph {name} says what it says in twelve words or a few more." for name in "ABCDE"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from([*_LONG, "Short line."]), max_size=30))
def test_repeated_blocks_agrees_with_reading_every_window(lines: list[str]) -> None:
    assert repeated_blocks(tuple(lines)) == _repeated_blocks_reference(tuple(lines))


@pytest.mark.parametrize("line", [*CODE_LINES, *PROSE_LINES, "a=b;c=d;e=f;g=h", "{x:1}{y:2}", "Plain words here."])
def test_hard_rule_with_scanner_labels_agrees_with_the_full_check(line: str) -> None:
    """The scanner's labels plus the density test decide as the whole code and markup regexes do."""
    scanned = tuple(label for label, pattern in hard_patterns() if pattern.search(line))
    assert hard_rule(line, scanned=scanned) == hard_rule(line)


# Alternatives whose necessary character regexinfo does not name (it reads one literal run): checked by hand.
_HARD_ALTERNATIVES_BY_HAND = {
    "&(?:amp;)*lt;": ("&", "see &amp;lt;div class"),
    r"^\s*[\w$]+(?:\.[\w$]+)*\(": ("(", "foo.bar(x);"),
    r"function\s*\(": ("(", "x = function (a) {"),
}


def test_hard_prefilter_covers_every_alternative() -> None:
    """Every alternative of the markup and code regexes needs a line start in _HARD_FIRST (spaces aside) or one
    of _HARD_CHARS: a line the prefilter passes over matches none of them."""
    import re

    from cleaner.linefeatures import _CODE_STRONG, _HARD_CHARS, _HARD_FIRST, _MARKUP
    from cleaner.regex_parts import split_alternatives
    from cleaner.regexinfo import first_chars, required_literals

    for pattern in (_MARKUP, _CODE_STRONG):
        ignore_case = bool(pattern.flags & re.I)
        for alternative in split_alternatives(pattern.pattern):
            by_hand = next((v for k, v in _HARD_ALTERNATIVES_BY_HAND.items() if alternative.startswith(k)), None)
            if by_hand is not None:
                char, example = by_hand
                assert re.search(alternative, example, pattern.flags)
                assert not re.search(alternative, example.replace(char, " "), pattern.flags)
                continue
            body = alternative.removeprefix("^")
            starts = first_chars(body, ignore_case=ignore_case) if alternative.startswith("^") else None
            if starts is not None:
                assert all(c in _HARD_FIRST or c.isspace() for c in starts), alternative
                continue
            literals = required_literals(body, exact=not ignore_case, ignore_case=ignore_case)
            assert literals is not None, alternative
            assert all(_HARD_CHARS.search(literal) for literal in literals), alternative


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*"aZ9 .;=(){}[]<>&$_'\"“-/*@#!:%,|\\\t", "function", "var ", "else"]), max_size=25))
def test_hard_prefilter_never_hides_a_hard_line(pieces: list[str]) -> None:
    from cleaner.linefeatures import may_match_hard_patterns

    line = "".join(pieces)
    if not may_match_hard_patterns(line):
        assert not any(pattern.search(line) for _label, pattern in hard_patterns())


def test_hard_start_holds_every_space_character() -> None:
    """A line starting with any space character may match (the patterns allow leading spaces)."""
    from cleaner.linefeatures import _HARD_START

    assert {c for c in map(chr, range(0x110000)) if c.isspace()} <= _HARD_START


def test_hard_suspects_are_the_lines_the_prefilter_passes() -> None:
    from cleaner.linefeatures import hard_suspects, may_match_hard_patterns

    lines = [*CODE_LINES, *PROSE_LINES, "\u3000indented", "plain Words here", "Words (in brackets)", ""]
    assert hard_suspects(lines) == [i for i, line in enumerate(lines) if may_match_hard_patterns(line)]


def test_hard_char_test_is_the_hard_chars_regex() -> None:
    """The `in` chain that stands in for _HARD_CHARS (in may_match_hard_patterns and hard_suspects) tests the same
    characters: a line holding one of them inside a word is a suspect, one without is not."""
    from cleaner.linefeatures import _HARD_CHARS, _holds_hard_char, hard_suspects

    lines = [f"Word{chr(code)}word" for code in range(0x250)]
    expected = [bool(_HARD_CHARS.search(line)) for line in lines]
    assert [_holds_hard_char(line) for line in lines] == expected
    assert hard_suspects(lines) == [i for i, found in enumerate(expected) if found]
    assert sum(expected) == 9


_ARTICLE = (
    "Die Stadt will die Grundsteuer im kommenden Jahr um fünf Prozent erhöhen, wie der Kämmerer am Dienstag "
    "sagte. Die Erhöhung trifft vor allem Familien, die unter den hohen Energiekosten leiden.",
    "Nach einer dreistündigen Debatte stimmte der Stadtrat dem Haushalt mit knapper Mehrheit zu, während die "
    "Opposition eine Verschiebung der Abstimmung bis nach der Wahl im Frühjahr forderte.",
    "Der Oberbürgermeister verteidigte den Schritt und verwies auf die gestiegenen Kosten für Personal.",
)
_PRINT_PROMOTION = (
    "DER SPIEGEL 52/2018",
    "Heft lesen",
    "Die digitale Welt der Nachrichten.",
    "Einmal anmelden, auf jedem Gerät lesen - auch offline.",
    "Abo-Angebote",
    "Jetzt Abo sichern",
    "Top",
    "Gelesen",
    "1",
    "Aufregung um Greta Thunberg im ICE: Liebe Bahn, wie kann man das so verbocken?",
)


def test_page_furniture_after_the_copyright_footer_goes() -> None:
    """After the footer that closes the article, short promotions and a most-read list go, sentences included."""
    dump = "\n".join((*_ARTICLE, "Alle Rechte vorbehalten", *_PRINT_PROMOTION)) + "\n"
    result = clean(dump, name="dump.txt")
    assert result.text.splitlines() == list(_ARTICLE)
    assert {r.rule for r in result.removed if r.text in _PRINT_PROMOTION} == {"after_article_end"}


def test_paragraphs_after_a_copyright_credit_inside_the_article_stay() -> None:
    """A copyright line that is a photo's credit mid-article is followed by paragraphs: nothing after it goes."""
    dump = "\n".join((_ARTICLE[0], "© 2019 Getty Images. All rights reserved.", *_ARTICLE[1:], "Heft lesen")) + "\n"
    result = clean(dump, name="dump.txt")
    assert all(line in result.text for line in _ARTICLE)
    assert "after_article_end" not in {r.rule for r in result.removed}


def test_short_sentences_after_a_reporting_credit_stay_when_they_are_most_of_the_tail() -> None:
    """A tail that is mostly sentences (an editor's note, a correction) is not page furniture."""
    tail = (
        "Correction: an earlier version of this story misstated the rate.",
        "The council will publish the full budget next week.",
        "Heft lesen",
    )
    dump = "\n".join((*_ARTICLE, "Reporting by Jane Smith; Editing by John Doe", *tail)) + "\n"
    result = clean(dump, name="dump.txt")
    assert all(line in result.text for line in tail[:2])


def test_a_run_of_labels_with_counts_is_a_category_list_and_one_such_line_is_not() -> None:
    """Three or more "Label (N)" lines in a row are an archive's categories; one alone may be the article's."""
    categories = ("35 Days (45)", "@mozhacks (9)", "Developer Tools (73)", "Featured Article (185)")
    body = (
        "Arsenal beat Chelsea on Sunday, with two goals in the last ten minutes.",
        "Arsenal (2)",
        "The win lifts them to second place in the table, a point behind the leaders.",
    )
    kept, removed = classify_lines((*body, *categories), language="en")
    assert kept == body
    assert {r.rule for r in removed} == {"counted_list"}


def test_category_labels_glued_into_one_line_are_a_category_list() -> None:
    """A glued dump's category list, split into lines holding several "Label (N)" each, goes; a sentence with two
    counts in brackets, and a line of labels with a sentence inside, stay."""
    glued = (
        "Articles by Category 35 Days (45) @font-face (9)",
        "A Node.JS Holiday Season (12) about:hacks (2) Boot to Gecko (B2G) (12) Canvas (44) Challenge (9)",
    )
    body = (
        "Arsenal beat Chelsea on Sunday, with two goals in the last ten minutes.",
        "The scorers were Saka (2) and Havertz (1)",
        "Arsenal won. Chelsea (1) Villa (2) Spurs (3)",
    )
    kept, removed = classify_lines((*body, *glued), language="en")
    assert kept == body
    assert {r.rule for r in removed} == {"counted_list"}


def test_a_run_of_years_with_counts_is_no_category_list() -> None:
    """Counts after bare numbers ("2019 (45)") carry no label: a table of figures stays."""
    lines = ("2019 (45)", "2018 (12)", "2017 (73)")
    kept, _removed = classify_lines(("The club's results by season were as follows:", *lines), language="en")
    assert all(line in kept for line in lines)


def test_a_closing_line_near_the_top_closes_nothing() -> None:
    """A line that closes the article (here, a comment count removed before index 1) only ends it when most of
    the dump's text lies before it: near the top, the furniture-like lines after it are left to the other rules."""
    promotion = ("Heft lesen", "Die digitale Welt der Nachrichten.", "Abo-Angebote", "Jetzt Abo sichern", "Top")
    early = ("Die Steuer steigt.", *promotion)
    _kept, removed = classify_lines(early, language="de", article_ends=(1,))
    assert "after_article_end" not in {r.rule for r in removed}
    late = (*_ARTICLE, *promotion)
    _kept, removed = classify_lines(late, language="de", article_ends=(len(_ARTICLE),))
    assert {r.text for r in removed if r.rule == "after_article_end"} == set(promotion)


def test_script_dropped_after_the_closing_line_does_not_weigh_as_text() -> None:
    """A whole page's script after the article, dropped as code, is no text after the closing line: the article
    still holds most of what stayed, and the furniture after the line goes."""
    promotion = ("Heft lesen", "Die digitale Welt der Nachrichten.", "Abo-Angebote", "Jetzt Abo sichern", "Top")
    script = tuple(
        f'window.modules["{number}"] = [function(require,module,exports){{"use strict";var a=require({number});'
        f"Object.defineProperty(exports,'__esModule',{{value:!0}});exports.default=a.init({number},{{}});}}];"
        for number in range(12)
    )
    lines = (*_ARTICLE, *promotion, *script)
    assert sum(map(len, script)) > sum(map(len, _ARTICLE))  # by all its characters, most lie after the line
    _kept, removed = classify_lines(lines, language="de", article_ends=(len(_ARTICLE),))
    assert {r.text for r in removed if r.rule == "after_article_end"} == set(promotion)


def test_a_list_announced_before_the_closing_line_is_no_furniture() -> None:
    """After "Here are the changes residents will see:", a closing line (a comment count) does not end the
    article: the list it announced stays."""
    items = ("Bin collections every two weeks", "Library hours cut on Sundays", "Parking charges up by 20p")
    lines = (*_ARTICLE, "Here are the changes residents will see:", *items)
    _kept, removed = classify_lines(lines, language="de", article_ends=(len(_ARTICLE) + 1,))
    assert "after_article_end" not in {r.rule for r in removed}


def test_code_lines_the_page_marks_are_not_dropped_as_code() -> None:
    """Lines of code the page shows in a <pre> block stay, a closing brace and a run of code lines included;
    the same lines unmarked are code residue and go."""
    lines = (
        "The fetch call returns a promise, so the handler runs once the response has arrived from the server.",
        'fetch("/data.json").then(function(res) {',
        "  console.log(res.ok);",
        "});",
        "The response object tells whether the request succeeded and holds the body, which can be read once.",
    )
    kept, removed = classify_lines(lines, language="en", code=frozenset({1, 2, 3}))
    assert kept == lines and not removed
    kept, removed = classify_lines(lines, language="en")
    assert kept == (lines[0], lines[4])


def test_a_list_that_goes_on_across_a_closing_line_is_no_furniture() -> None:
    """A copyright line dropped between two dates of a tour list closes nothing: the dates after it stay. The
    same footer after a repeated footer line, or before a menu, still ends the article."""
    before = ("June 24 -- Jiffy Lube Live, Bristow, VA",)
    after = ("June 26 -- PPL Center, Allentown, PA", "June 29 -- PNC Bank Arts Center, Holmdel, NJ")
    lines = (*_ARTICLE, *before, *after)
    _kept, removed = classify_lines(lines, language="en", article_ends=(len(_ARTICLE) + 1,))
    assert "after_article_end" not in {r.rule for r in removed}
    menu = ("Impressum", "Datenschutz", "Kontakt")
    lines = (*_ARTICLE, "DER SPIEGEL 52/2018", "DER SPIEGEL 52/2018", *menu)
    _kept, removed = classify_lines(lines, language="de", article_ends=(len(_ARTICLE) + 1,))
    assert [r.text for r in removed if r.rule == "after_article_end"] == ["DER SPIEGEL 52/2018", *menu]


def test_the_bundled_heuristics_toml_sets_each_shape_field_once_and_the_defaults_mirror_it() -> None:
    """Every key of [menus] and [teaser_cards] is a field of the shape that reads it (none ignored, none held
    twice in the thresholds), and the code defaults are the bundled file's values."""
    from dataclasses import fields

    from cleaner.heuristics import Thresholds, load_thresholds
    from cleaner.rules import default_config_dir, read_settings_file

    tables = read_settings_file(default_config_dir(), "heuristics.toml")[1]
    thresholds = load_thresholds(default_config_dir())
    assert set(tables["menus"]) | {"item_shape_overlap"} == {f.name for f in fields(thresholds.menus)}
    assert set(tables["teaser_cards"]) == {f.name for f in fields(thresholds.cards)}
    assert not {f.name for f in fields(Thresholds)} & (set(tables["menus"]) | set(tables["teaser_cards"]))
    assert thresholds == Thresholds()


def test_an_edited_menus_setting_reaches_the_edge_menu_test(tmp_path: Path) -> None:
    """The shapes are read from the config folder's heuristics.toml: with menu_min_items raised above a menu's
    length, the menu above the article stays."""
    import shutil

    from cleaner.config import reload_config_files
    from cleaner.rules import default_config_dir

    menu = tuple(f"Section {name}" for name in "ABCDEFGHIJKL")
    lead = (
        "The council approved the plan for the new town square on Monday evening, after three years of debate "
        "among residents and traders."
    )
    lines = (*menu, "Council approves square", lead, lead.replace("Monday", "Tuesday"))
    assert "edge_menu" in {r.rule for r in classify_lines(lines, language="en")[1]}
    folder = tmp_path / "config"
    shutil.copytree(default_config_dir(), folder)
    path = folder / "heuristics.toml"
    text = path.read_text(encoding="utf-8")
    assert "menu_min_items = 10\n" in text
    path.write_text(text.replace("menu_min_items = 10\n", "menu_min_items = 40\n"), encoding="utf-8")
    reload_config_files()
    try:
        assert "edge_menu" not in {r.rule for r in classify_lines(lines, language="en", config_dir=folder)[1]}
    finally:
        reload_config_files()


THAI_PARAGRAPHS = (
    "ภูชนะ (นามแฝง) เป็นคนใกล้ชิดของนายสุรชัย ด่านวัฒนานุสรณ์ หรือ สุรชัย แซ่ด่าน "
    "นักเคลื่อนไหวทางการเมืองที่ลี้ภัยออกจากประเทศไทยและได้หายตัวไปจากที่พักในประเทศเพื่อนบ้านในช่วงคืนวันที่ "
    "12-13 ธ.ค.2561 พร้อมกันกับสุรชัยและคนสนิทอีกคนหนึ่ง",
    "ปรานี ด่านวัฒนานุสรณ์ ภรรยาของสุรชัยกล่าวว่า ได้ทราบข่าวจากบุตรชายของภูชนะแล้ว แต่ยังไม่ขอพูดอะไร "
    "โดยเบื้องต้นได้ทำใจแต่แรกแล้วว่าเหตุการณ์ลักษณะนี้จะต้องเกิดขึ้นสักวันหนึ่ง",
)
THAI_MENU = (
    "บล็อกกาซีน", "ร้านค้า", "โฆษณา", "สมาชิกอุปถัมภ์", "สนับสนุน", "ปฏิทินกิจกรรม", "มอนิเตอร์", "การเมือง",
    "เศรษฐกิจ", "วัฒนธรรม บันเทิง", "ต่างประเทศ", "คุณภาพชีวิต", "แรงงาน", "สิ่งแวดล้อม",
)  # fmt: skip


def test_thai_paragraphs_without_full_stops_are_text_and_the_menu_above_them_goes() -> None:
    """Thai ends its sentences with no mark: its paragraphs are told by their length, as a Latin line's would be
    (a Thai letter is no word as a Chinese character is), so the site's menu above them is told apart and goes;
    a menu entry and a related story's headline are short and stay not good."""
    kept, removed = classify_lines((*THAI_MENU, *THAI_PARAGRAPHS), language="th")
    assert kept == (*THAI_MENU[-3:], *THAI_PARAGRAPHS)  # the last lines above the article may be its header
    assert {r.rule for r in removed} == {"edge_menu"}
    t = load_thresholds()
    stop = stopwords("th")
    assert all(is_good(line_stats(line, stop, no_spaces=True), t) for line in THAI_PARAGRAPHS)
    headline = "ตร.เร่งหาเบาะแสคดีฆ่ายัดเสาถ่วงน้ำโขง พบอีก 2 ศพ คาดเป็นคนสนิท อ.สุรชัย"
    assert not any(is_good(line_stats(line, stop, no_spaces=True), t) for line in (*THAI_MENU, headline))
    chinese_headline = (
        "金正恩氏が訪中、習国家主席と会談 中国国営メディアが報道"  # CJK: unchanged, no sentence, not good
    )
    assert not is_good(line_stats(chinese_headline, stopwords("ja"), no_spaces=True), t)
