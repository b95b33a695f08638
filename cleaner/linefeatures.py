"""Per-line features for the generic heuristics: code and markup residue, counters, punctuation, stopwords."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from cleaner.regex_parts import split_alternatives

# Closing quotes and brackets that may follow a sentence's full stop; punctuation is judged without them.
_CLOSERS = "\"'”’»)]}」』）】〕›*"
TERMINAL_MARKS = frozenset(".!?…。！？｡؟।")
# Thai and Lao: alphabets written without spaces between words and with no full stop (a space parts the
# sentences): a line in them is as long as a Latin one of its characters, and its length stands in for the marks
_UNMARKED_SCRIPT = re.compile(r"[\u0e00-\u0eff]")
_WORD_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?¿¡…—–-"

_HTML_TAGS = (
    "a|abbr|amp-[a-z-]+|article|aside|audio|b|blockquote|br|button|canvas|caption|center|cite|code|dd|div|dl|dt|em|"
    "embed|fieldset|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|i|iframe|img|input|ins|label|li|link|"
    "main|meta|nav|noscript|object|ol|option|p|param|path|picture|pre|script|section|select|small|source|span|"
    "strong|style|sub|sup|svg|table|tbody|td|textarea|tfoot|th|thead|time|tr|u|ul|video"
)
_MARKUP = re.compile(
    rf"^\s*</?(?:{_HTML_TAGS})(?:\s[^>]*)?/?>|<(?:{_HTML_TAGS})\s[^>]*\b(?:class|id|style|href|src|data-[\w-]+)\s*=|"
    rf"</(?:{_HTML_TAGS})>\s*$|&(?:amp;)*lt;/?(?:{_HTML_TAGS})\b|\{{\{{[^{{}}]*\}}\}}|\{{%.*%\}}|<%.*%>|<!\[CDATA\[|\]\]>|"
    r"\[/[a-z_]+\]|\[[a-z_]+\s+[a-z_]+=",
    re.I,
)
_CODE_STRONG = re.compile(  # case-sensitive on purpose: JavaScript keywords are lower-case, sentences are not
    r"""^\s*(?:[}\])]|//|/\*|\*/|<!--|-->|\$\(|jQuery\(|\(function\b|function\s*[\w$]*\s*\()"""  # closers, comments
    r"""|^\s*(?:var|let|const)\s+[\w$]+"""  # declarations
    r"""|^\s*(?:if|else\s+if|for|while|switch|catch)\s*\(|^\s*(?:else|try|do)\s*\{|^\s*else\s*$"""  # control flow
    r"""|^\s*(?:return|typeof|new)\s+[\w$.]+\s*[(;]"""
    r"""|^\s*[\w$]+(?:\.[\w$]+)*(?:\[[^\]]*\])*\s*[+\-*/|&]?=\s*[^=\s]"""  # assignment
    r"""|^\s*[\w$]+(?:\.[\w$]+)*\((?:.*\))?\s*[;,]?\s*$"""  # bare call
    r"""|^\s*[\[{]\s*["'\[{]|^\s*\{\s*$|^\s*\{\s*['"]?[\w$]+['"]?\s*:"""  # JSON and object literals
    r"""|^\s*[@#.][\w-][^{]*\{|^\s*@(?:media|import|font-face|keyframes)\b"""  # CSS rule
    r"""|^\s*(?:-?[a-z][a-z-]*\s*:\s*[^;]+;\s*)+\}?\s*$"""  # CSS declarations
    r"""|^\s*(?:['"]?[a-z_$][\w$-]*['"]?\s*:\s*(?:'[^']*'|"[^"]*"|-?\d[\d.]*|true|false|null|[\[{]|function\b)\s*,?\s*)+"""
    r"""(?://.*)?$"""  # object literal lines, with a trailing comment ("speed: 1, // Rounds per second")
    r"""|^\s*["'](?:https?:)?//[^"'\s]+["']\s*,?\s*$"""  # a script's URL string alone ("//host/ads.js",)
    r"""|function\s*\(|=>\s*\{|===|!==|\);\s*$|\}\);?\s*$|\w\(\);?\s*$|;\s*\}\s*$"""  # JS idioms anywhere
    r"""|[\w$]\.[a-zA-Z_$][\w$]*\s*(?:\(|=[^=]).*;\s*$"""  # member call or assignment ending a statement
    r"""|[\w$)\]'",(]\s*[({]\s*$""",  # a call or block left open at the end of the line
)
_CODE_CHARS = re.compile(r"[{}\[\]();=<>|&$\\]")
_CODE_ONLY_CHARS = re.compile(r"[{}=;<>|&$\\]")
_GLUED_MIN_WORDS = 3
_GLUED_MEAN_LETTERS = 15
_ALNUM = re.compile(r"\w")
_COUNTER = re.compile(
    r"^\W*\d[\d,.]*\s*[kmb]?\s*(?:likes?|shares?|comments?|retweets?|reposts?|views?|followers?|votes?|"
    r"reactions?|replies|pins?)\W*$",
    re.I,
)


# What every alternative of _MARKUP and _CODE_STRONG needs (tests/test_heuristics.py checks each one): a line
# start (after spaces) in _HARD_FIRST, or one of _HARD_CHARS somewhere. Body lines, which start with a capital or
# a digit and hold none of these, are thereby known to match neither without scanning them.
_HARD_FIRST = frozenset(string.ascii_lowercase + "}])/*<-$([{@#.'\"_")
_HARD_CHARS = re.compile(r"[=(;{}<&\[\]]")
_HARD_START = _HARD_FIRST | {c for c in map(chr, range(0x3001)) if c.isspace()}  # no space character lies above


def _holds_hard_char(line: str) -> bool:
    """_HARD_CHARS.search(line) by one `in` per character: a memchr-speed search each, where the regex tests
    every character of a body paragraph against its class (half the cost of hard_suspects)."""
    return (
        "=" in line
        or "(" in line
        or ";" in line
        or "{" in line
        or "}" in line
        or "<" in line
        or "&" in line
        or "[" in line
        or "]" in line
    )


def may_match_hard_patterns(line: str) -> bool:
    """False when no alternative of the markup and code regexes can match the line (a cheap necessary test)."""
    return line[:1] in _HARD_START or _holds_hard_char(line)


def hard_suspects(lines: Sequence[str]) -> list[int]:
    """The indices of the lines may_match_hard_patterns passes."""
    start = _HARD_START
    return [index for index, line in enumerate(lines) if line[:1] in start or _holds_hard_char(line)]


@lru_cache(maxsize=1)
def hard_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The alternatives of the regexes behind is_markup and is_code, each compiled alone and labelled "markup"
    or "code": a scanner finds which may match a line, and only those are run on it."""
    return tuple(
        (label, re.compile(alternative, pattern.flags))
        for label, pattern in (("markup", _MARKUP), ("code", _CODE_STRONG))
        for alternative in split_alternatives(pattern.pattern)
    )


def strip_closers(line: str) -> str:
    """The line without trailing closing quotes, brackets and spaces (the punctuation view)."""
    return line.rstrip().rstrip(_CLOSERS + " ")


def ends_sentence(line: str) -> bool:
    """True when the line ends with terminal punctuation, closing quotes and brackets aside (CJK marks count)."""
    view = strip_closers(line)
    return bool(view) and view[-1] in TERMINAL_MARKS and not view.endswith("...more")


def is_markup(line: str) -> bool:
    """Tag residue, template placeholders ({{img}}, {%=o.url%}) or CDATA markers. The regex runs only on a line
    may_match_hard_patterns passes: over a body paragraph it costs some 40 µs, the necessary test a few hundred ns."""
    return may_match_hard_patterns(line) and _MARKUP.search(line) is not None


def is_code(line: str) -> bool:
    """Script or style residue: JavaScript statements, JSON, CSS rules and declarations (the regex only where
    may_match_hard_patterns lets it match, as in is_markup; the density test needs no such gate)."""
    return (may_match_hard_patterns(line) and _CODE_STRONG.search(line) is not None) or is_dense_code(line)


def is_dense_code(line: str) -> bool:
    """is_code's second test, alone: few spaces and many code characters, some of them only code uses (a caller
    that knows _CODE_STRONG does not match, from the scanner, asks only this)."""
    if line.count(" ") >= len(line) / 8 or _CODE_ONLY_CHARS.search(line) is None:  # cheap tests first
        return False
    code_chars = len(_CODE_CHARS.findall(line))
    return code_chars >= 4 and code_chars > len(line) / 12


def is_symbols_only(line: str) -> bool:
    """True when the line has neither letters nor digits (separators such as "___" aside)."""
    return _ALNUM.search(line) is None


def is_counter(line: str) -> bool:
    """A social counter such as "858shares" or "12 comments" (RefinedWeb's counter rule)."""
    return _COUNTER.match(line) is not None


@dataclass(frozen=True, slots=True)
class LineStats:
    """What the context classifier needs to know about one line."""

    chars: int  # effective length: characters, scaled up for scripts written without spaces
    words: int
    stop_density: float
    sentence: bool  # ends with terminal punctuation
    capitalized: float = 0.0  # share of words that start with a capital, counted only for lines not ending a sentence


def line_stats(line: str, stop: frozenset[str], *, no_spaces: bool) -> LineStats:
    """Length, word count, stopword density and terminal punctuation of one line."""
    sentence = ends_sentence(line)
    if no_spaces:
        if not sentence and 2 * len(_UNMARKED_SCRIPT.findall(line)) > len(line):
            return LineStats(len(line), max(1, len(line) // 6), 0.4, sentence)
        chars = len(line) * 3
        return LineStats(chars, max(1, chars // 6), 0.4 if sentence else 0.0, sentence)
    tokens = line.lower().split()
    if stop:
        hits = sum(map(stop.__contains__, map(str.strip, tokens, repeat(_WORD_EDGE_PUNCT))))  # C-level loops
        density = hits / len(tokens) if tokens else 0.0
    else:  # no stoplist for this language: punctuation stands in for it
        density = 0.4 if sentence else 0.0
    if sentence or not tokens:
        return LineStats(len(line), len(tokens), density, sentence)
    # the original case: a title-cased line is a headline or a menu, however long
    capitalized = sum(map(str.isupper, (word[:1] for word in line.split()))) / len(tokens)
    return LineStats(len(line), len(tokens), density, sentence, capitalized)


def is_glued_words(line: str) -> bool:
    """Words run together by a scraper that dropped the spaces of a tag list ("breakfastcanningeasy recipes...").

    Gopher keeps documents with a mean word length of 3 to 10; three or more purely alphabetic words
    averaging over 15 letters are no prose in any language written with spaces.
    """
    words = line.split()
    if len(words) < _GLUED_MIN_WORDS or not all(word.isalpha() for word in words):
        return False
    return sum(map(len, words)) / len(words) > _GLUED_MEAN_LETTERS


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d+")
_PLAIN_WORDS = frozenset({"Aa", "a"})


def word_shape(word: str) -> str:
    """A word's shape: each run of digits "0", each run of letters "Aa" from a capital or "a", punctuation kept
    ("(Group" -> "(Aa", "10th" -> "0a", "5)" -> "0)"); a web address is "url", whatever its path."""
    if "://" in word or word.startswith("www."):
        return "url"
    shape = _DIGIT_RUN.sub("0", word)
    return _LETTER_RUN.sub(lambda run: "Aa" if run.group(0)[:1].isupper() else "a", shape)


def look_alike(first: str, second: str, *, min_overlap: float) -> bool:
    """True when two lines have the shape of items of one list: the same first word's shape, at least
    min_overlap of their word shapes in common, and a shape beyond plain words among them ("Italy (Group J):
    10th appearance", "Croatia (Group E): Sixth appearance"; "October 9 – Irving, TX @ Toyota Music Factory",
    "October 10 – Houston, TX @ The Pavilion"; two links)."""
    first_shapes, second_shapes = list(map(word_shape, first.split())), list(map(word_shape, second.split()))
    if not first_shapes or not second_shapes or first_shapes[0] != second_shapes[0]:
        return False
    shared, either = set(first_shapes) & set(second_shapes), set(first_shapes) | set(second_shapes)
    # plain words alone ("Sport", "Contact us": a menu; a headline) have no shape to share: a number, a mark or
    # an address must be among the shapes
    return bool(either - _PLAIN_WORDS) and len(shared) >= min_overlap * len(either)
