"""Cut script, ad code and markup spans out of a glued line, so that the article text around them survives.

A dump glued into one line carries its inline scripts mid-line: `(function(){ ... })();`, `var x = ...;`,
`googletag.cmd.push(...)`, `<!-- -->`, `{"json": ...}` and `.css { ... }` blobs. Judged whole, such a line
is script and goes, article and all. Here each span is found at a code start and followed to its balanced
end (brackets and string literals counted), so that only the span goes, recorded as a removal named by its
kind; the text between the spans is split into sentences as any glued line. A start whose end cannot be
found within max_span_chars, or a span without code punctuation ("if (as expected) the ..."), is not cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from cleaner.line_shape import CLOSERS
from cleaner.model import Removal

_HTML_TAGS = (
    "a|abbr|article|aside|audio|b|blockquote|br|button|canvas|center|cite|code|div|em|embed|figcaption|figure|"
    "font|footer|form|h[1-6]|header|hr|i|iframe|img|input|ins|label|li|link|main|meta|nav|noscript|object|ol|"
    "option|p|param|picture|pre|section|select|small|source|span|strong|sub|sup|svg|table|tbody|td|textarea|"
    "th|thead|tr|u|ul|video"
)
_START = re.compile(
    r"(?P<comment><!--|/\*|//\s*<!\[CDATA\[|//\s*\]\]>)"
    r"|(?P<element><(?:script|style)\b[^<>]{0,500}>)"
    rf"|(?P<tag></?(?:{_HTML_TAGS})(?:\s[^<>]{{0,500}})?/?>)"
    r"|(?P<iife>(?<![\w$])[!(]\s*(?:async\s+)?function\s*[\w$]*\s*\(|\(\s*\(\s*\)\s*=>)"
    r"|(?P<control>(?<![\w$.])(?:if|for|while|switch)\s*\(|(?<![\w$.])(?:try|do)\s*\{)"
    r"|(?P<declaration>(?<![\w$.])(?:var|let|const)\s+[\w$]+\s*[=;,]|(?<![\w$.])function\s+[\w$]+\s*\()"
    # an ad queue: "(adsbygoogle = window.adsbygoogle || []).push({});"
    r"|(?P<queue>(?<![\w$])\(\s*[A-Za-z_$][\w$]*\s*=(?!=)[^()]{1,80}\)\s*\.[A-Za-z_$][\w$]*\()"
    # a bare assignment of one literal to a script name (snake_case or camelCase), ended by ";", whole in the
    # match: 'google_ad_client = "ca-pub-1";' (not "maxValue = 10 in his notes", not '"&mmm_fo=1");' in a string)
    r"|(?P<assignment>(?<![\w$.])[a-z$][a-z\d$]*(?:_[\w$]+|[a-z\d][A-Z][\w$]*)\s*=\s*"
    r"(?:\"[^\"\\]{0,200}\"|'[^'\\]{0,200}'|-?\d[\d.]*|true|false|null)\s*;)"
    r"|(?P<statement>(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[^\[\]\s]{1,40}\])+(?:\(|\s*=(?!=)))"
    r"|(?P<call>(?<![\w$.])[a-z_$][\w$]*[A-Z_][\w$]*\(|(?<![\w$.])[A-Za-z_$][\w$]*\((?=\s*(?:['\"{\[]|function\b|\))))"
    r"|(?P<blob>\{\s*[\"'][\w$@-]+[\"']\s*:|\[\s*\{\s*[\"'][\w$@-]+[\"']\s*:)"
    r"|(?P<css>(?<![\w$])[.#@][A-Za-z][\w-]*(?:[\s.#:>,-]+[\w-]+){0,8}\s*\{\s*[a-z-]+\s*:)"
)
_RULES = {
    "comment": ("markup_comment_span", "markup"),
    "element": ("script_element_span", "script"),
    "tag": ("markup_tag_span", "markup"),
    "iife": ("script_span", "script"),
    "control": ("script_span", "script"),
    "declaration": ("script_span", "script"),
    "queue": ("script_span", "script"),
    "assignment": ("script_span", "script"),
    "statement": ("script_span", "script"),
    "call": ("script_span", "script"),
    "blob": ("json_span", "script"),
    "css": ("style_span", "script"),
}
_ENDS = {"<!--": "-->", "/*": "*/"}
_OPEN, _CLOSE = "([{", ")]}"
_CONTINUES_AFTER = set("=+-*/%&|?:!<>([{")  # an expression goes on after these
_CONTINUES_BEFORE = set("=+&|?.([{;")  # or before these (not "-", "*", ":": a dash, a list, a label in prose)
_CONTINUES_WORDS = re.compile(r"(?:else|catch|finally|in|instanceof|typeof|new|return)\b")
_CODE_MARKS = re.compile(r"[;{}=]|\(\s*\)|\(\s*['\"]")
_LEADING_LEFTOVER = re.compile(r"^[\s})\];,]+(?:\(\s*\))?[\s;]*")
_TRAILING_LEFTOVER = re.compile(r"[\s({\[,;]+$")
# a call with no arguments, maybe a declaration's head: in prose it names code ("the fetch() function"); as script it
# is followed by ";", a chained call or a body
_EMPTY_CALL = re.compile(r"(?:function\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(\s*\)")
_CALL_GOES_ON = re.compile(r"[;{,)]|\.[A-Za-z_$]")
CODE_CHAR = re.compile(r"[{}<>=;|\\]")  # a character code needs (split.is_glued counts them too)
MAX_SPAN_CHARS = 30000
# A span start that finds no end has read up to MAX_SPAN_CHARS for nothing; thousands of them in one line (code
# nested thousands deep) would read it quadratically often. Past this many characters read per character of the
# line (plus two spans' worth), the rest of the line is left to the line rules: linear time, whatever the input.
_SCAN_BUDGET_PER_CHAR = 4
_PROSE_BREAK = re.compile(r"(?<=[^\W\d_)\]\d][.!?…])[\"”’»)]*\s+(?=[\"“„«(]?[^\W\d_a-z])")
_PROSE_MIN_CHARS = 120
_PROSE_MIN_WORDS = 5
_PROSE_LETTERED_SHARE = 0.7


# a string literal's rest after its opening quote, per quote: any characters but that quote, a backslash escaping
# the next one, then the closing quote (one regex match in C instead of a loop over characters)
_STRING_REST = {quote: re.compile(rf"[^{quote}\\]*+(?:\\.[^{quote}\\]*+)*+{quote}", re.S) for quote in "'\"`"}


def _string_end(line: str, start: int) -> int:
    """The position after the string literal opening at start (its quote), or -1 when it never closes."""
    rest = _STRING_REST[line[start]].match(line, start + 1)
    return rest.end() if rest is not None else -1


def _opens_string(line: str, index: int) -> bool:
    """A quote opens a string literal unless it sits inside a word ("don't", "Germany's")."""
    return not (index > 0 and line[index - 1].isalnum() and index + 1 < len(line) and line[index + 1].isalnum())


def _goes_on(line: str, index: int) -> bool:
    """At depth 0 after a space: True when the expression continues past index (an operator on either side)."""
    before = line[:index].rstrip()[-1:]
    after = line[index:].lstrip()
    if not after:
        return False
    return before in _CONTINUES_AFTER or after[0] in _CONTINUES_BEFORE or bool(_CONTINUES_WORDS.match(after))


def statement_end(line: str, start: int, *, limit: int = MAX_SPAN_CHARS) -> int:
    """Where the statement or expression starting at start ends: after its `;` at depth 0, or where its
    brackets are balanced and no operator carries it on; -1 when no end is found within limit characters."""
    depth, index, stop = 0, start, min(len(line), start + limit)
    while index < stop:
        char = line[index]
        if char in "'\"`" and _opens_string(line, index):
            end = _string_end(line, index)
            if end < 0 or end > stop:
                return -1
            index = end
            continue
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            if depth < 0:
                return index  # a closer of an enclosing span: this statement ends before it
        elif depth == 0 and char == ";":
            return index + 1
        elif depth == 0 and char == " " and index > start and not _goes_on(line, index):  # no ";" to end it
            return index
        index += 1
    return len(line) if depth == 0 and stop == len(line) else -1


def _span_end(line: str, match: re.Match[str]) -> int:
    """The end of the code span a start match opens, or -1."""
    kind, start = match.lastgroup or "", match.start()
    if kind == "comment":
        token = match.group(0)
        if token.startswith("//"):
            return match.end()
        found = line.find(_ENDS[token], match.end(), match.end() + MAX_SPAN_CHARS)
        return found + len(_ENDS[token]) if found >= 0 else -1
    if kind == "element":
        name = "script" if match.group(0)[1:].lower().startswith("script") else "style"
        found = line.lower().find(f"</{name}>", match.end(), match.end() + MAX_SPAN_CHARS)
        return found + len(name) + 3 if found >= 0 else -1
    if kind == "tag":
        return match.end()
    token = match.group(0)
    if kind in ("iife", "blob", "css") or token.endswith(";"):
        end = match.end() if token.endswith(";") else statement_end(line, start)
    else:  # read on from the token's last character: its opening bracket or its "="
        end = statement_end(line, match.end() - 1)
    if end < 0 or not _CODE_MARKS.search(line, start, end):
        return -1
    mention = _EMPTY_CALL.match(line, start, end)
    if (
        mention is not None
        and not line[mention.end() : end].strip(".,:!?")  # "... call clone().": the sentence's end after it
        and not _CALL_GOES_ON.match(line[mention.end() :].lstrip())
    ):
        return -1  # "the fetch() function", "call clone() first": a mention of code in prose, no script
    return end


def cut_code_spans(line: str, *, markup_text_max_words: int = 0) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The text between the code spans of a line, and each span as (text, rule, category), in line order. With
    markup_text_max_words, the text inside a cluster of HTML tags is cut too (_markup_texts)."""
    segments: list[str] = []
    spans: list[tuple[str, str, str]] = []
    cursor = position = 0
    budget = _SCAN_BUDGET_PER_CHAR * len(line) + 2 * MAX_SPAN_CHARS
    while budget > 0 and (match := _START.search(line, position)) is not None:
        end = _span_end(line, match)
        budget -= (end if end > 0 else min(len(line), match.start() + MAX_SPAN_CHARS)) - match.start()
        if end <= match.start():
            position = match.start() + 1
            continue
        rule, category = _RULES[match.lastgroup or ""]
        segments.append(line[cursor : match.start()])
        spans.append((line[match.start() : end].strip(), rule, category))
        cursor = position = end
    segments.append(line[cursor:])
    if markup_text_max_words > 0:
        segments, spans = _markup_texts(segments, spans, markup_text_max_words)
    return _tidy(segments, spans)


_TAG_ATTRIBUTE = re.compile(r"\s(?:class|id|style|href|src|role|data-[\w-]+)\s*=", re.I)
_MARKUP_TEXT = ("markup_text_span", "markup")


def _markup_texts(
    segments: list[str], spans: list[tuple[str, str, str]], max_words: int
) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The segments and spans with the text inside each cluster of HTML tags made a span too. A cluster is a run of
    tags with at most max_words words between each two, one of them with an attribute (class, id, href: a page's
    markup, not a stray "<br>" in a text): the words between its tags are that markup's text ('<div class="abo">
    Unterstütze unsere Arbeit und nutze <b>MIXED.de</b> ... <a href="...">Mehr erfahren</a>.</div>'), which
    the line-by-line dump drops with its markup line. Text before a cluster's first tag and after its last stays."""
    tags = [number for number, (_text, rule, _category) in enumerate(spans) if rule == "markup_tag_span"]
    inner: set[int] = set()  # segment numbers: segment k lies between span k - 1 and span k
    run: list[int] = []
    for number in [*tags, -1]:
        joined = number >= 0 and bool(run) and number == run[-1] + 1 and len(segments[number].split()) <= max_words
        if joined:
            run.append(number)
            continue
        if len(run) > 1 and any(_TAG_ATTRIBUTE.search(spans[k][0]) for k in run):
            inner.update(k for k in run[1:] if segments[k].strip())
        run = [number]
    if not inner:
        return segments, spans
    out_segments: list[str] = []
    out_spans: list[tuple[str, str, str]] = []
    for number, segment in enumerate(segments):
        if number in inner:  # the text goes as a span of its own, between two empty segments
            out_segments.append("")
            out_spans.append((segment.strip(), *_MARKUP_TEXT))
            segment = ""
        out_segments.append(segment)
        if number < len(spans):
            out_spans.append(spans[number])
    return out_segments, out_spans


def _tidy(segments: list[str], spans: list[tuple[str, str, str]]) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Strip the closers and openers a cut leaves at a segment's edges (`})()` after a span); drop empties."""
    kept: list[str] = []
    for number, segment in enumerate(segments):
        text = segment
        if number > 0:
            text = _LEADING_LEFTOVER.sub(" ", text)
        if number < len(segments) - 1:
            text = _TRAILING_LEFTOVER.sub(" ", text)
        if text.strip():
            kept.append(text.strip())
    return kept, spans


def holds_prose(line: str, *, min_sentences: int = 2) -> bool:
    """True when the line holds at least min_sentences prose sentences (five words or more, most of them
    words of letters, ending in terminal punctuation): a paragraph, never dropped whole for its neighbours."""
    if len(line) < _PROSE_MIN_CHARS:
        return False
    found = 0
    for sentence in _PROSE_BREAK.split(line):
        words = sentence.split()
        if len(words) >= _PROSE_MIN_WORDS and sentence.rstrip(CLOSERS)[-1:] in ".!?…":
            lettered = sum(1 for word in words if word.strip(CLOSERS + "„“‘«(,;:-–").isalpha())
            found += lettered >= _PROSE_LETTERED_SHARE * len(words)
    return found >= min_sentences


def holds_code(line: str) -> bool:
    """True when the line has a character code needs; the span cutter runs on no other line."""
    return CODE_CHAR.search(line) is not None


class _Lengths(Protocol):
    """The length settings of split.SplitSettings."""

    @property
    def glued_min_chars(self) -> int: ...
    @property
    def glued_min_share(self) -> float: ...
    @property
    def glued_always_chars(self) -> int: ...
    @property
    def glued_sole_min_chars(self) -> int: ...
    @property
    def glued_sole_share(self) -> float: ...


def long_enough(line: str, total_chars: int, settings: _Lengths) -> bool:
    """split.is_glued's length test alone: long, and most of the dump or very long; or, shorter, nearly all of
    the dump (a short article glued into one line: its sentences, title and junk are one line)."""
    if len(line) >= settings.glued_sole_min_chars and len(line) >= settings.glued_sole_share * total_chars:
        return True
    if len(line) < settings.glued_min_chars:
        return False
    return len(line) >= settings.glued_always_chars or len(line) >= settings.glued_min_share * total_chars


def shortest_glued(settings: _Lengths) -> int:
    """The fewest characters a glued line has."""
    return min(settings.glued_min_chars, settings.glued_sole_min_chars)


def split_code_glued(
    line: str, line_no: int, pieces: Callable[[str], list[str]], *, markup_text_max_words: int = 0
) -> tuple[list[str], list[Removal]]:
    """A glued line with its code spans cut out (each a removal), the rest split into pieces by `pieces`."""
    segments, spans = cut_code_spans(line, markup_text_max_words=markup_text_max_words)
    removed = [Removal(text, rule, category, line_no) for text, rule, category in spans]
    return [piece for segment in segments for piece in pieces(segment)], removed


__all__ = [
    "CODE_CHAR",
    "cut_code_spans",
    "holds_code",
    "holds_prose",
    "long_enough",
    "shortest_glued",
    "split_code_glued",
    "statement_end",
]
