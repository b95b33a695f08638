"""Which lines of a Markdown dump go by their links: link lines, link sections, teasers, images, a second copy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.line_shape import reads_like_body
from cleaner.markdown_repeats import repeated_lines
from cleaner.model import Removal

IMAGE_RULE = "markdown_image"
IMAGE_CATEGORY = "caption"
# a line whose letters are (nearly) all anchor text is a menu item, a teaser headline or a "Read more" link: what
# an HTML extractor drops by link density. The article's own links sit inside sentences.
LINK_LINE_RULE = "markdown_link_line"
LINK_LINE_CATEGORY = "navigation"
_LINK_LINE_SHARE = 0.8
# a section (a heading and the lines up to the next) with this share of its letters in links is a block of links
# (related stories, a menu, tags) even where some of its lines are not: "16 hours ago on [iOS Blog](…)"
LINK_SECTION_RULE = "markdown_link_section"
_LINK_SECTION_SHARE = 0.5
# in such a section, sentences that are themselves all anchor text (this share of their letters, or more), several
# of them, are teasers' headlines and summaries linked as one: they go too, where sentences with a link stay
_ALL_LINKED_SHARE = 0.95
_MIN_TEASERS = 3  # one such sentence is a reader's comment quoting a link, or a lead linked whole
# the article's second copy on the page (cleaner/markdown_repeats.py)
REPEATED_RULE = "markdown_repeated_copy"
REPEATED_CATEGORY = "template"
# a heading whose own lines (above its first subhead) hold more letters than this outside links, and mostly
# outside them, heads text: the links of the subheads under it do not take it along
_SECTION_OWN_TEXT_LETTERS = 100


@dataclass(slots=True)
class Entry:
    """One line the token walk wrote (or an image it met), before the link-density decisions."""

    text: str
    kind: str  # "line", "code", "title", "image" (a line of its own), "image_span" (inside a line)
    section: int  # headings start sections
    linked: int = 0  # letters and digits inside links
    letters: int = 0
    card: bool = False  # inside a link around whole blocks (a teaser card's headline and summary)
    links: int = 0  # how many links the line holds


def _link_sections(entries: Sequence[Entry], levels: Sequence[int]) -> set[int]:
    """Sections whose letters are mostly anchor text: a related stories block, a menu, a list of tags. A heading's
    section runs to the next heading of its level or above, its subheads' sections included ("## More stories"
    over "#### [Teaser](…)" items); levels: each section's heading level, 0 for the lines before any heading.
    Never a section holding the title's or the one with the most text outside links: the article's."""
    linked = [0] * len(levels)
    letters = [0] * len(levels)
    for entry in entries:
        if entry.kind in ("line", "title"):
            linked[entry.section] += entry.linked
            letters[entry.section] += entry.letters
    article = max(range(len(levels)), key=lambda section: letters[section] - linked[section])
    kept = {article} | {entry.section for entry in entries if entry.kind == "title"}
    dropped: set[int] = set()
    for start, level in enumerate(levels):
        end = start + 1
        while level and end < len(levels) and levels[end] > level:
            end += 1
        if any(start <= section < end for section in kept) or start in dropped:
            continue
        own_text = letters[start] - linked[start]
        if own_text > _SECTION_OWN_TEXT_LETTERS and linked[start] < _LINK_SECTION_SHARE * letters[start]:
            continue  # its own lines are text: the links are in subheads under it ("Neu in Liebe" under a list)
        if sum(linked[start:end]) >= _LINK_SECTION_SHARE * sum(letters[start:end]) > 0:
            dropped.update(range(start, end))
    return dropped


def _teaser(entry: Entry, teasers: set[int]) -> bool:
    return entry.section in teasers and entry.linked >= _ALL_LINKED_SHARE * entry.letters > 0


def _teaser_sections(entries: Sequence[Entry], link_sections: set[int]) -> set[int]:
    """The link sections holding at least _MIN_TEASERS sentences that are one link from end to end, or nearly (a
    teaser's headline and summary as one anchor): a list of teasers, where all such sentences go. A line of
    several such links glued together (a carousel written as one paragraph) counts each."""
    counts: dict[int, int] = {}
    for entry in entries:
        if entry.kind == "line" and _teaser(entry, link_sections) and reads_like_body(entry.text):
            counts[entry.section] = counts.get(entry.section, 0) + max(1, entry.links)
    return {section for section, count in counts.items() if count >= _MIN_TEASERS}


def decide(entries: Sequence[Entry], levels: Sequence[int]) -> tuple[list[str], set[int], list[Removal]]:
    """The kept lines, the 1-based numbers of the code lines among them, and the removals (numbered by the line
    they stood before; 0 for an image inside a line)."""
    lines: list[str] = []
    code: set[int] = set()
    removed: list[Removal] = []
    verdicts = _verdicts(entries, _link_sections(entries, levels))
    for entry, (rule, category) in zip(entries, verdicts, strict=True):
        if rule:
            removed.append(Removal(entry.text, rule, category, 0 if entry.kind == "image_span" else len(lines) + 1))
            continue
        lines.append(entry.text)
        if entry.kind == "code":
            code.add(len(lines))
    return lines, code, removed


def _verdicts(entries: Sequence[Entry], link_sections: set[int]) -> list[tuple[str, str]]:
    """Each entry's removal rule and category ("" to keep it): images, link lines and sections, then the lines of
    a second copy of the article among the lines kept."""
    verdicts: list[tuple[str, str]] = []
    teasers = _teaser_sections(entries, link_sections)
    for entry in entries:
        verdict = ("", "")
        if entry.kind in ("image", "image_span"):
            verdict = (IMAGE_RULE, IMAGE_CATEGORY)
        elif entry.kind == "line" and entry.section in link_sections and (entry.card or _teaser(entry, teasers)):
            verdict = (LINK_SECTION_RULE, LINK_LINE_CATEGORY)  # a teaser's summary: all of it a link
        elif entry.kind != "line" or reads_like_body(entry.text):
            pass  # a sentence, even a linked one, is left to the line rules: losing one is worse than a leak
        elif entry.section in link_sections:
            verdict = (LINK_SECTION_RULE, LINK_LINE_CATEGORY)
        elif entry.linked >= _LINK_LINE_SHARE * entry.letters > 0:
            verdict = (LINK_LINE_RULE, LINK_LINE_CATEGORY)
        verdicts.append(verdict)
    kept = [index for index, entry in enumerate(entries) if entry.kind in ("line", "title") and not verdicts[index][0]]
    for position in repeated_lines([entries[index].text for index in kept]):
        verdicts[kept[position]] = (REPEATED_RULE, REPEATED_CATEGORY)
    return verdicts


def letters_in(text: str) -> int:
    return sum(map(str.isalnum, text))


__all__ = [
    "IMAGE_RULE",
    "LINK_LINE_RULE",
    "LINK_SECTION_RULE",
    "REPEATED_RULE",
    "Entry",
    "decide",
    "letters_in",
]
