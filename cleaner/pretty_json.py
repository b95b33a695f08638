"""Pretty JSON text exactly as json.dumps(value, ensure_ascii=False, indent=2) writes it, without its slow path.

json.dumps takes its C encoder only without indent; with indent it runs a pure-Python generator per value (some
0.1 ms of every output record). This writer covers the plain data a record holds (dict with str keys, list,
tuple, str, int, float, bool, None) with the same C string escaper and number spellings, and hands anything
else (another key or value type, a cycle) to json.dumps itself, so the text is always json.dumps's.
"""

from __future__ import annotations

import json
from typing import Any

try:  # the C escaper json.dumps(ensure_ascii=False) uses; the pure-Python one where the C module is missing
    from _json import encode_basestring as _quoted
except ImportError:  # pragma: no cover - CPython ships _json
    from json.encoder import py_encode_basestring as _quoted

_INDENT = "  "
_INFINITY = float("inf")


class _NotPlain(Exception):
    """A value this writer does not spell itself: json.dumps writes the whole text instead."""


def _float(value: float) -> str:
    """A float as json.dumps spells it (its default allow_nan=True: NaN, Infinity, -Infinity)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _write(value: Any, parts: list[str], newline: str) -> None:
    """Append value's text to parts; newline is "\\n" plus the indent of the line value starts on."""
    kind = type(value)
    if kind is str:
        parts.append(_quoted(value))
    elif kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = newline + _INDENT
        opener = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            parts.append(opener)
            parts.append(_quoted(key))
            parts.append(": ")
            _write(item, parts, inner)
            opener = "," + inner
        parts.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            parts.append("[]")
            return
        inner = newline + _INDENT
        opener = "[" + inner
        for item in value:
            parts.append(opener)
            _write(item, parts, inner)
            opener = "," + inner
        parts.append(newline + "]")
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif kind is int:
        parts.append(int.__repr__(value))
    elif kind is float:
        parts.append(_float(value))
    else:
        raise _NotPlain


def pretty_json(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2), the same text, faster for plain data."""
    parts: list[str] = []
    try:
        _write(value, parts, "\n")
    except (_NotPlain, RecursionError):  # another type, or a cycle: json.dumps decides (and raises as it does)
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(parts)


__all__ = ["pretty_json"]
