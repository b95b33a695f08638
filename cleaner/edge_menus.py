"""Page furniture told by its place and shape: menus, tag lines and teaser cards around the article's paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Sequence
from functools import partial

from cleaner.bylines import read_byline
from cleaner.card_runs import card_runs_after_article
from cleaner.header_words import HeaderWords
from cleaner.linefeatures import ends_sentence
from cleaner.page_parts import ArticleSpan, MenuShape, article_span, is_paragraph, menu_runs

# labels joined by ", ": no sentence's marks, no field's colon, no figures' decimal commas
_TAG_LIST = re.compile(r"[^\W\d_][^,.!?:;|()\[\]]*(?:, [^\W_][^,.!?:;|()\[\]]*)+")
# a count, a duration or a clock time alone: "142", "1,204", "1.2K" (a like button's, a comment link's), "2:41" (a
# video's), "3:59 PM" (a post's time without its day)
_LONE_COUNT = re.compile(
    r"\d{1,3}(?:[,.]\d{3})*(?:[.,]\d[KkMm]|[KkMm])?"  # a count
    r"|\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?"  # a duration or a clock time
)


_YEAR_OR_DAY = re.compile(r"\d{1,4}[.,]?")  # a date's figures: "2014", "3."


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


def lone_counts_above(
    lines: Sequence[str], span: ArticleSpan, shape: MenuShape, dropped: Container[int], gaps: Container[int]
) -> list[int]:
    """Lines before the article's first paragraph (span) that are a count, a duration or a clock time alone ("142",
    "2:41", "3:59 PM"), in runs of at most lone_count_max_lines: the like and comment counters under a byline, a
    video's length over its player, a post's time. The header took the byline and the date around them, so no junk
    bounds them on both sides (and the header's removals leave no gap), but a button dropped ("Share", "Listen"),
    the rules' gap or the dump's edge stands right above or right under the run. Figures between kept lines stay:
    a fact box's ("Homes destroyed", "1,204"), a score's ("Liverpool", "3", "Chelsea", "1")."""
    above = span.alive[: bisect_left(span.alive, span.first)]
    counts = [index for index in above if _LONE_COUNT.fullmatch(lines[index].strip())]

    def removed_above(first: int) -> bool:  # the dump's start, a dropped line, or lines removed right above
        return first == 0 or first in gaps or first - 1 in dropped

    def removed_under(last: int) -> bool:  # the dump's end, a dropped line, or lines removed right under
        after = last + 1
        return after == len(lines) or after in gaps or after in dropped

    found: list[int] = []
    run: list[int] = []
    for index in [*counts, -1]:
        if run and index == run[-1] + 1:
            run.append(index)
            continue
        bounded = bool(run) and (removed_above(run[0]) or removed_under(run[-1]))
        found.extend(run if bounded and len(run) <= shape.lone_count_max_lines else ())
        run = [index]
    return found


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


def trailing_teaser_strip(
    lines: Sequence[str], alive: Sequence[int], shape: MenuShape, words: HeaderWords
) -> list[int]:
    """Lines of a strip of at least teaser_strip_min_cards teaser cards that ends the dump (alive: the lines not
    dropped, in order; only dropped lines after the strip): each a kicker, a headline and a summary ("B2B" /
    "Waymo bittet Autohersteller um Geld" / "Die Google-Schwesterfirma sucht nach Investoren."), read back from
    the end. The summary is a sentence, so the [context] runs keep it; an article ends with paragraphs, not with
    three such cards in a row. A kicker that is a date (a month, a year) opens no card: an article's
    timeline (a date, an event, its account) may end it."""
    end = len(alive)
    while (
        end >= 3
        and _is_card(lines[alive[end - 3]], lines[alive[end - 2]], lines[alive[end - 1]], shape)
        and not _names_a_time(lines[alive[end - 3]], words)
    ):
        end -= 3
    cards = (len(alive) - end) // 3
    return list(alive[end:]) if cards >= shape.teaser_strip_min_cards else []


def _names_a_time(kicker: str, words: HeaderWords) -> bool:
    """True when the kicker is a date of months, days and years alone ("March 2014", "2019", "3. Mai")."""
    return all(token.lower().strip(".,") in words.months or _YEAR_OR_DAY.fullmatch(token) for token in kicker.split())


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
    lines: Sequence[str],
    dropped: Container[int],
    good: Callable[[int], bool],
    shape: MenuShape,
    *,
    words: HeaderWords,
    gaps: Container[int] = (),
) -> dict[int, tuple[str, str]]:
    """The lines this module's tests drop, each with its (rule, category); dropped: lines already dropped, gaps:
    lines an earlier stage removed lines just before. Each
    test reads the lines the ones before it left; the article's span is placed once, on the lines not dropped."""
    alive = [index for index in range(len(lines)) if index not in dropped]
    span = article_span(alive, lines, good, shape)
    found: dict[int, tuple[str, str]] = {}
    if span is not None:
        for index in edge_menus(lines, dropped, good, span, shape):
            found[index] = ("edge_menu", "navigation")
        for index in edge_tag_lists(lines, good, span, shape):
            found[index] = ("edge_tag_list", "navigation")
        for index in lone_counts_above(lines, span, shape, dropped, gaps):
            found[index] = ("lone_count_above_article", "social")
        for index in span.alive[bisect_left(span.alive, span.foot) :]:  # no paragraph lies past the page's foot
            found.setdefault(index, ("page_foot", "footer"))
        for index in span.alive[bisect_left(span.alive, span.rest) :]:  # sentences there stay: a comment, a blurb
            if not good(index):
                found.setdefault(index, ("past_article_part", "navigation"))
    if found:
        alive = [index for index in alive if index not in found]
    strip = trailing_teaser_strip(lines, alive, shape, words)
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
    after = [index for index in alive[bisect_right(alive, first) :] if index not in found]
    for run in card_runs_after_article(after, lines, gaps, words, shape):
        for index in run:
            found[index] = ("card_run", "teaser")
    return found
