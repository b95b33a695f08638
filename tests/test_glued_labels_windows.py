"""Tests for the label windows of cleaner/glued_labels.py and carving many pieces at once."""

from __future__ import annotations

from cleaner.glued_labels import _windows, carve_all, carve_labels
from cleaner.split import _labeller, load_split_settings


def test_windows_of_a_piece() -> None:
    """One-word windows everywhere (weak before a lower-case or uncapitalised word, unless closed by a mark); longer
    ones only when closed or before a word that is not lower case; never the whole piece."""
    words = ["Related", "Topics", "the", "story.", "Share"]
    assert _windows(words, 3) == [
        (0, 1, True, False),  # "Related": before a capitalised word
        (1, 2, True, True),  # "Topics": before "the"
        (1, 4, False, False),  # "Topics the story.": closed by its full stop
        (2, 3, True, True),
        (2, 4, True, False),
        (2, 5, True, False),
        (3, 4, True, False),
        (3, 5, True, False),
        (4, 5, True, False),
    ]  # no "Related Topics" nor "Related Topics the": a sentence goes on after them
    assert _windows(["Alone"], 6) == []


def test_carve_all_carves_each_piece_as_carve_labels_does() -> None:
    """Asking for all the pieces' windows at once gives each piece the labels it gets alone."""
    settings = load_split_settings()
    labels = _labeller(None, settings.label_rules, settings.list_header_rules)
    pieces = [
        "Related Topics Rocket League is a game that many people play every day.",
        "The council met on Tuesday to discuss the plans.",
        "Share this article The mayor said the bridge would open in spring.",
        "Alone",
    ]
    alone = [carve_labels(piece, 6, labels.find, labels.keeps, labels.goes_whole) for piece in pieces]
    assert carve_all(pieces, 6, labels.find, labels.keeps, labels.goes_whole) == alone
    assert alone[0][0] == "Related Topics"
    assert alone[1] == [pieces[1]]


def test_longer_words_matches_where_the_pattern_matches_a_shorter_run() -> None:
    """A pattern anchored at both ends still matches from the start of a longer run of words; negative lookarounds
    go, so it only matches more."""
    import re

    from cleaner.regex_parts import longer_words

    rewritten = longer_words(r"^(?:share|tweet)(?! this)\W*$|^\d+ comments\Z")
    assert rewritten is not None
    assert re.match(rewritten, "share this article now")
    assert re.match(rewritten, "12 comments Reply")
    assert not re.match(rewritten, "shareholders said")
    assert longer_words(r"(a)\1") is None


def _seed_pieces() -> list[str]:
    from itertools import pairwise
    from pathlib import Path

    from cleaner.split import _sentence_ends

    pieces = []
    for path in sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))[:9]:
        if ".gold" in path.name:
            continue
        line = " ".join(path.read_text("utf-8", "replace").split())
        ends = [0, *_sentence_ends(line), len(line)]
        pieces += [line[a:b].strip() for a, b in pairwise(ends) if line[a:b].strip()]
    return [*pieces, "Related Topics Rocket League Share this article Facebook Twitter The mayor said no."]


def test_label_starts_hold_every_window_a_label_rule_matches() -> None:
    """Every window a label rule matches from its start starts where label_starts says a label may start, and
    carving with the starts gives what carving every window gives."""
    settings = load_split_settings()
    labels = _labeller(None, settings.label_rules, settings.list_header_rules)
    pieces = _seed_pieces()
    split = [piece.split(" ") for piece in pieces]
    starts = labels.label_starts(split, 6)
    matched = 0
    for words, found in zip(split, starts, strict=True):
        for start, end, _needs, _weak in _windows(words, 6):
            window = " ".join(words[start:end])
            if any((match := rule.pattern.search(window)) and match.start() == 0 for rule in labels.rules):
                matched += 1
                assert start in found, window
    assert matched
    assert sum(map(len, starts)) < sum(map(len, split)) / 2  # most words start no label
    every = carve_all(pieces, 6, labels.find, labels.keeps, labels.goes_whole)
    assert carve_all(pieces, 6, labels.find, labels.keeps, labels.goes_whole, label_starts=labels.label_starts) == every
