"""Where the article lies on a page: runs of menu entries and of other stories' headlines, the walls the long ones
make across a whole page's text, and the article's span among them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from cleaner.linefeatures import ends_sentence, look_alike

# a price alone on its line: figures with a currency's sign before or after them ("$139.00", "12,99 €")
_CURRENCY = "$€£¥₹₽₩₺₪฿₫"
_PRICE = re.compile(rf"(?:[{_CURRENCY}]\s?\d[\d.,]*|\d[\d.,]*\s?[{_CURRENCY}])")
_TABLE_CELLS = " | "  # how the HTML path writes a table's row


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
    lone_count_max_lines: int = 2
    card_run_min_cards: int = 3
    card_run_summary_max_words: int = 60
    card_run_headline_min_words: int = 3
    card_run_headline_max_words: int = 20
    card_run_patterns: tuple[str, ...] = ("HDS", "HSN", "HT")
    card_run_date_span_days: int = 31


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


def menu_runs(
    indices: Sequence[int], lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape, *, walls: bool = False
) -> list[list[int]]:
    """Maximal runs of menu entries among indices (lines not already dropped, in order) that are menus: at least
    menu_min_items long, not announced by the line before them (ending with ":"), not shaped like a list's items.
    walls: the runs of menu_wall_min_items entries or more, an entry up to menu_headline_max_words words long (a
    list of other stories' headlines, no sentence among them, parts a page like a menu)."""
    max_words, min_items = shape.menu_item_max_words, shape.menu_min_items
    if walls:
        max_words, min_items = shape.menu_headline_max_words, shape.menu_wall_min_items
    if len(indices) < min_items:
        return []  # too few lines for a run (above the article, most dumps): no line's statistics asked for
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
    of headlines menu_runs finds with walls (a menu inside one counts once, as part of it), in order."""
    found: list[list[int]] = []
    for stretch in _item_shaped_stretches(indices, lines, shape):
        headlines = menu_runs(stretch, lines, good, shape, walls=True)
        covered = {index for run in headlines for index in run}
        menus = [
            run
            for run in menu_runs(stretch, lines, good, shape)
            if len(run) >= shape.menu_wall_min_items and covered.isdisjoint(run)
        ]
        found.extend([*headlines, *menus])
    return sorted(found)


def _item_shaped_stretches(indices: Sequence[int], lines: Sequence[str], shape: MenuShape) -> list[list[int]]:
    """Stretches of menu_wall_min_items lines or more among indices that _is_item's shape tests pass (not
    goodness, the dear one; a headline's length), each with the line before it (a run's opener): the only places
    a wall can be, so an ordinary dump pays no line statistics for walls."""
    if len(indices) < shape.menu_wall_min_items:
        return []  # too few lines for a stretch (most dumps between their paragraphs)
    max_words = max(shape.menu_item_max_words, shape.menu_headline_max_words)
    stretches: list[list[int]] = []
    stretch: list[int] = []
    for position, index in enumerate([*indices, -1]):
        if index >= 0 and _is_item(lines[index], index, _never_good, max_words):
            stretch.append(index)
            continue
        if len(stretch) >= shape.menu_wall_min_items:
            stretches.append([*indices[max(0, position - len(stretch) - 1) : position - len(stretch)], *stretch])
        stretch = []
    return stretches


def _never_good(_index: int) -> bool:
    return False


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


def is_paragraph(index: int, lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape) -> bool:
    return len(lines[index]) >= shape.menu_paragraph_chars and good(index)


def article_span(
    alive: list[int], lines: Sequence[str], good: Callable[[int], bool], shape: MenuShape
) -> ArticleSpan | None:
    """The article's span among alive (the lines not dropped, in order); None when the dump has no paragraph.
    Where menus of menu_wall_min_items entries or more part the paragraphs (a whole page's text: the article,
    the site's menu, then the footer's or the comments' paragraphs), the article is the part with the most
    paragraph text, and its last good line is looked for before the next such menu. After the last paragraph
    such a menu ends the article too when it is the page's furniture (_footer_walls)."""
    first = next((index for index in alive if is_paragraph(index, lines, good, shape)), None)
    if first is None:
        return None
    # read from the end: most lines lie between, and goodness costs a line's statistics
    last = next(index for index in reversed(alive) if is_paragraph(index, lines, good, shape))
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
        paragraphs = [index for index in part if is_paragraph(index, lines, good, shape)]
        size = sum(len(lines[index]) for index in paragraphs)
        if paragraphs and (best is None or size > best[0]):
            best = (size, paragraphs[0], paragraphs[-1], end)
    assert best is not None  # the first part holds the first paragraph
    return best[1], best[2], best[3]
