"""Hostile input never crashes the cleaner: every input ends as a Result (maybe rejected) or a one-line CleanerError."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import CleanConfig, CleanerError, Result, clean, process_file

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAGIC = [b"", b"\x89PNG\r\n\x1a\n", b"\x7fELF\x02\x01\x01\x00", b"\x1f\x8b\x08\x00", b"%PDF-1.7\n", b"PK\x03\x04"]
HTML_PIECES = [
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<br>",
    "&amp;",
    "&#xD800;",
    "&#0;",
    "<meta charset='shift_jis'>",
    "<html>",
    "<![CDATA[",
    "<table><tr><td>",
    "The committee said on Tuesday that the plan would go ahead. ",
    "By Jane Doe",
    "23 February 2022, 00:17 | Updated: 23 February 2022, 07:23",
    "\n",
    "\x00",
    "\ufeff",
]


# Pieces of the other text shapes cleaner reads: Markdown, JSON records and feeds, scraper field headers, YAML
# front matter, text-browser references, character references, hard-wrapped lines, glued code.
SHAPE_PIECES = [
    "# ",
    "## Heading\n",
    "[link](https://example.com/a)",
    "![img](https://example.com/i.jpg)",
    "* ",
    "> ",
    "```\n",
    "|a|b|\n|-|-|\n",
    "    ",
    '{"title": "T", "text": "',
    '"}',
    '{"a": ',
    "}\n",
    "[",
    "]",
    "Title: Council approves budget\n",
    "URL Source: https://example.com/x\n",
    "Published Time: 2024-03-12T10:00:00Z\n",
    "Markdown Content:\n",
    "---\n",
    "author: Jane Doe\n",
    "References\n",
    "   1. https://example.com/1\n",
    "[12]",
    "&amp;",
    "&#8217;",
    "&#xD800;",
    "The committee said on Tuesday that the plan would go ahead after a long debate about\n",
    "schools and roads in the north of the county.\n",
    "(function (src, d, tag){",
    "\n\n",
    "\t",
    "\u00a0",
]


def _assert_clear(result: Result) -> None:
    """A Result is either an article (text, JSON-able record) or a rejection with a reason."""
    assert isinstance(result, Result)
    json.dumps(result.metadata)
    if result.ok:
        assert result.text.strip() and result.text.endswith("\n")
        assert result.metadata["words_out"] > 0
    else:
        assert isinstance(result.rejected, str) and result.rejected
        assert result.text == ""


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    """Arbitrary bytes give a clear Result."""
    _assert_clear(clean(data))


@FUZZ
@given(st.sampled_from(MAGIC), st.binary(min_size=1, max_size=2048))
def test_binary_headers_with_noise(magic: bytes, noise: bytes) -> None:
    """PNG, ELF, gzip, PDF and ZIP headers followed by noise give a clear Result."""
    _assert_clear(clean(magic + noise))


@FUZZ
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    """Any str (as the API accepts str too) gives a clear Result."""
    _assert_clear(clean(text))


@FUZZ
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=80))
def test_random_markup(pieces: list[str]) -> None:
    """Random soups of tags, entities, comments, scripts, bylines and datelines give a clear Result."""
    _assert_clear(clean("".join(pieces), name="soup.html"))


@FUZZ
@given(st.lists(st.sampled_from(SHAPE_PIECES), max_size=60), st.sampled_from(["x.md", "x.txt", "x.json", "x"]))
def test_random_shapes_of_text_dumps(pieces: list[str], name: str) -> None:
    """Random mixes of Markdown, JSON records, field headers, reference lists and wrapped lines give a clear
    Result (each has its own reader: markdown-it, json, the field header, reflow)."""
    _assert_clear(clean("".join(pieces), name=name))


@FUZZ
@given(st.text(min_size=1, max_size=500), st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "utf-32"]))
def test_utf16_and_utf32_with_and_without_bom(text: str, codec: str) -> None:
    """Text in UTF-16/32 (with a BOM, or without one) gives a clear Result."""
    _assert_clear(clean(text.encode(codec, errors="replace")))


@FUZZ
@given(st.binary(max_size=1024), st.text(max_size=200))
def test_invalid_utf8_mixed_into_text(junk: bytes, text: str) -> None:
    """Valid UTF-8 with invalid byte runs spliced in gives a clear Result."""
    _assert_clear(clean(text.encode("utf-8", errors="replace") + junk + codecs.BOM_UTF8 + junk))


@FUZZ
@given(st.binary(max_size=1024), st.sampled_from(["x.txt", "x.html", "x.txt.gz", "x", ".x"]), st.booleans())
def test_process_file_gives_result_or_one_line_error(data: bytes, name: str, zipped: bool) -> None:
    """Through the file shell, any bytes under any name end as a Result or a one-line CleanerError naming the file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(gzip.compress(data) if zipped else data)
        try:
            result = process_file(path, Path(folder) / "out")
        except CleanerError as exc:
            line = exc.one_line()
            assert "\n" not in line and line.startswith(str(path))
        else:
            _assert_clear(result)


def test_empty_and_whitespace_inputs_are_rejected() -> None:
    """Empty, blank and BOM-only inputs are rejected as empty."""
    for data in (b"", b" \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE):
        assert clean(data).rejected == "empty input"


def test_gzip_bomb() -> None:
    """A gzip bomb is rejected at max_bytes, not inflated."""
    bomb = gzip.compress(b"\0" * (80 * 1024 * 1024))
    assert clean(bomb).rejected == f"gzip data inflates to more than max_bytes ({CleanConfig().max_bytes})"


def test_nested_gzip_is_inflated_once() -> None:
    """gzip inside gzip is inflated one level; the inner gzip is binary, so the input is rejected."""
    inner = gzip.compress(b"The committee said on Tuesday that the plan would go ahead.\n" * 50)
    assert clean(gzip.compress(inner)).rejected == "binary or undecodable input"


def test_deeply_nested_tags() -> None:
    """100,000 nested <div>s around the article give a clear Result."""
    html = (
        "<html><body>" + "<div>" * 100_000 + "<p>The article text, short.</p>" + "</div>" * 100_000 + "</body></html>"
    )
    _assert_clear(clean(html.encode(), name="nested.html"))


def test_a_million_divs() -> None:
    """A million unclosed <div> tags give a clear Result."""
    html = b"<html><body>" + b"<div>" * 1_000_000 + b"<p>The committee said the plan would go ahead.</p></body></html>"
    _assert_clear(clean(html, name="divs.html"))


def test_fifty_megabyte_input(tmp_path: Path) -> None:
    """A 50 MB text dump is cleaned through process_file without error, and all of it is kept."""
    paragraph = b"The committee said on Tuesday that the plan, which has been debated for months, would go ahead.\n"
    count = 50_000_000 // len(paragraph)
    path = tmp_path / "big.txt"
    path.write_bytes(paragraph * count)
    result = process_file(path, tmp_path / "out")
    assert result.ok
    assert result.metadata["chars_in"] == len(paragraph) * count
    assert os.path.getsize(tmp_path / "out" / "big.txt") == len(paragraph) * count


def test_input_over_max_bytes_is_refused(tmp_path: Path) -> None:
    """A file over max_bytes is an InputError naming the file, on one line."""
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 4096)
    with pytest.raises(CleanerError) as caught:
        process_file(path, tmp_path / "out", config=CleanConfig(max_bytes=1024))
    assert caught.value.one_line() == f"{path}: input is 4096 bytes, over max_bytes (1024)"


def test_html_bomb_is_rejected_before_extraction() -> None:
    """A page of 200,000 <div>s is rejected for its element count (extraction cost grows with it)."""
    bomb = ("<html><body>" + "<div>x</div>" * 200_000 + "</body></html>").encode()
    result = clean(bomb, name="bomb.html")
    assert result.rejected == "HTML with 200002 elements, over max_html_elements (50000)"
    small = clean(bomb, name="bomb.html", config=CleanConfig(max_html_elements=10))
    assert small.rejected == "HTML with 200002 elements, over max_html_elements (10)"
