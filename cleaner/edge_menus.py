"""Page furniture told by its place and shape: menus, tag lines and teaser cards around the article's paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from cleaner.bylines import read_byline
from cleaner.header_words import HeaderWords
from cleaner.linefeatures import ends_sentence, look_alike

_TABLE_CELLS = " | "  # how the HTML path writes a table's row
# labels joined by ", ": no sentence's marks, no field's colon, no figures' decimal commas
_TAG_LIST = re.compile(r"[^\W\d_][^,.!?:;|()\[\]]*(?:, [^\W_][^,.!?:;|()\[\]]*)+")


@dataclass(frozen=True, slots=True)
class MenuShape:
    """The numbers of config/heuristics.toml [menus] (see there for why)."""

    paragraph_chars: int = 100
    item_max_words: int = 6
    min_items: int = 10
    kept_above_article: int = 3
    item_shape_overlap: float = 0.5
    min_tags: int = 4
    min_cards: int = 3
    kicker_max_words: int = 2
    headline_min_words: int = 3
    headline_max_words: int = 15
    summary_max_words: int = 60
    byline_max_words: int = 12
    tag_max_words: int = 3


def _is_item(line: str, good: bool, shape: MenuShape) -> bool:
    """A menu entry's shape: a few words, no sentence, not good text, no label of a field nor a table's row (a
    product's or an event's table of "Region:" and its value is the article's; a colon announces what follows)."""
    return (
        not good
        and line.count(" ") < shape.item_max_words
        and not ends_sentence(line)
        and not line.rstrip().endswith(":")
        and _TABLE_CELLS not in line
    )


def _menu_runs(
    indices: Sequence[int], lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape
) -> list[list[int]]:
    """Maximal runs of menu entries among indices (lines not already dropped, in order) that are menus: at least
    min_items long, not announced by the line before them (ending with ":"), not shaped like a list's items."""
    runs: list[list[int]] = []
    run: list[int] = []
    opener = ""  # the line before the current run
    for index in [*indices, -1]:
        if index >= 0 and _is_item(lines[index], good(index), shape):
            run.append(index)
            continue
        if len(run) >= shape.min_items and not opener.rstrip().endswith(":") and not _is_list(run, lines, shape):
            runs.append(run)
        run, opener = [], lines[index]
    return runs


def _is_list(run: Sequence[int], lines: Sequence[str], shape: MenuShape) -> bool:
    """True when at least half the run's neighbouring lines are shaped like items of one list (a number, a mark
    or a link shared: "Italy (Group J): 10th appearance", "%165 votes"): the article's table or results, which
    can end it; a menu's plain labels share no such shape."""
    alike = sum(
        look_alike(lines[first], lines[second], min_overlap=shape.item_shape_overlap) for first, second in pairwise(run)
    )
    return 2 * alike >= len(run) - 1


def _article_span(
    lines: Sequence[str], dropped: Container[int], good: Callable[[int], bool], shape: MenuShape
) -> tuple[list[int], int, int] | None:
    """The lines not dropped, the article's first paragraph (good text of paragraph_chars or more) and its last
    good line after its last paragraph (short sentences too); None when the dump has no paragraph."""
    alive = [index for index in range(len(lines)) if index not in dropped]
    paragraphs = (index for index in alive if len(lines[index]) >= shape.paragraph_chars and good(index))
    first = next(paragraphs, None)
    if first is None:
        return None
    # read from the end: most lines lie between, and goodness costs a line's statistics
    last = next(index for index in reversed(alive) if len(lines[index]) >= shape.paragraph_chars and good(index))
    after = [index for index in alive if index > last]
    return alive, first, next((index for index in reversed(after) if good(index)), last)


def edge_menus(
    lines: Sequence[str], dropped: Container[int], good: Callable[[int], bool], shape: MenuShape
) -> list[int]:
    """Lines of runs of at least min_items menu entries (short, no sentence, not good) that lie wholly before the
    article's first paragraph or wholly after its last good line (_article_span): a site's menu, a sidebar's
    headlines, a footer's links. An article's own lists sit between its paragraphs, so they are never read.
    Lines already dropped do not break a run (a menu has separators and icons). Above the article the last
    kept_above_article lines of the run stay: a kicker, a headline and a standfirst sit there. A run announced by
    the line before it (ending with ":"), and a run whose lines are shaped like a list's items, are the article's
    and stay."""
    span = _article_span(lines, dropped, good, shape)
    if span is None:
        return []  # no paragraph to place the article by
    alive, first, last = span
    found: list[int] = []
    for run in _menu_runs([index for index in alive if index <= first], lines, good, shape):
        if run[-1] + 1 == first or all(index in dropped for index in range(run[-1] + 1, first)):
            run = run[: len(run) - shape.kept_above_article]  # the article's header sits right above it
        found.extend(run)
    for run in _menu_runs([index for index in alive if index >= last], lines, good, shape):
        found.extend(run)
    return found


def _is_tag_list(line: str, shape: MenuShape) -> bool:
    """A line of at least min_tags comma-separated labels of at most tag_max_words words each, nothing else."""
    if _TAG_LIST.fullmatch(line) is None:
        return False
    tags = line.split(", ")
    return len(tags) >= shape.min_tags and all(tag.count(" ") < shape.tag_max_words for tag in tags)


def edge_tag_lists(
    lines: Sequence[str], dropped: Container[int], good: Callable[[int], bool], shape: MenuShape
) -> list[int]:
    """Lines before the article's first paragraph or after its last good line (_article_span) that are lists of
    tags or categories ("Aus den Ländern, Blog, sonstiges, Termine"; "Amazon, Big Data, Chatbots, Facebook"):
    labels and commas only, no sentence, not good. Inside the article such a line may be an enumeration."""
    span = _article_span(lines, dropped, good, shape)
    if span is None:
        return []
    alive, first, last = span
    return [
        index
        for index in alive
        if (index < first or index > last) and not good(index) and _is_tag_list(lines[index], shape)
    ]


def _is_card(card: Sequence[str], shape: MenuShape) -> bool:
    """A teaser's kicker (a section's name of a word or two), headline (a few words, no sentence) and summary
    (one sentence or two), none announcing what follows."""
    kicker, headline, summary = card
    kicker_words, headline_words = kicker.count(" ") + 1, headline.count(" ") + 1
    return (
        kicker_words <= shape.kicker_max_words
        and shape.headline_min_words <= headline_words <= shape.headline_max_words
        and not any(ends_sentence(line) or line.rstrip().endswith(":") for line in (kicker, headline))
        and ends_sentence(summary)
        and summary.count(" ") < shape.summary_max_words
    )


def trailing_teaser_strip(lines: Sequence[str], dropped: Container[int], shape: MenuShape) -> list[int]:
    """Lines of a strip of at least min_cards teaser cards that ends the dump (only dropped lines after it): each
    a kicker, a headline and a summary ("B2B" / "Waymo bittet Autohersteller um Geld" / "Die Google-Schwesterfirma
    sucht nach Investoren."), read back from the end. The summary is a sentence, so the [context] runs keep it;
    an article ends with paragraphs, not with three such cards in a row."""
    alive = [index for index in range(len(lines)) if index not in dropped]
    end = len(alive)
    while end >= 3 and _is_card([lines[index] for index in alive[end - 3 : end]], shape):
        end -= 3
    cards = (len(alive) - end) // 3
    return alive[end:] if cards >= shape.min_cards else []


def bylined_cards(
    lines: Sequence[str],
    dropped: Container[int],
    good: Callable[[int], bool],
    is_byline: Callable[[str], bool],
    shape: MenuShape,
) -> list[int]:
    """Lines of teaser cards that sign off with their story's byline, after the article's first paragraph: a
    kicker, a headline, a summary and "Von Markus Balser und Klaus Ott" (_is_card). The article's own byline sits
    under its headline, above its first paragraph, and is left to the header stage."""
    span = _article_span(lines, dropped, good, shape)
    if span is None:
        return []
    alive, first, _last = span
    found: list[int] = []
    for position in range(3, len(alive)):
        index = alive[position]
        card = alive[position - 3 : position]
        # the card's shape first: the byline test reads every line after the first paragraph otherwise
        if card[0] > first and _is_card([lines[line] for line in card], shape) and is_byline(lines[index]):
            found.extend((*card, index))
    return found


def is_card_byline(line: str, words: HeaderWords, shape: MenuShape) -> bool:
    """A short line that reads as a byline, or opens like one and is names ("Von Markus Balser und Julian
    Erbersdobler, Berlin, und Thomas Fromm": most words capitalised, no sentence)."""
    if line.count(" ") >= shape.byline_max_words or ends_sentence(line):
        return False
    if read_byline(line, words) is not None:
        return True
    tokens = line.split()
    capitalized = sum(token[:1].isupper() for token in tokens)
    return words.byline_prefix.match(line) is not None and 2 * capitalized > len(tokens)


def furniture_around_article(
    lines: Sequence[str], dropped: Collection[int], good: Callable[[int], bool], shape: MenuShape, *, words: HeaderWords
) -> dict[int, tuple[str, str]]:
    """The lines this module's tests drop, each with its (rule, category); dropped: lines already dropped. Each
    test reads the lines the ones before it left."""
    found: dict[int, tuple[str, str]] = {}
    for index in edge_menus(lines, dropped, good, shape):
        found[index] = ("edge_menu", "navigation")
    for index in edge_tag_lists(lines, dropped, good, shape):
        found[index] = ("edge_tag_list", "navigation")
    for index in trailing_teaser_strip(lines, {*dropped, *found}, shape):
        found[index] = ("teaser_strip", "teaser")
    is_byline = partial(is_card_byline, words=words, shape=shape)
    for index in bylined_cards(lines, {*dropped, *found}, good, is_byline, shape):
        found[index] = ("bylined_teaser_card", "teaser")
    return found
