"""Bylines: tell a byline ("By Jane Doe and John Roe in Kyiv") from a body sentence and read its names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaner.header_words import HeaderWords
from cleaner.line_shape import LATIN_CAPITALS, NO_SPACE_SCRIPT

MAX_BYLINE_WORDS = 14
MAX_NAME_TOKENS = 5
MIN_NAME_WORDS = 2  # a name in capitals before an outlet: first name and surname at least
MAX_TITLED_NAME_WORDS = 3  # "Professor John Smith", "Professor Mary Ann Evans"
MAX_OUTLET_WORDS_ALONE = 3  # "Lakeview Daily Sentinel" (and an article before: "The Des Moines Register")
_UPPER = rf"{LATIN_CAPITALS}Ā-ſА-ЯЁ"  # Latin and Cyrillic capitals
_CAPITALIZED = re.compile(rf"^[{_UPPER}][\w'’.-]*$")
_INITIAL = re.compile(rf"^[{_UPPER}]\.(?:-?[{_UPPER}]\.)*$")
_PLACE_TAIL = re.compile(
    rf"\s+(?:in|for|at|from|em|en|aus|für|из|в|IN|FOR|AT|FROM)\s+[{_UPPER}][\w.'’-]*(?:\s+[{_UPPER}&][\w.'’-]*){{0,3}}$"
)
_HANDLE = re.compile(r"\S*@\S*|\([^)]*\)|\[[^\]]*\]")
_TERMINAL = re.compile(r"[!?;]\s*$")
_OUTLET_INITIALS = re.compile(r"[A-Z]{2,5}")
MIN_STATION_LETTERS = 3  # a broadcaster's initials over a place: "WKRN Nashville" (not "TJ Holmes")
MAX_STATION_PLACE_WORDS = 2  # ... a place of two words at most ("KTLA Los Angeles")
_CJK_NAME_SPLIT = re.compile(r"\s*[、，,/／\s]\s*")  # between the names of a Chinese, Japanese or Korean byline
_NICKNAME_QUOTES = "\"“”‘’'"  # a nickname quoted inside a name: Amanda "Tania Mae" Tan


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline's person names (may be empty for a desk such as "Daily Mail Reporter")."""

    names: tuple[str, ...]


def is_outlet_initials(text: str) -> bool:
    """An outlet or wire named by its initials alone ("CNN", "TNN", "PTI"): where a writer works, not a name."""
    return _OUTLET_INITIALS.fullmatch(text) is not None


_CREDIT_SPLIT = re.compile(r"\s*(?:/|,|\bvia\b)\s*", re.I)  # "AFP via Getty Images", "Reuters/Alamy"
MAX_CREDIT_CHARS = 60
_CLOSING_CREDIT = re.compile(rf"\s*\((?P<credit>[^()]{{2,{MAX_CREDIT_CHARS}}})\)\s*$")


def is_picture_credit(text: str, words: HeaderWords) -> bool:
    """A photo's credit alone: news or picture agencies and nothing else ("PA", "Getty Images", "AFP via Getty
    Images", "REUTERS/Alamy")."""
    text = text.strip()
    if not text or len(text) > MAX_CREDIT_CHARS:
        return False
    return all(piece.casefold() in words.credit_names for piece in _CREDIT_SPLIT.split(text))


def names_photo_agency(text: str, words: HeaderWords) -> bool:
    """A photo's credit alone that ends with a picture agency, maybe after the photographer ("Getty Images", "Jane
    Roe/Getty Images", "AFP via Getty Images"); a news agency alone ("Reuters") may be a byline's and is not one."""
    text = text.strip()
    if not text or len(text) > MAX_CREDIT_CHARS:
        return False
    pieces = _CREDIT_SPLIT.split(text)
    return pieces[-1].casefold() in words.credit_names and (len(pieces) > 1 or text not in words.agencies)


def without_closing_credit(line: str, words: HeaderWords) -> str | None:
    """The line without the photo's credit in brackets that closes it ("… in Jerusalem on March 18. (Jane Roe/AFP/
    Getty Images)", "(Photo: Jane Roe/USA TODAY)"): a credit naming a picture or news agency, or opening with a
    credit's label; None when no such credit closes the line."""
    credit = _CLOSING_CREDIT.search(line)
    if credit is None:
        return None
    text = credit.group("credit")
    if not words.credit_label.match(text) and not any(
        piece.casefold() in words.credit_names for piece in _CREDIT_SPLIT.split(text)
    ):
        return None
    return line[: credit.start()].rstrip()


def _labels_header(token: str, words: HeaderWords) -> bool:
    """True when the word is one that labels a date or a section ("Published", "Updated", "Topics", "Source"):
    a word of the header's labels (metadata.toml's one-word dateline and section labels), never of a name."""
    token = token.strip(".,:;").lower()
    return (
        token in words.section_labels
        or words.published_label.fullmatch(token) is not None
        or words.updated_label.fullmatch(token) is not None
    )


def _outlet_first(tokens: list[str], words: HeaderWords) -> bool:
    """An outlet's initials or an agency, then words not in capitals: "CNN Business", "AP Sports Writer" (a
    name in capitals, "ERRIN HAINES", is no outlet)."""
    outlet = is_outlet_initials(tokens[0]) or tokens[0] in words.agencies
    return outlet and len(tokens) > 1 and not all(t.isupper() for t in tokens[1:])


def _affiliation(part: str, words: HeaderWords) -> bool:
    """An academic's job or institution after the names, opening with a capital ("Senior Lecturer in Urban
    Hydrology", "University of Leeds"): where the writer works; not a title before a second writer's name
    ("Professor John Smith", "Scientist Tom Lee")."""
    tokens = part.split()
    if not part[:1].isupper() or not any(token.lower().strip(".,") in words.affiliation_words for token in tokens):
        return False
    return not _titled_name(tokens, words)


def _titled_name(tokens: list[str], words: HeaderWords) -> bool:
    """True for a title before a name of two or three capitalised words ("Professor John Smith")."""
    name = tokens[1:]
    return (
        tokens[0].lower() in words.affiliation_words
        and MIN_NAME_WORDS <= len(name) <= MAX_TITLED_NAME_WORDS
        and all(_CAPITALIZED.match(t) and t.lower().strip(".,") not in words.affiliation_words for t in name)
    )


def _station_named(tokens: list[str]) -> bool:
    """A broadcaster's call sign or initials of three to five capitals, then where it is in capitalised words
    ("WKRN Nashville", "KTLA Los Angeles"): no person (two capitals may be a name's initials, "TJ Holmes")."""
    return (
        1 < len(tokens) <= MAX_STATION_PLACE_WORDS + 1
        and len(tokens[0]) >= MIN_STATION_LETTERS
        and is_outlet_initials(tokens[0])
        and all(t[:1].isupper() and not t.isupper() for t in tokens[1:])
    )


def _outlet_named(tokens: list[str], words: HeaderWords, *, alone: bool = False) -> bool:
    """A newspaper's name: capitalised words ending in a word that ends outlets' names ("USA TODAY", "The Des
    Moines Register"; "Nashville Tennessean" is none). After the writers' names two words will do; alone, a
    person's name may end in such a word ("Emily Post"), so the outlet has three words, opens with an article
    or is written in capitals ("Lakeview Daily Sentinel", "The Courier", "USA TODAY"), and a longer title is a
    programme's ("BBC Wales Investigates Today")."""
    if len(tokens) < MIN_NAME_WORDS or tokens[-1].lower().strip(".,") not in words.outlet_words:
        return False
    if not all(_CAPITALIZED.match(t) for t in tokens):
        return False
    if not alone:
        return True
    article = tokens[0].lower() in words.articles
    return (
        len(tokens) == MAX_OUTLET_WORDS_ALONE
        or (article and len(tokens) <= MAX_OUTLET_WORDS_ALONE + 1)
        or all(t.isupper() for t in tokens)
    )


def _name_in_capitals(part: str) -> str:
    """The name written in capitals that opens the part, without the outlet after it in another case ("ERIC
    TUCKER Associated Press" → "ERIC TUCKER"); else the part."""
    tokens = part.split()
    caps = 0
    while caps < len(tokens) and tokens[caps].isupper() and len(tokens[caps]) > 1:
        caps += 1
    rest = tokens[caps:]
    if caps >= MIN_NAME_WORDS and rest and all(t[:1].isupper() and not t.isupper() for t in rest):
        return " ".join(tokens[:caps])
    return part


def _tidy_name(tokens: list[str]) -> str:
    """Title-case a name written in capitals ("MEGAN HINTON"); leave other spellings alone."""
    if all(t.isupper() for t in tokens if len(t) > 2):
        tokens = [t.capitalize() if len(t) > 2 else t for t in tokens]
    return " ".join(tokens)


def _name_before_role(tokens: list[str], words: HeaderWords) -> str | None:
    """The name of "Peter Walker Senior political correspondent": two or three capitalised words, then a role
    written in sentence case that ends in a role word. A desk is all capitals ("Daily Mail Political Reporter")."""
    for size in (2, 3):
        name, role = tokens[:size], tokens[size:]
        if not role or not all(_CAPITALIZED.match(t) and t.lower() not in words.role_words for t in name):
            continue
        if _outlet_first(tokens, words):
            return None  # "AP Auto Writer", "CNN Senior Analyst": an outlet's desk, no person
        written_alike = all(t[:1].isupper() and t.isupper() == all(n.isupper() for n in name) for t in role)
        if written_alike and role[-1].lower() in words.name_role_words:
            # "Emma Parker Reporter", "Carrie Arnold Contributing Writer": a writer's role, capitalised like the
            # name, after a name that names no outlet or beat ("Mirror Online Reporter" is a desk)
            desk = any(t.lower() in words.desk_words for t in name)
            if not desk and all(t.lower() in words.desk_words for t in role[:-1]):
                return " ".join(name)
        if len(role) == 1:
            continue
        sentence_case = role[0][:1].isupper() and all(t.islower() for t in role[1:])
        if sentence_case and role[-1].lower() in words.role_words:
            return " ".join(name)
    return None


def _name_before_outlet(tokens: list[str], words: HeaderWords) -> str | None:
    """The name of "Jane Smith Fox News", "Mary Ann Smith BBC News": two or three title-case words that are no
    outlet's or role's, then the writer's outlet in two words ending in an outlet or role word, with no comma
    between ("By Fox News Digital", "By Daily Mail Reporter" name no one)."""
    for size in (2, 3):
        name, outlet = tokens[:size], tokens[size:]
        if len(outlet) != 2:
            continue
        last = outlet[-1].lower()
        if last not in words.role_words and last not in words.desk_words:  # no union built per name
            continue
        lowered = [t.lower() for t in name]
        title_case = all(_CAPITALIZED.match(t) and not t.isupper() for t in name)  # "PST BY TMZ STAFF": no name
        if title_case and not any(
            t in words.particles or t in words.role_words or t in words.desk_words for t in lowered
        ):
            return " ".join(name)
    return None


def _kind(part: str, words: HeaderWords) -> str:
    """What one comma/and-separated part of a byline is: "name", "desk", "role" or "other"."""
    tokens = part.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS:
        return "other"
    lowered = [t.lower().strip(".,") for t in tokens]
    has_role = any(t in words.role_words for t in lowered)
    if len(tokens) == 1:
        if part in words.agencies:
            return "name"
        # an outlet's initials after the names ("By John Doe, CNN") say where they work, like a role
        return "role" if has_role or is_outlet_initials(part) else "other"
    bare = [t.strip(_NICKNAME_QUOTES) if 0 < i < len(tokens) - 1 else t for i, t in enumerate(tokens)]
    shaped = all(
        _CAPITALIZED.match(t) or _INITIAL.match(t) or (0 < i < len(tokens) - 1 and lowered[i] in words.particles)
        for i, t in enumerate(bare)
    )
    if shaped and not has_role:
        return "name"
    if has_role and all(_CAPITALIZED.match(t) or lowered[i] in words.role_words for i, t in enumerate(tokens)):
        return "desk"
    return "role" if has_role else "other"


def read_byline(text: str, words: HeaderWords, *, bare: bool = False) -> Byline | None:
    """The byline in text ("By …", "Von …", or with bare=True just names), or None when text is not one."""
    if NO_SPACE_SCRIPT.search(text) and (cjk := words.cjk_byline.match(text)) is not None:
        return Byline(tuple(_CJK_NAME_SPLIT.split(cjk["names"])) if cjk["names"] else (cjk["name"],))
    prefix = words.byline_prefix.match(text)
    if prefix is None and not bare:
        return None
    rest = text[prefix.end() :] if prefix else text
    rest = _HANDLE.sub(" ", rest.split("|")[0]).strip(" \t-–—:·•")
    if not rest or len(rest.split()) > MAX_BYLINE_WORDS or _TERMINAL.search(rest):
        return None
    if prefix is None and rest.split(maxsplit=1)[0].lower() in words.articles:
        return None  # "Ein Albtraum", "The Reckoning": a title; names never open with an article
    if prefix is None and any(_labels_header(token, words) for token in rest.split()):
        return None  # "Date Published", "Last Updated", "Related Topics": the header's labels, no one's name
    names: list[str] = []
    person_or_desk = False
    agencies: list[str] = []
    for number, raw_part in enumerate(p for p in words.joiner.split(rest) if p and p.strip()):
        part = _name_in_capitals(_PLACE_TAIL.sub("", raw_part.strip().rstrip(".")))
        if (
            number
            and " " in part
            and (
                _outlet_first(part.split(), words)
                or part in words.agencies
                or _outlet_named(part.split(), words)
                or _affiliation(part, words)
            )
        ):
            continue  # where the writers work, after their names: "CNN Business", "Associated Press", "USA TODAY"
        kind = _kind(part, words) if part else "other"
        if kind == "name" and (
            _outlet_named(part.split(), words, alone=True) or (prefix is None and _station_named(part.split()))
        ):
            # "By Lakeview Daily Sentinel", "WKRN Nashville" where the byline stands: an outlet's byline names nobody
            # (after "By", capitals first are a surname: "By WANG Yi")
            kind = "desk"
        if kind == "name" and part in words.agencies:
            agencies.append(part)
            person_or_desk = True
            continue
        named = _name_before_role(part.split(), words) if kind in ("role", "other", "desk") else None
        if named is None and kind == "desk":
            named = _name_before_outlet(part.split(), words)
        if named is not None:
            names.append(named)
            kind = "name"
        elif kind == "name":
            names.append(_tidy_name(part.split()))
        elif kind == "other" or (kind == "role" and number == 0):
            return None
        person_or_desk = person_or_desk or kind in ("name", "desk")
    # an agency is the byline's name when it names nobody else: "Jane Doe, Reuters" is Jane Doe's
    return Byline(tuple(names) or tuple(agencies)) if person_or_desk else None


__all__ = [
    "Byline",
    "is_outlet_initials",
    "is_picture_credit",
    "names_photo_agency",
    "read_byline",
    "without_closing_credit",
]
