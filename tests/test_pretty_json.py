"""pretty_json: the record's JSON text is json.dumps(ensure_ascii=False, indent=2)'s, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleaner.config import CleanConfig
from cleaner.pipeline import clean
from cleaner.pretty_json import pretty_json

DATA = Path(__file__).parent / "data"

PLAIN = {
    "title": 'Quotes " and \\ backslashes, a tab\t and a newline\n, é, 漢字, 😀, \u2028, \x7f, \x00',
    "numbers": [0, -7, 10**30, 1.5, -0.0, 1e-7, 1e300, 0.1 + 0.2],
    "specials": [float("nan"), float("inf"), -float("inf"), True, False, None],
    "empty": {"dict": {}, "list": [], "tuple": ()},
    "nested": {"": [[], [{}], {"k": (1, (2, "x"))}]},
    "": "an empty key",
}


@pytest.mark.parametrize("value", [PLAIN, [], {}, "text", 3, 2.5, None, True, [PLAIN, PLAIN]])
def test_plain_data_is_written_as_json_dumps_writes_it(value: Any) -> None:
    """Strings with every escape, big and odd numbers, NaN and infinities, empty and nested containers."""
    assert pretty_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


class _Text(str):
    """A str subclass: json.dumps spells it as a string too."""


@pytest.mark.parametrize(
    "value", [{1: "int key"}, {None: 1, 2.5: 2, True: 3}, {"k": _Text("sub")}, {"s": (1, _Text("t"))}]
)
def test_other_keys_and_types_are_left_to_json_dumps(value: Any) -> None:
    """Keys that are not str and subclasses of plain types: the same text, json.dumps writes it."""
    assert pretty_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_dumps_refuses_is_refused_the_same_way() -> None:
    """A value json cannot write, and a cycle, raise json.dumps's own errors."""
    with pytest.raises(TypeError):
        pretty_json({"when": {1, 2}})
    cycle: list[Any] = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="Circular reference"):
        pretty_json({"loop": cycle})


def test_every_record_of_the_seed_dumps_is_written_as_json_dumps_writes_it() -> None:
    """The real records (removed lines with their rules, review, hashes) come out byte for byte the same."""
    config = CleanConfig()
    dumps = sorted(p for p in (DATA / "seeds").glob("*.txt") if not p.name.endswith(".gold.txt"))
    assert dumps
    for path in dumps:
        record = clean(path.read_bytes(), name=str(path), config=config).metadata
        assert record["removed"], path  # records with removed lines: nested lists of dicts
        assert pretty_json(record) == json.dumps(record, ensure_ascii=False, indent=2), path
