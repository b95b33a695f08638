"""Bytes to text: BOMs, UTF-8, declared charsets, charset-normalizer, mojibake repair, gzip read transparently."""

from __future__ import annotations

import codecs
import gzip
import string
from pathlib import Path

import ftfy
import pytest
from ftfy.badness import MOJIBAKE_CATEGORIES
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import CleanConfig, clean
from cleaner.decode import (
    _BADNESS,
    _FTFY_CONFIG,
    _FTFY_CONTROLS,
    _HINT,
    _HINT_OTHER,
    _HINT_SINGLES,
    _hints,
    _may_hold_controls,
    detect_and_decode,
    needs_ftfy,
    repair,
    unescape_references,
)

ARTICLE = "Der Präsident sagte am Dienstag, dass die Gespräche in der nächsten Woche fortgesetzt würden.\n" * 3


def _decoded(raw: bytes) -> tuple[str, str]:
    result = detect_and_decode(raw)
    assert result is not None
    return result


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    ],
)
def test_byte_order_mark_decides_the_encoding(bom: bytes, codec: str, name: str) -> None:
    """A BOM names the encoding; the BOM itself does not reach the text."""
    text, encoding = _decoded(bom + ARTICLE.encode(codec))
    assert encoding == name
    assert text.lstrip("\ufeff") == ARTICLE
    assert not repair(text).startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(codec: str) -> None:
    """UTF-16 without a BOM (NUL bytes everywhere) still decodes to the article."""
    text, encoding = _decoded(ARTICLE.encode(codec))
    assert text == ARTICLE
    assert encoding.startswith("utf-16")


def test_plain_utf8() -> None:
    """Valid UTF-8 decodes as UTF-8 even when a page declares another charset."""
    raw = b'<meta charset="windows-1252">' + ARTICLE.encode("utf-8")
    assert _decoded(raw) == (raw.decode("utf-8"), "utf-8")


@pytest.mark.parametrize(
    ("declaration", "codec"),
    [
        (b'<meta charset="windows-1252">', "cp1252"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "latin-1"),
        (b"<meta charset='shift_jis'>", "shift_jis"),
    ],
)
def test_declared_charset_is_used(declaration: bytes, codec: str) -> None:
    """A meta charset declaration decodes bytes that are not UTF-8."""
    body = "日本語の記事です。東京で会議が開かれた。" if codec == "shift_jis" else "Café, naïve façade à la carte."
    raw = b"<html><head>" + declaration + b"</head><body><p>" + body.encode(codec) + b"</p></body></html>"
    text, encoding = _decoded(raw)
    assert body in text
    assert codecs.lookup(encoding).name == codecs.lookup(codec).name


def test_windows_1252_quotes_under_a_latin1_declaration_become_curly_quotes() -> None:
    """Bytes 0x93/0x94 in a page declared iso-8859-1 end as “ ”, as browsers show them."""
    raw = b'<meta charset="iso-8859-1"><p>He said \x93no\x94 to the plan.</p>'
    assert "He said “no” to the plan." in repair(_decoded(raw)[0])


def test_charset_normalizer_fallback_for_undeclared_legacy_encoding() -> None:
    """Russian text in windows-1251 without any declaration decodes correctly."""
    russian = "Президент России заявил во вторник, что переговоры продолжатся на следующей неделе в Москве."
    assert _decoded(russian.encode("cp1251")) == (russian, "cp1251")


def test_utf8_with_a_broken_byte_stays_utf8() -> None:
    """A UTF-8 article with one stray byte is read as UTF-8 (one U+FFFD), not as a legacy code page."""
    raw = ARTICLE.encode("utf-8") + b"\xff" + ARTICLE.encode("utf-8")
    text, encoding = _decoded(raw)
    assert encoding == "utf-8"
    assert text == ARTICLE + "\ufffd" + ARTICLE


def test_mojibake_is_repaired_without_uncurling_quotes() -> None:
    """UTF-8 read as windows-1252 ("donâ€™t") is fixed by ftfy; curly quotes stay curly."""
    assert repair("donâ€™t stop â€œbelievingâ€\x9d") == "don’t stop “believing”"
    assert repair("It’s “fine”") == "It’s “fine”"


def test_repair_normalizes_line_ends_invisible_characters_and_nfc() -> None:
    """CRLF and CR become LF; soft hyphens, zero-width spaces and BOMs go; text is NFC."""
    assert repair("a\r\nb\rc soft\u00adhyphen zero\u200bwidth e\u0301") == "a\nb\nc softhyphen zerowidth é"


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8,
        b"\x00" * 2048,
    ],
)
def test_binary_is_not_text(raw: bytes) -> None:
    """Images, executables and NUL runs are refused as text."""
    assert detect_and_decode(raw) is None


def test_gzip_input_is_read_transparently() -> None:
    """gzip-compressed bytes clean exactly like the plain bytes."""
    plain = clean(ARTICLE.encode())
    zipped = clean(gzip.compress(ARTICLE.encode()))
    assert zipped.ok and zipped.text == plain.text


def test_multi_member_gzip_is_read_whole() -> None:
    """Concatenated gzip members (as `cat a.gz b.gz` makes) give all their text."""
    first, second = "First paragraph of the story, told here.\n", "Second paragraph of the story, told here.\n"
    result = clean(gzip.compress(first.encode()) + gzip.compress(second.encode()))
    assert result.text == first + second


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (gzip.compress(ARTICLE.encode())[:-12], "truncated gzip data"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03not deflate data at all", "corrupt gzip data"),
    ],
)
def test_broken_gzip_is_rejected_with_a_reason(raw: bytes, reason: str) -> None:
    """Truncated or corrupt gzip data is a rejected result saying so, not an exception."""
    result = clean(raw)
    assert not result.ok
    assert result.rejected == reason


def test_gzip_bomb_is_rejected_at_max_bytes() -> None:
    """gzip data that inflates past max_bytes is rejected before it is held in memory whole."""
    bomb = gzip.compress(b"\0" * (8 * 1024 * 1024))
    result = clean(bomb, config=CleanConfig(max_bytes=1024 * 1024))
    assert result.rejected == "gzip data inflates to more than max_bytes (1048576)"


def test_str_with_lone_surrogates_is_accepted() -> None:
    """A str holding lone surrogates (from surrogateescape) cleans instead of raising UnicodeEncodeError."""
    result = clean("A sentence with a stray \udcff character in it, and it ends here.\n" * 3)
    assert result.ok
    assert "stray ? character" in result.text


_DATA = Path(__file__).parent / "data"
_MOJIBAKE_ALPHABET = sorted(
    {c for c in "".join(MOJIBAKE_CATEGORIES.values()) if c != "-"}
    | set("ÂÃÎÐØÙàÄâóêвЂВГРСўβ€ΑΒΓΞΟΆāŒœ°×ЁЯаяαωÀÑ")
    | set(string.ascii_letters + " .,\n")
    | {"\xa0", "\x85"}
)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=10))
def test_every_badness_match_is_hinted(text: str) -> None:
    """Wherever ftfy's badness regex matches, the cheap hint (or the control-character check) finds something."""
    if _BADNESS.search(text):
        assert _HINT.search(text) or _FTFY_CONTROLS.search(text)


def test_control_precheck_misses_no_control_character() -> None:
    """Every character _FTFY_CONTROLS matches makes the cheap precheck answer "maybe" (all of Unicode tried)."""
    for code in range(0x110000):
        char = chr(code)
        if _FTFY_CONTROLS.match(char):
            assert _may_hold_controls(f"a {char}b\n"), hex(code)


def test_hints_are_found_where_a_single_character_matches() -> None:
    """A character the hint regex matches alone (no neighbour) is found by the cheap search for hint starts."""
    for code in range(0x80, 0x10000):
        text = f"a{chr(code)}b"
        assert [m.span() for m in _hints(text)] == [m.span() for m in _HINT.finditer(text)], hex(code)


@settings(max_examples=1500, deadline=None)
@given(
    st.text(alphabet=[*_MOJIBAKE_ALPHABET, "?", "\u2019", "\u201c", "é"], max_size=40),
    st.sampled_from([(256, 64), (0, 64), (256, -1)]),
)
def test_hints_are_the_regex_matches(text: str, limits: tuple[int, int]) -> None:
    """Trying the hint regex only where a match can start finds what scanning the whole text finds (also when
    the "??" pairs are too many, or the head looks like another script, and the starts are read around the
    rarer characters)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("cleaner.decode._MAX_HINT_STARTS", limits[0])
        patch.setattr("cleaner.decode._SCRIPT_SAMPLE_PAIRS", limits[1])
        assert [m.span() for m in _hints(text)] == [m.span() for m in _HINT.finditer(text)]


def test_single_character_hints_are_among_the_rarer_characters() -> None:
    assert all(_HINT_OTHER.match(char) for char in _HINT_SINGLES)


def test_skipping_ftfy_changes_nothing() -> None:
    """Where the precheck skips ftfy, ftfy would have returned the text unchanged (every sample dump)."""
    skipped = 0
    for path in sorted(_DATA.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        if not text.isascii() and not needs_ftfy(text):
            skipped += 1
            assert ftfy.fix_text(text, config=_FTFY_CONFIG) == text, path.name
    assert skipped > 100


@pytest.mark.parametrize(
    "text",
    ["voilÃ le travail", "\nÃ  la carte", "The cafÃ© is open.", "РїСЂРёРІРµС‚ world", "â€œquotedâ€\x9d", "cost Â£5"],
)
def test_mojibake_anywhere_in_a_long_text_is_found(text: str) -> None:
    """One mojibake spot in otherwise clean prose (curly quotes, accents, Cyrillic) still sends the text to ftfy."""
    prose = "It’s “fine” — the café said so. Привет, мир. " * 40
    assert not needs_ftfy(prose)
    assert ftfy.fix_text(prose + text + prose, config=_FTFY_CONFIG) != prose + text + prose
    assert needs_ftfy(prose + text + prose)


def test_character_references_a_text_dump_kept_are_decoded() -> None:
    """Complete references become their characters, one level; incomplete ones and plain ampersands stay."""
    assert unescape_references("the council&#8217;s &quot;ambitious&quot; plan &amp; &#x2014; more") == (
        'the council’s "ambitious" plan & — more'
    )
    assert (
        unescape_references("AT&T, M&S and R&D; &notice &copy2020 &bogus;")
        == "AT&T, M&S and R&D; &notice &copy2020 &bogus;"
    )
    assert unescape_references("&amp;lt;span&amp;gt;") == "&lt;span&gt;"


def test_a_text_dump_with_character_references_cleans_to_plain_characters() -> None:
    """Title and body of a dump that kept its page's references come out as the page showed them."""
    dump = (
        "Council approves &pound;2m plan for town centre\n\nBy Tom Jones\n\n"
        "The council&#8217;s planning committee approved the &quot;ambitious&quot; scheme on Monday &amp; work "
        "will start in spring.\n\nResidents said they were pleased with the plan.\n"
    )
    result = clean(dump, name="dump.txt")
    assert result.metadata["title"] == "Council approves £2m plan for town centre"
    assert result.text.split("\n")[0] == (
        'The council’s planning committee approved the "ambitious" scheme on Monday & work will start in spring.'
    )
