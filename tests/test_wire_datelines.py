"""Wire datelines ("WASHINGTON (AP) —", "LONDON, March 13 (Reuters) -"): read off the first sentence, which stays
whole; the date they carry becomes the published date; cut out of the line only when metadata.toml says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cleaner import CleanConfig, clean
from cleaner.header import take_header
from cleaner.header_words import load_header_words
from cleaner.rules import default_config_dir
from cleaner.wire_datelines import WireDateline, dated, read_wire_dateline

WORDS = load_header_words()
REST = "President Joe Biden signed a short-term spending bill on Friday that keeps the government funded."
MORE = (
    "The measure passed the Senate by a vote of 77-13 earlier in the day after clearing the House on Thursday.",
    "Lawmakers left town for the weekend, and both parties said they would return to the talks next week.",
)


@pytest.mark.parametrize(
    ("dateline", "month_day_year"),
    [
        ("WASHINGTON (AP) —", (None, None, None)),
        ("KYIV, Ukraine (AP) —", (None, None, None)),
        ("SANTA FE, N.M. (AP) —", (None, None, None)),
        ("NEW YORK —", (None, None, None)),
        ("BUFFALO, N.Y. —", (None, None, None)),
        ("LONDON, March 13 (Reuters) -", (3, 13, None)),
        ("NEW YORK/SINGAPORE, Feb 2 (Reuters) -", (2, 2, None)),
        ("BERLIN, Feb 26, 2024 (Reuters) -", (2, 26, 2024)),
        ("PARIS (AFP) -", (None, None, None)),
        ("Tokyo (AFP) –", (None, None, None)),
        ("MÜNCHEN (dpa) -", (None, None, None)),
        ("Madrid, 6 feb (EFE).-", (2, 6, None)),
        ("(CNN) —", (None, None, None)),
        ("Boston CNN —", (None, None, None)),
        ("Hong Kong CNN –", (None, None, None)),
        ("New Delhi, Feb 23 (PTI)", (2, 23, None)),
        ("Islamabad [Pakistan], February 23 (ANI):", (2, 23, None)),
        ("Mumbai (IANS):", (None, None, None)),
        ("Mumbai, Jan 5 (IANS)", (1, 5, None)),
    ],
)
def test_reads_wire_datelines_of_several_agencies(dateline: str, month_day_year: tuple[int | None, ...]) -> None:
    """AP, Reuters, AFP, dpa, EFE, CNN and Indian wire datelines (no dash: a colon or nothing before the sentence)
    give their text, the sentence after them and their date."""
    wire = read_wire_dateline(f"{dateline} {REST}", WORDS)
    assert wire is not None
    assert (wire.text, wire.rest) == (dateline, REST)
    assert (wire.month, wire.day, wire.year) == month_day_year


@pytest.mark.parametrize("line", ["Washington CNN —", "Washington (CNN) —", "KYIV, Ukraine (AP) —"])
def test_a_dateline_alone_on_its_line_ends_in_a_dash(line: str) -> None:
    """CNN's "Washington CNN —" stands on a line of its own above the first sentence."""
    wire = read_wire_dateline(line, WORDS)
    assert wire is not None and wire.rest == ""


@pytest.mark.parametrize(
    "line",
    [
        "NASA — the US space agency — said on Monday it would delay the Artemis mission again.",
        "Washington has long said that it will not negotiate with the group under any circumstances.",
        "The UK (and the EU) - both said they would respond to the tariffs within the week.",
        "Reuters reported on Monday that the company would cut 10,000 jobs worldwide this year.",
        "DEAR ABBY: My husband and I have been married for 20 years and he still will not cook dinner.",
        "ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.",
        "By the end of the year, the couple hope to move to a bigger house in Cheshire, she said.",
        "PARIS (AFP) - short",
        "Washington CNN",
        "Apple Inc. — the company that makes the iPhone — said on Monday it would open three new stores.",
        "London — a city of nine million people — voted on Thursday to extend the clean air zone again.",
        "Apple (AAPL) Shares of the iPhone maker rose 3% in early trading on Monday after the results.",
        "London (UK) Limited, the company's British arm, filed its accounts late for the third year running.",
        "Asian News International (ANI) Editor Smita Prakash said on Monday that the talks would resume soon.",
    ],
)
def test_sentences_and_labels_are_no_wire_dateline(line: str) -> None:
    """An acronym before a parenthesis, initials in brackets that name no wire with no dash after them, a place
    that is the subject, a salutation or a warning label in capitals,
    and a dateline without a sentence after it (or a dash) are not read as datelines."""
    assert read_wire_dateline(line, WORDS) is None


@pytest.mark.parametrize(
    ("wire", "reference", "expected"),
    [
        (WireDateline("BERLIN, Feb 26, 2024 (Reuters) -", "", 2, 26, 2024), None, "2024-02-26"),
        (WireDateline("LONDON, March 13 (Reuters) -", "", 3, 13), "2024-03-13T18:02", "2024-03-13"),
        (WireDateline("LONDON, Dec 31 (Reuters) -", "", 12, 31), "2024-01-02", "2023-12-31"),
        (WireDateline("LONDON, March 13 (Reuters) -", "", 3, 13), None, None),
        (WireDateline("WASHINGTON (AP) —", ""), "2024-03-13", None),
    ],
)
def test_a_dateline_without_a_year_takes_the_headers(
    wire: WireDateline, reference: str | None, expected: str | None
) -> None:
    """The year comes from the dateline, else from another date of the header (the year before when the day
    comes later in the year); without either there is no date."""
    assert dated(wire, reference) == expected


def test_the_dateline_is_read_and_cut_and_the_sentence_kept_whole_by_default() -> None:
    """By default the dateline leaves the line (datelines are metadata) and its date is the date."""
    lines = ("Germany rejects calls for missiles", f"BERLIN, Feb 26, 2024 (Reuters) - {REST}", *MORE)
    kept, removed, hints = take_header(lines, words=WORDS)
    assert kept == (REST, *MORE)
    assert [r.rule for r in removed] == ["title_line", "wire_dateline"]
    assert hints["date"] == "2024-02-26"


@pytest.mark.parametrize("dateline", ["(CNN)", "Washington (CNN)", "New Delhi, Feb 23 (PTI) ", "Chennai (ANI): "])
def test_a_dateline_with_no_dash_is_cut_and_the_sentence_kept_whole(dateline: str) -> None:
    """CNN's old "(CNN)" glued to the first word and the Indian wires' "(PTI)" or "(ANI):" leave the sentence."""
    text = "\n".join(("Congress averts a shutdown as Biden signs the bill", f"{dateline}{REST}", *MORE))
    result = clean(text, name="wire.txt")
    assert result.text.splitlines() == [REST, *MORE]
    assert [r["rule"] for r in result.metadata["removed"]] == ["title_line", "wire_dateline"]


def test_a_published_line_wins_over_the_datelines_date() -> None:
    """A "Published" line is the published date; the dateline's month and day take the year of "Updated"."""
    lines = ("Germany rejects calls", "Published 6:12 AM EDT, June 4, 2023", f"BERLIN, Feb 26 (Reuters) - {REST}")
    assert take_header((*lines, *MORE), words=WORDS)[2]["date"] == "2023-06-04T06:12"
    updated = ("Germany rejects calls", "Updated 6:12 AM EDT, June 4, 2023", f"BERLIN, Feb 26 (Reuters) - {REST}")
    assert take_header((*updated, *MORE), words=WORDS)[2]["date"] == "2023-02-26"


def test_a_dateline_alone_on_its_line_is_header_and_no_author() -> None:
    """ "Washington CNN —" is no byline: it leaves the body and names nobody."""
    lines = ("Senate passes border deal", "By Jane Smith and John Doe, CNN", "Washington CNN —", REST, *MORE)
    kept, removed, hints = take_header(lines, words=WORDS)
    assert kept == (REST, *MORE)
    assert [r.rule for r in removed] == ["title_line", "byline", "wire_dateline"]
    assert hints["author"] == "Jane Smith; John Doe"


def test_with_cutting_off_the_line_stays_as_written_and_the_date_is_still_read(tmp_path: Path) -> None:
    """cut_wire_datelines = false keeps "WASHINGTON (AP) — President …" whole, as gold answers that keep it do."""
    folder = tmp_path / "config"
    shutil.copytree(default_config_dir(), folder)
    path = folder / "metadata.toml"
    path.write_text(path.read_text().replace("cut_wire_datelines = true", "cut_wire_datelines = false"))
    raw = "\n".join(("Germany rejects calls for missiles", f"BERLIN, Feb 26, 2024 (Reuters) - {REST}", *MORE))
    result = clean(raw.encode(), name="reuters.txt", config=CleanConfig(config_dir=folder))
    assert result.text.split("\n")[:3] == [f"BERLIN, Feb 26, 2024 (Reuters) - {REST}", *MORE]
    assert result.metadata["date"] == "2024-02-26"


def test_the_cut_dateline_is_a_named_removal_and_the_sentence_stays() -> None:
    """By default "WASHINGTON (AP) —" becomes a removal named wire_dateline; "President Joe Biden …" stays whole."""
    raw = "\n".join(("Biden signs bill to avert shutdown", f"WASHINGTON (AP) — {REST}", *MORE, "By the way."))
    result = clean(raw.encode(), name="ap.txt")
    assert result.text.split("\n")[:3] == [REST, *MORE]
    assert {"line": 2, "rule": "wire_dateline", "category": "dateline", "text": "WASHINGTON (AP) —"} in [
        {k: r[k] for k in ("line", "rule", "category", "text")} for r in result.metadata["removed"]
    ]
