"""Text-browser dumps (lynx, links, elinks): the "[12]" link markers and the numbered "References" list of URLs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cleaner.model import Removal
from cleaner.rules import read_settings_file

# lynx writes "References" (or "Visible links:" / "Hidden links:") over its list; links/elinks "Links:"
_LIST_HEADINGS = frozenset({"references", "visible links", "visible links:", "hidden links", "hidden links:", "links:"})
_LONGEST_HEADING = max(map(len, _LIST_HEADINGS)) + 1
_LISTED_URL = re.compile(r"(\d{1,5})\. ?(?:https?|ftp|file|mailto|javascript|news|gopher):\S*")
_MARKER = re.compile(r"\[(\d{1,5})\](?=\S)")  # before the link's text, no space: "[7]town square"
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)\]]$")


@dataclass(frozen=True, slots=True)
class LinkListSettings:
    """heuristics.toml [link_references]: when a URL list is a text browser's, and a line a row of links."""

    list_min_urls: int = 2
    link_row_min_links: int = 2
    link_row_max_words: int = 3


@lru_cache(maxsize=8)
def load_link_list_settings(config_dir: Path | None = None) -> LinkListSettings:
    """The [link_references] table of config_dir/heuristics.toml over the defaults."""
    table = read_settings_file(config_dir, "heuristics.toml")[1].get("link_references", {})
    known = {name: int(table[name]) for name in LinkListSettings.__dataclass_fields__ if name in table}
    return LinkListSettings(**known)


def _reference_lists(lines: tuple[str, ...], min_urls: int) -> tuple[set[int], int]:
    """Indexes of the reference-list lines (headings and numbered URLs), and the highest link number listed."""
    found: set[int] = set()
    highest = 0
    index = 0
    while index < len(lines):
        if lines[index].lower() not in _LIST_HEADINGS:
            index += 1
            continue
        block, numbers = [index], []
        probe = index + 1
        while probe < len(lines):
            match = _LISTED_URL.fullmatch(lines[probe])
            if match:
                numbers.append(int(match.group(1)))
            elif lines[probe].lower() not in _LIST_HEADINGS:
                break
            block.append(probe)
            probe += 1
        if len(numbers) >= min_urls:
            found.update(block)
            highest = max(highest, *numbers)
        index = probe
    return found, highest


def _is_link_row(line: str, links: int, settings: LinkListSettings) -> bool:
    """A menu or share bar: several links, hardly a word besides their text, no sentence end."""
    if links < settings.link_row_min_links or _SENTENCE_END.search(line):
        return False
    return len(line.split()) <= settings.link_row_max_words * links


def strip_link_references(
    lines: tuple[str, ...], settings: LinkListSettings | None = None
) -> tuple[tuple[str, ...], tuple[Removal, ...], tuple[int, ...]]:
    """The lines without a text browser's reference list (rule link_references), its rows of links (link_row)
    and its link markers, and the index of the input line each kept line comes from; the lines as they are when
    the dump has no list of numbered URLs under such a heading."""
    if not any(len(line) < _LONGEST_HEADING and line.lower() in _LIST_HEADINGS for line in lines):
        return lines, (), ()
    settings = settings or LinkListSettings()
    listed, highest = _reference_lists(lines, settings.list_min_urls)
    if not listed:
        return lines, (), ()
    removed = [Removal(lines[i], "link_references", "markup", i + 1) for i in sorted(listed)]
    kept: list[str] = []
    origins: list[int] = []
    for index, line in enumerate(lines):
        if index in listed:
            continue
        links = 0
        if "[" in line:
            marked = _MARKER.subn(lambda m: "" if int(m.group(1)) <= highest else m.group(), line)
            links = marked[1] - sum(1 for m in _MARKER.finditer(marked[0]))
            line = marked[0].strip()
        if _is_link_row(line, links, settings):
            removed.append(Removal(lines[index], "link_row", "widget", index + 1))
        elif line:
            kept.append(line)
            origins.append(index)
    return tuple(kept), tuple(sorted(removed, key=lambda r: r.line_no)), tuple(origins)


__all__ = ["LinkListSettings", "load_link_list_settings", "strip_link_references"]
