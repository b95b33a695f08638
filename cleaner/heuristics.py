"""Generic junk detection that needs no site profile: line features with context (jusText, boilerpipe, C4).

Two layers, each guarding the other's known false positives:
- hard line features decide alone: script and markup residue, symbol-only lines, social counters, glued words;
- context decides the rest, the jusText way but one-sided towards keeping: a run of lines that are not good
  text is dropped only when junk bounds it on both sides (removed lines, hard junk or a document edge).
  "Good" combines jusText's classes (length, stopword density) with boilerpipe's word-count rule and C4's
  terminal punctuation, so a complete sentence is never dropped for its neighbours, and lists, tables and
  short paragraphs between good lines stay.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, pairwise, repeat
from pathlib import Path

from cleaner.edge_menus import furniture_around_article
from cleaner.glued import holds_prose
from cleaner.header_words import load_header_words
from cleaner.language import stopwords, writes_without_spaces
from cleaner.linefeatures import (
    LineStats,
    ends_sentence,
    hard_patterns,
    hard_suspects,
    is_code,
    is_counter,
    is_dense_code,
    is_glued_words,
    is_markup,
    is_symbols_only,
    line_stats,
    look_alike,
)
from cleaner.model import Removal
from cleaner.page_parts import MenuShape
from cleaner.rules import flat_settings, read_settings_file, settings_of
from cleaner.scanner import LineScanner
from cleaner.teaser_cards import CardShape

_COUNTER_MAX_WORDS = 3
_LETTER = re.compile(r"[^\W\d_]")
_ITEM_MAX_LINES = 2  # a tag or menu item between separators
_LIST_MAX_LINES = 60  # how far back a list inside the article is followed to the text it began after
_ITEMS_PER_INSERTION = 4  # an article's list has at least this many items per ad label or credit inside it
_GLUED_MIN_CHARS_PER_WORD = 15
_DENSE_CODE_CHARS_PER_SPACE = 8
_COUNTED_LIST_MIN_LINES = 3
# a label (a letter in it; "@font-face", "#tag" too) and its count in brackets
_COUNTED_LABEL = re.compile(r"(?=[^(]*[^\W\d_])[@#]?[^\W_][\w :@'’&.-]{0,40} \(\d{1,6}\)$")
_COUNT_SEPARATOR = re.compile(r" \(\d{1,6}\)(?: |$)")  # the count after each label of a glued counted list
_SENTENCE_INSIDE = re.compile(r"[.!?] [A-Z]")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The numbers of config/heuristics.toml (defaults here mirror the bundled file)."""

    length_low: int = 70
    length_high: int = 200
    stopwords_low: float = 0.20
    stopwords_high: float = 0.30
    sentence_min_words: int = 4
    sentence_min_stopwords: float = 0.15
    good_min_words: int = 16
    unpunctuated_min_words: int = 25
    unpunctuated_max_capitalized: float = 0.5
    edges_are_junk: bool = True
    max_run_lines: int = 12
    list_insertion_max_lines: int = 3
    item_shape_overlap: float = 0.5
    tail_paragraph_chars: int = 150
    tail_max_good_share: float = 0.5
    tail_min_article_share: float = 0.5
    menus: MenuShape = field(default_factory=MenuShape)  # [menus] (and item_shape_overlap), for cleaner.edge_menus
    cards: CardShape = field(default_factory=CardShape)  # [teaser_cards], for cleaner.teaser_cards


@lru_cache(maxsize=8)
def load_thresholds(config_dir: Path | None = None) -> Thresholds:
    """Read config/heuristics.toml over the code defaults; a missing file means the defaults."""
    flat = flat_settings(read_settings_file(config_dir, "heuristics.toml")[1])
    # the shapes are built here, once per file read: the stages take them from the thresholds for each dump
    return settings_of(Thresholds, flat, menus=settings_of(MenuShape, flat), cards=settings_of(CardShape, flat))


def hard_rule(line: str, *, scanned: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """The (rule, category) of a line that is junk whatever its context: code, markup, counters.

    scanned: the labels ("markup", "code") of the pattern alternatives found matching the line by the one-pass
    scanner; None means not scanned, so every check runs. Cheap tests on the line's shape guard the others.
    """
    spaces = line.count(" ")
    if not line[:1].isalnum() and is_symbols_only(line):
        return "symbols_only", "widget"
    if ("markup" in scanned) if scanned is not None else is_markup(line):
        return "markup_line", "markup"
    if scanned is not None:
        # the scanner ran every alternative of the code regex that could match: only the density test is left
        if "code" in scanned or (spaces < len(line) / _DENSE_CODE_CHARS_PER_SPACE and is_dense_code(line)):
            return "code_line", "script"
    elif is_code(line):
        return "code_line", "script"
    if spaces < _COUNTER_MAX_WORDS and is_counter(line):
        return "social_counter", "social"
    if len(line) > _GLUED_MIN_CHARS_PER_WORD * (spaces + 1) and is_glued_words(line):
        return "glued_words", "widget"
    return None


@lru_cache(maxsize=1)
def _hard_scanner() -> LineScanner:
    return LineScanner(pattern for _label, pattern in hard_patterns())


def hard_verdicts(lines: tuple[str, ...], *, spaces: Sequence[int] | None = None) -> dict[int, tuple[str, str]]:
    """The lines that are junk whatever their context, with (rule, category); one cheap pass over the text.
    spaces: each line's count of spaces, when the caller has it."""
    if spaces is None:
        spaces = list(map(str.count, lines, repeat(" ")))
    suspects = hard_suspects(lines)
    found = _hard_scanner().hits([lines[index] for index in suspects]) if suspects else {}
    scanned = {suspects[position]: keys for position, keys in found.items()}
    patterns = hard_patterns()
    verdicts: dict[int, tuple[str, str]] = {}
    # the checks hard_rule makes beyond the scanner's need one of these shapes; most lines have none
    shaped = [
        index
        for index, (line, count) in enumerate(zip(lines, spaces, strict=True))
        if count < _COUNTER_MAX_WORDS or len(line) > _DENSE_CODE_CHARS_PER_SPACE * count or not line[:1].isalnum()
    ]
    for index in sorted({*scanned, *shaped}):
        line = lines[index]
        keys = scanned.get(index)
        # hard_rule asks only whether a markup or a code alternative matches, markup first: the first match in
        # key order (markup's keys come first) is the whole answer
        label = (
            next((label for label, pattern in map(patterns.__getitem__, sorted(keys)) if pattern.search(line)), None)
            if keys
            else None
        )
        verdict = hard_rule(line, scanned=(label,) if label else ())
        if verdict is not None:
            verdicts[index] = verdict
    return verdicts


def is_good(stats: LineStats, t: Thresholds) -> bool:
    """Text that stays whatever surrounds it. A complete sentence (C4's terminal punctuation, read past closing
    quotes, CJK full stops included) of a few words with some stopwords; a sentence long by jusText's length
    classes or boilerpipe's 16-word rule; a line without terminal punctuation only when jusText would call it
    good at its long length or has as many words as a paragraph (headlines and captions lack the full stop,
    paragraphs rarely do; a paragraph that lost its full stop still has its length and its stopwords)."""
    if not stats.sentence:
        if stats.stop_density < t.stopwords_high:
            return False
        if stats.chars >= t.length_high:
            return True
        return stats.words >= t.unpunctuated_min_words and stats.capitalized <= t.unpunctuated_max_capitalized
    if stats.words >= t.sentence_min_words and stats.stop_density >= t.sentence_min_stopwords:
        return True
    if stats.chars >= t.length_low and stats.stop_density >= t.stopwords_low:
        return True
    return stats.words > t.good_min_words


def _counted_items(line: str) -> int:
    """How many labels with their counts in brackets the line is made of: one ("Developer Tools (73)"), several
    glued into one line ("Canvas (44) Challenge (9) Boot to Gecko (B2G) (12)"), or none when anything else is
    on it (a label is at most 40 characters with a letter and holds no sentence's end)."""
    if _COUNTED_LABEL.match(line):
        return 1
    pieces = _COUNT_SEPARATOR.split(line)
    if len(pieces) < 3 or pieces[-1]:
        return 0
    labels = pieces[:-1]
    if all(len(label) <= 40 and _LETTER.search(label) and not _SENTENCE_INSIDE.search(label) for label in labels):
        return len(labels)
    return 0


def counted_lists(lines: tuple[str, ...], *, min_lines: int = _COUNTED_LIST_MIN_LINES) -> list[int]:
    """Lines of runs of at least min_lines labels each followed by a count in brackets ("Developer Tools (73)",
    "Featured Article (185)"), one a line or glued several into one: an archive's category list or a tag cloud.
    One such label alone may be a score or a figure in the article; a run of them is a widget."""
    closing = [index for index, line in enumerate(lines) if line[-1:] == ")"]  # the few lines that may be one
    dropped: list[int] = []
    run: list[int] = []
    items = 0
    for index in closing:
        count = _counted_items(lines[index])
        if not count:
            continue
        if run and index != run[-1] + 1:
            dropped.extend(run if items >= min_lines else ())
            run, items = [], 0
        run.append(index)
        items += count
    dropped.extend(run if items >= min_lines else ())
    return dropped


def repeated_blocks(
    lines: tuple[str, ...], *, min_lines: int = 3, min_words: int = 12, spaces: Sequence[int] | None = None
) -> list[int]:
    """Lines of later copies of a block of at least min_lines consecutive paragraphs (each of at least
    min_words words, all different) that appeared before in the same order: the article pasted twice. Single
    repeated lines stay (an interview's recurring question, a recipe's repeated step). spaces: as hard_verdicts."""
    long = [count + 1 >= min_words for count in (map(str.count, lines, repeat(" ")) if spaces is None else spaces)]
    repeated = {line for line, count in Counter(compress(lines, long)).items() if count > 1}
    if not repeated:
        return []  # a copy repeats long lines: with none repeated there is none (most dumps)
    varied = _varied_openings(compress(lines, long))
    seen: dict[tuple[str, ...], int] = {}
    dropped: list[int] = []
    resume = 0  # after a copy, the search goes on past its end
    # a block and its copy both start with a repeated long line: only windows starting with one are read
    for index in [i for i, line in enumerate(lines[: len(lines) - min_lines + 1]) if line in repeated]:
        if index < resume:
            continue
        window = lines[index : index + min_lines]
        if len(set(window)) < min_lines or not all(long[index : index + min_lines]):
            continue
        if any(_opening(line) in varied for line in window):
            continue  # a plan or schedule repeated with changes (meal plans sharing their first meals), no paste
        first = seen.setdefault(window, index)
        if first + min_lines <= index:  # a copy that does not overlap its original
            end = index + min_lines
            while end < len(lines) and first + (end - index) < index and lines[end] == lines[first + end - index]:
                end += 1
            dropped.extend(range(index, end))
            resume = end
    return dropped


_OPENING_WORDS = 5


def _opening(line: str) -> tuple[str, ...]:
    return tuple(line.split()[:_OPENING_WORDS])


def _varied_openings(long_lines: Iterable[str]) -> set[tuple[str, ...]]:
    """The first words that open two or more different long lines: a block built of such lines is a template
    filled in several ways, not an article pasted twice (whose paragraphs open each in their own way)."""
    texts: dict[tuple[str, ...], set[str]] = {}
    for line in long_lines:
        texts.setdefault(_opening(line), set()).add(line)
    return {opening for opening, found in texts.items() if len(found) > 1}


class _Goodness:
    """is_good per line, computed only for the lines the context pass looks at."""

    def __init__(self, lines: tuple[str, ...], language: str, t: Thresholds) -> None:
        self.lines, self.t = lines, t
        self.stop = stopwords(language)
        self.no_spaces = writes_without_spaces(language, "" if language else "".join(lines[:20]))  # text: unknown only
        self.known: dict[int, bool] = {}

    def __call__(self, index: int) -> bool:
        if index not in self.known:
            stats = line_stats(self.lines[index], self.stop, no_spaces=self.no_spaces)
            self.known[index] = is_good(stats, self.t) or holds_prose(self.lines[index])  # several sentences stay
        return self.known[index]


class _Surroundings:
    """What lies beside a run of not-good lines: the junk next to it (hard junk and lines removed earlier, by
    gap size) and the text beyond that junk."""

    def __init__(self, count: int, junk: Mapping[int, object], good: _Goodness, gaps: Mapping[int, int]) -> None:
        self.count, self.junk, self.good, self.gaps = count, junk, good, gaps

    def _gap_next_to(self, line: int, step: int) -> int:
        """Lines removed right before (step -1) or right after (step 1) line."""
        return self.gaps.get(line if step < 0 else line + 1, 0)

    def junk_beside(self, line: int, step: int) -> tuple[int, int]:
        """From the edge of the run at line (its first line, step -1; its last, step 1), walk outwards over the
        junk: how many junk lines, and the first line beyond them (-1 or count at the dump's edges)."""
        lines = 0
        while True:
            lines += self._gap_next_to(line, step)
            line += step
            if line < 0 or line >= self.count or line not in self.junk:
                return lines, line
            lines += 1

    def article_beyond(self, line: int, step: int) -> bool:
        """True when good text is at line or on the next, before more junk: the article goes on there."""
        if self.good(line):
            return True
        after = line + step
        return (
            not self._gap_next_to(line, step)
            and 0 <= after < self.count
            and after not in self.junk
            and self.good(after)
        )

    def item_beyond(self, line: int, step: int) -> bool:
        """True when the not-good lines from line on are one more short item (at most _ITEM_MAX_LINES lines,
        then junk again): a tag list or a menu alternates items and separators."""
        for _taken in range(_ITEM_MAX_LINES):
            if self._gap_next_to(line, step):
                return True
            line += step
            if line < 0 or line >= self.count or line in self.junk:
                return True
            if self.good(line):
                return False
        return False

    def continues_article(self, first: int, last: int) -> bool:
        """True when the run is the rest of a list that began right after article text: walking back over
        not-good lines and insertions reaches good text with no junk between, and the insertions are rare (a tag
        list alternates separators with its items). An insertion is one junk line (an ad label, a credit), or a
        few between two lines shaped alike (items of one list: an ad block placed inside it)."""
        line, walked, insertions = first, last - first + 1, 0
        while walked <= _LIST_MAX_LINES:
            junk_lines, before = self.junk_beside(line, -1)
            if before < 0 or (junk_lines and self.good(before)):
                return False
            t = self.good.t
            if junk_lines >= 2 and not (
                junk_lines <= t.list_insertion_max_lines
                and look_alike(self.good.lines[before], self.good.lines[line], min_overlap=t.item_shape_overlap)
            ):
                return False
            insertions += 1 if junk_lines else 0
            if self.good(before):
                return insertions * _ITEMS_PER_INSERTION <= walked
            line, walked = before, walked + 1
        return False

    def list_across(self, beyond: int, edge: int, junk_lines: int, step: int) -> bool:
        """True when the run's line at its edge and the line beyond the junk_lines of junk next to it (step -1:
        before the run, 1: after it) are different items of one list; items of two lines (a product and its
        link) are matched with the line after that too."""
        t = self.good.t
        if not 0 < junk_lines <= t.list_insertion_max_lines:
            return False
        lines = self.good.lines
        if _items_around(lines[beyond], lines[edge], t):
            return True
        further = beyond + step
        return (
            0 <= further < self.count
            and further not in self.junk
            and not self._gap_next_to(beyond, step)
            and _items_around(lines[further], lines[edge], t)
        )

    def template_around(self, first: int, last: int) -> bool:
        """True when the junk beside the run first..last (inclusive) is a template region, or the run is counters."""
        left, before = self.junk_beside(first, -1)
        right, after = self.junk_beside(last, 1)
        edge = before < 0 or after >= self.count
        widget = not edge and (
            (left >= 2 and not self.article_beyond(before, -1)) or (right >= 2 and not self.article_beyond(after, 1))
        )
        if widget and self.list_across(before, first, left, -1) and self.list_across(after, last, right, 1):
            widget = False  # items shaped alike beyond the junk on both sides: a list with ad blocks inside it
        if (edge or widget) and not self.continues_article(first, last):
            return True  # the dump's edge or a widget block with no article text beyond it
        if edge:
            return False
        letterless = [not _LETTER.search(self.good.lines[i]) for i in range(first, last + 1)]
        if all(letterless) or (left >= 2 and right >= 2 and any(letterless)):
            return True  # counters; between two widgets with a counter among its lines: a gallery's title
        single = left == 1 == right and last - first < _ITEM_MAX_LINES
        if not single or self.good(before) or self.good(after):
            return False
        return self.item_beyond(before, -1) or self.item_beyond(after, 1)  # an item between separators


def _bounded_runs(
    count: int,
    junk: Mapping[int, object],
    good: _Goodness,
    gaps: Mapping[int, int],
    t: Thresholds,
    *,
    starts_before: int | None = None,
) -> list[int]:
    """Indices of lines in runs of not-good lines that junk bounds on both sides (jusText: bad, bad -> bad).
    Only runs that start at junk (a junk line, a gap, the dump's start) can be bounded, so only those are read.
    Junk on both sides is not enough: ad labels, credits and teasers sit inside articles too, next to the
    article's own lists and subheads. A bounded run goes when the junk beside it is a template region: the
    dump's edge; two or more junk lines with no article text beyond them (a widget, a footer); single
    separators between short items (a tag list, a menu); or when its lines are counters (no letters). In a dump
    with no good text at all, runs of items shaped alike stay: they are the article. starts_before: only runs
    starting before that line are read."""
    starts = {i + 1 for i in junk} | {g for g in gaps if g < count}
    if t.edges_are_junk:
        starts.add(0)
    if starts_before is not None:
        starts = {start for start in starts if start < starts_before}
    around = _Surroundings(count, junk, good, gaps)
    runs: list[range] = []
    for start in sorted(starts):
        index = start
        while index < count and index not in junk and (index == start or index not in gaps) and not good(index):
            index += 1
        if index == start or index - start > t.max_run_lines:
            continue
        if start == 0 and index == count and not junk and not gaps:  # the whole dump: no boilerplate bounds it
            continue
        after = index in gaps or index in junk or (index == count and t.edges_are_junk)
        if after and around.template_around(start, index - 1):
            runs.append(range(start, index))
    if runs and not any(good(index) for index in range(count) if index not in junk):
        # no article text anywhere: the article is a list or a table (a race calendar, a results table), and its
        # runs of items shaped alike stay; the template's labels and tag lines have no shape in common
        runs = [run for run in runs if not _is_list(run, good.lines, t)]
    return [index for run in runs for index in run]


def _menu_leftovers_above(
    count: int, junk: Mapping[int, object], good: _Goodness, gaps: Mapping[int, int], t: Thresholds
) -> list[int]:
    """Lines of runs above the dump's first good line that only junk, including the runs found bounded, parts
    from the dump's start: a site's menu that a rule's line ("Newsletters", "Sign In") cut in two, its first part
    dropped as bounded by the edge and the rules' line, its last items ("Photography", "Donate") then bounded by
    the rules' line and the header the header stage took. Read again with the first part as junk, they touch the
    edge too. Below the first good line nothing is read again: the article's lists and subheads sit there. Asked
    only when a run went (most dumps have none: no menu's first part to read the rest against)."""
    first_good = next((index for index in range(count) if index not in junk and good(index)), count)
    return _bounded_runs(count, junk, good, gaps, t, starts_before=first_good)


def _is_list(run: range, lines: tuple[str, ...], t: Thresholds) -> bool:
    """True when the run has two lines or more and each looks like the one before it (items of one list)."""
    return len(run) > 1 and all(
        look_alike(lines[first], lines[second], min_overlap=t.item_shape_overlap) for first, second in pairwise(run)
    )


def after_article_end(
    lines: tuple[str, ...], ends: Sequence[int], dropped: Mapping[int, object], good: _Goodness, t: Thresholds
) -> list[int]:
    """Lines after the first end of the article (a copyright footer, a wire service's reporting credit) that is
    followed by page furniture only: no paragraph of tail_paragraph_chars or more, at most tail_max_good_share
    of good lines (promotions for the print edition or an app are short sentences). A footer that is only a
    photo's credit inside the article is followed by paragraphs, and then nothing goes."""
    if not ends:
        return []  # most dumps: no line closed the article, and nothing need be summed
    # the text that stayed: a whole page's script and menus, dropped, would weigh on the side they lie on
    kept_chars = [0 if index in dropped else len(line) for index, line in enumerate(lines)]
    total = sum(kept_chars)
    for end in ends:
        tail = [index for index in range(end, len(lines)) if index not in dropped]
        if not tail:
            continue
        if sum(kept_chars[:end]) < t.tail_min_article_share * total:
            continue  # most of the text lies after it: a comment count or a credit near the top, not the end
        if end and lines[end - 1].rstrip().endswith(":"):
            continue  # the article announced what follows ("Here are the changes:"): its list, not furniture
        if end and _items_around(lines[end - 1], lines[tail[0]], t):
            continue  # the lines on both sides of the closing line are items of one list: the article goes on
        if any(len(lines[index]) >= t.tail_paragraph_chars and good(index) for index in tail):
            continue
        if sum(map(good, tail)) > t.tail_max_good_share * len(tail):
            continue
        return tail
    return []


def _items_around(before: str, after: str, t: Thresholds) -> bool:
    """True when two lines read as different items of one list: shaped alike, neither a sentence (a repeated
    footer line is no list, and prose is judged by its paragraphs)."""
    return (
        before != after
        and not ends_sentence(before)
        and not ends_sentence(after)
        and look_alike(before, after, min_overlap=t.item_shape_overlap)
    )


def classify_lines(
    lines: tuple[str, ...],
    *,
    language: str,
    gaps: Mapping[int, int] | None = None,
    article_ends: Sequence[int] = (),
    config_dir: Path | None = None,
    code: frozenset[int] = frozenset(),
) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Keep the body lines; return the rest as removals named by the heuristic that dropped them.

    gaps: indices where an earlier stage removed junk lines just before (they bound runs like junk does).
    article_ends: indices where an earlier stage removed a line that closes the article just before.
    code: indices of lines the page sets as code (Document.code_indices): no hard test nor boilerplate run drops them.
    """
    t = load_thresholds(config_dir)
    spaces = list(map(str.count, lines, repeat(" ")))  # word counts, read by both passes
    verdicts = hard_verdicts(lines, spaces=spaces)
    for index in code:  # a line the page sets as code (<pre>, <code>) is shown on purpose: no code or markup residue
        verdicts.pop(index, None)  # nor a line of symbols ("});" closes a block)
    for index in repeated_blocks(lines, spaces=spaces):
        verdicts.setdefault(index, ("duplicate_block", "duplicate"))
    for index in counted_lists(lines):
        verdicts.setdefault(index, ("counted_list", "widget"))
    good = _Goodness(lines, language, t)
    # code lines are no prose, yet the article's: a run of them is no boilerplate
    bounded = [i for i in _bounded_runs(len(lines), dict(verdicts), good, gaps or {}, t) if i not in code]
    for index in bounded:
        verdicts[index] = ("between_boilerplate", "heuristic")
    if bounded:  # a menu's first part went: its last items, parted from it, are read against it
        for index in _menu_leftovers_above(len(lines), verdicts, good, gaps or {}, t):
            if index not in code:
                verdicts[index] = ("between_boilerplate", "heuristic")
    words = load_header_words(config_dir)
    furniture = furniture_around_article(lines, verdicts, good, t.menus, words=words, gaps=gaps or {})
    for index, verdict in furniture.items():
        if index not in code:
            verdicts[index] = verdict
    for index in after_article_end(lines, article_ends, verdicts, good, t):
        verdicts[index] = ("after_article_end", "footer")
    if not verdicts:
        return lines, ()  # the same tuple: the pipeline then knows no line changed
    kept = tuple(line for index, line in enumerate(lines) if index not in verdicts)
    removed = tuple(
        Removal(lines[index], rule, category, index + 1) for index, (rule, category) in sorted(verdicts.items())
    )
    return kept, removed
