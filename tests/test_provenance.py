"""Every removal names the line of the input it came from, whichever stage removed it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.model import Document
from cleaner.provenance import first_numbers

SEED_LBC = Path(__file__).parent / "data" / "seeds" / "000_40c3e950edd16ec3.txt"


def test_removals_carry_the_input_line_numbers_of_a_blank_line_separated_dump() -> None:
    """In a dump with blank lines between paragraphs, each removed line's number is its line in the file."""
    raw = SEED_LBC.read_bytes()
    file_lines = raw.decode("utf-8").split("\n")
    result = clean(raw, name=SEED_LBC.name)
    assert len(result.removed) >= 10
    for removal in result.removed:
        assert " ".join(file_lines[removal.line_no - 1].split()) == removal.text


def test_removals_come_in_input_order() -> None:
    """The record lists removals by their line in the input, not by the stage that made them."""
    result = clean(SEED_LBC.read_bytes(), name=SEED_LBC.name)
    numbers = [r.line_no for r in result.removed]
    assert numbers == sorted(numbers)
    assert {r.category for r in result.removed} >= {"title", "dateline", "byline", "widget", "teaser"}


def test_junk_cut_out_of_a_glued_line_names_that_line() -> None:
    """A teaser cut from the middle of a one-line paragraph is reported on that paragraph's line."""
    body = (
        "The council approved the budget on Tuesday after a long debate about schools and roads. "
        "READ MORE: Ten things you missed this week "
        "The mayor said the vote was a turning point for the city and its residents."
    )
    raw = f"City approves budget\n\n{body}\n\nIt will take effect next month, officials said.\n"
    result = clean(raw)
    teaser = [r for r in result.removed if r.category == "teaser"]
    assert teaser and all(r.line_no == 3 for r in teaser)
    assert "The mayor said the vote was a turning point" in result.text


def _numbers_by_splitting(text: str, extracted: int) -> tuple[int, ...]:
    """first_numbers as defined: the non-blank file lines' numbers when there are as many as extracted lines."""
    numbers = tuple(n for n, line in enumerate(text.split("\n"), start=1) if line.strip())
    return numbers if len(numbers) == extracted else tuple(range(1, extracted + 1))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b c", " ", "\t", "\n", "\n\n"]), max_size=12).map("".join), st.integers(0, 8))
def test_first_numbers_skip_blank_file_lines(text: str, extracted: int) -> None:
    """Line numbers of a text dump's extracted lines skip its blank lines, whatever newlines end the file."""
    doc = Document(name="-", raw=text.encode(), text=text, lines=("x",) * extracted)
    assert first_numbers(doc) == _numbers_by_splitting(text, extracted)


def test_code_lines_follow_the_lines_by_their_input_numbers() -> None:
    """Lines marked as code by their input numbers are found again after a stage dropped and split lines."""
    doc = Document(name="x", raw=b"", kind="html", lines=("a", "b1", "b2", "d"), line_numbers=(1, 2, 2, 4))
    assert doc.code_indices() == frozenset()
    marked = doc.revised(code_lines=frozenset({2, 3}))
    assert marked.code_indices() == frozenset({1, 2})
    assert marked.revised(lines=("a",), line_numbers=(1,)).code_indices() == frozenset()
