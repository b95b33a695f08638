"""The unseen-publisher pages of bench/data/unseen as test fixtures: their dumps, snippets and a normal form."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

UNSEEN = Path(__file__).resolve().parent.parent / "bench" / "data" / "unseen"


def normalized(text: str) -> str:
    """Whitespace collapsed and soft hyphens dropped, as bench/bench_unseen.py compares snippets."""
    return " ".join(text.replace("\u00ad", "").split())


@cache
def _entries() -> dict[str, dict[str, Any]]:
    entries = json.loads((UNSEEN / "snippets.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in entries}


def snippets(page: str) -> dict[str, Any]:
    """The page's entry of snippets.json: url, file, with (must stay), without (must go)."""
    return _entries()[page]


def dump_of(page: str, *, glued: bool = False) -> tuple[str, str]:
    """(file name, text) of the page's container dump, or of that dump glued into one line."""
    name = page.replace(".html", ".txt")
    text = (UNSEEN / "dumps" / name).read_text(encoding="utf-8")
    return name, (" ".join(text.split("\n")).strip() + "\n" if glued else text)
