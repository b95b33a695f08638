"""Hard-wrapped text dumps (lynx/w3m -dump, html2text, fmt, mail): tell them, find the width, rejoin paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from cleaner.rules import read_settings_file, settings_of
from cleaner.split import load_split_settings

# A line that starts a list item: a bullet or an item number, then a space ("o", lynx's third-level bullet, is a
# word in Portuguese and Italian, so it is not one).
_BULLET = re.compile(r"\s*(?:[-*•·▪‣◦+]|\d{1,3}[.)])\s")
# The end of a line that stops in the middle of a sentence: a letter, or a letter and a comma.
_OPEN_END = re.compile(r"[^\W\d_],?$")
# A plain lower-case word (the first of a line that goes on with a sentence), punctuation after it allowed.
_LOWER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*[,;:.!?)]?$")
# Code, whose lines start with lower-case keywords too ("var x = 1;", "return false;").
_CODE = re.compile(r"[{};=<>$]|//")
# A line of script: braces, markup, a comment, a method called, an assignment or a statement's end.
_SCRIPT = re.compile(
    r"[{}<>]|\(\)|/\*|\*/|//|\w\.\w+\(|\bif \(|[^=!<>]=\s*[\"'(\[{\w]|;$|^\s*(?:var|let|const|function)\b"
)
_STATEMENT_END = re.compile(r"[;})\]>]$")
# A line that closes a sentence (or a statement of code) and one that starts as no wrapped sentence goes on:
# markup, a comment, a table's bar, a copyright sign.
_CLOSED = re.compile(r"[.!?…:;}>][\"'”’»)\]]*$")
_STRUCTURE_START = re.compile(r"[/<{}|©#=]")


@dataclass(frozen=True, slots=True)
class ReflowSettings:
    """When a text dump counts as hard-wrapped (config/heuristics.toml [reflow]; defaults mirror the file)."""

    min_wrap_width: int = 60
    max_wrap_width: int = 100
    overlong_line_share: float = 0.01
    min_sentence_breaks: int = 3
    min_sentence_break_share: float = 0.25
    min_sentence_break_margin: float = 0.1
    # words that start a sentence ([split] starters; starters_before_lowercase when a lower-case word follows)
    starters: frozenset[str] = frozenset()
    starters_before_lowercase: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Reflowed:
    """A hard-wrapped dump's paragraphs, each one line, with the input line number each starts on."""

    lines: tuple[str, ...]
    line_numbers: tuple[int, ...]
    width: int


@lru_cache(maxsize=8)
def load_reflow_settings(config_dir: Path | None = None) -> ReflowSettings:
    """The [reflow] table of config/heuristics.toml over the defaults, and the sentence starters of [split]."""
    data = read_settings_file(config_dir, "heuristics.toml")[1].get("reflow", {})
    split = load_split_settings(config_dir)
    return settings_of(
        ReflowSettings,
        data,
        starters=frozenset(split.starters),
        starters_before_lowercase=frozenset(split.starters_before_lowercase),
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _breakable(line: str) -> bool:
    """Whether a wrapper could have broken the line: it holds a space after its indentation."""
    return " " in line.strip()


def _goes_on(line: str, following: str, first_word: str) -> bool:
    """Whether following reads as the rest of line's sentence: line stops on a word (or a comma) and following
    starts with a plain lower-case word (or any word after the comma); never code."""
    if not _OPEN_END.search(line) or _CODE.search(following):
        return False
    if line.endswith(","):
        return first_word[:1].isalpha()
    return first_word[:1].islower() and _LOWER_WORD.match(first_word) is not None


def _width(lines: list[str], settings: ReflowSettings) -> int | None:
    """The wrap width: the longest breakable line, but for overlong_line_share of the lines (an unwrapped list
    item or a table row of html2text); None when that is out of the widths wrappers use."""
    allowed = int(settings.overlong_line_share * sum(1 for line in lines if line))
    overlong = [line for line in lines if len(line) > settings.max_wrap_width]
    if sum(1 for line in overlong if _breakable(line) and not _BULLET.match(line)) > allowed:
        return None  # the common case, a paragraph per line: decided without measuring every line
    lengths = sorted(len(line) for line in lines if line and _breakable(line) and not _BULLET.match(line))
    if len(lengths) <= allowed:
        return None
    width = lengths[-1 - allowed]
    return width if settings.min_wrap_width <= width <= settings.max_wrap_width else None


def _first_word(line: str) -> str:
    """The line's first word as a wrapper sees it: up to a space (a no-break space binds, as its name says)."""
    return line.lstrip(" ").split(" ", 1)[0]


def _wrapped_here(line: str, following: str, width: int) -> bool | None:
    """Whether a greedy wrapper at width broke following off line (its first word did not fit), False when that
    word would have fit (line ends a paragraph), None when the widths cannot tell (an overlong line or word)."""
    first_word = _first_word(following)
    if len(line) > width or len(first_word) > width:
        return None
    return len(line) + 1 + len(first_word) > width


def _is_wrapped(lines: list[str], width: int, settings: ReflowSettings) -> bool:
    """Whether the line breaks are a wrapper's: lines broken off where the next word did not fit go on with the
    sentence (a lower-case word follows a word, or a word follows a comma) often, and more often than lines that
    end where the next word would have fit. A dump of short lines that happen to be near one length (headlines,
    short paragraphs) has no more such breaks after its longest lines than after its others."""
    wrapped = wrapped_sentences = ended = ended_sentences = 0
    for line, following in pairwise(lines):
        if not line or not following or _BULLET.match(following):
            continue
        verdict = _wrapped_here(line, following, width)
        if verdict is None:
            continue
        goes_on = _goes_on(line, following, _first_word(following))
        if verdict:
            wrapped += 1
            wrapped_sentences += goes_on
        else:
            ended += 1
            ended_sentences += goes_on
    if wrapped_sentences < settings.min_sentence_breaks:
        return False
    share = wrapped_sentences / wrapped
    return (
        share >= settings.min_sentence_break_share
        and share - ended_sentences / max(ended, 1) >= settings.min_sentence_break_margin
    )


def _starts_sentence(words: list[str], settings: ReflowSettings) -> bool:
    """Whether a line starting with these words starts a sentence by its first word ("It", "According to")."""
    first = words[0]
    if first in settings.starters:
        return True
    return first in settings.starters_before_lowercase and len(words) > 1 and words[1][:1].islower()


def _joins(line: str, following: str, width: int, settings: ReflowSettings, *, blank_separated: bool) -> bool:
    """Whether following continues line's paragraph: a greedy wrapper broke it off there. A blank line, a list
    item, a shallower indent or markup always start a paragraph, and so does a sentence's first word ("It",
    "According to": config [split] starters) unless the line before closed a sentence in a paragraph that blank
    lines set apart. Where the widths cannot tell (an overlong address or token of code), a paragraph between
    blank lines goes on, and elsewhere a sentence going on, or script (JSON) around an overlong token of it
    unless a sentence or a statement ends there.
    Without blank lines between paragraphs, script and text are never joined: a junk line joined to the body
    takes the body with it when a rule drops the line, or stays in it."""
    if _BULLET.match(following) or _indent(following) < _indent(line):
        return False
    stripped = following.lstrip()
    verdict = _wrapped_here(line, stripped, width)
    if verdict is None:
        if len(line) > width and _breakable(line):
            return False  # an unwrapped line (html2text's list items and tables): a paragraph of its own
        first_word = _first_word(stripped)
        if blank_separated or _goes_on(line, stripped, first_word):
            return True
        if len(first_word) > width and _SCRIPT.search(first_word):  # an overlong token of script (JSON) follows
            return not _CLOSED.search(line)
        return len(line) > width and _SCRIPT.search(line) is not None and not _STATEMENT_END.search(line)
    if not verdict or _STRUCTURE_START.match(stripped):
        return False
    if not blank_separated and bool(_SCRIPT.search(line)) != bool(_SCRIPT.search(following)):
        return False  # script beside text: the text may be the body, which the script's rule would take along
    if blank_separated and _CLOSED.search(line):
        return True  # a sentence after a sentence, in a paragraph that blank lines set apart
    return not _starts_sentence(stripped.split(None, 2)[:2], settings)


def _blank_separated(lines: list[str], width: int) -> bool:
    """Whether the dump sets paragraphs apart by blank lines: as many of its lines that end where the next word
    would have fit stand before a blank line and more text as before another line, and some do."""
    before_blank = before_line = 0
    end = len(lines) - next((i for i, line in enumerate(reversed(lines)) if line), len(lines))  # after the text
    for line, following in pairwise(lines[:end]):
        if not line:
            continue
        if not following:
            before_blank += 1
        elif _wrapped_here(line, following.lstrip(), width) is False:
            before_line += 1
    return before_blank > 0 and before_blank >= before_line


def reflow(text: str, settings: ReflowSettings) -> Reflowed | None:
    """The paragraphs of a hard-wrapped text, each joined into one line (whitespace collapsed); None when the
    text is not hard-wrapped (its lines are its paragraphs, as in most dumps)."""
    lines = [line.rstrip().expandtabs() for line in text.split("\n")]
    width = _width(lines, settings)
    if width is None or not _is_wrapped(lines, width, settings):
        return None
    blank_separated = _blank_separated(lines, width)
    paragraphs: list[list[str]] = []
    starts: list[int] = []
    previous = ""
    for number, line in enumerate(lines, start=1):
        if line and previous and _joins(previous, line, width, settings, blank_separated=blank_separated):
            paragraphs[-1].append(line)
        elif line:
            paragraphs.append([line])
            starts.append(number)
        previous = line
    joined = [_join(paragraph) for paragraph in paragraphs]
    kept = [(paragraph, start) for paragraph, start in zip(joined, starts, strict=True) if paragraph]
    return Reflowed(tuple(paragraph for paragraph, _ in kept), tuple(start for _, start in kept), width)


def _join(paragraph: list[str]) -> str:
    """One paragraph's lines as one line: words one space apart; a word a wrapper broke after its hyphen
    ("make-" / "up") is whole again."""
    parts: list[str] = []  # joined once at the end: adding to a string would copy it for every line
    for line in paragraph:
        words = " ".join(line.split())
        last = parts[-1] if parts else ""
        if last.endswith("-") and last[-2:-1].isalpha() and words[:1].isalpha():
            parts[-1] = last + words
        elif words:
            parts.append(words)
    return " ".join(parts)


__all__ = ["ReflowSettings", "Reflowed", "load_reflow_settings", "reflow"]
