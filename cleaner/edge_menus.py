"""Page furniture told by its place and shape: menus, tag lines and teaser cards around the article's paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from cleaner.bylines import read_byline
from cleaner.header_words import HeaderWords
from cleaner.linefeatures import ends_sentence, look_alike

# a price alone on its line: figures with a currency's sign before or after them ("$139.00", "12,99 €")
_CURRENCY = "$€£¥₹₽₩₺₪฿₫"
_PRICE = re.compile(rf"(?:[{_CURRENCY}]\s?\d[\d.,]*|\d[\d.,]*\s?[{_CURRENCY}])")
_TABLE_CELLS = " | "  # how the HTML path writes a table's row
# labels joined by ", ": no sentence's marks, no field's colon, no figures' decimal commas
_TAG_LIST = re.compile(r"[^\W\d_][^,.!?:;|()\[\]]*(?:, [^\W_][^,.!?:;|()\[\]]*)+")


@dataclass(frozen=True, slots=True)
class MenuShape:
    """The numbers of config/heuristics.toml [menus] (see there for why), under its names; item_shape_overlap is
    [context]'s, which tells a list's items apart from a menu's labels here too. Built once, when the thresholds
    load (cleaner.heuristics.load_thresholds)."""

    menu_paragraph_chars: int = 100
    menu_item_max_words: int = 6
    menu_min_items: int = 10
    menu_kept_above_article: int = 3
    menu_wall_min_items: int = 15
    menu_headline_max_words: int = 20
    menu_grid_repeats: int = 3
    menu_footer_walls: int = 2
    menu_repeat_share: float = 0.5
    item_shape_overlap: float = 0.5
    tag_list_min_tags: int = 4
    tag_list_max_words: int = 3
    teaser_strip_min_cards: int = 3
    teaser_strip_kicker_max_words: int = 2
    teaser_strip_headline_min_words: int = 3
    teaser_strip_headline_max_words: int = 15
    teaser_strip_summary_max_words: int = 60
    card_byline_max_words: int = 12


def _is_item(line: str, index: int, good: Callable[[int], bool], max_words: int) -> bool:
    """A menu entry's shape: fewer than max_words words, no sentence, not good text, no label of a field nor a
    table's row (a product's or an event's table of "Region:" and its value is the article's; a colon announces
    what follows). Goodness is asked last: it costs the line's statistics."""
    return (
        line.count(" ") < max_words
        and not ends_sentence(line)
        and not line.rstrip().endswith(":")
        and _TABLE_CELLS not in line
        and not good(index)
    )


def _menu_runs(
    indices: Sequence[int], lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape, *, walls: bool = False
) -> list[list[int]]:
    """Maximal runs of menu entries among indices (lines not already dropped, in order) that are menus: at least
    menu_min_items long, not announced by the line before them (ending with ":"), not shaped like a list's items.
    walls: the runs of menu_wall_min_items entries or more, an entry up to menu_headline_max_words words long (a
    list of other stories' headlines, no sentence among them, parts a page like a menu)."""
    max_words, min_items = shape.menu_item_max_words, shape.menu_min_items
    if walls:
        max_words, min_items = shape.menu_headline_max_words, shape.menu_wall_min_items
    runs: list[list[int]] = []
    run: list[int] = []
    opener = ""  # the line before the current run
    for index in [*indices, -1]:
        if index >= 0 and _is_item(lines[index], index, good, max_words):
            run.append(index)
            continue
        if (
            len(run) >= min_items
            and not opener.rstrip().endswith(":")
            and not _is_list(run, lines, shape)
            and not (walls and (_is_product_grid(run, lines, shape) or not _mostly_headlines(run, lines, shape)))
        ):
            runs.append(run)
        run, opener = [], lines[index]
    return runs


def _walls(
    indices: Sequence[int], lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape
) -> list[list[int]]:
    """The runs among indices that part a page: menus of menu_wall_min_items entries or more, and the longer runs
    of headlines _menu_runs finds with walls (a menu inside one counts once, as part of it), in order."""
    headlines = _menu_runs(indices, lines, good, shape, walls=True)
    covered = {index for run in headlines for index in run}
    menus = [
        run
        for run in _menu_runs(indices, lines, good, shape)
        if len(run) >= shape.menu_wall_min_items and covered.isdisjoint(run)
    ]
    return sorted([*headlines, *menus])


def _mostly_headlines(run: Sequence[int], lines: Sequence[str], shape: MenuShape) -> bool:
    """True when at least half the run's entries with words are too long for a menu's labels: headlines (ranks and
    times beside them aside), not a form's fields and labels ("Farbe: grün", "1 Stern") that a question or two
    among them joins up."""
    worded = [lines[index] for index in run if any(char.isalpha() for char in lines[index])]
    long = sum(line.count(" ") >= shape.menu_item_max_words for line in worded)
    return 2 * long >= len(worded)


def _is_product_grid(run: Sequence[int], lines: Sequence[str], shape: MenuShape) -> bool:
    """True when an entry of the run is a price (no letter, a currency's sign) or one comes back menu_grid_repeats
    times or more ("Buy Now", "Available from Amazon"): cards of the article's products, each built alike. A
    list of other stories' headlines names each story once (twice when two lists share it), its ranks or times
    ("1", "14:10") no price."""
    if any(_PRICE.fullmatch(lines[index]) for index in run):
        return True
    # ranks ("1", "2") come back in each list of a page's foot: only words count
    worded = Counter(lines[index] for index in run if any(char.isalpha() for char in lines[index]))
    return max(worded.values(), default=0) >= shape.menu_grid_repeats


def _is_list(run: Sequence[int], lines: Sequence[str], shape: MenuShape) -> bool:
    """True when at least half the run's neighbouring lines are shaped like items of one list (a number, a mark
    or a link shared: "Italy (Group J): 10th appearance", "%165 votes"): the article's table or results, which
    can end it; a menu's plain labels share no such shape."""
    pairs = len(run) - 1
    needed = (pairs + 1) // 2  # alike pairs for a list; past pairs - needed unlike ones it is none
    alike = unlike = 0
    for first, second in pairwise(run):  # look_alike is dear: stop once the answer is known
        if look_alike(lines[first], lines[second], min_overlap=shape.item_shape_overlap):
            alike += 1
            if alike >= needed:
                return True
        else:
            unlike += 1
            if unlike > pairs - needed:
                return False
    return alike >= needed


@dataclass(frozen=True, slots=True)
class ArticleSpan:
    """Where the article lies among the lines not dropped (alive, in order): from its first paragraph (a good
    line of menu_paragraph_chars or more) to its last good line after its last paragraph (short sentences too);
    foot: where the page's foot starts after it (the first menu _footer_walls finds); rest: where the parts of the
    page past the article's start, when menu_footer_walls walls or more part them (the first wall after the
    article's part); each len(lines) when there is none."""

    alive: list[int]
    first: int
    last: int
    foot: int
    rest: int


def _is_paragraph(index: int, lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape) -> bool:
    return len(lines[index]) >= shape.menu_paragraph_chars and good(index)


def article_span(
    alive: list[int], lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape
) -> ArticleSpan | None:
    """The article's span among alive (the lines not dropped, in order); None when the dump has no paragraph.
    Where menus of menu_wall_min_items entries or more part the paragraphs (a whole page's text: the article,
    the site's menu, then the footer's or the comments' paragraphs), the article is the part with the most
    paragraph text, and its last good line is looked for before the next such menu. After the last paragraph
    such a menu ends the article too when it is the page's furniture (_footer_walls)."""
    first = next((index for index in alive if _is_paragraph(index, lines, good, shape)), None)
    if first is None:
        return None
    # read from the end: most lines lie between, and goodness costs a line's statistics
    last = next(index for index in reversed(alive) if _is_paragraph(index, lines, good, shape))
    end = len(lines)
    between = alive[bisect_right(alive, first) : bisect_left(alive, last)]
    walls = _walls(between, lines, good, shape)
    if walls:
        first, last, end = _largest_part(alive, walls, lines, good, shape)
    foot = rest = len(lines)
    if end == foot:  # the article's part runs to the last paragraph: what lies after it may end it
        footer = _footer_walls(alive, first, last, lines, good, shape)
        end = foot = rest = footer[0][0] if footer else foot
    elif sum(wall[0] >= end for wall in walls) >= shape.menu_footer_walls:
        rest = end  # more parts past the article's, parted by the page's lists: their short lines are furniture
    after = alive[bisect_right(alive, last) : bisect_left(alive, end)]
    last = next((index for index in reversed(after) if good(index)), last)
    return ArticleSpan(alive, first, last, foot, rest)


def _footer_walls(
    alive: list[int], first: int, last: int, lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape
) -> list[list[int]]:
    """The menus of menu_wall_min_items entries or more after the last paragraph (last) when they are the page's
    furniture, else none: menu_footer_walls of them or more (a footer's columns of links, a sidebar's lists), or
    one whose entries at least menu_repeat_share repeat lines above the first paragraph (first): the site's menu
    printed again at the page's foot. The good lines past them (a sign-in form's messages, a footer's small
    print) are then no part of the article. One menu of its own after an article may be the article's list (a
    poll's candidates) and the sentence after it the article's too."""
    tail = alive[bisect_right(alive, last) :]
    walls = _walls(tail, lines, good, shape)
    if len(walls) >= shape.menu_footer_walls:
        return walls
    above = {lines[index] for index in alive[: bisect_left(alive, first)]}
    for run in walls:
        if sum(lines[index] in above for index in run) >= shape.menu_repeat_share * len(run):
            return [run]
    return []


def _largest_part(
    alive: list[int],
    walls: Sequence[Sequence[int]],
    lines: Sequence[str],
    good: Callable[[int], bool],
    shape: MenuShape,
) -> tuple[int, int, int]:
    """The first and last paragraph of the part between walls (menus) with the most paragraph characters, and
    where the next wall starts (len(lines) after the last one)."""
    starts = [-1, *(wall[-1] for wall in walls)]
    ends = [*(wall[0] for wall in walls), len(lines)]
    best: tuple[int, int, int, int] | None = None  # (characters, first, last, end)
    for start, end in zip(starts, ends, strict=True):
        part = alive[bisect_right(alive, start) : bisect_left(alive, end)]
        paragraphs = [index for index in part if _is_paragraph(index, lines, good, shape)]
        size = sum(len(lines[index]) for index in paragraphs)
        if paragraphs and (best is None or size > best[0]):
            best = (size, paragraphs[0], paragraphs[-1], end)
    assert best is not None  # the first part holds the first paragraph
    return best[1], best[2], best[3]


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
    for run in [*_menu_runs(above, lines, good, shape), *_menu_runs(above, lines, good, shape, walls=True)]:
        if run[-1] + 1 == first or all(index in dropped for index in range(run[-1] + 1, first)):
            run = run[: len(run) - shape.menu_kept_above_article]  # the article's header sits right above it
        found.extend(run)
    for run in [*_menu_runs(below, lines, good, shape), *_menu_runs(below, lines, good, shape, walls=True)]:
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
        first = next(
            (index for index in alive if index > span.first and _is_paragraph(index, lines, good, shape)), None
        )
    if first is None:
        return found
    is_byline = partial(is_card_byline, words=words, shape=shape)
    for index in bylined_cards(lines, alive, first, is_byline, shape):
        found[index] = ("bylined_teaser_card", "teaser")
    return found
