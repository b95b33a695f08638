"""Header shapes of syndicated and aggregated stories: zone offsets after the time, a section after the date, the
writer's paper after the name, and an outlet's name alone where a byline stands."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.bylines import read_byline
from cleaner.datelines import read_header_line
from cleaner.header_words import load_header_words

WORDS = load_header_words()
BODY = (
    "The council approved the plan on Friday after months of talks with residents and the harbour trust.",
    "Work on the wall is expected to begin in the spring and to last about two years, officials said.",
)
TITLE = "Council approves plan to rebuild the old harbour wall after winter storms"


@pytest.mark.parametrize(
    ("line", "iso", "role"),
    [
        ("Wed, March 5, 2025, 7:30 AM GMT+1", "2025-03-05T07:30", "date"),
        ("Updated Wed, March 5, 2025 at 4:12 PM UTC-05:00·2 min read", "2025-03-05T16:12", "date_modified"),
        ("Mar 5, 2025 - Politics & Policy", "2025-03-05", "date"),
        ("Mar 5, 2025 - Health", "2025-03-05", "date"),
    ],
)
def test_a_dateline_with_a_zone_offset_or_a_section_is_read(line: str, iso: str, role: str) -> None:
    """The zone's offset is part of the time; a section's name after the date and a dash labels the page."""
    read = read_header_line(line, WORDS)
    assert read is not None
    assert [(stamp.iso(), r) for stamp, r in read.stamps] == [(iso, role)]


@pytest.mark.parametrize(
    "line",
    [
        "March 5, 2025 - The council said it would decide later",
        "Mar 5, 2025 - Prices rose again",
        "Mar 5, 2025 - Economy & jobs report due",
        "Mar 5, 2025 - Hannah Osei",  # two words after the dash: maybe the writer's name, not read as a section
        "Mar 5, 2025 | Health",  # after a bar a capitalised word may be anything
    ],
)
def test_a_sentence_after_a_date_is_no_dateline(line: str) -> None:
    """Words in sentence case after the date are a sentence, not a section's name."""
    assert read_header_line(line, WORDS) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Rachel Adams, USA TODAY", ("Rachel Adams",)),
        ("Mark Li and Sara Ortiz, The Des Moines Register", ("Mark Li", "Sara Ortiz")),
        ("Tom Baker, Palm Beach Post", ("Tom Baker",)),
        ("By Emily Post", ("Emily Post",)),
        ("By KEVIN WARD, ANA DIAZ", ("Kevin Ward", "Ana Diaz")),
    ],
)
def test_the_writers_paper_after_the_names_is_no_writer(line: str, names: tuple[str, ...]) -> None:
    """A newspaper's name after the writers says where they work; a person's name that ends like one stays."""
    byline = read_byline(line, WORDS, bare=True)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    "line", ["Riverside Daily Sentinel", "By The Valley Courier", "By The Morning Herald", "USA TODAY"]
)
def test_an_outlet_alone_where_the_byline_stands_names_no_one(line: str) -> None:
    """An aggregator prints the source paper where a byline goes: a byline, of nobody."""
    byline = read_byline(line, WORDS, bare=True)
    assert byline is not None
    assert byline.names == ()


def test_a_syndicated_header_gives_the_writer_and_the_date() -> None:
    """Yahoo's shape: the title, "Name, OUTLET", then the date with its zone's offset and a reading time."""
    dump = "\n".join((TITLE, "Rachel Adams, USA TODAY", "Wed, March 5, 2025 at 7:30 AM GMT+1·3 min read", *BODY))
    result = clean(dump + "\n", name="dump.txt")
    assert result.metadata["author"] == "Rachel Adams"
    assert result.metadata["date"] == "2025-03-05T07:30"
    assert result.text.splitlines() == list(BODY)


def test_an_aggregators_source_line_is_no_author() -> None:
    """NewsBreak's shape: the title, the source paper, a relative time."""
    dump = "\n".join((TITLE, "Riverside Daily Sentinel", "2 days ago", *BODY))
    result = clean(dump + "\n", name="dump.txt")
    assert result.metadata.get("author") is None
    assert result.text.splitlines() == list(BODY)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mei Tanaka · CBC News · Posted: Mar 5, 2025 7:30 AM ET | Last Updated: 3 hours ago", ("Mei Tanaka",)),
        ("Ottawa · CBC News · Posted: Mar 5, 2025 7:30 AM ET", ()),  # one word: the place filed from
        ("Madrid - 06 feb 2024", ()),
    ],
)
def test_a_writer_before_a_desk_in_a_dateline_is_the_author(line: str, names: tuple[str, ...]) -> None:
    """The CBC's dateline opens with the writer, then the desk, then the date: the writer is read."""
    read = read_header_line(line, WORDS)
    assert read is not None
    assert read.names == names
