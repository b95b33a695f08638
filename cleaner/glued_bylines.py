"""Bylines and standfirsts in the header a dump glued onto its first sentences (cleaner/glued_header.py cuts them).

A writer's name glued between a title and a dateline, or after a dateline before the first sentence, is told
by its shape (cleaner/header_next.py: a person's name, a job, a handle) and where it stands; a title is told
from the standfirst glued after it by the one word that can open a sentence there.
"""

from __future__ import annotations

import re

from cleaner.bylines import is_picture_credit
from cleaner.datelines import read_header_line
from cleaner.header_next import PERSON_NAME, SOCIAL_HANDLE, role_line, writer_name
from cleaner.header_words import HeaderWords
from cleaner.line_shape import MAX_TITLE_CASE_SMALL_WORD, sentence_cased

MIN_TITLE_WORDS = 4  # what stays of a title before a byline or dateline
MAX_BYLINE_TOKENS = 10  # "By TOM WALKER, US POLITICAL REPORTER FOR DAILYMAIL.COM"
_MAX_PREFIX_TOKENS = 5  # "by Tom Walker -" in lower case, right before a date
_MAX_TITLE_WORDS = 20  # a headline is no longer: a longer run before the byline holds a standfirst too
_MIN_STANDFIRST_WORDS = 8
_MIN_SHORT_HEAD_WORDS = 14  # a head of a headline's length holds a standfirst when it ends a sentence and is this long
_MIN_SHORT_TITLE_WORDS = 6  # ... and the title before its standfirst this long
# after these a sentence goes on with a name ("... as Labour councillors voted"), in a head of a headline's length
_CLAUSE_WORDS = frozenset(
    {"as", "and", "or", "but", "nor", "that", "which", "who", "whom", "when", "while", "because", "if", "than", "so"}
    | {"since", "until", "where", "whether", "though", "although", "said", "says", "told", "tells"}
)
_ENDS_SENTENCE = re.compile(r"[a-z][.!?][\"”’')]*\s*$")
_OBJECT_WORDS = 2  # a preposition and the one-word name it governs ("across England")
_INNER_STOP = re.compile(r"[.!?][\"”’')]*\s")  # a sentence ends before a blank
MAX_BUTTON_WORDS = 2  # "Share", "Save", "Listen now" between header pieces
_JOB_REACH_CHARS = 120  # a writer's job and the joiner after it stand within these ("Transport Correspondent and")


def byline_start(text: str, tokens: list[tuple[int, int]], dateline: int, words: HeaderWords) -> int | None:
    """Where the byline right before the dateline at position dateline starts: "By" and names ("by Tom Walker -"),
    or a writer's name alone, maybe with the job or place after it ("Tom Walker Transport Correspondent",
    "Tom Walker in London"); None when none stands there."""
    before = [t for t in tokens if t[1] <= dateline][-MAX_BYLINE_TOKENS:]
    best: int | None = None
    best_two_words = False
    for token_start, _token_end in before:
        piece = text[token_start:dateline].strip(" |-–—/·•")
        if not piece:
            continue
        if _prefixed(piece, words) or _lower_prefix_before_date(piece, words):
            read = read_header_line(piece, words)
            if read is not None and read.names and not read.stamps:
                return token_start
            continue
        if not _writer_here(piece, words):
            continue
        two_words = _name_words(piece, words) == 2
        # after a capitalised word only a name of two words, and only after a headline in sentence case: "...
        # across southern England Jane Smith" (the title's last word is no first name; in title case it may be)
        after_title = _title_case_ends_before(text, token_start) or (
            two_words and sentence_cased(text[:token_start].split())
        )
        if after_title and (best is None or (two_words and not best_two_words)):
            best, best_two_words = token_start, two_words
    return best


def byline_before(
    text: str, tokens: list[tuple[int, int]], dateline: int, words: HeaderWords
) -> tuple[int, int] | None:
    """Where the byline right before the dateline at position dateline starts and ends: at the dateline, or at the
    writer's handle with a button or two between them ("Tom Walker Transport Reporter @TomWalkerNat Share")."""
    handles = [end for begin, end in tokens if end <= dateline and SOCIAL_HANDLE.fullmatch(text[begin:end])]
    if handles and 0 < len(text[handles[-1] : dateline].split()) <= MAX_BUTTON_WORDS:
        start = byline_start(text, tokens, handles[-1], words)
        if start is not None:
            return start, handles[-1]
    start = byline_start(text, tokens, dateline, words)
    return None if start is None else (start, dateline)


def writers_apart(piece: str, words: HeaderWords) -> list[str]:
    """A byline cut into the pieces a line-shaped dump prints on lines of their own: each writer's name, the job
    after it, and the joiner before the next writer ("By Tom Walker Transport Correspondent and Amy Price
    Reporter": "By Tom Walker", "Transport Correspondent", "and", "Amy Price", "Reporter")."""
    parts: list[str] = []
    rest = piece.strip()
    while rest:
        end = name_end(rest, words)
        if end is None:
            parts.append(rest)
            break
        parts.append(rest[:end])
        rest = rest[end:].strip()
        joiner = _job_and_writer(rest, words)
        if joiner is None:
            parts.append(rest)
            break
        parts += [rest[: joiner.start()], joiner.group().strip(" ,;")]
        rest = rest[joiner.end() :].strip()
    return [part.strip() for part in parts if part.strip()]


def _prefixed(piece: str, words: HeaderWords) -> bool:
    """True when the piece opens with a byline's prefix, capitalised ("By", "BY"): not a sentence's "... by"."""
    return piece[:1].isupper() and words.byline_prefix.match(piece) is not None


def _lower_prefix_before_date(piece: str, words: HeaderWords) -> bool:
    """ "by Tom Walker -", "di Mario Rossi" right before a dateline: a byline's prefix in lower case (The Hill's,
    Vox's, an Italian title's "... in tutta Italia di Mario Rossi"), a few words long."""
    return (
        piece[:1].islower()
        and words.byline_prefix.match(piece) is not None
        and len(piece.split()) <= _MAX_PREFIX_TOKENS
    )


def _writer_here(piece: str, words: HeaderWords, *, bare: bool = True) -> bool:
    """True when the piece is a writer's name, maybe with the job or the place after it, or a name, a job and the
    writer's handle ("Tom Walker News reporter @TomWalkerSky"); bare=False: not a name alone."""
    handled = SOCIAL_HANDLE.search(piece) is not None
    piece = SOCIAL_HANDLE.sub("", piece).strip()
    if not piece or PERSON_NAME.match(piece) is None:
        return False
    if writer_name(piece, words) and (bare or handled):
        return True
    return name_end(piece, words) is not None


def name_end(piece: str, words: HeaderWords) -> int | None:
    """Where the writer's name ends in a byline with the writer's job after it ("By Tom Walker Transport Reporter",
    "Tom Walker News reporter @TomWalkerSky"): printed on two lines, the header stage reads them as two; None when
    no job follows the name."""
    prefix = words.byline_prefix.match(piece)
    start = prefix.end() if prefix is not None else 0
    tokens = [m.end() for m in re.finditer(r"\S+", piece[start:])]
    for size in (2, 3):  # the shortest name a job follows: "Tom Walker" + "Transport Reporter"
        if len(tokens) <= size:
            return None
        end = start + tokens[size - 1]
        rest = SOCIAL_HANDLE.sub("", piece[end:]).strip()
        if PERSON_NAME.fullmatch(piece[start:end]) is not None and rest and _job_here(rest, words):
            return end
    return None


def _job_here(rest: str, words: HeaderWords) -> bool:
    """True when the text after a writer's name is the writer's job, maybe with the next writer after a joiner
    ("Transport Correspondent and Amy Price Reporter")."""
    return role_line(rest, words) or _job_and_writer(rest, words) is not None


def _job_and_writer(rest: str, words: HeaderWords) -> re.Match[str] | None:
    """The joiner between a writer's job and the next writer ("Transport Correspondent and Amy Price"), if any,
    within _JOB_REACH_CHARS: a long piece's later "and"s join a sentence's words, and each would cost a job test
    of all before it."""
    for joiner in words.joiner.finditer(rest, 0, _JOB_REACH_CHARS):
        if joiner.start() and role_line(rest[: joiner.start()], words) and _writer_here(rest[joiner.end() :], words):
            return joiner
    return None


def jobs_apart(piece: str, words: HeaderWords) -> list[str]:
    """A writer's job and the next writer after it, cut apart as writers_apart cuts a byline; [piece] when the
    piece is no job and writer."""
    joiner = _job_and_writer(piece, words)
    if joiner is None:
        return [piece]
    parts = [piece[: joiner.start()], joiner.group().strip(" ,;"), *writers_apart(piece[joiner.end() :], words)]
    return [part.strip() for part in parts if part.strip()]


def _name_words(piece: str, words: HeaderWords) -> int:
    """How many words the writer's name at the start of a byline has: before the job, the handle or "in"."""
    name_stop = name_end(piece, words)
    if name_stop is not None:
        return len(piece[:name_stop].split())
    count = 0
    for word in piece.split():
        if not word[:1].isupper() or word.lower() in words.role_words:
            break
        count += 1
    return count


def _title_case_ends_before(text: str, position: int) -> bool:
    """True when the word before position is not capitalised (the title's last word in sentence case) or there
    is none: a name glued after a title in title case cannot be told from its last words."""
    before = text[:position].split()
    return not before or not before[-1][:1].isupper()


def byline_after(text: str, tokens: list[tuple[int, int]], position: int, words: HeaderWords) -> tuple[int, int] | None:
    """Where a byline glued after the last dateline starts and ends: before the first sentence's first word (the
    capitalised word before its first lower-case word) a byline with its prefix ("By Tom Walker"), or a writer's
    name with a job or a handle right after it ("Tom Walker BBC News, Manchester", "Tom Walker @TomWalker"); a
    name alone there may be the sentence's subject's."""
    after = [t for t in tokens if t[0] >= position][: MAX_BYLINE_TOKENS + 1]
    lower = next((i for i, (a, b) in enumerate(after) if text[a:b][:1].islower()), None)
    if lower is None or lower < 2:
        return None
    sentence = after[lower - 1][0]  # the byline ends before the sentence's first word, or after a handle
    ends = [(after[lower - 2][1], sentence)]
    ends += [(b, b) for a, b in after[: lower - 2] if SOCIAL_HANDLE.fullmatch(text[a:b])]  # buttons after it: "Share"
    credit = _credit_before(text, after[: lower - 1], words)  # "... BBC News Getty Images Passengers were told"
    if credit is not None:  # first: the credit's words are no writer's job ("Tom Walker BBC News Getty Images")
        ends.insert(0, (after[credit - 1][1], after[credit][0]))
    buttons = 0  # the buttons between the date and the writer's name ("Share Save Tom Walker BBC News")
    while buttons < lower - 1 and _buttons_before(text, after[: buttons + 1], words):
        buttons += 1
    for end, cut in ends:
        for number, (start, _stop) in enumerate(after[: lower - 1]):
            piece = text[start:end].strip()
            if _prefixed(piece, words):
                read = read_header_line(piece, words)
                if read is not None and read.names and not read.stamps:
                    return start, cut
            elif number == buttons and _writer_here(piece, words, bare=False):
                return start, cut  # a writer's name right after the date, or after its buttons
    return None


def _buttons_before(text: str, tokens: list[tuple[int, int]], words: HeaderWords) -> bool:
    """True when the tokens before a writer's name are none, or a page's buttons: at most MAX_BUTTON_WORDS
    capitalised words of header_buttons ("Share", "Share Save")."""
    return len(tokens) <= MAX_BUTTON_WORDS and all(
        text[a:b].istitle() and text[a:b].lower() in words.header_buttons for a, b in tokens
    )


def _credit_before(text: str, tokens: list[tuple[int, int]], words: HeaderWords) -> int | None:
    """The index of the first of the last tokens that are a picture's credit alone ("Getty Images", "PA"), the
    credit of the photo over the article between the byline and the caption; None when they are none."""
    for size in (3, 2, 1):
        if len(tokens) > size and is_picture_credit(text[tokens[-size][0] : tokens[-1][1]], words):
            return len(tokens) - size
    return None


def _title_cased(word: str) -> bool:
    """True when a word may stand in a headline in title case: capitalised, a number, or a short small word."""
    return not word[:1].islower() or len(word) <= MAX_TITLE_CASE_SMALL_WORD


def _after_named_object(text: str, head: list[tuple[int, int]], index: int, words: HeaderWords) -> bool:
    """True when the word at index follows a one-word name that a preposition in a sentence-case headline governs
    ("... walk out across England" then "Aslef members stage ..."): the headline ends with that name."""
    if index < _OBJECT_WORDS:  # the preposition and its name stand before the word
        return False
    name, preposition = text[head[index - 1][0] : head[index - 1][1]], text[head[index - 2][0] : head[index - 2][1]]
    if not name[:1].isupper() or name.isupper() or preposition.lower() != preposition:
        return False
    return sentence_cased([text[a:b] for a, b in head[:index]]) and preposition in words.headline_prepositions


def standfirst_start(text: str, tokens: list[tuple[int, int]], head_end: int, words: HeaderWords) -> int | None:
    """Where a standfirst glued after the title starts, when the head before the byline is longer than a headline
    and one word only can open it: capitalised after a lower-case word (sentence case) or after a run of
    capitalised words (title case), with lower-case words after it, a headline's length into the head and a
    standfirst's length before its end. Only when no word can: an acronym or an article before a name after a
    lower-case word ("... aid convoys UN agencies say ...", "... button battery A Sydney mother has ...")."""
    head = [(a, b) for a, b in tokens if b <= head_end]
    if not head or _INNER_STOP.search(text, 0, head[-1][0]):
        return None  # a sentence ends inside: a caption, the body
    if len(head) <= _MAX_TITLE_WORDS and not (
        len(head) >= _MIN_SHORT_HEAD_WORDS and _ENDS_SENTENCE.search(text[:head_end])
    ):
        return None  # a headline's length, with no sentence's end that no headline has ("... before vote
        # Republicans said the text came too late to review.")
    short = len(head) <= _MAX_TITLE_WORDS  # one sentence of a headline's length: a name inside it is likelier
    found = []
    second: list[int] = []  # the acronyms and articles that may open it
    first = _MIN_SHORT_TITLE_WORDS if short else MIN_TITLE_WORDS
    for index in range(first, min(len(head) - _MIN_STANDFIRST_WORDS, _MAX_TITLE_WORDS + 1)):
        word = text[head[index][0] : head[index][1]]
        before = text[head[index - 1][0] : head[index - 1][1]]
        after = text[head[index + 1][0] : head[index + 1][1]]
        if before[-1:] in ",:;" or before[:1].isdigit():
            continue
        if short and before.lower() in _CLAUSE_WORDS:
            continue  # "... on Tuesday as Labour councillors voted ...": the sentence goes on
        if word.lower() in words.months or before.lower() in words.filler or before in words.headline_prepositions:
            continue  # "... in early November of ...", "... the Ukraine ...", "... across England with ...": a
            # headline goes on (a name a preposition governs is no sentence's first word)
        if before[:1].islower() and _opens_with_name(word, after, text[head[index + 2][0] : head[index + 2][1]]):
            second.append(head[index][0])
        if not (word[:1].isupper() and not word.isupper() and after[:1].islower() and len(after) > 1):
            continue
        # "... across the country Passengers were told", "... Walk Out Passengers were told", "... walk out across
        # England Aslef members ..."
        if (
            before[:1].islower()
            or all(_title_cased(text[a:b]) for a, b in head[:index])
            or _after_named_object(text, head, index, words)
        ):
            found.append(head[index][0])
    if found:
        return found[0] if len(found) == 1 else None
    return second[0] if len(second) == 1 else None


_ARTICLES = frozenset({"A", "An", "The"})
_MIN_ACRONYM_CHARS = 2


def _opens_with_name(word: str, after: str, then: str) -> bool:
    """True when a word opens a sentence with a name a sentence-case rule misses: an acronym before a lower-case
    word ("UN agencies say"), or an article before a capitalised word and a lower-case one ("A Sydney mother")."""
    if word.isupper() and word.isalpha() and len(word) >= _MIN_ACRONYM_CHARS:
        return after[:1].islower() and len(after) > 1
    return word in _ARTICLES and after[:1].isupper() and not after.isupper() and then[:1].islower()


__all__ = [
    "MAX_BUTTON_WORDS",
    "MAX_BYLINE_TOKENS",
    "MIN_TITLE_WORDS",
    "byline_after",
    "byline_before",
    "byline_start",
    "jobs_apart",
    "name_end",
    "standfirst_start",
    "writers_apart",
]
