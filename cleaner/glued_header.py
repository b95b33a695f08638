"""Cut the header a dump glued onto its first sentences (title, byline, dateline) into pieces of their own.

A scraper that glues a whole article into one line leaves the page's header at its start: "Rail strike brings
chaos Tom Walker Thu 2 Nov 2023 10.02 GMT Train drivers walked out ...". The header stage reads title, byline
and dateline from lines of their own; here the head of a glued line is cut where its anchors are, so that it
sees them as it sees a line-shaped dump's:
- datelines: a date the dateline reader finds (cleaner/dates.py), widened over its labels, weekday and
  time zone ("Last modified on Thu 2 Nov 2023 11.15 GMT") for as far as the dateline reader still reads it
  whole (cleaner/datelines.py), a relative day with a clock time ("Today at 10:02");
- bylines: "By" and names, or a writer's name (with the job or the place after it), right before a dateline or
  right after the last one, the name apart from the job (cleaner/glued_bylines.py);
- the title before them, from a standfirst glued after it when one capitalised word after lower-case words
  opens a sentence-length run.
The dump's first line is glued when it holds nearly all of it ([split] glued_sole_min_chars), however short.
A dateline is cut only where it is bounded as a header's is: never after a filler word ("on", "at": the
sentence's date), never before a lower-case word (the sentence goes on), never past the first full sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from cleaner.datelines import HeaderLineRead, read_header_line, relative_day_time, relative_time_alone
from cleaner.dates import find_stamps, unglued
from cleaner.glued_bylines import (
    MAX_BUTTON_WORDS,
    MAX_BYLINE_TOKENS,
    MIN_TITLE_WORDS,
    byline_after,
    byline_before,
    byline_start,
    jobs_apart,
    name_end,
    standfirst_start,
    writers_apart,
)
from cleaner.glued_nav import button_start, nav_end
from cleaner.header_next import role_line
from cleaner.header_words import HeaderWords

HEAD_REACH_CHARS = 600  # a glued dump's header stands in its first characters
_TOKEN_MARGIN_CHARS = 400  # a dateline or byline that starts within them ends within this many more
_MAX_LABEL_TOKENS = 5  # a dateline's label and weekday before its date: "Last modified on Thu"
_MAX_TAIL_TOKENS = 14  # its clock time, zone, outlet or reading time after it: "10:02 AM EDT / CBS News"
_MAX_OPENING_WORDS = 3  # "Since", "Until the end of": a sentence's first words before a date
_SMALL_FILLER_CHARS = 2  # "On", "At": filler words a sentence opens with, no weekday ("Thu", "Friday")
_TOKEN = re.compile(r"[|•·]|[^\s|•·]+")  # a bar or bullet is a token of its own: "2023|LONDON"
_SENTENCE_END = re.compile(r"[a-z][.!?][\"”’']?$")
_MIN_SENTENCE_WORDS = 8
_SEPARATOR = re.compile(r"^[|•·/–—-]+$")
_LABEL_PUNCTUATION = ":,|"
_OPENERS = "\"“‘'«(|•·-–—/@#"  # what may open the piece after a dateline: a quote, a bar, a handle


def header_apart(
    pieces: Sequence[str], words: HeaderWords, is_junk: Callable[[str], bool] = lambda _text: False
) -> list[list[str]]:
    """For each piece of a glued line that opens the dump, the pieces it is cut into: the header glued at the
    start of the first ones cut apart, title, byline and dateline each a piece and the first sentence a piece
    from its first word. Only within the first HEAD_REACH_CHARS characters and up to the first piece holding a
    dateline; a title with a standfirst glued after it is cut in two only over a header piece, and so is a menu glued
    before it (cleaner/glued_nav.py: is_junk tells the buttons the whole-line rules drop)."""
    pieces = list(pieces)
    out: list[list[str]] = [[piece] for piece in pieces]
    reach = 0
    header_seen = False  # a header piece stands before this one, maybe with buttons between ("Share")
    for index, piece in enumerate(pieces):
        if reach >= HEAD_REACH_CHARS:
            break
        zone = _zone_lead(piece, words) if header_seen else 0
        if zone and out[index - 1]:  # "... at 11:15 a.m." then "EDT| Published ...": a full stop cut the zone off
            out[index - 1][-1] = f"{out[index - 1][-1]} {piece[:zone].strip()}"
            piece = piece[zone:].strip()
            if not piece:
                out[index] = []
                continue
        if index + 1 < len(pieces) and _opens_with_date(piece, pieces[index + 1], words):
            pieces[index + 1] = out[index + 1][0] = f"{piece} {pieces[index + 1]}"  # "Since 8 March 2024" and
            out[index] = []  # the rest of its sentence, cut apart where a date ran into a capital
            continue
        out[index] = _cut_head(piece, words, HEAD_REACH_CHARS - reach, is_junk)
        cut = len(out[index]) > 1
        header = cut or _is_header(piece, words) or _timing_piece(piece, words)
        # the title before the header, maybe with the writer's name and job between them as a piece of their own
        # ("Tom Walker Transport correspondent", a cut rule's piece, over "Thu 2 Nov 2023 10.02 GMT")
        if header and not header_seen and index > 0:
            title_at = index - 2 if index > 1 and _writer_piece(pieces[index - 1], words) else index - 1
            if title_at > 0 and _short_sentence(pieces[title_at]) and _is_sentence(pieces[title_at - 1]):
                title_at -= 1  # a standfirst's second sentence between the title piece and the byline
            if len(out[title_at]) == 1:
                named = title_at < index - 1 or _names_in(out[index][0], words)  # the name after it is the byline's
                # a menu before it, a standfirst after it, a writer?
                out[title_at] = _title_apart(pieces[title_at], words, is_junk, writer=not named)
        if header and not cut:
            out[index] = _name_apart(piece, words)  # "By Tom Walker Transport Reporter" (a cut rule's piece)
        elif not header and header_seen:
            out[index] = _after_header(piece, words)  # "Tom Walker @TomWalkerCNBC Share Train drivers ..."
        if not header and index == 0 and _is_sentence(piece) and _header_opens_under_standfirst(pieces, words):
            reach += len(piece) + 1  # a title with a standfirst sentence glued after it, over the byline and date
            continue  # ("... across England Members of the union have walked out. Tom Walker ... 10:02")
        if (cut and not _is_header(out[index][-1], words)) or (not header and _is_sentence(piece)):
            break  # the header ends here, or the article's first sentence stands whole before any
        header_seen = header or (header_seen and len(piece.split()) <= MAX_BUTTON_WORDS)
        reach += len(piece) + 1
    return out


def _is_sentence(piece: str) -> bool:
    """True when the piece is a sentence: capitalised, eight words or more, ended by a full stop."""
    return (
        piece.lstrip("\"“‘'")[:1].isupper()
        and _SENTENCE_END.search(piece) is not None
        and len(piece.split(maxsplit=_MIN_SENTENCE_WORDS)) > _MIN_SENTENCE_WORDS - 1
    )


_MAX_SHORT_SENTENCE_WORDS = 15  # a standfirst's second sentence ("Democrats said that was an excuse.")


def _short_sentence(piece: str) -> bool:
    """True when the piece is one short sentence: capitalised, at most _MAX_SHORT_SENTENCE_WORDS words, ended by a
    full stop."""
    return (
        piece.lstrip("\"“‘'")[:1].isupper()
        and _SENTENCE_END.search(piece) is not None
        and len(piece.split(maxsplit=_MAX_SHORT_SENTENCE_WORDS)) <= _MAX_SHORT_SENTENCE_WORDS
    )


def _header_opens_under_standfirst(pieces: Sequence[str], words: HeaderWords) -> bool:
    """True when the header opens the second piece, or the third under a short sentence: a title with a standfirst
    of one or two sentences glued after it, over the byline and date."""
    if _header_opens(pieces, 1, words):
        return True
    return len(pieces) > 2 and _short_sentence(pieces[1]) and _header_opens(pieces, 2, words)


def _opens_with_date(piece: str, following: str, words: HeaderWords) -> bool:
    """True when the piece is a sentence's first words and a date, cut off the rest of the sentence where the date
    runs into a capital ("Since 8 March 2024" then "Priya Sharma has led ..."): one to three words before the date,
    the first capitalised, none a dateline's label, weekday or separator, and nothing after it."""
    stamps = find_stamps(piece, words)
    if len(stamps) != 1 or piece[stamps[0].end :].strip(" ,") or not following[:1].isupper():
        return False
    opening = piece[: stamps[0].start].split()
    if not 0 < len(opening) <= _MAX_OPENING_WORDS or not opening[0][:1].isupper() or opening[0].isupper():
        return False
    if any(_SEPARATOR.match(word) for word in opening) or (
        _dateline_label(" ".join(opening), words) and any(len(word) > _SMALL_FILLER_CHARS for word in opening)
    ):
        return False  # "Friday 8 March 2024", "Published 8 March 2024", "Madrid - 8 March 2024"
    return not _is_header(following, words)


def _zone_lead(piece: str, words: HeaderWords) -> int:
    """How many characters of time-zone names in capitals ("ET", "EDT") and bars open the piece."""
    end = 0
    for match in _TOKEN.finditer(piece):
        token = match.group()
        if not (_SEPARATOR.match(token) or (len(token) > 1 and token.isupper() and token.lower() in words.filler)):
            break
        end = match.end()
    return end


def _after_header(piece: str, words: HeaderWords) -> list[str]:
    """A piece after a header piece cut where a byline at its start ends, before the first sentence."""
    jobs = jobs_apart(piece, words)  # "Transport Correspondent and Amy Price Reporter" under "By Tom Walker"
    if len(jobs) > 1:
        return jobs
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(piece, 0, HEAD_REACH_CHARS)]
    found = byline_after(piece, tokens, 0, words)
    if found is None:
        return [piece]
    parts = [p for a, b in pairwise(sorted({0, *found, len(piece)})) if (p := piece[a:b].strip())]
    return [part for p in parts for part in _name_apart(p, words)]


def _name_apart(piece: str, words: HeaderWords) -> list[str]:
    """A byline piece cut between each writer's name and the job after it (cleaner/glued_bylines.py)."""
    read = read_header_line(piece, words, bare=True)
    if (read is not None and read.names and not read.stamps) or (read is None and name_end(piece, words) is not None):
        return writers_apart(piece, words)  # (name_end: "Tom Walker BBC News, Manchester", the place no name)
    return [piece]


def _is_header(piece: str, words: HeaderWords) -> bool:
    """True when a piece (a cut rule's) is a byline or dateline as the header stage reads it, or a relative time
    alone ("2 hours ago")."""
    if relative_time_alone(piece, words) and any(char.isdigit() for char in piece):
        return True
    read = read_header_line(piece, words)
    return read is not None and bool(read.stamps or read.names)


_COMPACT_AGE = re.compile(r"^\d{1,2}\s?(?:h|hr|hrs|m|min|mins|d)$")  # "3h", "45m", "2d": an aggregator's story age
_TIMING_SEPARATORS = re.compile(r"\s*[•·|]\s*")


def _timing_piece(piece: str, words: HeaderWords) -> bool:
    """True when the piece is only the story's age and reading time between bullets ("• 3h • 4 min read"): an
    aggregator's dateline that tells no date, under the headline and its byline."""
    parts = [part for part in _TIMING_SEPARATORS.split(piece.strip()) if part]
    return bool(parts) and all(
        _COMPACT_AGE.match(part) or words.reading_time.match(part) or relative_time_alone(part, words) for part in parts
    )


def _header_opens(pieces: Sequence[str], index: int, words: HeaderWords) -> bool:
    """True when the piece at index opens with the header: its first part, cut as _cut_head cuts it, a dateline,
    a byline or a writer's name (what stands under a title and its standfirst)."""
    if index >= len(pieces):
        return False
    first = _cut_head(pieces[index], words, HEAD_REACH_CHARS)
    if len(first) > 1:
        return _is_header(first[0], words) or _writer_piece(first[0], words)
    if _writer_piece(pieces[index], words) and index + 1 < len(pieces):  # the writer a piece of its own (a cut
        following = _cut_head(pieces[index + 1], words, HEAD_REACH_CHARS)  # rule's), the dateline after it
        return len(following) > 1 and _is_header(following[0], words)
    return _is_header(pieces[index], words)


def _writer_piece(piece: str, words: HeaderWords) -> bool:
    """True when a piece is a writer's name alone, maybe with the job after it ("Tom Walker Transport
    correspondent"): names read bare, no date."""
    if len(piece.split()) > MAX_BYLINE_TOKENS:
        return False
    read = read_header_line(piece, words, bare=True)
    return read is not None and bool(read.names) and not read.stamps


def _names_in(piece: str, words: HeaderWords) -> bool:
    """True when a piece is a byline that names someone."""
    read = read_header_line(piece, words)
    return read is not None and bool(read.names)


def _title_apart(piece: str, words: HeaderWords, is_junk: Callable[[str], bool], *, writer: bool) -> list[str]:
    """The piece before a header piece cut where a menu glued before the title ends (cleaner/glued_nav.py), where a
    standfirst glued after the title starts and, with writer (the header piece names nobody), where a writer's name
    glued at its end starts ("... the country Tom Walker")."""
    if len(piece) > HEAD_REACH_CHARS:
        return [piece]  # no title and standfirst
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(piece)]
    byline = byline_before(piece, tokens, len(piece), words) if writer else None
    if byline is not None and len(piece[: byline[0]].split()) < MIN_TITLE_WORDS:
        byline = None
    if writer and byline is None:  # "... across three states Marcus Delaney, USA TODAY": the writer's outlet after
        byline = _byline_before_outlet(piece, tokens, words)
    head_end = len(piece) if byline is None else byline[0]
    edges = sorted({0, head_end, len(piece), *(byline or ()), *_title_cuts(piece, tokens, head_end, words, is_junk)})
    parts = [p for a, b in pairwise(edges) if (p := piece[a:b].strip())]
    return [part for p in parts for part in _name_apart(p, words)]


def _title_cuts(
    text: str, tokens: list[tuple[int, int]], head_end: int, words: HeaderWords, is_junk: Callable[[str], bool]
) -> set[int]:
    """Where the title in text[:head_end] is cut: after a menu glued before it, before a standfirst glued after it,
    and before a button after it (at the standfirst, or at head_end)."""
    menu = nav_end(text, head_end, is_junk)
    standfirst = standfirst_start(text, [t for t in tokens if t[0] >= menu], head_end, words)
    button = button_start(text, menu, head_end if standfirst is None else standfirst, is_junk)
    return {menu, button} if standfirst is None else {menu, button, standfirst}


_MAX_OUTLET_WORDS = 4


def _byline_before_outlet(piece: str, tokens: list[tuple[int, int]], words: HeaderWords) -> tuple[int, int] | None:
    """The writer's name and outlet that end a title piece, a comma between them ("Marcus Delaney, USA TODAY"), as
    one byline span; None when no name stands before the piece's last comma or the words after it are no
    outlet's (a few capitalised words)."""
    comma = piece.rfind(",")
    outlet = piece[comma + 1 :].split()
    if comma < 0 or not 0 < len(outlet) <= _MAX_OUTLET_WORDS or not all(word[:1].isupper() for word in outlet):
        return None
    start = byline_start(piece, [t for t in tokens if t[1] <= comma], comma, words)
    if start is None or len(piece[:start].split()) < MIN_TITLE_WORDS:
        return None
    read = read_header_line(piece[start:], words, bare=True)
    return (start, len(piece)) if read is not None and read.names and not read.stamps else None


_MAX_AGENCY_WORDS = 2


def _agency_before(text: str, dateline: int, words: HeaderWords) -> tuple[int, int] | None:
    """A news agency's name alone right before the dateline, after a headline ("... au Népal AFP 25/04/2015 ..."):
    the byline a line-shaped dump prints on a line of its own; None when none stands there."""
    head = text[:dateline].rstrip(" |-–—/·•")
    tokens = head.split()
    for size in range(_MAX_AGENCY_WORDS, 0, -1):
        if len(tokens) - size >= MIN_TITLE_WORDS and " ".join(tokens[-size:]) in words.agencies:
            start = len(head) - len(" ".join(tokens[-size:]))
            return start, dateline
    return None


def _cut_head(
    piece: str, words: HeaderWords, reach: int, is_junk: Callable[[str], bool] = lambda _text: False
) -> list[str]:
    """The piece cut before and after its header's datelines and bylines ([piece] when it has none), and the title
    before them cut off a menu before it and a button after it (cleaner/glued_nav.py: is_junk tells the buttons)."""
    text, origin = _unglued_with_origin(piece, words)
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, 0, reach + _TOKEN_MARGIN_CHARS)]
    spans = _dateline_spans(text, tokens, words, reach)
    if not spans:
        return [piece]
    first = spans[0][0]
    byline = byline_before(text, tokens, first, words)
    if byline is None:  # "... across three states Marcus Delaney, USA TODAY Tue, June 11, 2024 at 9:14 AM CDT"
        byline = _byline_before_outlet(text[:first].rstrip(), tokens, words) or _agency_before(text, first, words)
    head_end = byline[0] if byline is not None else first
    if byline is None and _opens_sentence(text[:head_end], words):
        return [piece]  # "Since 2 November 2023 ..." opens a sentence; a title is longer
    cuts = {head_end, first, *(byline or ()), *_title_cuts(text, tokens, head_end, words, is_junk)}
    for start, end in spans:
        cuts |= {start, end}
    cuts |= set(byline_after(text, tokens, spans[-1][1], words) or ())
    edges = sorted({0, len(text), *cuts})
    parts = [p for a, b in pairwise(edges) if (p := piece[origin[a] : origin[b]].strip())]
    return [part for p in parts for part in _name_apart(p, words)]


def _opens_sentence(head: str, words: HeaderWords) -> bool:
    """True when the words before a date are too few for a title and no header piece: a sentence's opening
    ("Since 2 November 2023 ...", "In 2 November 2023 ...")."""
    head = head.strip(" |-–—/·•,;")
    if not head or len(head.split()) >= MIN_TITLE_WORDS or head.isupper():
        return False
    return not (role_line(head, words) or _is_header(head, words))


def _unglued_with_origin(piece: str, words: HeaderWords) -> tuple[str, list[int]]:
    """The piece with the blanks put back that a page's spans lost ("20233:02 PM", "GMTUpdated"), and for each
    position of it (and its end) the position in the piece it stands for."""
    text = unglued(piece, words)
    origin: list[int] = []
    j = 0
    for char in text:
        origin.append(j)
        if j < len(piece) and piece[j] == char:
            j += 1
    origin.append(len(piece))
    return text, origin


def _reads(text: str, words: HeaderWords) -> HeaderLineRead | None:
    read = read_header_line(text, words)
    return read if read is not None and read.stamps else None


def _dateline_spans(text: str, tokens: list[tuple[int, int]], words: HeaderWords, reach: int) -> list[tuple[int, int]]:
    """The datelines in the text's head, each widened as far as it reads whole, bounded as a header's is; those
    that touch (only blanks between) joined."""
    spans: list[tuple[int, int]] = []
    for stamp in find_stamps(text[:reach], words):
        if spans and stamp.start < spans[-1][1]:
            continue
        span = _widened(text, tokens, stamp.start, stamp.end, words)
        if span is not None:
            spans.append(span)
    spans += _relative_day_spans(text, tokens, words, reach)
    spans += _relative_time_spans(text, words, reach)
    spans.sort()
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and not text[joined[-1][1] : start].strip():
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        elif not joined or start >= joined[-1][1]:
            joined.append((start, end))
    return joined


def _widened(
    text: str, tokens: list[tuple[int, int]], start: int, end: int, words: HeaderWords
) -> tuple[int, int] | None:
    """The dateline around a date: its labels and weekday before it, its time, zone and what the dateline reader
    takes after it; None when it is a sentence's date (a filler word before it, a lower-case word after it)."""
    if _reads(text[start:end], words) is None:
        return None
    left = start
    before = [t for t in tokens if t[1] <= start]
    partial = next((t for t in tokens if t[0] < start < t[1]), None)  # "Updated11:15": a label glued on
    if partial is not None:
        if _dateline_label(text[partial[0] : start], words):
            left = partial[0]
    else:
        for token_start, _token_end in list(reversed(before))[:_MAX_LABEL_TOKENS]:
            first = text[token_start]
            if (
                (first.isupper() or _SEPARATOR.match(first))
                and _dateline_label(text[token_start:start], words)
                and _reads(text[token_start:end], words) is not None
            ):
                left = token_start
    left = _place_before(text, tokens, left, end, words)
    preceding = [t for t in tokens if t[1] <= left]
    word_before = text[preceding[-1][0] : preceding[-1][1]] if preceding else ""
    sentence_word = word_before in words.filler or word_before in words.headline_prepositions
    if (word_before.islower() and (sentence_word or word_before in words.sentence_date_words)) or word_before.endswith(
        ","
    ):
        return None  # "... on 2 November 2023", "... until Friday 3 November", "..., Tuesday, Nov. 19": the sentence's
    right = end
    after = [t for t in tokens if t[0] >= end][:_MAX_TAIL_TOKENS]
    for index, (_token_start, token_end) in enumerate(after):
        if _reads(text[left:token_end], words) is None:
            continue
        following = after[index + 1] if index + 1 < len(after) else None
        if following is not None and text[following[0] : following[1]][:1].islower():
            continue  # "... 10:02 Train drivers": "Train" is the sentence's first word, not a place
        right = token_end
    rest = text[right:].lstrip()[:1]
    if rest and not (rest.isupper() or rest.isdigit() or rest in _OPENERS):
        return None  # the sentence goes on after the date (", in Las Vegas.", "that ...") or ends with it
    return left, right


def _place_before(text: str, tokens: list[tuple[int, int]], left: int, end: int, words: HeaderWords) -> int:
    """Where a dateline starts with the place it was filed from before its dash ("Madrid - 02 nov 2023"): one
    capitalised word and a separator before it, right after a writer's name ("Juan Pérez Madrid - 02 nov ..."),
    the whole read as a dateline that names nobody; left when no place stands there."""
    before = [t for t in tokens if t[1] <= left]
    if not _SEPARATOR.match(text[left : left + 1]):  # the separator not yet taken as the dateline's label
        if not before or not _SEPARATOR.match(text[before[-1][0] : before[-1][1]]):
            return left
        before = before[:-1]
    if not before:
        return left
    start, stop = before[-1]
    if not text[start:stop][:1].isupper() or not text[start:stop].isalpha():
        return left
    read = read_header_line(text[start:end], words)
    if read is None or not read.stamps or read.names:
        return left
    return start if byline_start(text, tokens, start, words) is not None else left


def _dateline_label(label: str, words: HeaderWords) -> bool:
    """True when the text before a date only labels it: filler words ("on", "Thu"), separators and at most one
    published or updated label ("Last modified on Thu", "| Updated:", "Published On")."""
    kept = [w for w in label.split() if w.strip(_LABEL_PUNCTUATION).lower() not in words.filler]
    kept = [w for w in kept if not _SEPARATOR.match(w)]
    if not kept:
        return True
    phrase = " ".join(kept).strip(_LABEL_PUNCTUATION + " ")
    return bool(words.published_label.match(phrase) or words.updated_label.match(phrase))


def _relative_day_spans(
    text: str, tokens: list[tuple[int, int]], words: HeaderWords, reach: int
) -> list[tuple[int, int]]:
    """ "Today at 10:02", "Updated yesterday at 6:15 pm": a dateline that tells no date, bounded as a header's."""
    spans = []
    for index, (start, end) in enumerate(tokens):
        if start >= reach or text[start:end].strip(",.:").lower() not in words.relative_days:
            continue
        if not text[start:end][:1].isupper():
            continue
        for size in (3, 2, 4):
            stop = tokens[min(index + size, len(tokens)) - 1][1]
            if relative_day_time(text[start:stop], words) and not text[stop:].lstrip()[:1].islower():
                spans.append((start, stop))
                break
    return spans


def _relative_time_spans(text: str, words: HeaderWords, reach: int) -> list[tuple[int, int]]:
    """ "2 hours ago", "vor 3 Stunden": a relative time under the headline, the dateline of a page that tells no
    date (the BBC's), bounded as a header's: a capitalised word or a button after it, no full stop or lower-case
    word (a sentence's "... walked out 2 hours ago." or "2 hours ago and ...")."""
    spans = []
    for match in words.relative_time.finditer(text, 0, reach):
        start, end = match.start(), match.end()
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        rest = text[end:].lstrip()
        if text[end : end + 1].isspace() and rest[:1].isupper() and not rest.startswith("I "):
            spans.append((start, end))
    return spans


__all__ = ["HEAD_REACH_CHARS", "header_apart"]
