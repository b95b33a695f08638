"""Hard-wrapped text dumps have their paragraphs rejoined; dumps whose lines are their paragraphs never do."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.cli import main
from cleaner.reflow import ReflowSettings, load_reflow_settings, reflow

BODY = [
    "The city council voted on Tuesday to close the old bridge over the river for at least two years, "
    "after engineers found that corrosion had eaten through several of the steel cables that hold up its deck.",
    "Commuters who cross it every day will have to take a detour of about six kilometres, and the council said "
    "it would run extra buses during the morning and evening rush hours while the work goes on.",
    "The mayor said the decision had not been taken lightly, but that the safety of residents had to come first "
    "and that the repairs could not wait for another winter of salt and frost on the cables.",
    "A spokesman for the engineering firm said the bridge, which opened in 1962, was never designed for the heavy "
    "lorries that now use it, and that similar problems have been found on bridges of the same age elsewhere.",
]
JUNK = ["Advertisement", "Share this article", "Read more: Council approves new budget for next year"]


def _wrapped(paragraphs: list[str], width: int, *, blank_lines: bool, indent: str = "") -> str:
    wrapped = ["\n".join(textwrap.wrap(p, width, initial_indent=indent, subsequent_indent=indent)) for p in paragraphs]
    return ("\n\n" if blank_lines else "\n").join(wrapped) + "\n"


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_wrapped_article_gets_its_paragraphs_back(width: int, blank_lines: bool) -> None:
    """Text wrapped at 60-80 columns, with or without blank lines between paragraphs: each paragraph is one line
    again, the junk lines between them stay lines of their own."""
    paragraphs = [BODY[0], JUNK[0], BODY[1], BODY[2], JUNK[1], BODY[3]]
    found = reflow(_wrapped(paragraphs, width, blank_lines=blank_lines), load_reflow_settings())
    assert found is not None and found.width == width
    assert found.lines == tuple(paragraphs)


def test_a_lynx_dump_joins_its_indented_paragraphs_and_keeps_headings_and_bullets_apart() -> None:
    """lynx -dump: body indented three spaces, headings at the margin, bullets start items, CRLF line ends; an
    address longer than the width stands on a line of its own."""
    body = _wrapped(BODY[:3], 76, blank_lines=True, indent="   ")
    items = "\n".join(f"     * {item}" for item in ("Home", "News", "Sport"))
    url = "   https://www.example-news.com/2024/05/14/local/council-closes-old-bridge-for-repairs-after-inspection"
    dump = f"Council closes old bridge\n\n{items}\n\n{body}\n{url}\n\n" + _wrapped([BODY[3]], 76, blank_lines=True)
    found = reflow(dump.replace("\n", "\r\n"), load_reflow_settings())
    assert found is not None and found.width == 76
    assert found.lines == (
        "Council closes old bridge",
        "* Home",
        "* News",
        "* Sport",
        *BODY[:3],
        url.strip(),
        BODY[3],
    )


def test_a_word_broken_after_its_hyphen_is_whole_again() -> None:
    """Python's textwrap breaks "make-up" after the hyphen: rejoined, it is one word again."""
    paragraph = BODY[0].replace("over the river", "over the well-known river")
    lines = textwrap.wrap(paragraph, 72)
    broken = next(i for i, line in enumerate(lines) if line.endswith("well-"))  # the wrap breaks it there
    assert lines[broken + 1].startswith("known")
    found = reflow(_wrapped([paragraph, *BODY[1:]], 72, blank_lines=True), load_reflow_settings())
    assert found is not None and found.lines[0] == paragraph


HEADLINES = [
    "Council closes old bridge for two years after engineers find corroded cables",
    "Police appeal for witnesses after a collision on the ring road left two injured",
    "Local bakery wins national award for the third year in a row, owners say thanks",
    "School governors approve plans for a new sports hall and a bigger car park",
    "Weather warning issued as forecasters expect heavy rain across the region tonight",
    "Hospital trust says waiting times for routine operations have fallen this spring",
    "Football club signs striker on a two-year deal ahead of the new season opener",
    "Residents object to plans for a warehouse on the edge of the nature reserve",
]
SHORT_PARAGRAPHS = [
    "The council voted to close the old bridge on Tuesday.",
    "Engineers found corrosion in several of the steel cables that hold up its deck.",
    "Commuters will have to take a detour of about six kilometres.",
    "Extra buses will run during the morning and evening rush hours.",
    "The mayor said the safety of residents had to come first.",
    "The repairs could not wait for another winter of salt and frost on the cables.",
    "The bridge opened in 1962 and was never designed for heavy lorries.",
    "Similar problems have been found on bridges of the same age elsewhere in the country.",
]


@pytest.mark.parametrize("lines", [HEADLINES, SHORT_PARAGRAPHS, HEADLINES + SHORT_PARAGRAPHS])
def test_a_dump_of_lines_near_one_length_is_not_wrapped(lines: list[str]) -> None:
    """Headline lists and one-sentence paragraphs are all about as long as a wrapped line, and some lines would
    leave no room for the next line's first word: still none of them is a wrapped paragraph's line."""
    assert max(map(len, lines)) <= 100
    assert reflow("\n".join(lines) + "\n", load_reflow_settings()) is None


def test_a_dump_whose_lines_are_its_paragraphs_is_never_touched() -> None:
    dump = "\n".join([HEADLINES[0], "By Jane Smith", *BODY, *JUNK]) + "\n"
    assert reflow(dump, load_reflow_settings()) is None
    assert "reflowed_width" not in clean(dump, name="x.txt").metadata


def test_a_junk_line_between_wrapped_paragraphs_goes_and_the_body_stays() -> None:
    """End to end: the record names the width, the junk lines go by their rules, every body sentence stays, and
    removals name the input line they came from."""
    dump = _wrapped([HEADLINES[0], *BODY[:2], JUNK[0], BODY[2], JUNK[1], BODY[3]], 72, blank_lines=False)
    result = clean(dump, name="x.txt")
    assert result.metadata["reflowed_width"] == 72
    assert result.text.split("\n")[:-1] == BODY
    removed = {r.text: r.line_no for r in result.removed}
    assert set(removed) >= {"Advertisement", "Share this article"}
    input_lines = dump.split("\n")
    assert all(input_lines[number - 1] == text for text, number in removed.items() if text in JUNK)


def test_script_and_a_headline_are_not_joined_to_the_body_without_blank_lines() -> None:
    """Without blank lines between paragraphs a full-width line of script or a headline before a paragraph
    leaves no room for its first word either: the script stays apart (its rule drops it alone) and so does a
    headline before a sentence's first word."""
    script = 'window.dataLayer.push({"event": "article_view", "section": "local-news", "id": 1});'
    headline = "Council closes old bridge after engineers find corroded cables in deck"
    dump = _wrapped([BODY[0], script, headline, "The " + BODY[1][0].lower() + BODY[1][1:]], 72, blank_lines=False)
    found = reflow(dump, load_reflow_settings())
    assert found is not None
    assert script in found.lines and headline in found.lines


def test_the_thresholds_are_read_from_heuristics_toml() -> None:
    """[reflow] max_wrap_width bounds the widths taken for a wrap: below the dump's width, nothing is joined."""
    dump = _wrapped(BODY * 2, 80, blank_lines=True)
    assert reflow(dump, load_reflow_settings()) is not None
    assert reflow(dump, ReflowSettings(max_wrap_width=79)) is None
    assert load_reflow_settings().starters  # the sentence starters of [split]


def test_explain_says_the_dump_was_reflowed_and_numbers_removals_by_input_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--explain names the width first; a removal's number is its line in the input file; so does the record."""
    dump = _wrapped([*BODY[:2], JUNK[0], *BODY[2:]], 72, blank_lines=True)
    source = tmp_path / "wrapped.txt"
    source.write_text(dump, encoding="utf-8")
    assert main(["clean", str(source), "-o", str(tmp_path / "out"), "--explain", "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert "reflowed: lines hard-wrapped at 72 columns" in out
    junk_line = dump.split("\n").index(JUNK[0]) + 1
    assert f"{source}:{junk_line}: " in out and out.rstrip().endswith(JUNK[0])
    assert json.loads((tmp_path / "out" / "wrapped.json").read_text())["reflowed_width"] == 72
