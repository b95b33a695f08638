"""Teaser headlines glued into one run after a list label ("Trending News"): one piece per headline.

In a dump of lines, a list label's block rule (related_list_header, widget_title) takes the short unpunctuated
headlines under it. Glued into one line, those headlines are one run of thirty words or more with no full stop
("Man arrested after 7 victims found in car: Police Jeffrey Epstein jail guards charged with falsifying records
White teen accused of plotting attack on church"), longer than any headline the block takes, so the run stayed.
Here such a run, right after a piece a block rule matches, is cut where a headline ends and the next starts: a
capitalised word (maybe after an opening quote) after a lower-case word that no headline ends with (no article,
preposition or reporting verb: [split] caption_open_words), or a tabloid's kicker ("TIME TRAVELLER"). A run that
ends in a full stop ends in a body sentence glued after the list: it is cut at kickers only, and its last stretch
stays whole. A run is cut only when the block can take every headline it gives; else it stays whole as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cleaner.line_shape import STOP_END
from cleaner.rules import Rule
from cleaner.strip import line_rule

_OPENING_QUOTES = "\"'“‘«„"
_CLOSING_QUOTES = "\"'”’»"
_MIN_HEADLINE_WORDS = 3  # a shorter stretch stays with the headline before it ("... in car: Police")
_MIN_KICKER_LETTERS = 2  # "US" alone is no kicker: two such words in a row are
_MAX_HEADLINE_COMMAS = 1
# a date written as one word: "2019-11-20", "13.05.2014", "2019/11/20", "2016年08月03日"
_DATE_WORD = re.compile(
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}/\d{1,2}/\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)$"
)


def _capitals(word: str) -> bool:
    """A word in capitals only ("RANDY", "‘NAÏVE"), as a tabloid's kicker over its headline is written."""
    letters = word.strip(_OPENING_QUOTES + _CLOSING_QUOTES + ",:")
    return len(letters) >= _MIN_KICKER_LETTERS and letters.isupper()


def _kicker_at(words: Sequence[str], index: int, open_words: frozenset[str]) -> bool:
    """True when a kicker of two words in capitals or more ("TIME TRAVELLER", "‘GET WITH THE PROGRAM’") starts
    at index, after a word that ends a headline (not "the US FBI", "with NATO": no such word before it)."""
    previous = words[index - 1]
    return (
        index + 1 < len(words)
        and _capitals(words[index])
        and _capitals(words[index + 1])
        and not _capitals(previous)
        and previous.rstrip(_CLOSING_QUOTES)[-1:].isalpha()
        and previous.lower() not in open_words
    )


def _headline_starts(words: Sequence[str], open_words: frozenset[str], *, kickers_only: bool) -> list[int]:
    """The word positions where a headline of the run starts (the first always): a kicker or a date (a list's
    entry opens with its date, or its date and author follow its headline), or (unless kickers_only) a capitalised
    word after a word in lower case that no headline ends with."""
    starts = [0]
    for index in range(1, len(words)):
        previous, word = words[index - 1], words[index].lstrip(_OPENING_QUOTES)
        # not after a name ("e-Tron", "Prince Andrew"), nor after a number or a time ("... 17:27:46 Marcus De Guzman"),
        # but after a word with a number in it ("... a price on CO2 Microsoft pushes ...")
        after_lower = (previous[-1:].islower() and previous.lower() == previous) or (
            previous[-1:].isdigit() and any(char.isalpha() for char in previous)
        )
        headline = word[:1].isupper() and after_lower and previous.lower() not in open_words  # not "with Putin"
        marked = _kicker_at(words, index, open_words) or _DATE_WORD.match(word) is not None
        if (marked or (headline and not kickers_only)) and (index - starts[-1] >= _MIN_HEADLINE_WORDS):
            starts.append(index)
    if len(starts) > 1 and len(words) - starts[-1] < _MIN_HEADLINE_WORDS:
        starts.pop()  # a short tail stays with the headline before it
    return starts


_MAX_LIST_ITEM_WORDS = 3  # "Weather", "UK news", "Climate change policy"


def _list_end(words: Sequence[str], open_words: frozenset[str]) -> int:
    """Where a list of topics written with commas that opens a run ends, before the sentence glued after it
    ("Weather, Storms, UK news Thousands of homes are ..."): items of at most _MAX_LIST_ITEM_WORDS words, each
    opening with a capital, each but the last ending with a comma; the last ends before a capitalised word after a
    lower-case word that no item ends with. 0 when the run opens with no such list (an item too long, a clause:
    "Police, he said, were ..."), or the sentence would open with a name that may be the last item's ("Weather,
    Storms, Network Rail said ...": it stays whole)."""
    last_comma, size = -1, 0
    for index, word in enumerate(words):
        if size == 0 and not word[:1].isupper():
            return 0  # each item opens with a capital: "Police, he said, were ..." is a sentence
        size += 1
        if size > _MAX_LIST_ITEM_WORDS:
            break
        if word.endswith(","):
            last_comma, size = index, 0
    if last_comma < 0:
        return 0
    for index in range(last_comma + 2, min(len(words), last_comma + 2 + _MAX_LIST_ITEM_WORDS)):
        previous, word = words[index - 1], words[index]
        if word[:1].isupper() and previous[-1:].islower() and previous.lower() not in open_words:
            return index
        if not previous[-1:].isalnum():
            return 0  # the last item ends in a mark: no list of topics
    return 0


def _headlines(piece: str, open_words: frozenset[str], *, ended: bool) -> list[str]:
    """The run's headlines; the run whole when it does not read as headlines: it ends in a word no headline ends
    with (a sentence cut in two: "... and glasses, the"), or a stretch holds clauses ("..., an untucked black
    shirt, and glasses, ..."). A run that ends a sentence (ended) is cut at kickers only, and its last stretch
    stays whole: where a sentence glued after the list starts, only a kicker tells for sure."""
    words = piece.split(" ")
    if words[-1].lower() in open_words:
        return [piece]
    listed = _list_end(words, open_words) if ended else 0
    if listed:
        return [" ".join(words[:listed]), " ".join(words[listed:])]
    starts = _headline_starts(words, open_words, kickers_only=ended)
    headlines = [" ".join(words[a:b]) for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    judged = headlines[:-1] if ended else headlines  # an ended run's last stretch stays: it is no headline
    return [piece] if any(headline.count(",") > _MAX_HEADLINE_COMMAS for headline in judged) else headlines


def _two_lines(piece: str, follow: re.Pattern[str]) -> list[str] | None:
    """The piece cut in two where the block's follow pattern takes both parts ("Storm batters East Coast" / "Fox
    News' John Doe reports on the damage.": a video's title and its description under "Video"), the first such
    cut; None when there is none. Both parts go with the block, wherever the cut falls between them."""
    words = piece.split(" ")
    for size in range(_MIN_HEADLINE_WORDS, len(words) - _MIN_HEADLINE_WORDS + 1):
        head, tail = " ".join(words[:size]), " ".join(words[size:])
        if follow.search(head) and follow.search(tail):
            return [head, tail]
    return None


def split_teaser_runs(pieces: Iterable[str], headers: Sequence[Rule], open_words: frozenset[str]) -> list[str]:
    """The pieces of a glued line, each run of headlines too long for the block rule of the label before it cut
    into its headlines (headers: the block rules of [split] label_rules; open_words: [split] caption_open_words in
    lower case, words no headline ends with; both built once per settings by the caller)."""
    out: list[str] = []
    block: Rule | None = None
    left = 0
    for piece in pieces:
        follow = block.follow if block is not None and left > 0 else None
        followed = follow is not None and follow.search(piece) is not None
        short = block is not None and piece.count(" ") + 1 <= block.follow_max_words
        lines = _two_lines(piece, follow) if follow is not None and short and not followed and left > 1 else None
        if lines is not None:  # the block takes it as two lines: a video's title and its description
            out.extend(lines)
            left -= 2
            continue
        if block is None or follow is None or (short and not followed):
            out.append(piece)  # no open block, or the block stops at it (as strip's does): is it a label?
            block = line_rule(piece, headers)  # the block rule that takes it as a list's label, if one does
            left = block.follow_max_lines if block is not None else 0
            continue
        if short:
            out.append(piece)  # the block takes it as it is
            left -= 1
            continue
        # a run too long for the block. It ends in a sentence when the block stops at it or its last word ends one
        # ("... von Desigual so oft auf der Straße?": a headline may ask, but a run ending so may hold a sentence)
        ended = not followed or STOP_END.search(piece) is not None
        headlines = _headlines(piece, open_words, ended=ended)
        taken = headlines[:-1] if ended else headlines
        if any(headline.count(" ") + 1 > block.follow_max_words for headline in taken):
            headlines = [piece]  # a stretch the block cannot take: the run stays whole, for the heuristics to judge
        out.extend(headlines)
        left -= len(headlines)
        if ended or len(headlines) == 1:
            block = None  # the block stops at a run it cannot take: what follows is no list of its
    return out


__all__ = ["split_teaser_runs"]
