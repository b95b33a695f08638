"""Junk labels glued into a glued line's sentences ("Related Topics …"): set apart for the line rules to drop."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate, islice
from typing import Protocol

from cleaner.regex_parts import longer_words
from cleaner.rules import Rule
from cleaner.ruleset import RuleSet
from cleaner.scanner import LineScanner
from cleaner.strip import line_rule_match

_WORD = re.compile(r"\S+")
_ENDED = r"[a-z][.!?…][\"”’»)]*"  # a word's last letter, a sentence's last mark, maybe closing quotes
_SENTENCE = re.compile(rf"(?:\S+ ){{3,}}\S*{_ENDED}(?: |$)")  # four words or more, ended
_SENTENCE_TAIL = re.compile(rf"{_ENDED}$")
_LABEL_END_MARKS = ".!?:;|•·–—»›>"
_LONG_LABEL_RUN = 3  # one-word labels in a row that are a share bar whatever follows ("twittern teilen mitteilen bgh")
# an entry's count in brackets ends a list item: a label may follow it with no punctuation ("Presse (6) nach oben ©")
_COUNT = re.compile(r"\(\d{1,5}\)")
# a year ends a source line or a dateline, and a tag list's or a related list's label may follow it ("… Bildung,
# Potsdam 2015 Schlagworte Brandenburg"); no other label does ("the 2019 Reply All episode", "in 2020 Email
# Marketing …": a name in a sentence)
_YEAR = re.compile(r"(?:19|20)\d\d")
_AFTER_YEAR_CATEGORIES = frozenset({"section_label", "teaser"})
# a word of letters alone: a label ending a piece with its colon after one is a sentence's ("… folgendem Link:");
# after a web address or a number it is the page's ("… http://tlmd.in/a/2766 Anzeige:")
_LETTERS = re.compile(r"[^\W\d_]+")
# a word that ends a sentence (not an abbreviation: four letters or more before its mark, "zurückzuweisen."); no
# sentence opens in lower case after it, so label words there are a bar ("… zurückzuweisen. twittern teilen bgh")
_SENTENCE_WORD = re.compile(r"[^\W\d_]{4,}[.!?][\"”’»)]*")
_LIST_HEADER_CATEGORY = "teaser"  # "Trending", "Related": a label a list of headlines follows
_OPENING_QUOTES = "\"'“‘«„"
_LABEL_TRAIL = " .,:;!?|•·–—-»›>()[]\"'“”‘’"  # what may follow a label's match and still leave it whole


class _Label(Protocol):
    """The parts of rules.Rule a label window is judged by."""

    @property
    def pattern(self) -> re.Pattern[str]: ...
    @property
    def category(self) -> str: ...
    def guards_pass(self, words: int) -> bool: ...


def _label_match(window: str, rules: Sequence[_Label]) -> bool:
    """True when one of the rules matches the whole window (trailing punctuation aside), as a line."""
    words = window.count(" ") + 1
    for rule in rules:
        if not rule.guards_pass(words):
            continue
        match = rule.pattern.search(window)
        if match is not None and match.start() == 0 and not window[match.end() :].strip(_LABEL_TRAIL):
            return True
    return False


def carve_labels(
    piece: str,
    max_words: int,
    candidates: Callable[[list[str]], Mapping[int, Sequence[_Label]]],
    keeps: Callable[[list[str]], bool] = lambda _pieces: True,
    goes_whole: Callable[[str], bool] = lambda _piece: False,
) -> list[str]:
    """The piece with the short junk labels glued into it ("Related Topics Rocket League ...", "... gefunden?
    Ähnliche Beiträge Ikigai ...") set apart as pieces of their own, so that the whole-line rules that know
    them drop them. A window of up to max_words words is a label when a rule matches all of it as a line and
    it ends the piece, ends in punctuation or comes before a word that is not lower case; it must start the
    piece, follow punctuation or another label, or be two words or more starting in upper case. A label of
    one word must also end in punctuation, end the piece, or come before a capitalised word, unless it is in
    a run of one-word labels set off at both ends ("15:19 drucken weiterempfehlen", "Weiterempfehlen Drucken").
    candidates: for the windows, the rules that may match each (by index). keeps: False when the text left
    between the labels would be dropped where the piece as a whole is kept (then the piece stays whole).
    goes_whole: True when a whole-line rule drops the piece as it is; then it stays whole when words would be left
    between its labels and they hold no sentence ("Follow Mirror Politics on Snapchat, Tiktok, Twitter and
    Facebook." carved into its network names would leave "Twitter and Facebook.")."""
    return carve_all([piece], max_words, candidates, keeps, goes_whole)[0]


def carve_all(
    pieces: Sequence[str],
    max_words: int,
    candidates: Callable[[list[str]], Mapping[int, Sequence[_Label]]],
    keeps: Callable[[list[str]], bool] = lambda _pieces: True,
    goes_whole: Callable[[str], bool] = lambda _piece: False,
    *,
    label_starts: Callable[[list[list[str]], int], list[set[int]]] | None = None,
    name_labels: frozenset[str] = frozenset(),
) -> list[list[str]]:
    """carve_labels of each piece, with the candidates of all their windows asked for at once (one scan of a glued
    line's windows instead of one per sentence: a window's candidates do not depend on the other windows).
    label_starts: for the pieces' words, the word positions where a label may start (Labeller.label_starts); the
    windows starting elsewhere are left out (no rule matches them: they carve nothing, in any piece). name_labels:
    one-word labels that are a brand's name (lower case): alone before a name that a sentence goes on from ("Google
    Stadia arrives with ...") they are the sentence's subject, not a label."""
    split = [piece.split(" ") for piece in pieces]
    starts = label_starts(split, max_words) if label_starts is not None else [None] * len(split)
    windows = [
        _windows(words, max_words, starts=found, dashed="—" in piece or "–" in piece) if len(words) >= 2 else []
        for piece, words, found in zip(pieces, split, starts, strict=True)
    ]
    texts = [
        [" ".join(words[a:b]) for a, b, _needs, _weak in found] for words, found in zip(split, windows, strict=True)
    ]
    firsts = list(accumulate(map(len, texts), initial=0))  # each piece's first window in the flat list
    found_in: list[dict[int, Sequence[_Label]]] = [{} for _ in pieces]
    every = [text for piece_texts in texts for text in piece_texts]
    for index, rules in (candidates(every) if every else {}).items():
        piece = bisect_right(firsts, index) - 1
        found_in[piece][index - firsts[piece]] = rules
    return [
        _carve(piece, words, piece_windows, piece_texts, found, keeps, goes_whole, name_labels) if found else [piece]
        for piece, words, piece_windows, piece_texts, found in zip(pieces, split, windows, texts, found_in, strict=True)
    ]


def _carve(
    piece: str,
    words: list[str],
    windows: list[tuple[int, int, bool, bool]],
    texts: list[str],
    found: Mapping[int, Sequence[_Label]],
    keeps: Callable[[list[str]], bool],
    goes_whole: Callable[[str], bool],
    name_labels: frozenset[str] = frozenset(),
) -> list[str]:
    """carve_labels of a piece cut into its words, with its windows, their texts and their candidate rules."""
    in_runs = _label_runs(words, {windows[n][0] for n in found if _one_word_label(windows[n], texts[n], found[n])})
    pieces: list[str] = []
    rest: list[str] = []  # the pieces that are no label
    cursor = labelled = 0
    for number, (start, end, needs, weak) in enumerate(windows):
        if start < cursor or number not in found:
            continue
        if not (end - start == 1 and start in in_runs):
            previous = words[start - 1] if start else ""
            set_off = (
                start == 0
                or previous[-1:] in _LABEL_END_MARKS
                or start == labelled > 0
                or (_COUNT.fullmatch(previous) is not None and not _goes_on_lower(words, end))
                or (end == len(words) and texts[number].endswith(":") and not _LETTERS.fullmatch(previous))
            )
            rules = found[number]
            if needs and not set_off and _YEAR.fullmatch(previous) and not _goes_on_lower(words, end):
                set_off = True  # after a year only a list's label counts
                rules = [rule for rule in rules if rule.category in _AFTER_YEAR_CATEGORIES]
            if weak or (needs and not set_off):
                continue
            if end - start == 1 and _opens_a_phrase(words, start, name_labels):
                continue
            if end - start == 1 and end < len(words) and words[end][:1] in _OPENING_QUOTES:
                # before a quoted headline ("Trending 'Tarzan' actor ...") only a list header opens a list
                rules = [rule for rule in rules if rule.category == _LIST_HEADER_CATEGORY]
            if not _label_match(texts[number], rules) or _name_runs_on(words, (start, end), rules):
                continue
        number = _longest_label(number, windows, texts, found)
        end = _sentence_label_end(words, windows[number][:2], found[number])
        if start > cursor:
            pieces.append(" ".join(words[cursor:start]))
            rest.append(pieces[-1])
        pieces.append(" ".join(words[start:end]))
        cursor = labelled = end
    if cursor == 0:
        return [piece]
    if cursor < len(words):
        pieces.append(" ".join(words[cursor:]))
        rest.append(pieces[-1])
    if not keeps(rest) or (rest and all(map(_WORDS_ONLY.match, rest)) and goes_whole(piece) and not _sentence_in(rest)):
        return [piece]
    return pieces


# text of words alone, no code nor markup: left between labels, only the line rules would judge it
_WORDS_ONLY = re.compile(r"^[^\W\d_][\w'’ ,.&-]*$")


def _sentence_in(texts: list[str]) -> bool:
    return any(_SENTENCE.search(text + " ") for text in texts)


_MAX_LABEL_EXTENSION = 2  # words a label found may grow by: "Ad Feedback", "Related Topics" over "Ad", "Related"
_SENTENCE_WORD_END = re.compile(r"[^\W\d_][.!?][\"”’»)]*$")  # a word of letters ending a sentence
_PLAIN_WORD = re.compile(r"[^\W\d_]+[.!?:,]?")  # a word of letters, maybe ending a label with a mark
_ANY_NAME = " Xq"  # a capitalised word no label holds: a rule that still matches with it appended takes any words


def _longest_label(
    number: int, windows: list[tuple[int, int, bool, bool]], texts: list[str], found: Mapping[int, Sequence[_Label]]
) -> int:
    """The window of a label found at window number, or of the longest label that starts there and grows it by a
    word or two ("Ad Feedback Amtrak said ..." is "Ad Feedback", not "Ad": "Feedback" left before the sentence
    would stay). Only a rule that names its words counts for the longer one, not one that takes a label and any
    words after it ("Tags: Brexit Boris Johnson said ...", "More on Brexit ..."): those words are the sentence's."""
    start, end = windows[number][:2]
    best = number
    for later in range(number + 1, len(windows)):
        later_start, later_end, _needs, weak = windows[later]
        if later_start != start:
            break
        if weak or later not in found or not all(map(_PLAIN_WORD.fullmatch, texts[later].split(" ")[end - start :])):
            continue  # only words of letters grow a label: "NEWSLETTER (function()" is a script's start after it
        rules = found[later]
        if later_end > end + _MAX_LABEL_EXTENSION:
            # further only a list's header ("More Great WIRED Stories" over "More"): a headline list follows it
            rules = [rule for rule in rules if rule.category == _LIST_HEADER_CATEGORY]
        if _names_its_words(texts[later], texts[later].rstrip(_LABEL_TRAIL), rules):
            best = later
    return best


def _names_its_words(text: str, stem: str, rules: Sequence[_Label]) -> bool:
    """True when a rule that names its words matches text, and none does with any name after stem (text less its
    trailing marks): a label or prompt whole, not one that takes whatever words follow it ("Tags: …", "More on …")."""
    named = [rule for rule in rules if rule.category not in _OPEN_TAIL_CATEGORIES]
    return _label_match(text, named) and not _label_match(stem + _ANY_NAME, named)


_MAX_SENTENCE_LABEL_WORDS = 30  # a prompt's sentence ("Follow X on Snapchat, Tiktok, Twitter and Facebook.")


def _sentence_label_end(words: list[str], window: tuple[int, int], rules: Sequence[_Label]) -> int:
    """The end of a label found in the window, or, when the label breaks off (after a comma or a lower-case word), of
    the sentence it opens when a rule that names its words matches that whole sentence: a prompt longer than the
    label windows ("Follow Mirror Politics on Snapchat, Tiktok,
    Twitter and Facebook." is one label, not "… Tiktok," and "Twitter and Facebook." left behind)."""
    start, end = window
    last = words[end - 1]
    if not (last.endswith(",") or last[:1].islower()):
        return end  # the label reads as whole ("Link", "Share this article"): no sentence to look for
    stop = min(len(words), start + _MAX_SENTENCE_LABEL_WORDS)
    sentence_end = next((index + 1 for index in range(end, stop) if _SENTENCE_WORD_END.search(words[index])), 0)
    if sentence_end <= end:
        return end  # no sentence ends near it
    text = " ".join(words[start:sentence_end])
    return sentence_end if _names_its_words(text, text, rules) else end


_MAX_NAME_RUN = 2  # capitalised words a name in a label's open slot may go on by into a sentence


def _name_runs_on(words: list[str], window: tuple[int, int], rules: Sequence[_Label]) -> bool:
    """True when the label's last word fills an open slot of its rule ("Trending on <name>", "More from <name>") and
    the name goes on past the window into a sentence: a capitalised word or two that end in a colon or a comma, or
    one before a lower-case word, and the rule no longer matches the name whole ("Trending on Wall Street: chip stocks
    rallied." is a sentence, not "Trending on Wall" and "Street: ..."). The label stays in its sentence then: a
    label left is junk leaked, a sentence cut at its name is lost."""
    start, end = window
    last = words[end - 1]
    if end >= len(words) or end - start < 2 or not _capitalised(last) or last[-1:] in _LABEL_END_MARKS:
        return False
    if not _label_match(" ".join(words[start : end - 1]) + _ANY_NAME, rules):
        return False  # no open slot: "Related Topics Rocket League ..." ends its label at "Topics"
    for run_end in range(end + 1, min(len(words), end + _MAX_NAME_RUN) + 1):
        word = words[run_end - 1]
        if not _capitalised(word):
            return False
        lower_after = run_end == end + 1 and run_end < len(words) and words[run_end][:1].islower()
        ends_here = word[-1:] in ":," or lower_after  # "Wall Street:", "Wall Street stocks"
        if ends_here:
            return not _label_match(" ".join(words[start:run_end]), rules)
        if word[-1:] in _LABEL_END_MARKS:
            return False
    return False


def _opens_a_phrase(words: list[str], start: int, name_labels: frozenset[str]) -> bool:
    """True when the one-word label at start reads as the first word of a phrase: a capitalised word and then a
    lower-case one follow it, and it is a brand's name (name_labels: "Google Stadia arrives with ...") or written in
    lower case ("wollen: mehr Geld für ...", a German noun after it). A run of labels ("Share Facebook Twitter") is
    judged before this."""
    word = words[start]
    if start + 2 >= len(words) or word[-1:] in _LABEL_END_MARKS:
        return False
    if word.lower() not in name_labels and not word[:1].islower():
        return False
    after = words[start + 1]
    return _capitalised(after) and after[-1:] not in _LABEL_END_MARKS and words[start + 2][:1].islower()


def _goes_on_lower(words: list[str], end: int) -> bool:
    """True when a lower-case word follows the window ending at end: "in 2019 categories: paintings, …" is prose."""
    return end < len(words) and words[end][:1].islower()


def _capitalised(word: str) -> bool:
    """True for a word that opens with a capital, maybe after an opening quote ("'Tarzan' actor ...")."""
    return word.lstrip(_OPENING_QUOTES)[:1].isupper()


_DASHES = frozenset({"—", "–"})  # a dash alone between words
_AMPERSANDS = frozenset({"&", "+"})


def _windows(
    words: list[str], max_words: int, *, starts: set[int] | None = None, dashed: bool = True
) -> list[tuple[int, int, bool, bool]]:
    """The windows a label may fill: (start, end, needs a label or punctuation right before it, weak: a word
    before a lower-case word, a label only inside a run of one-word labels), by start, then by end. A window of
    two words or more before a lower-case word with no mark closing it is none (a sentence goes on), nor one before
    a dash and a lower-case word ("More on what replaces them — if anything — ..."). starts: only the windows that
    start at these word positions (None: all). dashed: False when the piece holds no dash (none looked for)."""
    count = len(words)
    if starts is not None and not starts:
        return []
    # per word: a window ending with it is closed (the piece's end, or the word ends in a mark), and a window
    # ending with it goes on into a lower-case word (weak), or a one-word one into no capitalised word (weak too)
    closed = [word[-1:] in _LABEL_END_MARKS for word in words[:-1]] + [True]
    goes_on = [not ends and after[:1].islower() for ends, after in zip(closed, words[1:], strict=False)] + [False]
    for index in range(count - 1 if dashed else 0):  # a dash before a lower-case word is inside a sentence
        word, after = words[index], words[index + 1]
        if word[-1:] in "—–" and after[:1].islower():
            goes_on[index] = True  # "them— if" or the dash alone
            if word in _DASHES and index:
                goes_on[index - 1] = True  # the word before a dash alone
    weak_one = [
        on or not (ends or _capitalised(after)) for on, ends, after in zip(goes_on, closed, words[1:], strict=False)
    ] + [False]
    windows: list[tuple[int, int, bool, bool]] = []
    every = range(count if count > 1 else 0)  # the whole piece is no window: the line rules judge it
    for start in every if starts is None else sorted(starts.intersection(every)):
        windows.append((start, start + 1, True, weak_one[start]))
        needs = not words[start][:1].isupper()
        last = min(count - (start == 0), start + max_words)
        for end in range(start + 2, last + 1):
            if not goes_on[end - 1]:
                # "von Twitter & Co": an ampersand after one word joins it to the next, no second word of a label
                joined = all(word in _AMPERSANDS for word in words[start + 1 : end])
                windows.append((start, end, needs or joined, False))
    return windows


def _one_word_label(window: tuple[int, int, bool, bool], text: str, rules: Sequence[_Label]) -> bool:
    """A word of letters a rule matches as a line ("drucken", "Share"); a handle or a name with marks ("@name",
    "Google+") may be a list the article gives ("Accounts: @a, @b, @c")."""
    word = text.strip(_LABEL_TRAIL).replace("-", "")  # "e-mail" is a word of letters
    return window[1] - window[0] == 1 and word.isalpha() and _label_match(text, rules)


def _label_runs(words: list[str], labels: set[int]) -> set[int]:
    """The word positions in runs of two one-word labels or more that are set off at both ends: after the
    piece's start, punctuation, a number, or (a capitalised run) a word that is not lower case; before the
    piece's end, a capital or a number, or ending in punctuation ("I want to share more." is no run). A run of
    _LONG_LABEL_RUN labels or more needs only one end set off ("… place ReplyDelete Replies Reply Amy …"), and a
    lower-case run right after a sentence's end none ("… zurückzuweisen. twittern teilen mitteilen …")."""
    found: set[int] = set()
    start = 0
    while start < len(words):
        if start not in labels:
            start += 1
            continue
        end = start
        while end in labels:
            end += 1
        before = words[start - 1] if start else ""
        after = words[end] if end < len(words) else ""
        left = not before or before[-1] in _LABEL_END_MARKS or before[-1].isdigit()
        left = left or (words[start][:1].isupper() and not before[:1].islower())
        right = not after or words[end - 1][-1] in _LABEL_END_MARKS or after[:1].isupper() or after[:1].isdigit()
        after_sentence = words[start][:1].islower() and _SENTENCE_WORD.fullmatch(before) is not None
        long_run = end - start >= _LONG_LABEL_RUN
        if (
            (left and (long_run or (end - start >= 2 and right)))
            or (long_run and right)
            or (end - start >= 2 and after_sentence)
        ):
            found.update(range(start, end))
        start = end
    return found


# junk that runs over several sentences of its own (a consent notice): its sentences are no article
_MANY_SENTENCE_CATEGORIES = frozenset({"consent"})
# rules that take a label and any words after it ("Bild: <up to 60 characters>", "Themen: <a tag list>"): after a
# word glued before it ("Das Bild: Die Stadt feiert ...", "… zeigte seit 2019 Themen: die Malerei, …") that label
# is a body sentence's own word, so no tail is cut for them
_OPEN_TAIL_CATEGORIES = frozenset({"caption", "credit", "section_label"})
# a prompt ends with no mark as often as not ("... stay up to date Listen to our podcast for the best analysis"):
# a tail of five words or more that ends in a lower-case word counts as a junk sentence too
_UNENDED = re.compile(r"[a-z]$")
_UNENDED_SENTENCE = re.compile(r"(?:\S+ ){4,}[a-z]+")
_MAX_TAIL_PREFIX_WORDS = 15  # the words with no full stop a junk sentence may be glued after
# where a new sentence may start after a rule's match: a capital right after it, or a quotation opening anywhere
# after it ('... access to Reuters.com Register "The market is tight," said one analyst.'); a capital inside
# the text that follows is no sign (German nouns, names)
_QUOTE_OPENS = re.compile(r"(?:^|\s)([\"“‘«„]\s?[A-ZÀ-ÞА-Я])")


def _sentence_start(piece: str, end: int) -> int | None:
    """Where a sentence starts in the piece after position end (a rule's match), if it looks like one does."""
    rest = piece[end:]
    stripped = rest.lstrip()
    if not stripped:
        return None
    if stripped[0].isupper():
        return end + len(rest) - len(stripped)
    quote = _QUOTE_OPENS.search(rest)
    return end + quote.start(1) if quote else None


# a picture credit glued before the sentence that follows it ("Bild: TebNad/Shutterstock.com Bereits die ...",
# "Stau © aremac / Clipdealer Millionen Menschen ..."): its label within the first few words, then a credit that
# ends in a token a credit ends in (a "/" or "|" pair, a web domain, a licence version), then a capital
_CREDIT_LABEL = re.compile(
    r"(?i:foto|bild|photo|picture|image|credit|bildquelle|beitragsbild|titelbild|fotos|bilder|photos|credits):$|©$"
)
_CREDIT_END = re.compile(r"[/|]|^\S+\.(?:com|net|org|de|at|ch|fr|it|es|nl|eu)$|^\d\.\d$")
_SEPARATORS = frozenset({"/", "|"})  # a credit's parts apart: the word after one ends the credit too
_MAX_CAPTION_WORDS = 3  # words of the caption before the credit's label
# an agency's second word after "Name/Agency" ("/Getty Images", "/Rex Features"); no sentence opens with one
_AGENCY_SECOND_WORDS = frozenset({"Images", "Pictures", "Photos", "Wire", "Features", "RF"})
_MAX_CREDIT_WORDS = 8  # words of the credit after its label


def _credit_end(words: list[str]) -> int | None:
    """The number of words of a picture credit that opens the piece and is followed by a sentence, if one does."""
    label = next((i for i, word in enumerate(words[: _MAX_CAPTION_WORDS + 1]) if _CREDIT_LABEL.search(word)), None)
    if label is None:
        return None
    reach = words[label + 1 : label + 1 + _MAX_CREDIT_WORDS]
    ends = [
        label + 1 + i
        for i, word in enumerate(reach)
        if word not in _SEPARATORS and (_CREDIT_END.search(word) or words[label + i] in _SEPARATORS)
    ]
    if not ends:
        return None
    end = ends[-1]  # the credit's last part: a sentence may hold a "/" too ("2/3 der Anteile"), so no earlier one
    if end + 1 < len(words) and "/" in words[end] and words[end + 1] in _AGENCY_SECOND_WORDS:
        end += 1  # "Justin Sullivan/Getty Images": the agency's name goes on past the slash's word
    if any(word[-1:] in ".!?" and not _CREDIT_END.search(word) for word in words[: end + 1]):
        return None  # a sentence ends inside: no credit
    rest = words[end + 1 :]
    if len(rest) >= 2 and rest[0][:1].isupper() and _SENTENCE_TAIL.search(rest[-1]):
        return end + 1
    return None


_MAX_BARE_CREDIT_WORDS = 8  # words of a credit with no label ("Sonu Mehta/Hindustan Times/Getty Images")
_MIN_SENTENCE_WORDS = 4  # words of the sentence after it
_CREDIT_WORD = re.compile(r"[(@©]?[A-Z0-9]|.*[/©:]")  # a name's word, a handle, "©", "Agency/Name", "Photo:"
_CREDIT_SMALL_WORDS = frozenset({"by", "via", "for", "and", "of", "de", "van", "von", "/", "|", "©"})
# how a credit ends: an agency's capitals ("AP", "Creatas RF"), "Name/Agency", a closing bracket, an agency word
_CREDIT_TAIL = re.compile(
    r"(?:[A-Z]{2,}|/\S+|\)|Images|Press|Media|Wire|Reuters|Getty|Shutterstock|Alamy|Photos?|Pictures)$"
)
_CREDIT_MARK = re.compile(r"[/©:]|, [A-Z]{2,}$")  # "Agency/Name", "© Name", "Photo: ...", "Name, AP"


def _bare_credit_sizes(words: list[str]) -> list[int]:
    """The word counts of the heads of a piece that may be a picture credit with no label glued before a sentence
    ("Michael Conroy, AP Teachers chanted ...", "Photograph by Robyn Beck/AFP/Getty Images Shares of ..."): the
    piece opens with a capital, the head holds no sentence end and only names (capitalised words and the few
    small words of a credit), ends the way a credit ends (an agency's capitals, "Agency/Name", a bracket or an
    agency word) and a capitalised word follows it; a sentence of a few words ends the piece, unless the credit is
    in brackets ("(Image: X / Getty Images) Black Friday deals"). Only a credit or caption rule that drops the head
    whole makes it one."""
    if not (words[0][:1].isupper() or words[0].startswith("(")):
        return []
    bracketed_only = not _SENTENCE_TAIL.search(words[-1])  # no sentence after it: only "(Image: X / Getty Images)"
    labelled_aside = words[0].startswith("(") and words[0].endswith(":")  # "(Image: ...)" names what it likes
    sizes = []
    for size in range(1, min(_MAX_BARE_CREDIT_WORDS, len(words) - _MIN_SENTENCE_WORDS) + 1):
        word = words[size - 1]
        named = labelled_aside or _CREDIT_WORD.match(word) or word in _CREDIT_SMALL_WORDS  # "(Image: gargantiopa / ..."
        if word[-1:] in ".!?" or not named:
            break  # a sentence ends inside, or a word no credit holds: what follows is no credit's
        opened = sum(w.count("(") - w.count(")") for w in words[:size])  # "(Photo by X/Getty" goes on to its ")"
        credit_like = size > 1 and not opened and _CREDIT_TAIL.search(word) and words[size][:1].isupper()
        if credit_like and (not bracketed_only or (words[0].startswith("(") and word.endswith(")"))):
            sizes.append(size)
    return sizes


def _starts_scanner(rules: Sequence[Rule]) -> LineScanner | None:
    """A scanner of the rules rewritten to match from the start of a longer run of words, with no word-count
    tiers; None when a rule cannot be rewritten (then a label may start anywhere)."""
    patterns = []
    for rule in rules:
        rewritten = None if rule.pattern.flags & re.X else longer_words(rule.pattern.pattern)
        if rewritten is None:
            return None
        try:
            patterns.append(re.compile(rewritten, rule.pattern.flags))
        except re.error:
            return None
    return LineScanner(patterns)


class Labeller:
    """The generic line rules named in [split] label_rules, and a scanner for the windows they may match."""

    def __init__(self, rules: tuple[Rule, ...], every: RuleSet, headers: tuple[Rule, ...] = ()) -> None:
        self.rules = rules
        # list labels (cleaner/split_teasers.py): the block rules among the labels, and headers ([split]
        # list_header_rules) that open a list as a piece of their own but are no label window
        self.headers = tuple(rule for rule in rules if rule.scope == "block") + headers
        self.every = every
        self.scanner = LineScanner(
            (rule.pattern for rule in rules), word_ranges=[(r.min_words or 0, r.max_words) for r in rules]
        )
        self._starts_scanner = _starts_scanner(rules)

    def label_starts(self, pieces: list[list[str]], max_words: int) -> list[set[int]]:
        """For each piece (as its words), the word positions where a label of up to max_words words may start: a
        rule rewritten to match from the start of a longer run of words (regex_parts.longer_words) may match the
        max_words words from there (the scanner has no word-count tiers: a short label is found in the longer
        run). A superset: every window a rule matches from its start starts at one of them."""
        if self._starts_scanner is None:
            return [set(range(len(words))) for words in pieces]
        runs = [(number, start) for number, words in enumerate(pieces) for start in range(len(words))]
        texts = [" ".join(pieces[number][start : start + max_words]) for number, start in runs]
        found: list[set[int]] = [set() for _ in pieces]
        for index in self._starts_scanner.hits(texts):
            number, start = runs[index]
            found[number].add(start)
        return found

    def find(self, windows: list[str]) -> Mapping[int, Sequence[Rule]]:
        """For each window some label rule may match, those rules in order."""
        hits = self.scanner.hits(windows)
        return {index: [self.rules[k] for k in sorted(keys)] for index, keys in hits.items()}

    def spare(self, pieces: list[str]) -> list[str]:
        """The pieces of a glued line, each that a whole-line rule would drop for its start but that goes on with
        a sentence after the rule's match ("Register now for FREE unlimited access to X "The market is tight,"
        said one analyst.") cut after the match: the junk goes, the sentence stays (a few junk words may stay
        with it; a lost sentence would be worse)."""
        pieces = self._credits_apart(pieces)
        candidates = self.every.line_candidates(pieces)
        out: list[str] = []
        dropped: set[int] = set()  # pieces in out a rule drops whole: their tails are its business
        for index, piece in enumerate(pieces):
            rules = [rule for rule in candidates.get(index, ()) if rule.category not in _MANY_SENTENCE_CATEGORIES]
            found = line_rule_match(piece, rules)
            start = _sentence_start(piece, found[1].end()) if found else None
            if start is not None and _SENTENCE.search(piece[start:]):
                out.extend(p for p in (piece[:start].strip(), piece[start:].strip()) if p)
                continue
            if line_rule_match(piece, candidates.get(index, ())):
                dropped.add(len(out))
            out.append(piece)
        return self._tails_apart(out, dropped)

    def _credits_apart(self, pieces: list[str]) -> list[str]:
        """The pieces, each that opens with a picture credit a whole-line rule drops and goes on with a sentence
        ("Foto: Timur | flickr| CC BY 2.0 Nicht labern, ranklotzen!", "Michael Conroy, AP Teachers chanted ...")
        cut after the credit (the longest head that is one, when several are)."""
        heads: list[tuple[int, int, bool]] = []  # (piece, words in the head, only a credit or caption rule counts)
        for index, piece in enumerate(pieces):
            words = piece.split(" ")
            end = _credit_end(words)
            if end is not None:
                heads.append((index, end, False))
            heads.extend((index, size, True) for size in _bare_credit_sizes(words))
        if not heads:
            return pieces
        texts = [" ".join(pieces[index].split(" ")[:size]) for index, size, _bare in heads]
        found = self.every.line_candidates(texts)
        cut: dict[int, int] = {}
        for number, (index, size, bare) in enumerate(heads):
            rules: Sequence[Rule] = found.get(number, ())
            if bare:  # a caption rule drops any head with no full stop ("AUSTRALIA AHEAD Australia beat ..."): it
                # counts only for a head with a credit's marks in it
                wanted = ("credit", "caption") if _CREDIT_MARK.search(texts[number]) else ("credit",)
                rules = [rule for rule in rules if rule.category in wanted]
            if size > cut.get(index, 0) and line_rule_match(texts[number], rules):
                cut[index] = size
        out: list[str] = []
        for index, piece in enumerate(pieces):
            words = piece.split(" ")
            head = cut.get(index, 0)
            out.extend((" ".join(words[:head]), " ".join(words[head:])) if head else (piece,))
        return out

    def _tails_apart(self, pieces: list[str], dropped: set[int]) -> list[str]:
        """The pieces, each that ends in a junk sentence glued after a few words with no full stop ("35 Bitte
        melden Sie sich an, um zu kommentieren.", "1 sehr schlecht Bitte geben Sie die Zahlenfolge ... ein.")
        cut before that sentence, so that its rule drops it. The sentence is one a whole-line rule drops on its
        own, starting at a capital after at most _MAX_TAIL_PREFIX_WORDS words; the words before it stay."""
        tails: list[tuple[int, int, str]] = []  # (piece, where the tail starts, the tail)
        for index, piece in enumerate(pieces):
            if index in dropped or not (_SENTENCE_TAIL.search(piece) or _UNENDED.search(piece)):
                continue
            for word in islice(_WORD.finditer(piece), 1, _MAX_TAIL_PREFIX_WORDS + 1):  # no match past them made
                before = piece[word.start() - 2 : word.start() - 1]
                if word.group(0)[:1].isupper() and before.isalnum():
                    tails.append((index, word.start(), piece[word.start() :]))
        if not tails:
            return pieces
        texts = [tail for _index, _start, tail in tails]
        found = self.every.line_candidates(texts)
        cut: dict[int, int] = {}
        for number, (index, start, tail) in enumerate(tails):
            rules = [
                rule
                for rule in found.get(number, ())
                if rule.category not in _MANY_SENTENCE_CATEGORIES and rule.category not in _OPEN_TAIL_CATEGORIES
            ]
            whole = _SENTENCE.fullmatch(tail + " ") or _UNENDED_SENTENCE.fullmatch(tail)
            if index not in cut and rules and whole and line_rule_match(tail, rules):
                cut[index] = start  # the longest tail a rule drops: the first start found
        out: list[str] = []
        for index, piece in enumerate(pieces):
            if index in cut:
                out.extend((piece[: cut[index]].strip(), piece[cut[index] :].strip()))
            else:
                out.append(piece)
        return out

    def goes_whole(self, piece: str) -> bool:
        """True when a whole-line rule drops the piece as it is (not one of the rules that take a label and any
        words after it: a caption's or a credit's)."""
        rules = [
            rule
            for rule in self.every.line_candidates([piece]).get(0, ())
            if rule.category not in _OPEN_TAIL_CATEGORIES
        ]
        return line_rule_match(piece, rules) is not None

    def keeps(self, pieces: list[str]) -> bool:
        """False when a whole-line rule would drop a piece left beside the labels for the junk beside its sentence
        ("Jam will set within 24-48 hours. © Regan" alone is a caption credit; the sentence alone is kept). A piece
        whose sentences the rules drop on their own too ("Please enable JavaScript to view the comments.") is
        junk, as is a piece with no sentence in it (a list item, a teaser title or a name): nothing is lost."""
        dropped = [
            pieces[index]
            for index, rules in self.every.line_candidates(pieces).items()
            if _SENTENCE.search(pieces[index]) and line_rule_match(pieces[index], rules)
        ]
        sentences = [match.group(0).strip() for piece in dropped for match in _SENTENCE.finditer(piece)]
        found = self.every.line_candidates(sentences)
        return all(line_rule_match(sentence, found.get(index, ())) for index, sentence in enumerate(sentences))


__all__ = ["Labeller", "carve_all", "carve_labels"]
