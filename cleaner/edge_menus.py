"""Page furniture told by its place and shape: menus, tag lines and teaser cards around the article's paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Sequence
from functools import partial

from cleaner.bylines import read_byline
from cleaner.dates import find_stamps
from cleaner.header_words import HeaderWords
from cleaner.linefeatures import ends_sentence
from cleaner.page_parts import ArticleSpan, MenuShape, article_span, is_paragraph, menu_runs

# labels joined by ", ": no sentence's marks, no field's colon, no figures' decimal commas
_TAG_LIST = re.compile(r"[^\W\d_][^,.!?:;|()\[\]]*(?:, [^\W_][^,.!?:;|()\[\]]*)+")
# the marks a footer's or a menu's row of links parts its labels with ("Terms of service | Privacy guidelines")
_LINK_ROW_SEPARATOR = re.compile(r"\s*[|▪•]\s*")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# a headline ends no statement and announces nothing (a question or an exclamation may be one)
_HEADLINE_NOT_ENDING = frozenset(".:;,")


def edge_menus(
    lines: Sequence[str], dropped: Container[int], good: Callable[[int], bool], span: ArticleSpan, shape: MenuShape
) -> list[int]:
    """Lines of runs of at least menu_min_items menu entries (short, no sentence, not good) that lie wholly before
    the article's first paragraph or wholly after its last good line (span): a site's menu, a sidebar's
    headlines, a footer's links. An article's own lists sit between its paragraphs, so they are never read.
    Lines already dropped do not break a run (a menu has separators and icons). Above the article the last
    menu_kept_above_article lines of the run stay: a kicker, a headline and a standfirst sit there. A run
    announced by the line before it (ending with ":"), and a run whose lines are shaped like a list's items, are
    the article's and stay."""
    alive, first, last = span.alive, span.first, span.last
    found: list[int] = []
    above, below = alive[: bisect_right(alive, first)], alive[bisect_left(alive, last) :]
    for run in [*menu_runs(above, lines, good, shape), *menu_runs(above, lines, good, shape, walls=True)]:
        if run[-1] + 1 == first or all(index in dropped for index in range(run[-1] + 1, first)):
            run = run[: len(run) - shape.menu_kept_above_article]  # the article's header sits right above it
        found.extend(run)
    for run in [*menu_runs(below, lines, good, shape), *menu_runs(below, lines, good, shape, walls=True)]:
        found.extend(run)
    return found


def _is_tag_list(line: str, shape: MenuShape) -> bool:
    """A line of at least tag_list_min_tags comma-separated labels of at most tag_list_max_words words each,
    nothing else."""
    if _TAG_LIST.fullmatch(line) is None:
        return False
    tags = line.split(", ")
    return len(tags) >= shape.tag_list_min_tags and all(tag.count(" ") < shape.tag_list_max_words for tag in tags)


def edge_tag_lists(lines: Sequence[str], good: Callable[[int], bool], span: ArticleSpan, shape: MenuShape) -> list[int]:
    """Lines before the article's first paragraph or after its last good line (span) that are lists of tags or
    categories ("Aus den Ländern, Blog, sonstiges, Termine"; "Amazon, Big Data, Chatbots, Facebook"): labels and
    commas only, no sentence, not good. Inside the article such a line may be an enumeration."""
    alive = span.alive
    outside = (*alive[: bisect_left(alive, span.first)], *alive[bisect_right(alive, span.last) :])
    return [index for index in outside if _is_tag_list(lines[index], shape) and not good(index)]


def is_link_row(line: str, shape: MenuShape) -> bool:
    """A row of at least link_row_min_items labels (each of a letter or more, at most link_row_item_max_words
    words and link_row_item_max_chars characters) parted by "|", "▪" or "•" and nothing else: a footer's or a
    menu's links. A table's row is framed by bars or holds figures, and stays."""
    if line.startswith("|") and line.endswith("|"):
        return False  # a Markdown table's row
    pieces = _LINK_ROW_SEPARATOR.split(line)
    if len(pieces) < shape.link_row_min_items:
        return False
    labels = [piece for piece in pieces if piece]
    return len(labels) >= shape.link_row_min_items and all(
        len(label) <= shape.link_row_item_max_chars
        and label.count(" ") < shape.link_row_item_max_words
        and _LETTER.search(label) is not None
        for label in labels
    )


def edge_link_rows(
    lines: Sequence[str], alive: Sequence[int], good: Callable[[int], bool], shape: MenuShape
) -> list[int]:
    """Rows of links (is_link_row) after the article's last paragraph (alive: the lines not dropped, in order):
    a footer's links. Their labels may add up to a paragraph's length, so the rows themselves are no paragraph
    here. Between the article's paragraphs such a row stays; above them a row may be the article's byline and
    date ("By Jane Doe | March 3, 2024 | 5 min read"), and the site's menu there is left to the menu runs and to
    repetition."""
    rows: list[int] = []
    for index in reversed(alive):  # from the end: the footer's few lines, not the article's many, are read
        line = lines[index]
        if ("|" in line or "▪" in line or "•" in line) and is_link_row(line, shape):
            rows.append(index)
        elif is_paragraph(index, lines, good, shape):
            return rows
    return []  # no paragraph: no article to place the rows by


def _is_card(kicker: str, headline: str, summary: str, shape: MenuShape) -> bool:
    """A teaser's kicker (a section's name of a word or two), headline (a few words, no sentence) and summary
    (one sentence or two), none announcing what follows."""
    return (
        kicker.count(" ") < shape.teaser_strip_kicker_max_words
        and shape.teaser_strip_headline_min_words <= headline.count(" ") + 1 <= shape.teaser_strip_headline_max_words
        and not any(ends_sentence(line) or line.rstrip().endswith(":") for line in (kicker, headline))
        and ends_sentence(summary)
        and summary.count(" ") < shape.teaser_strip_summary_max_words
    )


def trailing_teaser_strip(lines: Sequence[str], alive: Sequence[int], shape: MenuShape) -> list[int]:
    """Lines of a strip of at least teaser_strip_min_cards teaser cards that ends the dump (alive: the lines not
    dropped, in order; only dropped lines after the strip): each a kicker, a headline and a summary ("B2B" /
    "Waymo bittet Autohersteller um Geld" / "Die Google-Schwesterfirma sucht nach Investoren."), read back from
    the end. The summary is a sentence, so the [context] runs keep it; an article ends with paragraphs, not with
    three such cards in a row."""
    end = len(alive)
    while end >= 3 and _is_card(lines[alive[end - 3]], lines[alive[end - 2]], lines[alive[end - 1]], shape):
        end -= 3
    cards = (len(alive) - end) // 3
    return list(alive[end:]) if cards >= shape.teaser_strip_min_cards else []


def bylined_cards(
    lines: Sequence[str], alive: Sequence[int], first: int, is_byline: Callable[[str], bool], shape: MenuShape
) -> list[int]:
    """Lines of teaser cards that sign off with their story's byline, after the article's first paragraph (first;
    alive: the lines not dropped, in order): a kicker, a headline, a summary and "Von Markus Balser und Klaus
    Ott" (_is_card). The article's own byline sits under its headline, above its first paragraph, and is left to
    the header stage."""
    found: list[int] = []
    # a card's kicker comes after the first paragraph, and is a word or two: few lines pass that
    kicker_max_spaces = shape.teaser_strip_kicker_max_words
    kickers = [
        position
        for position in range(bisect_right(alive, first), len(alive) - 3)
        if lines[alive[position]].count(" ") < kicker_max_spaces
    ]
    for position in kickers:
        kicker, headline, summary, byline = alive[position : position + 4]
        # the card's shape first: the byline test reads every line after the first paragraph otherwise
        if _is_card(lines[kicker], lines[headline], lines[summary], shape) and is_byline(lines[byline]):
            found.extend((kicker, headline, summary, byline))
    return found


def is_card_byline(line: str, words: HeaderWords, shape: MenuShape) -> bool:
    """A short line that reads as a byline, or opens like one and is names ("Von Markus Balser und Julian
    Erbersdobler, Berlin, und Thomas Fromm": most words capitalised, no sentence)."""
    if line.count(" ") >= shape.card_byline_max_words or ends_sentence(line):
        return False
    if read_byline(line, words) is not None:
        return True
    tokens = line.split()
    capitalized = sum(token[:1].isupper() for token in tokens)
    return words.byline_prefix.match(line) is not None and 2 * capitalized > len(tokens)


def is_card_date(line: str, words: HeaderWords, shape: MenuShape) -> bool:
    """A short line that opens with a date and ends no sentence: a teaser card's date ("April 26, 2014 -- Updated
    1358 GMT (2158 HKT)", "12 mars 2015")."""
    if line.count(" ") >= shape.card_date_max_words or _DIGIT.search(line) is None or ends_sentence(line):
        return False
    stamps = find_stamps(line, words)
    return bool(stamps) and stamps[0].start == 0


def _is_dated_card(card: Sequence[str], date_at: int, shape: MenuShape) -> bool:
    """A headline (a few words, no full stop: a question may be one), its date (at date_at of the card's three
    lines, before the summary; read by the caller) and its summary (shorter than a paragraph; a teaser may cut it
    off anywhere)."""
    headline, summary = card[1 - date_at], card[2]
    return (
        shape.teaser_strip_headline_min_words <= headline.count(" ") + 1 <= shape.teaser_strip_headline_max_words
        and headline.rstrip()[-1:] not in _HEADLINE_NOT_ENDING
        and summary.count(" ") < shape.teaser_strip_summary_max_words
    )


def dated_cards(
    lines: Sequence[str],
    alive: Sequence[int],
    first: int,
    is_date: Callable[[str], bool],
    good: Callable[[int], bool],
    shape: MenuShape,
) -> list[int]:
    """Lines of dated_cards_min_cards or more teaser cards in a row after the article's first paragraph (first;
    alive: the lines not dropped, in order) with no paragraph of the article after them, each a headline, a date
    line and a summary with the date at the same place in each ("Food in a weather emergency" / "April 2, 2014 --
    Updated 2011 GMT" / "All you need to know about ..."): a related-stories box. The summaries are sentences that
    the [context] runs keep. An article's own dated entries (a diary's days, a timeline) have the article's
    paragraphs after them, or longer paragraphs than a teaser's summary."""
    start = bisect_right(alive, first)
    # a card holds a date line: the few such lines place the cards, and only their neighbours are read
    dates = [position for position in range(start, len(alive)) if is_date(lines[alive[position]])]
    if len(dates) < shape.dated_cards_min_cards:
        return []  # most dumps: fewer date lines than cards
    strips: list[list[int]] = []
    for date_at in (1, 0):  # under the headline, or above it
        cards = {
            card
            for card in (position - date_at for position in dates)
            if start <= card <= len(alive) - 3
            and _is_dated_card([lines[index] for index in alive[card : card + 3]], date_at, shape)
        }
        for card in sorted(cards):
            if card - 3 in cards:
                continue  # inside a strip found from its first card
            end = card
            while end in cards:
                end += 3
            if (end - card) // 3 >= shape.dated_cards_min_cards:
                strips.append(list(alive[card:end]))
    if not strips:
        return []
    in_cards = {index for strip in strips for index in strip}
    # a footer's row of links may read as good text; the article's paragraphs end their sentences
    beyond = [
        index
        for index in alive
        if index not in in_cards and ends_sentence(lines[index]) and is_paragraph(index, lines, good, shape)
    ]
    last_paragraph = beyond[-1] if beyond else -1
    return [index for strip in strips if strip[0] > last_paragraph for index in strip]


def furniture_around_article(
    lines: Sequence[str], dropped: Container[int], good: Callable[[int], bool], shape: MenuShape, *, words: HeaderWords
) -> dict[int, tuple[str, str]]:
    """The lines this module's tests drop, each with its (rule, category); dropped: lines already dropped. Each
    test reads the lines the ones before it left; the article's span is placed once, on the lines not dropped."""
    alive = [index for index in range(len(lines)) if index not in dropped]
    span = article_span(alive, lines, good, shape)
    found: dict[int, tuple[str, str]] = {}
    if span is not None:
        for index in edge_menus(lines, dropped, good, span, shape):
            found[index] = ("edge_menu", "navigation")
        for index in edge_tag_lists(lines, good, span, shape):
            found[index] = ("edge_tag_list", "navigation")
        for index in span.alive[bisect_left(span.alive, span.foot) :]:  # no paragraph lies past the page's foot
            found.setdefault(index, ("page_foot", "footer"))
        for index in span.alive[bisect_left(span.alive, span.rest) :]:  # sentences there stay: a comment, a blurb
            if not good(index):
                found.setdefault(index, ("past_article_part", "navigation"))
    for index in edge_link_rows(lines, alive, good, shape):
        found.setdefault(index, ("edge_link_row", "navigation"))
    if found:
        alive = [index for index in alive if index not in found]
    strip = trailing_teaser_strip(lines, alive, shape)
    for index in strip:
        found[index] = ("teaser_strip", "teaser")
    if span is None:
        return found  # no paragraph: no card sits after the first one
    alive = alive[: len(alive) - len(strip)]  # the strip ends the lines left
    first: int | None = span.first
    if first in found:  # the first paragraph was a teaser's summary: the article's starts later, if anywhere
        first = next((index for index in alive if index > span.first and is_paragraph(index, lines, good, shape)), None)
    if first is None:
        return found
    is_byline = partial(is_card_byline, words=words, shape=shape)
    for index in bylined_cards(lines, alive, first, is_byline, shape):
        found[index] = ("bylined_teaser_card", "teaser")
    is_date = partial(is_card_date, words=words, shape=shape)
    for index in dated_cards(lines, [index for index in alive if index not in found], first, is_date, good, shape):
        found[index] = ("dated_teaser_card", "teaser")
    return found
