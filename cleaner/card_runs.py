"""Other stories' cards after the article: runs of a headline, a summary and a signature (a writer or a date)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from datetime import date
from functools import lru_cache

from cleaner.datelines import relative_time_alone
from cleaner.dates import Stamp, find_stamps
from cleaner.header_words import HeaderWords
from cleaner.linefeatures import ends_sentence
from cleaner.page_parts import MenuShape

# a line's part in a card: a headline, a summary, a writer's name, a date; anything else breaks a run
HEADLINE, SUMMARY, NAME, DATE, OTHER = "H", "S", "N", "D", "X"
QUESTION = "Q"  # a short question: a headline ("A tornado's heading your way: Now what?") or a summary
CUT = "T"  # a summary cut short ("... del expresident Jaume [...]"): a teaser's, never an article's sentence
_SUMMARIES = (SUMMARY, CUT)
_SIGNATURES = (NAME, DATE)  # the parts that sign a card
_MATCHING = {HEADLINE: "[HQ]", SUMMARY: "[SQT]"}  # what each part of a pattern matches
_CUT_SHORT = ("[...]", "[…]", "(...)", "(…)", "...", "…")  # how a summary cut short ends


def card_part(line: str, words: HeaderWords, shape: MenuShape) -> str:
    """The part of a card the line can be: SUMMARY (a sentence of fewer than card_run_summary_max_words words),
    NAME (a writer's name alone), DATE (a short line holding a date or a relative time, no sentence), HEADLINE (a
    few words, no sentence) or OTHER. Nothing announcing what follows (a colon) is a card's."""
    from cleaner.header_next import writer_name  # header_next imports the heuristics (titles'), which import us

    text = line.strip()
    spaces = text.count(" ")
    if not text or text.endswith(":"):
        return OTHER
    if text.endswith(_CUT_SHORT) and not text.endswith("...."):
        return CUT if spaces < shape.card_run_summary_max_words else OTHER
    if ends_sentence(text):
        if text.endswith("?") and spaces < shape.card_run_headline_max_words:
            return QUESTION
        return SUMMARY if spaces < shape.card_run_summary_max_words else OTHER
    if spaces >= shape.card_run_headline_max_words:
        return OTHER
    if writer_name(text, words):
        return NAME
    if any(char.isdigit() for char in text) and (relative_time_alone(text, words) or find_stamps(text, words)):
        return DATE
    if spaces + 1 >= shape.card_run_headline_min_words:
        return HEADLINE
    return OTHER


@lru_cache(maxsize=16)
def _card_regex(pattern: str) -> re.Pattern[str]:
    """A card built as pattern (a part's letter per line), whole or short of one part other than its summary (a
    card with no date, or whose headline an earlier rule dropped), the whole ones named."""
    partial = {pattern[:at] + pattern[at + 1 :] for at, part in enumerate(pattern) if part not in _SUMMARIES}
    whole, *shorter = ["".join(_MATCHING.get(part, part) for part in parts) for parts in (pattern, *sorted(partial))]
    return re.compile(f"(?P<whole>{whole})|{'|'.join(shorter)}")


def card_runs(
    indices: Sequence[int],
    lines: Sequence[str],
    part: Callable[[int], str],
    shape: MenuShape,
    gaps: Container[int] = (),
) -> list[list[int]]:
    """Runs among indices (lines not dropped, in order) of cards built alike, each as one of card_run_patterns (a
    headline over its date and summary, "HDS"; a headline, its summary and its writer, "HSN"), at least
    card_run_min_cards of them whole. A card short of a part (_card_regex) ends a run only where a dropped line
    takes the missing part's place: an article's subhead and paragraph are no card. A pattern that opens with
    its signature (a timeline's date over an event and its account) is none, and a run read off one line late
    (the line before it the pattern's last part: a list of people's names, roles and words) is the article's;
    so is a run the line before announces (ending with ":"). gaps: lines an earlier stage removed lines just
    before."""
    parts = "".join(part(index) for index in indices)
    runs: list[list[int]] = []
    for pattern in shape.card_run_patterns:
        card = _card_regex(pattern)
        position = 0
        while (found := card.search(parts, position)) is not None:  # the next card's start (most lines are none)
            cards: list[tuple[int, int, bool]] = []  # (start, end, whole) in parts
            at = found.start()
            while (match := card.match(parts, at)) is not None:
                cards.append((at, match.end(), match.group("whole") is not None))
                at = match.end()
            while cards and not cards[0][2] and not _dropped_before(indices, cards[0][0], gaps):
                del cards[0]
            while cards and not cards[-1][2] and not _dropped_after(indices, cards[-1][1] - 1, gaps):
                del cards[-1]
            if sum(whole for _start, _end, whole in cards) >= shape.card_run_min_cards:
                first, last = cards[0][0], cards[-1][1]
                before = indices[first - 1] if first else -1
                late = parts[first - 1] == pattern[-1] in _SIGNATURES  # read one line late: the signature before
                if not (before >= 0 and (late or lines[before].rstrip().endswith(":"))):
                    runs.append(list(indices[first:last]))
            position = max(at, found.start() + 1)
    return sorted(runs)


def _dropped_before(indices: Sequence[int], position: int, gaps: Container[int]) -> bool:
    """True when a line was dropped right before indices[position] (or none is left before it)."""
    return position == 0 or indices[position - 1] != indices[position] - 1 or indices[position] in gaps


def _dropped_after(indices: Sequence[int], position: int, gaps: Container[int]) -> bool:
    """True when a line was dropped right after indices[position] (or none is left after it)."""
    following = indices[position] + 1
    return position + 1 == len(indices) or indices[position + 1] != following or following in gaps


def card_runs_after_article(
    after: Sequence[int], lines: Sequence[str], gaps: Container[int], words: HeaderWords, shape: MenuShape
) -> list[list[int]]:
    """The card runs among after (the lines not dropped after the article's first paragraph, in order; gaps: lines
    an earlier stage removed lines just before) but those whose dates read in order: an article's timeline, its
    entries a headline over a date like a box of related stories, runs by its dates (a box picks its stories by
    topic; one of the latest news in order of time stays too, the safe way). Only the lines of _stretches are
    read as a card's parts: an article's paragraphs follow each other, and a name's or a date's test is dear."""
    candidates = _stretches(after, lines, shape)
    if not candidates:
        return []  # most dumps: no stretch where cards could be
    parts: dict[int, str] = {}

    def part(index: int) -> str:
        parts[index] = card_part(lines[index], words, shape) if index in candidates else OTHER
        return parts[index]

    runs = card_runs(after, lines, part, shape, gaps)
    return [
        run
        for run in runs
        if not _dated_in_order(
            [lines[index] for index in run if parts[index] == DATE], words, shape.card_run_date_span_days
        )
    ]


def _stretches(after: Sequence[int], lines: Sequence[str], shape: MenuShape) -> set[int]:
    """The lines of the stretches among after where card_run_min_cards cards in a row could be, from each line's
    length and end alone: at least two lines a card, as many summaries (sentences) and other parts, no line too
    long for a card's part, no two sentences in a row (a card has one summary; its other parts end no sentence,
    or with a question mark)."""
    found: set[int] = set()
    stretch: list[int] = []
    previous, summaries = "", 0  # the stretch's last line's kind ("s" a sentence, "h" else) and its sentences
    headline_max, summary_max, min_cards = (
        shape.card_run_headline_max_words,
        shape.card_run_summary_max_words,
        shape.card_run_min_cards,
    )
    for index in [*after, -1]:
        text = lines[index] if index >= 0 else ""
        spaces = text.count(" ")
        fits = headline = False
        if text and spaces < summary_max:  # a paragraph of more words is no card's part: no test asked
            headline = not ends_sentence(text) or (spaces < headline_max and text.rstrip().endswith("?"))
            fits = spaces < headline_max or not headline
        if fits and (headline or previous != "s"):
            stretch.append(index)
            previous = "h" if headline else "s"
            summaries += not headline
            continue
        if min(summaries, len(stretch) - summaries) >= min_cards:
            found.update(stretch)
        # a second sentence in a row may open a card
        stretch, previous, summaries = ([index], "s", 1) if fits else ([], "", 0)
    return found


def _dated_in_order(dated: Sequence[str], words: HeaderWords, span_days: int) -> bool:
    """True when the dates of these lines (the first of each) run in order, either way (a timeline's), fall within
    span_days of each other (a programme of events: a weekend's, a festival's), or one is a relative time with no
    date ("2 hours ago"): a live blog's entries are told so, in order, and such times cannot be put in order
    here. Other stories' cards are picked by topic from months or years of a site's stories."""
    stamps = [_first_stamp(line, words) for line in dated]
    if any(stamp is None for stamp in stamps):
        return True
    keys = [(s.year, s.month, s.day, s.hour or 0, s.minute or 0) for s in stamps if s is not None]
    if len(keys) < 2:
        return False  # cards signed by their writers, or cut short: no dates to read
    if keys == sorted(keys) or keys == sorted(keys, reverse=True):
        return True
    days = [date(year, month, day).toordinal() for year, month, day, _hour, _minute in keys]
    return max(days) - min(days) < span_days


def _first_stamp(line: str, words: HeaderWords) -> Stamp | None:
    stamps = find_stamps(line, words)
    return stamps[0] if stamps else None
