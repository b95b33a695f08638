"""Caseless literal search finds, without lower-casing the text, exactly the lines whose lower-cased text holds a
literal: the scanner's lowered-literal engine relies on it."""

from __future__ import annotations

import pytest

from cleaner.literals import LiteralLines, Utf8Lines, caseless_text, hyperscan_available, lowered_char, lowers_to

needs_hyperscan = pytest.mark.skipif(not hyperscan_available(), reason="hyperscan is not installed")


def test_every_character_is_a_variant_of_what_it_lower_cases_to() -> None:
    """lowers_to names every code point that lower-cases to a character (the irregular ones are listed by hand)."""
    missed = [
        hex(code)
        for code in range(0x110000)
        if not 0xD800 <= code <= 0xDFFF and chr(code) not in lowers_to(lowered_char(chr(code)))
    ]
    assert missed == []
    assert "Σ" in lowers_to("ς")  # str.lower() makes a final capital sigma ς
    assert "\u212a" in lowers_to("k") and lowers_to("x") == {"x", "X"}


@needs_hyperscan
def test_caseless_search_finds_the_lines_lower_casing_would() -> None:
    literals = ["smotrite", "смотрите также", "réservé aux abonnés", "straße", "kelvin", "σοφιας\n", "istanbul", "©"]
    lines = [
        "СМОТРИТЕ ТАКЖЕ: новости дня",
        "Смотрите Также",
        "RÉSERVÉ AUX ABONNÉS",
        "Réservé aux abonnés – la suite",
        "Reserve aux abonnes",
        "STRAẞE und Straße",
        "\u212aELVIN scale",
        "ΣΟΦΙΑΣ",
        "İSTANBUL news",
        "Istanbul news",
        "© 2024",
        "a line with none of them",
    ]
    engine = LiteralLines.build(((literal, None, frozenset({k})) for k, literal in enumerate(literals)), caseless=True)
    assert engine is not None
    text = "\n" + "\n".join(lines) + "\n"
    found: dict[int, set[int]] = {}
    engine.add_hits(Utf8Lines(caseless_text(text)), [line.count(" ") + 1 for line in lines], found)
    lowered = [line.lower() + "\n" for line in lines]
    expected = {
        index: {k for k, literal in enumerate(literals) if literal in line}
        for index, line in enumerate(lowered)
        if any(literal in line for literal in literals)
    }
    assert found == expected
    assert 4 not in found and 8 not in found and 11 not in found  # no accents; İ lower-cases to i̇; nothing
    for index, line in enumerate(lines):
        keys: set[int] = set()
        engine.add_line_hits(caseless_text(line + "\n"), line.count(" ") + 1, keys)
        assert keys == expected.get(index, set())
