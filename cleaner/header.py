"""Find the article's header lines (title, byline, dateline) and hand them to metadata, out of the body."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cleaner.bylines import is_picture_credit, names_photo_agency
from cleaner.datelines import (
    MAX_HEADER_LINE_CHARS,
    HeaderLineRead,
    names_alone,
    numeric_order_shown,
    read_header_line,
    read_split_byline,
    relative_day_time,
    relative_time_alone,
    updated_time,
)
from cleaner.dates import MonthFirst, Stamp, month_first_reading, time_alone, untimed_last
from cleaner.header_next import (
    PERSON_NAME,
    SOCIAL_HANDLE,
    byline_prefixed,
    dateline_alone,
    header_next,
    outlet_alone,
    role_line,
    writer_name,
)
from cleaner.header_words import HeaderWords, load_header_words
from cleaner.line_shape import count_words, ends_sentence, reads_like_body
from cleaner.model import Removal
from cleaner.rules import Profile
from cleaner.ruleset import compile_rules
from cleaner.signoff import author_bios, bio_openers, find_signoff, is_author_bio
from cleaner.strip import apply_ruleset
from cleaner.title_tails import header_tail, without_glued_site_name
from cleaner.titles import (
    JunkTest,
    find_title,
    is_label,
    is_standfirst,
    known_title_line,
    repeats_title,
    title_key,
    without_kicker,
)
from cleaner.wire_datelines import WireDateline, dated, read_wire_dateline

MAX_ZONE_LINES = 25  # the header never reaches further into the dump than this
BODY_LINES_END_ZONE = 2  # ... nor past the second line that reads like body text
MAX_CAPTION_WORDS = 20  # a caption over its credit under the byline is no longer (a first paragraph may be)
MAX_BUTTON_CHARS = 40  # a button's or a relative time's line the header reads on past is no longer than this
MAX_BUTTON_LABEL_WORDS = 2  # a label between the dateline and the buttons under it has at most this many words
MAX_LINES_TO_DATELINE = 4  # under a writer's job: the dateline, maybe after a handle and buttons ("@JaneSmith")


def junk_test(profiles: tuple[Profile, ...]) -> JunkTest:
    """A test that says whether the profiles' rules would drop a whole line (so it cannot be the title)."""
    ruleset = compile_rules(profiles)  # once per test, not once per line asked about
    return lambda line: not apply_ruleset((line,), ruleset)[0]


def zone_end(lines: tuple[str, ...]) -> int:
    """Index after the last line that may still be header: before the second body-like line, at most 25."""
    body_seen = 0
    for index, line in enumerate(lines[:MAX_ZONE_LINES]):
        body_seen += reads_like_body(line)
        if body_seen >= BODY_LINES_END_ZONE:
            return index
    return min(len(lines), MAX_ZONE_LINES)


class _HeaderReader:
    """Walks the lines once, taking the title, its repeats, and the bylines and datelines of the header zone."""

    def __init__(
        self,
        lines: tuple[str, ...],
        words: HeaderWords,
        *,
        month_first: MonthFirst,
        is_junk: JunkTest,
        known_title: str,
    ) -> None:
        self.words, self.month_first = words, month_first
        self.start, self.end = 0, zone_end(lines)  # the header zone: lines start to end (exclusive) ...
        self.first_end = self.end  # ... and the dump's first lines, read as they were without a late title
        self.removed: list[Removal] = []
        self.hints: dict[str, Any] = {}
        self.authors: list[str] = []
        self.bylined: list[str] = []  # the names of bylines that say they are one: prefixed, beside a date
        self.byline_seen = False  # then names read bare are a kicker's ("Lupita Nyong'o" over a second headline)
        self.wire: WireDateline | None = None
        self.untimed: tuple[Stamp, str] | None = None  # the last dateline's date when it told no time
        self.split_prefix = ""  # "By" alone on the line before: the names on this one are its byline's
        self.split_label = ""  # "Updated" alone on the line before: the date on this one is the one it labels
        self.caption_next = False  # the next line is the caption under a picture's credit alone
        self.lines = lines
        self.is_junk = is_junk
        if known_title:  # the page says what its title is: only that line is the title
            self.title_index = known_title_line(lines[:MAX_ZONE_LINES], known_title, words)
            self.title_key: str | None = title_key(known_title)
            return
        found = find_title(lines, self.end, is_junk, words)
        self.title_index = found.index if found is not None else None
        if found is not None and found.late:  # the header starts at a title found further down, over its byline
            self.start = found.index
            self.end = found.index + zone_end(lines[found.index :])
        self.title_key = title_key(lines[self.title_index]) if self.title_index is not None else None
        if self.title_index is not None:
            headline = without_kicker(lines[self.title_index], is_junk)  # "STORM HAVOC Storm Ciarán leaves …"
            headline, tail = header_tail(headline, words, month_first=month_first)
            self.hints["title"] = without_glued_site_name(headline, lines)
            if tail is not None:  # "… across the country By TOM WALKER FOR MAILONLINE": a glued dump's byline
                self._take_tail(tail)

    def take(self, index: int, line: str, previous: str, following: str = "") -> str | None:
        """Record the line as a header removal when it is one; return its category (previous: the line before's,
        following: the next line's text)."""
        if index == self.title_index or self._repeats_title(line):
            rule = "title_line" if index == self.title_index else "title_repeat"
            return self._remove(line, index, rule, "title")
        if not (index < self.first_end or self.start <= index < self.end):
            return None
        if self.caption_next:  # the caption under a picture's lone credit, right under the byline (the BBC's)
            self.caption_next = False
            return self._remove(line, index, "caption_after_credit", "caption")
        if self.title_index is not None and self.start <= index < self.title_index and is_label(line):
            if not self.authors and self._writer_over_dateline(index, line):  # "Tom Bennett", "Business", a date
                return self._remove(line, index, "byline", "byline")
            return self._remove(line, index, "title_label", "title")  # "Politics", "EXCLUSIVE" over the title
        if self.words.reading_time.match(line):  # "4 minute read" between byline and article
            return self._remove(line, index, "reading_time", "dateline")
        if relative_day_time(line, self.words):  # "Today at 10:02": a dateline that tells no date
            return self._remove(line, index, "relative_dateline", "dateline")
        wire = read_wire_dateline(line, self.words) if self.wire is None else None
        if wire is not None and not wire.rest:  # "Washington CNN —" on its own line, the sentence on the next
            self.wire = wire
            return self._remove(line, index, "wire_dateline", "dateline")
        if previous == "dateline" and self._time_the_dateline(line):  # "Published: 02/11/2023" then "- 10:02"
            return self._remove(line, index, "dateline_time", "dateline")
        if self._credit_over_header(index, line, captioned=previous == "caption"):  # "PA" between title and byline
            return self._remove(line, index, "picture_credit_alone", "caption")
        if previous in ("byline", "dateline") and self._credit_over_caption(index, line, following, previous):
            self.caption_next = True  # "Getty Images" under the byline, its caption on the next line
            return self._remove(line, index, "picture_credit_alone", "caption")
        if self._label_over_dateline(line, following):  # "Updated" alone, its date on the next line (Reach)
            self.split_label = line.strip()
            return self._remove(line, index, "dateline_label", "dateline")
        if read_split_byline(line, following, self.words) is not None or self._joiner_over_name(
            line, previous, following
        ):
            self.split_prefix = line.strip()  # "By" (or "and" after a byline) alone, the writer's name next
            return self._remove(line, index, "byline", "byline")
        if previous in ("byline", "dateline", "caption") and self._caption_over_credit_label(line, following):
            return self._remove(line, index, "caption_before_credit", "caption")  # "... morning." / "Photograph: …"
        read, said = self._read(index, line, previous, following)
        if read is None and self._caption_under_title(index, line):
            return self._remove(line, index, "caption_under_title", "caption")
        if read is None and self._credit_over_header(index + 1, following, captioned=True):  # ... and its caption
            return self._remove(line, index, "caption_before_credit", "caption")  # (a name there is the writer's)
        if read is None and self._label_over_header(index, line):  # "News" between the standfirst and "By"
            return self._remove(line, index, "title_label", "title")
        if read is None and previous == "dateline" and self._label_over_buttons(line, following):
            return self._remove(line, index, "label_under_dateline", "title")  # "NewsLocal", then "14 comments"
        if read is None and previous == "byline" and is_author_bio(line, self._bio_openers(), self.words):
            return self._remove(line, index, "author_bio", "byline")  # "Jane Smith covers aviation." under the byline
        if read is None and previous == "byline":
            affiliation = read_header_line(line, self.words, month_first=self.month_first, bare=True)
            if (affiliation is not None and not affiliation.stamps) or role_line(line, self.words):
                # "Tom Davies" then "Associated Press", "BBC News, Manchester"
                return self._remove(line, index, "byline_affiliation", "byline")
        if read is None:
            return None
        for stamp, role in read.stamps:
            self.hints.setdefault(role, stamp.iso())
        if not (self.authors and read.names and not read.stamps and self._body_before(index)):
            # (else the article's byline was read above its first sentence: this one signs a teaser's story and
            # goes, naming nobody)
            self.authors.extend(read.names)
        if read.bylined and (read.stamps or said or byline_prefixed(line, self.words)):
            self.bylined.extend(read.names)  # a byline that says it is one, maybe a desk's ("BY TMZ STAFF")
            self.byline_seen = True
        self.untimed = untimed_last(read.stamps)
        category = "dateline" if read.stamps else "byline"
        return self._remove(line, index, category, category)

    def _take_tail(self, read: HeaderLineRead) -> None:
        """Take the byline or dateline a glued dump ran onto the title as if it stood on a line of its own."""
        for stamp, role in read.stamps:
            self.hints.setdefault(role, stamp.iso())
        if read.names:
            self.authors.extend(read.names)
            self.bylined.extend(read.names)
            self.byline_seen = True

    def _read(self, index: int, line: str, previous: str, following: str) -> tuple[HeaderLineRead | None, bool]:
        """The line read as a byline or dateline, and whether it says it is a byline by where it stands (names
        going on with the byline above, or under a "By" alone). Names alone (bare) are read only after the title
        or a dateline, after a byline when they go on with it, or as a writer's name over a dateline; never words
        the rules drop whole."""
        if self.split_label:  # "10:15, 7 Dec 2023" under "Updated": read as one dateline with it
            label, self.split_label = self.split_label, ""
            return read_header_line(f"{label} {line}", self.words, month_first=self.month_first), False
        if self.split_prefix:  # "Jane Smith" under "By": read as one byline with it
            prefix, self.split_prefix = self.split_prefix, ""
            if self.words.joiner.fullmatch(f" {prefix} "):  # "Amy Price" under "and": the byline goes on
                return read_header_line(line, self.words, month_first=self.month_first, bare=True), True
            return read_header_line(f"{prefix} {line}", self.words, month_first=self.month_first), True
        # bare names after the title or a dateline, but not words in capitals: a section label ("GIRLS BASKETBALL")
        # (after a dateline only while nobody is named yet: names under a byline and its date are a photo's caption,
        # "(L-R) Mike Pompeo, Julian Assange, Sheldon Adelson")
        bare = (previous == "title" or (previous == "dateline" and not self.authors)) and not line.isupper()
        continues = previous == "byline" and self.words.joiner.match(" " + line) is not None  # ", Ulrich Stoll"
        # a writer's name alone over a dateline ("Sam Rkaina" then a date), maybe with the writer's job between
        # them: only a name, never a desk or a label
        over_dateline = (
            not (bare or continues)
            and previous != "byline"
            and self.words.byline_prefix.match(line) is None
            and writer_name(line, self.words)
            and self._dated_under(index, following)
        )
        read = read_header_line(line, self.words, month_first=self.month_first, bare=bare or continues or over_dateline)
        if read is None or not (bare or continues or over_dateline) or read.stamps:
            return read, continues
        if over_dateline and not read.names:
            return None, False
        if self._junk_not_byline(line):
            return None, False  # "Older Article", "Sign In" under the title or over a date: names in shape only
        if bare and not continues and any(self.is_junk(word) for word in line.split() if word.isalpha()):
            return None, False  # a word the rules drop alone ("More"): menu words in a name's shape ("Notes More")
        return read, continues

    def _joiner_over_name(self, line: str, previous: str, following: str) -> bool:
        """True when the line is a joiner alone ("and", "&") under a byline, over a writer's name alone: Reach
        prints each writer of a story with a job title, "and" alone between them."""
        if previous != "byline" or not self.authors or self.words.joiner.fullmatch(f" {line.strip()} ") is None:
            return False
        return PERSON_NAME.fullmatch(following) is not None and bool(names_alone(following, self.words))

    def _dated_under(self, index: int, following: str) -> bool:
        """True when the next line is a dateline, or a writer's job or outlet alone ("Transport Correspondent",
        "BBC News, Manchester") over a dateline or, once the header has told a date, over anything: what stands
        under a writer's name printed alone."""
        if self._dateline(following):
            return True
        if not role_line(following, self.words):
            # the paper's name between them: "Jane Doe", "Lakeview Daily Sentinel", "Published 6:02 a.m. …"
            after = self.lines[index + 2] if index + 2 < len(self.lines) else ""
            return self._dateline(after) and outlet_alone(following, self.words)
        if "date" in self.hints or "date_modified" in self.hints:
            return True
        # the dateline may come after the writer's handle and buttons the rules drop ("@JaneSmith", "Share")
        for line in self.lines[index + 2 : index + 2 + MAX_LINES_TO_DATELINE]:
            if not line:
                continue
            if self._dateline(line):
                return True
            if SOCIAL_HANDLE.fullmatch(line) is None and not self.is_junk(line):
                return False
        return False

    def _label_over_dateline(self, line: str, following: str) -> bool:
        """True when the line is a dateline's label alone ("Updated", "Published:") and the next line a date with
        nothing else ("10:15, 7 Dec 2023"): the label says which date that is, as if on its line."""
        if self.words.updated_label.match(line) is None and self.words.published_label.match(line) is None:
            return False
        read = read_header_line(following, self.words, month_first=self.month_first) if following else None
        return read is not None and bool(read.stamps) and not read.names

    def _time_the_dateline(self, line: str) -> bool:
        """True when the line is a clock time alone under a dateline that told only a day ("Published: 02/11/2023"
        then "- 10:02"): the time is that date's; labelled as an update ("Updated 11:15 a.m. ET"), the time that day
        was modified at."""
        if self.untimed is None:
            return False
        clock, updated = time_alone(line, self.words), False
        if clock is None and (labelled := updated_time(line, self.words)) is not None:
            clock, updated = labelled, True  # "Nov. 2, 2023" then "Updated 11:15 a.m. ET": modified that day
        if clock is None:
            return False
        stamp, role = self.untimed
        self.untimed = None
        timed = stamp.at(clock).iso()
        if updated:
            self.hints.setdefault("date_modified", timed)
        elif self.hints.get(role) == stamp.iso():
            self.hints[role] = timed
        return True

    def _credit_over_header(self, index: int, line: str, *, captioned: bool) -> bool:
        """True when the line is a picture's credit alone ("PA", "Getty Images") under the title, before anyone is
        named or dated, with a byline or dateline right under it: the photo's credit between headline and byline.
        A news agency alone over a dateline is that only under a caption (captioned): else it is the byline
        ("Reuters" over the date)."""
        if not is_picture_credit(line, self.words):
            return False
        under = self._header_under(index)
        return under == "byline" or (bool(under) and (captioned or line.strip() not in self.words.agencies))

    def _caption_under_title(self, index: int, line: str) -> bool:
        """True when the line between the title and its byline or dateline is a photo's caption: one sentence (or
        phrase) under a button that shows the caption ("Show Caption", Gannett's), with a byline or dateline right
        under it. Buttons read as names between the title and the caption do not end the header: only a byline
        that says it is one or a date does. (A caption closed by its photo's credit, "… on March 18. (Jane Roe/AFP/
        Getty Images)", stays: golds of whole pages keep it as the article's; a standfirst stays, so does a lead.)"""
        if self.title_index is None or index <= self.title_index or self.byline_seen or "date" in self.hints:
            return False
        if index == 0 or self.lines[index - 1].strip().casefold() not in self.words.caption_toggles:
            return False
        if not is_standfirst(line):
            return False
        return bool(header_next(self.lines, index, self.words, month_first=self.month_first, is_junk=self.is_junk))

    def _caption_over_credit_label(self, line: str, following: str) -> bool:
        """True when the line under the byline or dateline is short (MAX_CAPTION_WORDS) and the next line a
        photo's credit with its label that the rules drop ("Photograph: Jane Smith/PA", "Pic: PA"), or a credit
        that names a picture agency ("Getty Images", "Jane Roe/Getty Images"): the caption of the photo over the
        article, which a glued dump set apart from its credit at the full stop between."""
        if not following:
            return False
        labelled = self.words.credit_label.match(following) is not None and self.is_junk(following)
        if not labelled and not names_photo_agency(following, self.words):
            return False
        if not 0 < count_words(line, at_most=MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS or is_label(line):
            return False
        return not self.is_junk(line)  # a line the rules drop is theirs ("Why you can trust Sky News")

    def _credit_over_caption(self, index: int, line: str, following: str, previous: str) -> bool:
        """True when the line is a picture's credit alone under the byline or dateline ("Getty Images") over its
        caption, a phrase that ends no sentence ("Passengers were told to check before travelling"), with the
        article's first sentence right under that: the BBC prints the photo's credit over its caption. A
        sentence under the credit is the article's; a subhead under it would not be followed at once by body. A
        news agency alone under a byline is where the writer works ("Tom Davies", "Associated Press")."""
        if not (self.authors or self.byline_seen or self.hints) or not is_picture_credit(line, self.words):
            return False
        if previous == "byline" and line.strip() in self.words.agencies:
            return False
        if not following or ends_sentence(following) or not is_standfirst(following):
            return False  # "Reuters" then "The minister said …": the credit, then the article
        if count_words(following, at_most=MAX_CAPTION_WORDS + 1) > MAX_CAPTION_WORDS:
            return False  # a caption is short; a longer line with no stop is a lead that lost it
        if read_header_line(following, self.words, month_first=self.month_first, bare=True) is not None:
            return False  # a dateline or the writers' names under it: the header goes on
        after = self.lines[index + 2] if index + 2 < len(self.lines) else ""
        return reads_like_body(after)

    def _label_over_header(self, index: int, line: str) -> bool:
        """True when the line is a short label ("News", "Politics") under the title, before anyone is named or
        dated, right over a byline prefix alone on its line ("By", the names on the next): the article's section,
        printed over its byline block. (Over a whole byline or a dateline such a line may be a writer's name run
        together, "KonstantinNotz", a desk, "Redaktion", or a pager, "Prev Next", that the rules take with more.)"""
        prefix_alone = self.words.byline_prefix_alone
        if not is_label(line) or prefix_alone.match(line):
            return False
        # the cheap test of the next line first: _header_under reads the lines under it
        following = index + 1 < len(self.lines) and prefix_alone.match(self.lines[index + 1]) is not None
        return following and self._header_under(index) == "byline"

    def _label_over_buttons(self, line: str, following: str) -> bool:
        """True when the line under the dateline is a label of a word or two ("NewsLocal", "Premium") with a line
        the rules drop right under it (a comment count, "Share"): an imprint's or a section's name in the header's
        furniture, no subhead (that heads paragraphs, not buttons)."""
        if line.count(" ") >= MAX_BUTTON_LABEL_WORDS or line.rstrip().endswith(":") or not is_label(line):
            return False
        return bool(following) and self.is_junk(following) and not self.is_junk(line)

    def _header_under(self, index: int) -> str:
        """When the line at index is under the title, before anyone is named or dated: "byline" when the next line
        is a byline with its prefix (maybe alone, the names on the line after) or a writer's name alone over a
        dateline, "dateline" when it is a dateline; else ""."""
        if self.title_index is None or not self.title_index < index < len(self.lines) - 1:
            return ""
        if self.authors or self.byline_seen or "date" in self.hints:
            return ""
        return header_next(self.lines, index, self.words, month_first=self.month_first, is_junk=self.is_junk)

    def _writer_over_dateline(self, index: int, line: str) -> bool:
        """True when the line over the title is a writer's name alone over a dateline, a section's label maybe
        between them ("Tom Bennett", "Business", "Nov 7, 2023 2:00 AM"): the name is taken as the author's."""
        if PERSON_NAME.fullmatch(line) is None or self._writer_under_title():
            return False  # a writer's name right under the title: the one over the date is a menu's ("Axios Local")
        after = [text for text in self.lines[index + 1 : index + 3] if text]
        if not after or not (
            self._dateline(after[0]) or (len(after) > 1 and is_label(after[0]) and self._dateline(after[1]))
        ):
            return False
        names = names_alone(line, self.words, month_first=self.month_first)
        self.authors.extend(names)
        return bool(names)

    def _writer_under_title(self) -> bool:
        """True when the line right under the title is a writer's name alone that the rules keep ("Emily Peck")."""
        if self.title_index is None or self.title_index + 1 >= len(self.lines):
            return False
        under = self.lines[self.title_index + 1]
        return (
            PERSON_NAME.fullmatch(under) is not None
            and bool(names_alone(under, self.words, month_first=self.month_first))
            and not self.is_junk(under)
        )

    def _junk_not_byline(self, line: str) -> bool:
        """True when a line read as bare names has no byline prefix and the rules drop it whole."""
        return self.words.byline_prefix.match(line) is None and self.is_junk(line)

    def _body_before(self, index: int) -> bool:
        """True when a line before index reads like body text (asked only of a second byline: rare)."""
        return any(map(reads_like_body, self.lines[:index]))

    def _dateline(self, line: str) -> bool:
        return dateline_alone(line, self.words, month_first=self.month_first)

    def cut_wire_dateline(self, index: int, line: str) -> str:
        """Read the wire dateline that opens a kept line ("WASHINGTON (AP) — President …"): the article's first,
        in the header zone or the line after it. Return the line, without the dateline (recorded as a removal)
        when metadata.toml says to cut it."""
        if self.wire is not None or index > self.end:
            return line
        wire = read_wire_dateline(line, self.words)
        if wire is None or not wire.rest:
            return line
        self.wire = wire
        if not self.words.cut_wire_datelines:
            return line
        self._remove(wire.text, index, "wire_dateline", "dateline")
        return wire.rest

    def passes_over(self, line: str) -> bool:
        """True when the header reads on past the line as if it were not there: a short line the rules drop whole (a
        share or save button, "2 hours ago"), or a photo credit's label with a word ("Image: Passengers")."""
        if len(line) > MAX_BUTTON_CHARS:
            return False
        # "Image: Passengers": a glued caption's label cut off with its first word, the rest of it on the next line
        return relative_time_alone(line, self.words) or bool(self.words.credit_label.match(line)) or self.is_junk(line)

    def _bio_openers(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """How a bio of a writer named so far opens, by the full name ("Jane Smith covers ")."""
        return bio_openers([name for name in self.authors if " " in name], self.words)

    def _repeats_title(self, line: str) -> bool:
        return self.title_key is not None and repeats_title(line, self.title_key)

    def zone_size(self, count: int) -> int:
        """How many leading lines take() must read; after them only repeats of the title are header."""
        last = max(self.end, self.first_end)
        return min(count, max(last + 1, -1 if self.title_index is None else self.title_index + 1))

    def take_tail(self, lines: tuple[str, ...], start: int) -> list[str]:
        """Lines from start on that are kept; the repeats of the title, the sign-off byline under the article and
        the author's bio among them are recorded as removals."""
        tail = lines[start:]
        dropped = {offset: ("title_repeat", "title") for offset in self._title_repeats(tail)}
        signoff = find_signoff(tail, self.words)
        if signoff is not None:
            offset, names = signoff
            dropped[offset] = ("signoff_byline", "byline")
            if not self.authors:  # the header named nobody: the article is signed at its end
                self.authors.extend(names)
                self.bylined.extend(names)
        for offset in author_bios(tail, self.authors, self.words):
            dropped.setdefault(offset, ("author_bio", "byline"))
        self._time_the_date(tail)
        if not dropped:
            return list(tail)
        for offset in sorted(dropped):
            self._remove(tail[offset], start + offset, *dropped[offset])
        return [line for i, line in enumerate(tail) if i not in dropped]

    def _time_the_date(self, tail: tuple[str, ...]) -> None:
        """Give the header's date its clock time from the article's own byline further down that tells it ("on
        March 10, 2015 by Nikhil Marathe" over the article, "Posted by Nikhil Marathe on March 10, 2015 at 08:05"
        under it): the same writer, the same day. The line is only read; the rules decide whether it goes."""
        day = str(self.hints.get("date") or "")
        if len(day) != len("2015-03-10") or not self.authors:
            return
        for line in tail:
            if day[:4] not in line or len(line) > MAX_HEADER_LINE_CHARS:
                continue
            read = read_header_line(line, self.words, month_first=self.month_first)
            if read is None or not set(read.names) & set(self.authors):
                continue
            for stamp, role in read.stamps:
                if role == "date" and stamp.hour is not None and stamp.iso().startswith(day):
                    self.hints["date"] = stamp.iso()
                    return

    def _title_repeats(self, tail: tuple[str, ...]) -> list[int]:
        key = self.title_key
        return [] if key is None else [i for i, line in enumerate(tail) if repeats_title(line, key)]

    def _remove(self, line: str, index: int, rule: str, category: str) -> str:
        self.removed.append(Removal(line, rule, category, index + 1))
        return category

    def found(self) -> dict[str, Any]:
        """The metadata hints: title, author (names joined with "; "), date, date_modified."""
        authors = [name for name in self.authors if name in self.bylined] if self.byline_seen else self.authors
        if authors:
            self.hints["author"] = "; ".join(dict.fromkeys(authors))
        if self.wire is not None and "date" not in self.hints:  # the dateline's date is when the story was filed
            filed = dated(self.wire, self.hints.get("date_modified"))
            if filed:
                self.hints["date"] = filed
        return self.hints


def take_header(
    lines: tuple[str, ...],
    *,
    language: str = "",
    words: HeaderWords | None = None,
    is_junk: JunkTest | None = None,
    known_title: str = "",
    hostname: Callable[[], str | None] = lambda: None,
) -> tuple[tuple[str, ...], tuple[Removal, ...], dict[str, Any]]:
    """Return body lines, the removed title/byline/dateline lines (categories title, byline, dateline),
    and the metadata hints they give (title, author, date, date_modified).

    known_title: the title the page's HTML metadata declares; then only a line that is that title is taken as
    the title, never a guess (the extracted text of a page holds subheads and related headlines).
    hostname: gives the publisher's hostname, asked only to read an ambiguous numeric date."""
    words = words or load_header_words()
    month_first = month_first_reading(language, words, hostname, lambda: numeric_order_shown(lines, words))
    reader = _HeaderReader(lines, words, month_first=month_first, is_junk=is_junk or _never, known_title=known_title)
    zone = reader.zone_size(len(lines))
    kept: list[str] = []
    previous = ""
    for index, line in enumerate(lines[:zone]):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        category = reader.take(index, line, previous, following)
        if category is None:
            kept.append(reader.cut_wire_dateline(index, line))
            # a button or a relative time the rules drop ("Share", "Save", "2 hours ago") between header lines
            # leaves the header going on: the writer's name alone under it is read as under the line before
            previous = previous if previous and reader.passes_over(line) else ""
        else:
            previous = category
    kept += reader.take_tail(lines, zone)
    if not reader.removed:  # the same tuple: the pipeline's provenance step sees that nothing moved
        return lines, (), reader.found()
    return tuple(kept), tuple(reader.removed), reader.found()


def _never(_line: str) -> bool:
    return False


__all__ = ["junk_test", "take_header", "zone_end"]
