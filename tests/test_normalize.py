"""Output normalization: whitespace runs collapse, lines are trimmed, empty lines go, NFC."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.normalize import join_paragraphs, normalize_line, normalized_lines

_SPACEY_TEXT = st.text(alphabet=" \t\n\u00a0\u2003\u3000\u202fab.\u0301\r\x0b", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_SPACEY_TEXT)
def test_whole_text_normalization_equals_line_by_line(text: str) -> None:
    """Normalizing the whole text at once gives exactly the lines normalize_line gives one by one."""
    assert normalized_lines(text) == [line for line in map(normalize_line, text.split("\n")) if line]


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPACEY_TEXT, max_size=6))
def test_join_paragraphs_normalizes_each_line(lines: list[str]) -> None:
    """Paragraphs are the normalized non-empty lines, one per line, with a final newline (lines holding a
    newline of their own included)."""
    body = "\n".join(line for line in map(normalize_line, lines) if line)
    assert join_paragraphs(lines) == join_paragraphs(iter(lines))
    assert join_paragraphs(lines).rstrip("\n") == unicodedata.normalize("NFC", body)


def test_join_paragraphs_of_nothing_is_empty() -> None:
    """No lines, or only blank ones, give the empty text (no stray newline)."""
    assert join_paragraphs([]) == ""
    assert join_paragraphs([" ", "\t"]) == ""


def test_join_paragraphs_of_already_normal_lines_and_of_every_whitespace_character() -> None:
    """Lines that need no change are joined as they are; any whitespace character but a single inner space
    still gets normalized (the fast path must not take them)."""
    assert join_paragraphs(["One line.", "Two words"]) == "One line.\nTwo words\n"
    for space in (chr(code) for code in range(0x3001) if chr(code).isspace()):
        for lines in ([f"a{space}b"], [f"a{space}", "b"], [f"{space}a"], ["a", f"{space}b"], [space], [f"a {space}b"]):
            body = "\n".join(line for line in map(normalize_line, lines) if line)
            assert join_paragraphs(lines) == unicodedata.normalize("NFC", body) + ("\n" if body else "")
