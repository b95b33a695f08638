"""The header of a dump glued into one line: its datelines and bylines are cut out, read, and the body stays."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.rules import Rule, load_rulebook

TITLE = "Ministers accused of failing to act as hospital waiting lists hit a record high"
BODY = (
    "Ministers have been accused of failing to act while the waiting list for hospital treatment reached a record.",
    "The figures, published by the health service on Thursday, show that the number of patients waiting has risen.",
    "The chief executive of the confederation said staff were exhausted and the public were rightly worried.",
    "The department said it was investing record sums in the health service and would cut the backlog this year.",
    "Opposition leaders said the government had been warned repeatedly about the staffing crisis in hospitals.",
    "Nurses and junior doctors have staged a series of strikes over pay and conditions since the start of winter.",
    "Hospital managers say the strikes have forced them to cancel thousands of operations and appointments.",
)
FOOTER = "Share Reuse this content Most viewed"
HEADER_RULES = (
    "cut_header_dateline",
    "cut_name_before_dateline",
    "cut_byline_outlet",
    "cut_article_age",
    "cut_signup_form_state",
    "cut_numeric_dateline",
)


def _glued(header: str, body: tuple[str, ...] = BODY) -> str:
    return " ".join((TITLE, header, *body, FOOTER)) + "\n"


def _rules() -> list[Rule]:
    rules = {rule.name: rule for rule in load_rulebook(None).generic.rules}
    return [rules[name] for name in HEADER_RULES]


@pytest.mark.parametrize(
    ("header", "author", "date", "modified"),
    [
        (
            "Denis Campbell Health policy editor Thu 9 Feb 2023 00.01 GMT Last modified on Thu 9 Feb 2023 10.12 GMT",
            "Denis Campbell",
            "2023-02-09T00:01",
            "2023-02-09T10:12",
        ),
        ("Sam Rkaina Monday 13 March 2023 14:20 GMT", "Sam Rkaina", "2023-03-13T14:20", None),
        (
            "By Emma Parker Reporter 17:44, 6 MAR 2023 Updated 18:02, 6 MAR 2023",
            "Emma Parker",
            "2023-03-06T17:44",
            "2023-03-06T18:02",
        ),
        ("Jane Doe Published March 3, 2023 10:23am EST", "Jane Doe", "2023-03-03T10:23", None),
        ("Jane Doe March 3, 2023 at 10:23 a.m. EST", "Jane Doe", "2023-03-03T10:23", None),
        ("By Jane Doe Published: 14:20 GMT, 13 March 2023", "Jane Doe", "2023-03-13T14:20", None),
        ("John Smith Wednesday, March 1, 2023 11:05 AM ET", "John Smith", "2023-03-01T11:05", None),
        ("By Jane Doe Published 13 March 2023", "Jane Doe", "2023-03-13", None),
        (
            "Kevin Johnson and Kevin McCoy USA TODAY Published 7:07 PM EST Nov 19, 2019",
            "Kevin Johnson; Kevin McCoy",
            "2019-11-19T19:07",
            None,
        ),
        ("Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019", "Tom Davies", "2019-11-19T23:34", None),
        (
            "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader Published 10:02 AM EST Nov 19, 2019",
            "Lisa Kaczke; Trevor J. Mitchell",
            "2019-11-19T10:02",
            None,
        ),
        ("by Jeff Foust Monday, November 18, 2019", "Jeff Foust", "2019-11-18", None),
        (  # GB News: numeric dates, a time after a dash, a 24-hour clock (so day first)
            "By Tom Walker Published: 04/12/2023 - 09:41 Updated: 04/12/2023 - 13:05",
            "Tom Walker",
            "2023-12-04T09:41",
            "2023-12-04T13:05",
        ),
        (
            "Elliot Brownstein Florida Today Published 2:16 AM EST Nov 20, 2019",
            "Elliot Brownstein",
            "2019-11-20T02:16",
            None,
        ),
    ],
    ids=lambda value: str(value)[:24],
)
def test_glued_header_stamp_is_cut_and_read(header: str, author: str, date: str, modified: str | None) -> None:
    """The dateline and the writer's name glued between the title and the first sentence become header lines:
    the metadata has the author and the dates, the text has neither, and every sentence of the article stays."""
    result = clean(_glued(header), name="dump.txt")
    assert result.metadata["author"] == author
    assert result.metadata["date"] == date
    assert result.metadata["date_modified"] == modified
    assert result.metadata["title"] == TITLE
    kept = result.text.splitlines()
    assert kept[: len(BODY)] == list(BODY)
    assert not any(char.isdigit() for char in " ".join(kept[:1]))  # no stamp glued to the first sentence


@pytest.mark.parametrize(
    "header",
    [
        "This article is more than 1 year old Health leaders say the government has failed to act on staffing"
        " Denis Campbell Health policy editor Thu 9 Feb 2023 00.01 GMT",
        "Sam Rkaina Monday 13 March 2023 14:20 GMT Sign up to our free breaking news emails Please enter a valid"
        " email address I would like to be emailed about offers, events and updates from The Independent."
        " Thanks for signing up to the Breaking News email",
        "By Jane Doe | Fox News",
    ],
    ids=["article-age", "signup-box", "byline-outlet"],
)
def test_header_furniture_glued_before_the_first_sentence_goes(header: str) -> None:
    """An age notice, a sign-up box's states and a byline with its outlet, glued into the header, are cut out and
    dropped; the first sentence no longer carries them and the article is whole."""
    result = clean(_glued(header), name="dump.txt")
    kept = result.text.splitlines()
    for junk in ("year old", "valid email", "Thanks for signing up", "Fox News"):
        assert junk not in result.text
    assert kept[-len(BODY) :] == list(BODY)


# body sentences that name a date (with a weekday, a clock time, a zone): none of them is a header stamp
BODY_DATES = (
    "On Monday 13 March 2023 the council met to discuss the budget for the coming year.",
    "The council met on Monday 13 March 2023 at 14:20 GMT to vote on the plan for the new bridge.",
    "Voting closed at 10pm on Thursday 9 Feb 2023 and the results followed early the next morning.",
    "Police said the crash happened between 17:44, 6 MAR 2023 and midnight on the same road.",
    "Updated guidance was issued on 13 March 2023 by the department after a string of complaints.",
    "Jane Doe wrote on Thursday 9 Feb 2023 that the plan had failed and would have to be redrawn.",
    "The match kicks off Saturday 4 March 2023 at 3pm and tickets are still available from the club.",
    "The ceasefire began at Friday, March 3, 2023 10:00 a.m. local time, officials on both sides said.",
    "Executives unveil the concept vehicle at the auto show in Los Angeles Tuesday, Nov. 19, 2019.",
    "The mayor met Jane Doe Monday, March 13, 2023 at City Hall to discuss the plan for the park.",
)
# the same, where a date reads like a stamp until the word after it (a zone, a lower-case word, a comma)
BODY_STAMP_SHAPES = (
    "The strike began Monday 13 March 2023 14:20 GMT and ended the next day after talks.",
    "Polls open Thursday 4 May 2023 07:00 BST and close at 10pm the same evening.",
    "Smith said Monday 13 March 2023 14:20 GMT Britain would act within the week.",
    "Kick-off: Saturday 4 March 2023 15:00 GMT Tickets are still available from the club shop.",
    "The hearing, set for Thursday 9 February 2023 10:00 GMT, was postponed by the judge.",
    "The bill was signed March 3, 2023 at 10:23 a.m. EST by the governor in front of reporters.",
    "The deadline passed at 17:44, 6 March 2023, according to the court filing seen by the paper.",
    "Updated 04/12/2023 figures show that the backlog grew again over the autumn months.",
    "The notice Posted: 04/12/2023 at 09:41 by the council said the road would close for a week.",
)


@pytest.mark.parametrize("sentence", BODY_DATES + BODY_STAMP_SHAPES, ids=lambda s: s[:30])
def test_no_header_cut_takes_a_date_in_a_body_sentence(sentence: str) -> None:
    """The header cuts never match inside a body sentence that names a date, wherever it is glued."""
    context = f"{BODY[1]} {sentence} {BODY[2]}"
    for rule in _rules():
        assert rule.pattern.search(context) is None, rule.name


@pytest.mark.parametrize("sentence", BODY_DATES, ids=lambda s: s[:30])
def test_body_sentence_with_a_date_stays_in_a_glued_dump(sentence: str) -> None:
    """A sentence with a date, glued among the body's sentences under a glued header, comes out whole."""
    body = (*BODY[:3], sentence, *BODY[3:])
    result = clean(_glued("Sam Rkaina Monday 13 March 2023 14:20 GMT", body), name="dump.txt")
    assert result.text.splitlines()[: len(body)] == list(body)
    assert result.metadata["date"] == "2023-03-13T14:20"


def test_a_menu_between_the_headline_and_its_copy_is_no_writer() -> None:
    """A newsletter platform prints its share menu ("Copy link", "Facebook", "Email", "Notes", "More") between the
    headline and the headline again; glued, "Notes More" stands under the first copy in the shape of a name, but
    "More" alone is a button the rules drop: the writer is the name over the date under the second copy."""
    headline = "The quiet collapse of local news"
    dump = " ".join(
        (
            "The Policy Desk Subscribe Sign in Share this post The Policy Desk",
            headline,
            "Copy link Facebook Email Notes More",
            headline,
            "Three papers closed this month. Nobody noticed.",
            "Rachel Moss Jun 11, 2024 142 37 Share",
            *BODY,
        )
    )
    result = clean(dump + "\n", name="dump.txt")
    assert result.metadata["author"] == "Rachel Moss"
    assert result.metadata["title"] == headline
    for sentence in BODY:
        assert sentence in result.text


@pytest.mark.parametrize("copy", [False, True])
def test_a_writer_under_the_headline_is_still_read(copy: bool) -> None:
    """A writer's bare name under the headline is the author, also when the headline is printed again under it
    (found in review: a guard on the copy alone lost this writer)."""
    dump = "\n".join((TITLE, "Rachel Moss", *((TITLE,) if copy else ()), "Jun 11, 2024", *BODY))
    result = clean(dump + "\n", name="dump.txt")
    assert result.metadata["author"] == "Rachel Moss"
    assert "Rachel Moss" not in result.text
