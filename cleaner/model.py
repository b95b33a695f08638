"""The record that flows through the pipeline stages, and the result it ends as."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

InputKind = Literal["html", "markdown", "text"]


@dataclass(frozen=True, slots=True)
class Removal:
    """One line (or span) the cleaner dropped, with the rule that dropped it."""

    text: str
    rule: str
    category: str
    line_no: int  # 1-based index in the extracted line list; 0 for spans found inside a line
    detail: str = ""  # e.g. the repetition count for repeated_line


@dataclass(slots=True)
class Document:
    """One dump on its way through read → decode → extract → strip → normalize → metadata.

    Never changed in place: each stage hands on a copy (revised). Not frozen all the same, since a frozen
    dataclass sets every field through object.__setattr__: that made each of a dump's dozen copies 5x dearer."""

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
    # indices into lines where strip removed a line that closes the article (a copyright footer) just before
    article_ends: tuple[int, ...] = ()
    hints: dict[str, Any] = field(default_factory=dict)  # metadata found by extract (HTML meta tags, URL)
    rejected: str | None = None
    # input line numbers (as in line_numbers) of the lines the page itself sets as code (<pre>, <code>): code shown
    # on purpose, which the rules that mistake code for junk (script, markup, social handles) leave alone
    code_lines: frozenset[int] = frozenset()

    def revised(
        self,
        *,
        text: str | None = None,
        encoding: str | None = None,
        kind: InputKind | None = None,
        lines: tuple[str, ...] | None = None,
        line_numbers: tuple[int, ...] | None = None,
        removed: tuple[Removal, ...] | None = None,
        profile: str | None = None,
        language: str | None = None,
        gaps: Mapping[int, int] | None = None,
        article_ends: tuple[int, ...] | None = None,
        hints: dict[str, Any] | None = None,
        rejected: str | None = None,
        code_lines: frozenset[int] | None = None,
    ) -> Document:
        """A copy with the fields given (not None) changed: dataclasses.replace without its walk over the fields'
        definitions, which cost more than a stage's own work on a short dump (the pipeline copies ~13 times)."""
        return Document(
            self.name,
            self.raw,
            self.text if text is None else text,
            self.encoding if encoding is None else encoding,
            self.kind if kind is None else kind,
            self.lines if lines is None else lines,
            self.line_numbers if line_numbers is None else line_numbers,
            self.removed if removed is None else removed,
            self.profile if profile is None else profile,
            self.language if language is None else language,
            self.gaps if gaps is None else gaps,
            self.article_ends if article_ends is None else article_ends,
            self.hints if hints is None else hints,
            self.rejected if rejected is None else rejected,
            self.code_lines if code_lines is None else code_lines,
        )

    def code_indices(self) -> frozenset[int]:
        """Indices into lines of the lines the page sets as code (see code_lines)."""
        if not self.code_lines:
            return frozenset()
        return frozenset(i for i, number in enumerate(self.line_numbers) if number in self.code_lines)


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
