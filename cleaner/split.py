"""Split dumps glued into one long line into paragraphs, cutting junk spans found mid-line.

Only code is removed here: script, JSON, style and markup spans inside a glued line are cut out first
(cleaner/glued.py), each a named removal. A glued line is cut into pieces so that the later stages judge
each piece as they judge a line: the header stage sees the title and the dateline, the explicit rules see
"READ MORE: ..." or a consent notice, the heuristics see code. Two kinds of cut points:
- cut rules (scope "cut" in config/): their matches become pieces of their own, in every line. A rule may
  reach further: cut_end = "headline" takes the teaser headline after "READ MORE:" (it ends before the
  last sentence starter of the sentence it is glued to), cut_start = "sentence" takes the caption before
  "Picture: Alamy";
- in glued lines only: sentence ends, and sentence starts that lost their full stop ("... the US I'll
  respond", "targetedAnd he said", with a configured list of sentence starters).
A glued line comes out one sentence per line, so that a caption or teaser glued between two sentences
is a line of its own; the short junk labels glued into its sentences ("Related Topics", "drucken"), a picture
credit glued before a sentence and a junk sentence glued after a few words are set apart as well
(cleaner/glued_labels.py), for the line rules to drop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from cleaner.errors import ConfigError
from cleaner.glued import CODE_CHAR, holds_code, long_enough, shortest_glued, split_code_glued
from cleaner.glued_captions import CaptionWords, caption_breaks
from cleaner.glued_credits import CreditEnds, agency_pattern, credit_end, subject_starts
from cleaner.glued_header import HEAD_REACH_CHARS, header_apart
from cleaner.glued_labels import Labeller, carve_all
from cleaner.glued_nav import echo_apart
from cleaner.glued_outlets import affiliations_apart
from cleaner.header_words import HeaderWords, load_header_words
from cleaner.linefeatures import is_code, is_markup
from cleaner.model import Removal
from cleaner.normalize import normalize_line
from cleaner.rules import Profile, Rule, RuleBook, default_config_dir, load_rulebook, read_settings_file, settings_of
from cleaner.ruleset import compile_rules
from cleaner.scanner import LineScanner
from cleaner.split_caption_subjects import name_end_breaks
from cleaner.split_cut_candidates import may_match_line
from cleaner.split_menus import MenuStretch, split_menu_stretches
from cleaner.split_teaser_lists import ends_question, second_headline_end, title_case_end
from cleaner.split_teasers import split_teaser_runs

# a sentence ends before a capital or a number, maybe after an opening quote, or before a copyright sign and a
# year, maybe after a name ("... mosquito bites. © 2019 Associated Press.", "... at all. © Le Monde 2024."): the
# footer glued after the last sentence is a line of its own ("... hours. © Regan", a picture's credit, stays with
# its caption). The mark is matched, not looked behind at,
# so that the regex engine skips ahead to the next mark (a lookbehind first is tried at every position): the
# sentence's end is where the "after" group starts, or after a CJK mark (no "after" group then). A dash before a
# capital opens a sentence too: a wire story's credit ("... clear. --With assistance from Jane Doe.", "... July 1. -
# Local Democracy Reporting is ..."), a line of dialogue ("— Bonjour, dit-il.")
# a sentence ends before a capital (maybe after an opening quote), a copyright sign, a dash that opens a line, or a
# label in lower case with its colon before a name ("… on Google. photo: Justin Sullivan/Getty Images …")
_SENTENCE_END = re.compile(
    r"""[.!?…](?P<after>["”’'»)]*\s+)(?=["“‘'«(]?[A-Z0-9\u00c0-\u00de\u0400-\u042f]|©\s?(?:\d{4}|(?:[A-Z][\w&.'’-]*\s){1,4}(?:19|20)\d\d\b)|(?:--|[—–]|-(?=\s))\s?[A-Z]|[a-z]{3,10}:\s[A-Z])|[。！？]"""
)
_WORD = re.compile(r"\S+")
_DASH_OPENERS = "-—–"
_TAG_MARKS = "#@"  # a hashtag's or a handle's first character
_PLACE_BEFORE_DASH = re.compile(r",\s[A-Z][\w.]{0,6}\.$")  # a dateline's "City, St." before its dash
_LAST_WORD = re.compile(r"(?:^|\s)([\w.]+)\.$")
_ABBREVIATION_REACH = 12
_LAST_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "prof"}
    | {"rev", "mt", "ft", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.u", "d.c"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    # German ones a number or a name follows ("BGH, Urt. v. 27.3.2007 ... Tz. 7", "vgl. Nr. 3", "Rn. 12", "ca. 40")
    | {"nr", "abs", "tz", "rn", "rdnr", "vgl", "bzw", "ca", "urt", "az", "bd", "hrsg", "aufl", "ziff", "ggf"}
    | {"mio", "mrd"}
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = rf"(?:(?:{_MONTHS}) \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} (?:{_MONTHS})(?: \d{{4}})?)"
_DATE_THEN_CAPITAL = re.compile(rf"\b{_DATE}\s+(?=[\"“‘']?[A-Z][a-z])(?!(?:{_MONTHS})\b)")
# an e-mail or web address that ends a prompt with no full stop, then a capital ("Email us at news@paper.co.uk The
# Prime Minister said ..."): the prompt's rule would drop the sentence glued after it with it
_ADDRESS_THEN_CAPITAL = re.compile(
    r"(?:\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}|\b(?:https?://|www\.)[^\s<>\"]*[\w/])\s+(?=[\"“‘']?[A-Z])"
)
_ADDRESS_MARKS = ("@", "http://", "https://", "www.")  # one of them is in every match of _ADDRESS_THEN_CAPITAL
_MAX_CODE_CHAR_SHARE = 0.01  # code characters per character above which a long line is script
_MIN_WORDS_AROUND_CUT = 8  # junk glued inside a line leaves text on both sides of it
_CODE_PREFIX_CHARS = 200
_MAX_HEADLINE_CHARS = 300
_MAX_HEADLINE_WORDS = 25
_FALLBACK_HEADLINE_WORDS = 15
_MIN_HEADLINE_WORDS = 4
_CREDIT_CATEGORIES = frozenset({"caption", "credit"})  # cut rules that take a picture credit


@dataclass(frozen=True, slots=True)
class SplitSettings:
    """When a line counts as glued, and the words that start sentences (config/heuristics.toml [split])."""

    glued_min_chars: int = 1000
    glued_min_share: float = 0.5
    glued_always_chars: int = 3000
    glued_sole_min_chars: int = 300
    glued_sole_share: float = 0.9
    starters: tuple[str, ...] = ()  # start a sentence whatever follows ("It", "He", "But")
    starters_before_lowercase: tuple[str, ...] = ()  # only before a lower-case word ("The", "In", "At")
    label_rules: tuple[str, ...] = ()  # generic line rules whose short matches are set apart in glued lines
    label_max_words: int = 6
    name_labels: tuple[str, ...] = ()  # one-word labels that are a brand's name: a sentence may open with them
    list_header_rules: tuple[str, ...] = ()  # generic block rules that open a list in a glued line, no label window
    day_months: tuple[str, ...] = ()  # months a day number ends with a full stop before ("14. Mai 2014")
    caption_stretch_min_words: int = 0  # 0: no caption ends looked for (cleaner/glued_captions.py)
    caption_min_words: int = 8
    caption_open_words: tuple[str, ...] = ()
    caption_verbs: tuple[str, ...] = ()
    caption_not_subjects: tuple[str, ...] = ()
    caption_possessives: tuple[str, ...] = ()
    caption_adjective_endings: tuple[str, ...] = ()
    caption_adverbs: tuple[str, ...] = ()
    caption_name_openers: tuple[str, ...] = ()  # after a name ending a caption: "near Brest The White House said"
    caption_reporting_verbs: tuple[str, ...] = ()
    menu_min_words: int = 0  # 0: no menu stretch cut into labels (cleaner/split_menus.py)
    menu_capital_share: float = 0.5
    menu_sentence_capitals: int = 3
    menu_label_max_words: int = 4
    menu_counted_label_max_words: int = 6
    menu_lower_run_max: int = 4
    menu_colon_every: int = 10
    markup_text_max_words: int = 0  # 0: the text inside a cluster of HTML tags is kept (cleaner/glued.py)
    credit_agencies: tuple[str, ...] = ()  # picture agencies: a credit a cut rule takes ends after one
    credit_name_ends: tuple[str, ...] = ()  # words an outlet's name ends with ("Standard", "News")
    teaser_list_labels: tuple[str, ...] = ()  # a cut teaser's labels that open a list ("Read more:", "See also:")
    teaser_small_words: tuple[str, ...] = ()  # no subject opens after these ("in", "the"): a headline goes on

    @property
    def name_label_set(self) -> frozenset[str]:
        """name_labels in lower case, as the label carver looks them up (cleaner/glued_labels.py)."""
        return _lowered(self.name_labels)

    @property
    def credit_ends(self) -> CreditEnds:
        """The words that end a credit glued before a sentence (cleaner/glued_credits.py)."""
        return _credit_ends(self)

    @property
    def menus(self) -> MenuStretch:
        """The menu-stretch settings (cleaner/split_menus.py)."""
        return MenuStretch(
            self.menu_min_words,
            self.menu_capital_share,
            self.menu_sentence_capitals,
            self.menu_label_max_words,
            self.menu_counted_label_max_words,
            self.menu_lower_run_max,
            self.menu_colon_every,
        )

    @property
    def captions(self) -> CaptionWords | None:
        """The caption-end settings, or None when they are off."""
        return _caption_words(self) if self.caption_stretch_min_words > 0 else None

    @property
    def missing_stop(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """Where a sentence starter follows a word with no punctuation, a full stop got lost: the spaces before the
        starter, and any starter (lost where it is glued onto a lower-case letter)."""
        return _missing_stop(self.starters, self.starters_before_lowercase)

    @property
    def any_starter(self) -> re.Pattern[str] | None:
        """Any configured sentence starter after a word with no punctuation, whatever follows it."""
        return _any_starter(self.starters + self.starters_before_lowercase)


@lru_cache(maxsize=16)
def _missing_stop(
    starters: tuple[str, ...], before_lowercase: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    r"""Where a full stop got lost before a sentence starter, as two regexes that start with a character they
    consume, so that the regex engine skips ahead to a space or to a starter's first letter (one regex
    "(?:(?<=[A-Za-z0-9%’'\")\]])\s+|(?<=[a-z]))(?=starter)" tried every position of a long line): the spaces
    after a word, before a starter; and a starter itself, to be taken where it is glued onto a lower-case letter.
    A starter is a word (its spaces stripped), so no starter glued onto a letter starts where spaces do."""
    any_next = sorted(filter(None, map(str.strip, starters)), key=len, reverse=True)
    lower_next = sorted(filter(None, map(str.strip, before_lowercase)), key=len, reverse=True)
    if not any_next and not lower_next:
        return None
    alternatives = [rf"{re.escape(word)}\b" for word in any_next] + [
        rf"{re.escape(word)}\s+[a-z0-9]" for word in lower_next
    ]
    starter = "|".join(alternatives)
    return re.compile(rf"\s(?<=[A-Za-z0-9%’'\")\]]\s)\s*(?={starter})"), re.compile(starter)


@lru_cache(maxsize=16)
def _any_starter(starters: tuple[str, ...]) -> re.Pattern[str] | None:
    words = "|".join(sorted(map(re.escape, starters), key=len, reverse=True))
    return re.compile(rf"(?<=[A-Za-z0-9%’'\")\]])\s+(?=(?:{words})\b)") if words else None


@lru_cache(maxsize=4)
def _caption_words(settings: SplitSettings) -> CaptionWords:
    return CaptionWords(
        stretch_min_words=settings.caption_stretch_min_words,
        caption_min_words=settings.caption_min_words,
        open_words=frozenset(word.lower() for word in settings.caption_open_words),
        verbs=frozenset(word.lower() for word in settings.caption_verbs),
        starters=frozenset(settings.starters + settings.starters_before_lowercase),
        not_subjects=frozenset(settings.caption_not_subjects),
        possessives=frozenset(word.lower() for word in settings.caption_possessives),
        adjective_endings=settings.caption_adjective_endings,
        adverbs=frozenset(word.lower() for word in settings.caption_adverbs),
        name_openers=frozenset(settings.caption_name_openers),
        reporting_verbs=frozenset(word.lower() for word in settings.caption_reporting_verbs),
    )


@lru_cache(maxsize=4)
def _lowered(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


@lru_cache(maxsize=4)
def _credit_ends(settings: SplitSettings) -> CreditEnds:
    captions = _caption_words(settings)  # the same starters and verbs a caption's end is told by
    return CreditEnds(
        agencies=agency_pattern(settings.credit_agencies),
        starters=captions.starters,
        verbs=captions.verbs | captions.reporting_verbs,
        name_ends=frozenset(settings.credit_name_ends),
    )


@lru_cache(maxsize=16)
def _day_month(months: tuple[str, ...]) -> re.Pattern[str] | None:
    words = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return re.compile(rf"(?:{words})\b") if words else None


@lru_cache(maxsize=8)
def load_split_settings(config_dir: Path | None = None) -> SplitSettings:
    """The [split] table of config/heuristics.toml over the defaults."""
    data = read_settings_file(config_dir, "heuristics.toml")[1].get("split", {})
    return settings_of(SplitSettings, data)


def cut_rules(book: RuleBook, text: str, *, hostname: str = "") -> tuple[Rule, ...]:
    """The cut rules of the generic profile and of the site profile the dump is recognised as."""
    generic, sites_cut = _book_cut_rules(book)
    if not sites_cut:  # no site profile has cut rules: which site this is changes nothing here
        return generic
    site = book.detect(text, hostname=hostname)
    return generic + _profile_cut_rules(site) if site else generic


def _profile_cut_rules(profile: Profile) -> tuple[Rule, ...]:
    return tuple(rule for rule in profile.rules if rule.scope == "cut")


_book_cuts: list[tuple[RuleBook, tuple[Rule, ...], bool]] = []  # the last rule book asked about (one per config)


def _book_cut_rules(book: RuleBook) -> tuple[tuple[Rule, ...], bool]:
    """The generic profile's cut rules, and whether any site profile has cut rules (remembered per book)."""
    for known, generic, sites_cut in _book_cuts:
        if known is book:
            return generic, sites_cut
    generic = _profile_cut_rules(book.generic)
    sites_cut = any(_profile_cut_rules(site) for site in book.sites)
    _book_cuts[:] = [(book, generic, sites_cut)]
    return generic, sites_cut


def _sentence_ends(line: str, day_months: tuple[str, ...] = ()) -> list[int]:
    """Positions after each sentence's end (and the spaces after it); the full stop of an abbreviation or an
    initial ("St. Petersburg", "Feb. 14", "J. Smith"), or of a day number before a month ("am 14. Mai 2014"),
    ends no sentence."""
    ends = set()
    day_month = _day_month(day_months)
    for match in _SENTENCE_END.finditer(line):
        stop = match.end() if match.group("after") is None else match.start("after")
        end = match.end()
        if line[stop - 1 : stop] == ".":
            before = _LAST_WORD.search(line, max(0, stop - _ABBREVIATION_REACH), stop)
            word = before.group(1) if before else ""
            if (len(word) == 1 and not _month_day(line, stop)) or word.lower() in _ABBREVIATIONS:
                continue
            if day_month is not None and word.isdigit() and len(word) <= 2 and day_month.match(line, end):
                continue
            if line[end : end + 1] in _DASH_OPENERS and _PLACE_BEFORE_DASH.search(line, max(0, stop - 30), stop):
                continue  # "BUFFALO, N.Y. — Hours before ...": a dateline's place, its sentence goes on
        ends.add(end)
    return sorted(ends - {0, len(line)})


_MONTH_DAY_END = re.compile(rf"\b(?:{_MONTHS}) \d\.$")


def _month_day(line: str, stop: int) -> bool:
    """True when the full stop before stop follows a month and a one-digit day ("... begins July 1."): a date ends
    the sentence, no initial ("J. Smith") nor a German ordinal ("der 1. FC") stands there."""
    return _MONTH_DAY_END.search(line, max(0, stop - 12), stop) is not None


def _lost_stops(line: str, settings: SplitSettings) -> list[int]:
    """Positions where a full stop got lost: a sentence starter after a word with no punctuation, a capital after
    an e-mail or web address, or a capital (maybe opening a quotation) after a date that ends a caption ("...
    taken on February 13 Russian transport helicopters ...", "... Moscow, Russia February 14, 2022 ‘They’re hoping
    ..."). No sentence ends on a word that a sentence goes on after ([split] caption_open_words): "... with Russia
    though I’ve been clear ..."."""
    found: set[int] = set()
    missing = settings.missing_stop
    if missing is not None:
        open_words = _caption_words(settings).open_words
        after_spaces, starter = missing
        stops = [(match.start(), match.end()) for match in after_spaces.finditer(line)]
        stops += [(start, start) for start in _glued_starters(line, starter)]
        for start, end in stops:
            before = _LAST_WORD_BEFORE.search(line, max(0, start - _ABBREVIATION_REACH * 2), start)
            if before is None or before.group(1).lower() not in open_words:
                found.add(end)
    found |= {match.end() for match in _DATE_THEN_CAPITAL.finditer(line)}
    if any(mark in line for mark in _ADDRESS_MARKS):  # no address, no match: a regex over the line spared
        found |= {match.end() for match in _ADDRESS_THEN_CAPITAL.finditer(line)}
    return sorted(found - {0, len(line)})


def _glued_starters(line: str, starter: re.Pattern[str]) -> list[int]:
    """Where a starter starts right after a lower-case letter ("targetedAnd he said"); every start is tried, one
    starter's match may hold another's start. Not inside a hashtag, a handle or an address ("#MethWeAreOnIt",
    "@TheyAreOnIt", "example.com/WhenIt"): those are written in camel case, no full stop got lost there."""
    found = []
    match = starter.search(line)
    while match is not None:
        start = match.start()
        if start > 0 and "a" <= line[start - 1] <= "z":
            word = line[line.rfind(" ", 0, start) + 1 : start]
            if word[:1] not in _TAG_MARKS and "/" not in word:
                found.append(start)
        match = starter.search(line, start + 1)
    return found


def _headline_end(line: str, start: int, sentence_ends: Sequence[int], settings: SplitSettings) -> int:
    """Where a teaser headline that starts at start ends: before the last sentence starter of the sentence
    it is glued to, else after a headline in title case before a sentence in sentence case, else after a
    capitalised word that follows lower-case text, else before a capitalised subject
    and its verb, else at the sentence end."""
    stop = next((b for b in sentence_ends if b > start), len(line))
    window_end = min(stop, start + _MAX_HEADLINE_CHARS)
    starter = settings.any_starter
    if starter is not None:
        found = [m.end() for m in starter.finditer(line, start, window_end)]
        found = [s for s in found if len(_WORD.findall(line[start:s])) >= _MIN_HEADLINE_WORDS]
        if found:
            return found[-1]
    words = list(_WORD.finditer(line, start, window_end))
    texts = [word.group(0) for word in words]
    title_end = title_case_end(texts, _MIN_HEADLINE_WORDS, frozenset(settings.teaser_small_words))
    if title_end is not None:  # "ECB Holds Rates as Inflation Lingers Wage growth in the euro area ..."
        return words[title_end].start()
    for position in range(_MIN_HEADLINE_WORDS, len(words) - 1):
        previous, word, following = words[position - 1].group(0), words[position].group(0), words[position + 1].group(0)
        after_lower_text = previous[:1].islower() or previous[-1:].isdigit()
        if word[:1].isupper() and after_lower_text and following[:1].islower():
            return words[position].start()
    verbs = settings.credit_ends.verbs
    for position in range(_MIN_HEADLINE_WORDS, len(words) - 1):  # "... harbour wall Network Rail said ..."
        if subject_starts(texts, position, verbs):
            return words[position].start()
    if len(words) <= _MAX_HEADLINE_WORDS:
        return stop
    return words[_FALLBACK_HEADLINE_WORDS].start()


def _teaser_list_end(line: str, label: str, end: int, sentence_ends: Sequence[int], settings: SplitSettings) -> int:
    """Where a teaser list glued after its label ends: after its first headline (end), or after the second when
    the label opens a list ("Read more:"), the first ends with a question mark and the second ends right before
    a sentence's subject and verb (cleaner/split_teaser_lists.py); the evidence a list goes on, else end."""
    if " ".join(_WORD.findall(label.strip(" :|").lower())) not in settings.teaser_list_labels:
        return end
    if not ends_question(line[:end]):
        return end
    stop = next((b for b in sentence_ends if b > end), len(line))
    small = frozenset(settings.teaser_small_words)
    second = second_headline_end(line, end, stop, _caption_words(settings), small, settings.credit_ends.verbs)
    return end if second is None else second


def _cuts(line: str, rules: Sequence[Rule], sentence_ends: list[int], settings: SplitSettings) -> list[tuple[int, int]]:
    """The spans cut rules take from a line, extended as the rules ask, in order and without overlaps."""
    matches = sorted(
        (
            (match.start(), -match.end(), index)
            for index, rule in enumerate(rules)
            for match in rule.pattern.finditer(line)
        ),
    )
    spans: list[tuple[int, int]] = []
    last_end = 0
    for start, negative_end, index in matches:
        end, rule = -negative_end, rules[index]
        if end == start:
            continue
        if start < last_end:
            continue
        if rule.cut_start == "sentence":
            start = max(last_end, max((b for b in sentence_ends if b < start - 1), default=0))
        if rule.cut_end == "headline":
            label, end = line[start:end], _headline_end(line, end, sentence_ends, settings)
            end = _teaser_list_end(line, label, end, sentence_ends, settings)
        elif rule.cut_end == "sentence":
            end = next((b for b in sentence_ends if b > end), len(line))
        if rule.category in _CREDIT_CATEGORIES:  # "Credit: Getty Network Rail said": "Network" is the sentence's
            end = max(start + 1, credit_end(line, start, end, settings.credit_ends))
        spans.append((start, end))
        last_end = end
    return spans


def _pieces(
    line: str,
    rules: Sequence[Rule],
    settings: SplitSettings,
    *,
    glued: bool,
    labels: Labeller | None = None,
    head: HeaderWords | None = None,
    only: Collection[int] | None = None,
) -> list[str]:
    """The line cut into pieces: cut spans alone; in a glued line, one piece per sentence; with head (the line
    opens the dump), the header glued onto its first sentences cut apart (cleaner/glued_header.py). only: the
    indices of the rules that may apply (the scanner's candidates for a line of its own; None: all)."""
    # only the rules that may match the line are searched over it (a long line: a cheap no from most rules)
    rules = may_match_line(rules, line, only=only)
    if not glued and not any(rule.pattern.search(line) for rule in rules):
        return [line]  # a candidate no cut rule matches (most are: a month name, "Image"): no sentences needed
    sentence_ends = _sentence_ends(line, settings.day_months)
    spans = _cuts(line, rules, sentence_ends, settings) if rules else []
    if not glued:  # in a line of its own, junk at its start or end is the line rules' business
        spans = [(start, end) for start, end in spans if line[:start].strip() and line[end:].strip()]
        if not spans:
            return [line]
    breaks = sorted({*sentence_ends, *_lost_stops(line, settings)}) if glued else []
    captions = settings.captions
    if glued and captions is not None:  # captions with no full stop glued into a stretch no sentence is as long as
        found = {*caption_breaks(line, breaks, captions), *name_end_breaks(line, breaks, captions)}
        breaks = sorted({*breaks, *found})
    raw: list[tuple[str, bool]] = []  # (text, cut by a rule): a cut span keeps the shape its rule gave it
    cursor = 0
    for start, end in [*spans, (len(line), len(line))]:
        edges = [cursor, *(b for b in breaks if cursor < b < start), start]
        raw.extend((normalize_line(line[a:b]), False) for a, b in pairwise(edges))
        raw.append((normalize_line(line[start:end]), True))
        cursor = end
    raw = [(text, cut) for text, cut in raw if text]
    if head is not None:  # the dump's header glued onto its first sentences: title, byline, dateline apart
        raw = [
            (part, cut)
            for (text, cut), parts in zip(raw, echo_apart([t for t, _ in raw], HEAD_REACH_CHARS), strict=True)
            for part in parts
        ]
        raw = [
            (part, cut)
            for (text, cut), parts in zip(raw, header_apart([t for t, _ in raw], head, _junk_test(labels)), strict=True)
            for part in parts
        ]
    if labels is None:
        return [text for text, _cut in raw if text]
    carved = iter(
        carve_all(
            [text for text, cut in raw if not cut],
            settings.label_max_words,
            labels.find,
            labels.keeps,
            labels.goes_whole,
            label_starts=labels.label_starts,
            name_labels=settings.name_label_set,
        )
    )
    pieces: list[str] = []
    for text, cut in raw:
        pieces.extend([text] if cut else next(carved))
    return [piece for piece in pieces if piece]


def _junk_test(labels: Labeller | None) -> Callable[[str], bool]:
    """Whether a whole-line rule drops a text as it is: the buttons of a menu glued before the headline."""
    return labels.goes_whole if labels is not None else lambda _text: False


def is_glued(line: str, total_chars: int, settings: SplitSettings) -> bool:
    """A line long enough, and holding enough of the dump, to be paragraphs glued together, and no script:
    a long line of JSON or document.write would only scatter its caption text if cut into sentences."""
    if not long_enough(line, total_chars, settings):
        return False
    if is_code(line[:_CODE_PREFIX_CHARS]) or is_markup(line[:_CODE_PREFIX_CHARS]):
        return False
    return len(CODE_CHAR.findall(line)) < _MAX_CODE_CHAR_SHARE * len(line)


def _glued_lines(lines: tuple[str, ...], settings: SplitSettings) -> tuple[set[int], set[int]]:
    """The indices of the glued lines: those of prose alone, and those with script in them (coded: the code is
    cut out first, then the rest split)."""
    shortest = shortest_glued(settings)
    if max(map(len, lines)) < shortest:  # shorter lines are never glued
        return set(), set()
    total = sum(map(len, lines))
    long = [i for i, size in enumerate(map(len, lines)) if size >= shortest]  # the few that may be
    long = [i for i in long if long_enough(lines[i], total, settings)]
    coded = {i for i in long if holds_code(lines[i])}
    glued = {i for i in long if i not in coded and is_glued(lines[i], total, settings)}
    return glued, coded


def split_glued(
    lines: tuple[str, ...], *, rules: Sequence[Rule] = (), config_dir: Path | None = None
) -> tuple[tuple[str, ...], tuple[Removal, ...]]:
    """Return the lines with glued paragraphs split apart and cut spans set apart, and the script, style and
    markup spans cut out of glued lines (the only removals here: the later stages judge the pieces)."""
    settings = load_split_settings(config_dir)
    if not lines:
        return lines, ()
    glued, coded = _glued_lines(lines, settings)
    candidates = _line_cut_candidates(rules if isinstance(rules, tuple) else tuple(rules), lines) if rules else {}
    todo = sorted(
        glued | coded | {i for i in candidates if lines[i].count(" ") + 1 >= _MIN_WORDS_AROUND_CUT},
    )
    if not todo:
        return lines, ()  # the same tuple: the pipeline then knows no line changed
    labels = (
        _labeller(config_dir, settings.label_rules, settings.list_header_rules)
        if (glued or coded) and settings.label_rules
        else None
    )
    words = load_header_words(config_dir) if glued or coded else None
    opening = _opening_lines(lines)
    out: list[str] = []
    removed: list[Removal] = []
    done = 0
    for index in todo:
        out.extend(lines[done:index])
        line = lines[index]
        head = words if index < opening else None  # the dump's header may be glued onto a line that opens it
        if index in coded:
            kept, cut = split_code_glued(
                line,
                index + 1,
                _CodedPieces(rules, settings, labels, head),
                markup_text_max_words=settings.markup_text_max_words,
            )
            out.extend(kept)
            removed.extend(cut)
        elif index in glued:
            pieces = _pieces(line, rules, settings, glued=True, labels=labels, head=head)
            out.extend(_judged_apart(pieces, labels, settings))
        else:
            out.extend(_pieces(line, rules, settings, glued=False, only=candidates[index]))
        done = index + 1
    out.extend(lines[done:])
    result = tuple(out)
    if not removed and result == lines:
        return lines, ()
    return result, tuple(removed)


def _opening_lines(lines: tuple[str, ...]) -> int:
    """How many lines open the dump: those that start within its first HEAD_REACH_CHARS characters."""
    chars = 0
    for index, line in enumerate(lines):
        if chars >= HEAD_REACH_CHARS:
            return index
        chars += len(line)
    return len(lines)


class _CodedPieces:
    """The pieces of each text between the code spans of a glued line, judged apart; the header is looked for in
    the first text alone (the one that opens the line)."""

    def __init__(
        self, rules: Sequence[Rule], settings: SplitSettings, labels: Labeller | None, head: HeaderWords | None
    ) -> None:
        self.rules, self.settings, self.labels, self.head = rules, settings, labels, head

    def __call__(self, text: str) -> list[str]:
        head, self.head = self.head, None
        pieces = _pieces(text, self.rules, self.settings, glued=True, labels=self.labels, head=head)
        return _judged_apart(pieces, self.labels, self.settings)  # a label's list cut out as code: no list after it


def _judged_apart(pieces: list[str], labels: Labeller | None, settings: SplitSettings) -> list[str]:
    """A glued line's pieces with a menu opening a piece cut into its labels (cleaner/split_menus.py), junk glued to
    a sentence set apart, and the teaser runs under a list label cut into headlines (cleaner/split_teasers.py), for
    the line rules and the edge-menu runs to judge; an outlet's name after a byline is set apart for the header
    stage (cleaner/glued_outlets.py)."""
    pieces = affiliations_apart(split_menu_stretches(pieces, settings.menus), settings.credit_ends.name_ends)
    if labels is None:
        return pieces
    pieces = labels.spare(pieces)
    return split_teaser_runs(pieces, labels.headers, _caption_words(settings).open_words)


@lru_cache(maxsize=8)
def _labeller(config_dir: Path | None, names: tuple[str, ...], header_names: tuple[str, ...] = ()) -> Labeller:
    """The labeller for [split] label_rules and list_header_rules; a name that is no whole-line (a block) generic
    rule is a ConfigError (a typo must not silently switch a label off)."""
    generic = load_rulebook(config_dir).generic
    labels = tuple(rule for rule in generic.rules if rule.name in set(names) and rule.scope in ("line", "block"))
    headers = tuple(rule for rule in generic.rules if rule.name in set(header_names) and rule.scope == "block")
    where = (config_dir or default_config_dir()) / "heuristics.toml"
    unknown = sorted(set(names) - {rule.name for rule in labels})
    if unknown:
        raise ConfigError(f"[split] label_rules names no line rule of generic.toml: {', '.join(unknown)}", path=where)
    unknown = sorted(set(header_names) - {rule.name for rule in headers})
    if unknown:
        raise ConfigError(
            f"[split] list_header_rules names no block rule of generic.toml: {', '.join(unknown)}", path=where
        )
    return Labeller(labels, compile_rules((generic,)), headers)


def forget_labellers() -> None:
    """Drop the cached labellers (their rules come from generic.toml: SIGHUP reloads it)."""
    _labeller.cache_clear()


def _line_cut_candidates(rules: tuple[Rule, ...], lines: tuple[str, ...]) -> dict[int, set[int]]:
    """For each line some cut rule that applies outside glued lines may match, the indices of those rules."""
    scanner, kept = _cut_scanner(rules)
    return {line: {kept[key] for key in keys} for line, keys in scanner.hits(lines).items()} if kept else {}


# the last rules asked about (the same tuple per book): the scanner of those that cut outside glued lines as well,
# and their indices in rules (the glued-only ones are tried on glued lines alone: no scan of every line for them)
_scanners: list[tuple[tuple[Rule, ...], LineScanner, tuple[int, ...]]] = []


def _cut_scanner(rules: tuple[Rule, ...]) -> tuple[LineScanner, tuple[int, ...]]:
    for known, scanner, kept in _scanners:
        if known is rules:
            return scanner, kept
    kept = tuple(index for index, rule in enumerate(rules) if not rule.glued_only)
    scanner = _scanner_of(tuple(rules[index] for index in kept))
    _scanners[:] = [(rules, scanner, kept)]
    return scanner, kept


@lru_cache(maxsize=16)
def _scanner_of(rules: tuple[Rule, ...]) -> LineScanner:
    return LineScanner(rule.pattern for rule in rules)
