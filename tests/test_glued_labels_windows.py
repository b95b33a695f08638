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
