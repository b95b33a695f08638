"""The record that flows through the pipeline stages, and the result it ends as."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

InputKind = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class Removal:
    """One line (or span) the cleaner dropped, with the rule that dropped it."""

    text: str
    rule: str
    category: str
    line_no: int  # 1-based index in the extracted line list; 0 for spans found inside a line
    detail: str = ""  # e.g. the repetition count for repeated_line


@dataclass(frozen=True, slots=True)
class Document:
    """One dump on its way through read → decode → extract → strip → normalize → metadata."""

    name: str
    raw: bytes
    text: str = ""
    encoding: str = ""
    kind: InputKind = "text"
    lines: tuple[str, ...] = ()
    line_numbers: tuple[int, ...] = ()  # each line's 1-based line number in the input (cleaner.provenance)
    removed: tuple[Removal, ...] = ()
    profile: str = "generic"
    language: str = ""
    # indices into lines where strip removed junk just before (len = at the end) → how many lines it removed
    gaps: Mapping[int, int] = field(default_factory=dict)
    hints: dict[str, Any] = field(default_factory=dict)  # metadata found by extract (HTML meta tags, URL)
    rejected: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """What cleaning one dump produced: article text, the metadata record, and what was removed."""

    name: str
    text: str
    metadata: dict[str, Any]
    removed: tuple[Removal, ...]
    rejected: str | None = None

    @property
    def ok(self) -> bool:
        """True when the dump gave an article (not rejected)."""
        return self.rejected is None
