"""Furniture of line-shaped dumps from publishers we have no profile for: counters and times above the article,
a writer's beat under the byline, comment-section house rules, platform disclaimers, share buttons with counts,
standards footers. Body lines with the same words or shapes stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.heuristics import classify_lines
from tests.test_generalization import PARAGRAPHS, _clean_with

LEAD = (
    "The province has issued a flood watch for the river south of the city, warning that heavy rain and late "
    "snowmelt could push water levels up by another metre before the weekend."
)
BODY = PARAGRAPHS["en"]

DROP = [
    (
        "To encourage thoughtful and respectful conversations, first and last names will appear with each "
        "submission to our online communities.",
        "comment_policy",
    ),
    ("Pseudonyms will no longer be permitted.", "comment_policy"),
    ("Comments are moderated and may take a while to appear.", "comment_policy"),
    ("By submitting a comment, you accept that we may publish it in print.", "comment_policy"),
    (
        "NewsBreak is an open platform with diverse opinions. The views expressed here do not necessarily "
        "represent NewsBreak.",
        "platform_disclaimer",
    ),
    ("The views expressed here do not necessarily reflect those of the publisher.", "platform_disclaimer"),
    ("share2", "share_count_button"),
    ("Likes (1.2K)", "share_count_button"),
    ("CBC's Journalistic Standards and Practices|About CBC News", "standards_footer_link"),
    ("Support safe, smart, sane journalism.", "support_prompt"),
    ("share share", "share_count_button"),
    ("This commenter is a Washington Post editor, reporter or producer.", "comment_policy"),
    ("All comments are posted in the All Comments tab.", "comment_policy"),
    (
        "No está permitido verter comentarios contrarios a las leyes, injuriantes, ilícitos o lesivos a terceros.",
        "comment_policy",
    ),
    ("Bitte beachten Sie unsere Netiquette.", "comment_policy"),
    ("※コメントは個人の見解であり、記事提供社と関係はありません。", "comment_policy"),
    ("Twitter | Facebook | Google+", "social_names_row"),
    ("Facebook Twitter Google+ Mobile RSS", "social_names_row"),
    ("Index actualité : A B C D E F G H I J K L M N O P Q R S T U V W X Y Z", "alphabet_index"),
    ("Visto 314 veces", "view_count_phrase"),
    ("This article was produced with the assistance of AI and reviewed by an editor.", "ai_disclosure_note"),
    ("This content was created with the help of AI tools and checked by our newsroom.", "ai_disclosure_note"),
    ("Dieser Artikel wurde mithilfe von KI erstellt und redaktionell geprüft.", "ai_disclosure_note"),
    ("🔵 Read our Ukraine war live blog for the latest updates", "live_blog_pointer"),
    ("Follow our live coverage here", "live_blog_pointer"),
    ("Folgen Sie unserem Liveblog zum Krieg in der Ukraine", "live_blog_pointer"),
    ("Thursday 3 March 2023 10:02, UK", "date_only_line"),
    ("By Jane Smith, News Reporter", "byline_line"),
]

KEEP = [
    "Linux is an open platform for developers, the company said.",
    "To encourage thoughtful conversations, the mayor will hold town halls in every ward.",
    "Comments are moderated by volunteers on the forum, its founder said.",
    "Support for the measure has grown among younger voters since the spring.",
    "Support local shops, the campaign urged shoppers this weekend.",
    "The views expressed by residents at the meeting varied widely.",
    "Shares in the company fell by 12 per cent on Monday.",
    "Journalistic standards have fallen, the inquiry heard from several witnesses.",
    "Facebook and Twitter both refused to comment on the findings.",
    "All comments are posted by the moderators after review, the company said in a statement.",
    "This commenter is a regular at council meetings, the clerk said.",
    "Plan A B C D E F G was the code name, the report said.",
    "Visto 314 veces en un año, el vídeo se hizo viral.",
    "The study was produced with the help of AI researchers at the university.",
    "This film was created using AI, its director said, and it shows.",
    "Read our coverage of the trial, she told the jury, and you will see the live evidence was ignored.",
    "Thursday 3 March 2023 was the wettest day of the year, forecasters said.",
    "By Christmas Eve, Santa Claus",
]


@pytest.mark.parametrize(("line", "rule"), DROP, ids=[line[:40] for line, _rule in DROP])
def test_unseen_furniture_goes_by_its_rule(line: str, rule: str) -> None:
    result = _clean_with(line)
    assert line not in result.text.splitlines()
    assert [r.rule for r in result.removed if r.text == line] == [rule]
    assert set(BODY) <= set(result.text.splitlines())


@pytest.mark.parametrize("line", KEEP, ids=[line[:40] for line in KEEP])
def test_body_sentence_with_furniture_words_stays(line: str) -> None:
    result = _clean_with(line)
    assert line in result.text.splitlines(), [(r.rule, r.text) for r in result.removed]
    assert set(BODY) <= set(result.text.splitlines())


def test_counters_and_a_time_above_the_first_paragraph_go() -> None:
    """A like count and a comment count under the header, a video's length and a post's time above the first
    paragraph go; the standfirst above them stays."""
    standfirst = "Three papers closed this month. Nobody noticed."
    for counts in (("142", "37"), ("2:41",), ("3:59 PM",), ("1.2K",)):
        kept, removed = classify_lines((standfirst, *counts, LEAD, *BODY), language="en")
        assert kept == (standfirst, LEAD, *BODY), counts
        assert {r.rule for r in removed} == {"lone_count_above_article"}


def test_figures_inside_the_article_or_in_a_table_above_it_stay() -> None:
    """Figures alone between paragraphs are the article's (a big number, a score); three or more in a row above
    the first paragraph are a table's; a year alone is no count."""
    inside = (LEAD, BODY[0], "42", BODY[1], "2:41", BODY[2])
    assert classify_lines(inside, language="en")[0] == inside
    table = ("Results", "12", "34", "56", LEAD, *BODY)
    assert classify_lines(table, language="en")[0] == table
    year = ("2024", LEAD, *BODY)
    assert classify_lines(year, language="en")[0] == year


def test_the_writers_beat_under_the_byline_goes() -> None:
    """ "Jane Smith covers aviation." under the byline is the writer's bio; a sentence opening with another
    person's name and the same verb stays."""
    dump = "\n".join(
        (
            "Boeing faces new inspection probe",
            "Samuel Ortega",
            "Samuel Ortega covers aviation and transportation.",
            "Jun 11, 2024, 09:14am EDT",
            LEAD,
            "Mike Whitaker covers the cost of the inspections from his agency's budget, officials said.",
            *BODY,
        )
    )
    result = clean(dump + "\n", name="dump.txt")
    kept = result.text.splitlines()
    assert "Samuel Ortega covers aviation and transportation." not in kept
    assert ("author_bio", "Samuel Ortega covers aviation and transportation.") in {
        (r.rule, r.text) for r in result.removed
    }
    assert result.metadata["author"] == "Samuel Ortega"
    assert {LEAD, *BODY} <= set(kept)
    assert "Mike Whitaker covers the cost of the inspections from his agency's budget, officials said." in kept


def test_the_writers_bio_by_surname_goes_only_at_the_end() -> None:
    """ "Ortega covers aviation for Forbes." among the last lines is the writer's bio; the same line between the
    article's paragraphs stays (the article may name another Ortega)."""
    bio = "Ortega covers aviation for Forbes."
    header = ("Boeing faces new inspection probe", "By Samuel Ortega", "June 11, 2024")
    at_end = clean("\n".join((*header, LEAD, *BODY, bio)) + "\n", name="dump.txt")
    assert bio not in at_end.text.splitlines()
    assert ("author_bio", bio) in {(r.rule, r.text) for r in at_end.removed}
    inside = clean("\n".join((*header, LEAD, bio, *BODY, *BODY[::-1], LEAD)) + "\n", name="dump.txt")
    assert bio in inside.text.splitlines()


NAV = ("AP News", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check")


def test_a_menus_last_items_parted_by_a_dropped_line_go_with_the_rest() -> None:
    """A rule's line ("Newsletters") cut the site's menu in two and the header took the title under it: the
    menu's last items ("Photography", "Donate") go with its first part."""
    lines = (*NAV, "Photography", "Donate", LEAD, *BODY)
    gaps = {0: 1, len(NAV): 1, len(NAV) + 2: 6}  # "Skip to content"; "Newsletters"; buttons, title and byline
    kept, removed = classify_lines(lines, language="en", gaps=gaps)
    assert kept == (LEAD, *BODY)
    assert {r.rule for r in removed} == {"between_boilerplate"}


def test_short_lines_after_the_first_good_line_or_with_no_menu_above_stay() -> None:
    """Below the article's first good line, a subhead between dropped lines stays, and so do short lines under a
    standfirst, however many lines the rules dropped around them."""
    lines = (*NAV, LEAD, "What happens next", BODY[0], BODY[1])
    gaps = {0: 1, len(NAV): 2, len(NAV) + 1: 1, len(NAV) + 2: 2}
    kept, _removed = classify_lines(lines, language="en", gaps=gaps)
    assert kept == (LEAD, "What happens next", BODY[0], BODY[1])
    standfirst = ("Three papers closed this month. Nobody noticed.", "Photography", "Donate", LEAD, *BODY)
    assert classify_lines(standfirst, language="en", gaps={0: 3, 1: 1, 3: 4})[0] == standfirst


def test_a_label_between_the_dateline_and_the_buttons_goes() -> None:
    """An imprint's name ("NewsLocal") under the dateline, with a comment count under it, is the header's; a
    subhead under the dateline with the article's first paragraph under it stays."""
    header = ("Sydney mum's warning after toddler swallows button battery", "Chloe Ambrose", "June 11, 2024 - 9:14AM")
    result = clean("\n".join((*header, "NewsLocal", "14 comments", "Share", LEAD, *BODY)) + "\n", name="dump.txt")
    assert "NewsLocal" not in result.text.splitlines()
    assert ("label_under_dateline", "NewsLocal") in {(r.rule, r.text) for r in result.removed}
    assert {LEAD, *BODY} <= set(result.text.splitlines())
    subhead = clean("\n".join((*header, "Early warning", LEAD, *BODY)) + "\n", name="dump.txt")
    assert "Early warning" in subhead.text.splitlines()
