"""Where a picture credit or a teaser's headline that a cut rule takes out of a line ends, when a sentence is glued
right after it.

A cut rule takes a credit's label and the name or two after it ("Credit: Jam Press", "Picture: John Smith"), up
to a word that opens a sentence ("She", "The"). A sentence that opens with a name of its own runs into it:
"Credit: Getty Network Rail said ..." gives "Credit: Getty Network" and "Rail said ...", and the credit rule then
drops "Network" with the credit. Two ends are looked for inside the rule's match:
- a known picture agency ([split] credit_agencies: "Getty Images", "PA", "Jam Press") right after the label ends
  the credit when a capitalised word follows it;
- else the credit keeps the fewest of its name words after which a sentence opens: a sentence starter, or a
  capitalised subject of a few words and its verb, preferring an end after a word an outlet's name ends with
  ([split] credit_name_ends: "© Provided by Evening Standard Network Rail said ..."). At worst
  a photographer's surname stays before the sentence ("Doe Police said ..."), a leak, where a word of the sentence
  would otherwise be lost.
A teaser's headline has no full stop ("Watch: Waves crash over harbour wall Network Rail said ..."): it ends before
a capitalised subject of a few words and its verb after lower-case text (subject_starts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a credit's label: a picture word and a colon, "Credit:", "©"; the credit's names follow it
_LABEL = re.compile(
    r"(?:\b(?:Picture|Photo|Photograph|Image|Pic|Credit|Source)s?\s*:|©(?:\s*[Pp]rovided by)?)\s*", re.I
)
_WORD = re.compile(r"\S+")
_MAX_SUBJECT_WORDS = 3  # "Network Rail", "Met Office", "South Western Railway"


@dataclass(frozen=True, slots=True)
class CreditEnds:
    """The words that end a glued credit: agencies' names (one pattern, longest first), sentence starters, verbs
    (lower case) and the last words of outlets' names."""

    agencies: re.Pattern[str] | None
    starters: frozenset[str]
    verbs: frozenset[str]
    name_ends: frozenset[str] = frozenset()  # the words an outlet's or an agency's name ends with ("Standard")


def agency_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the agencies' names, the longest first ("Getty Images" before "Getty"), each a whole word."""
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![\w'’&-])")


def credit_end(line: str, start: int, end: int, words: CreditEnds) -> int:
    """Where the credit in line[start:end] (a cut rule's match) ends: end, or earlier when the credit's last
    capitalised words belong to the sentence glued after it."""
    labels = list(_LABEL.finditer(line, start, end))
    if not labels:
        return end
    names_start = labels[-1].end()
    if not line[end:].strip():
        return end  # nothing glued after it
    agency = words.agencies.match(line, names_start, end) if words.agencies is not None else None
    if agency is not None:
        rest = line[agency.end() : end].strip()
        return agency.end() if rest[:1].isupper() else end
    names = list(_WORD.finditer(line, names_start, end))
    if len(names) < 2 or not all(name.group(0)[:1].isupper() for name in names):
        return end
    after = line[end:].split(None, _MAX_SUBJECT_WORDS + 1)
    opening = [
        kept for kept in range(1, len(names)) if _opens_sentence([n.group(0) for n in names[kept:]] + after, words)
    ]
    named = [kept for kept in opening if names[kept - 1].group(0) in words.name_ends]  # "… Evening Standard"
    if named or opening:  # an outlet's name's end, else the shortest credit after which a sentence opens
        return names[(named or opening)[0]].start()
    return end


def _opens_sentence(words: list[str], credit_words: CreditEnds) -> bool:
    """True when the words open a sentence: a sentence starter ("The", "She"), a capitalised word and a lower-case
    one, or a capitalised subject of at most _MAX_SUBJECT_WORDS words and a verb ("Network Rail said")."""
    if not words or not words[0][:1].isupper():
        return False
    if words[0] in credit_words.starters or (len(words) > 1 and words[1][:1].islower()):
        return True  # "The council said", "Thousands of homes": a capitalised word and a lower-case one
    return subject_starts([".", *words[: _MAX_SUBJECT_WORDS + 1]], 1, credit_words.verbs, after_lower=False)


def subject_starts(words: list[str], index: int, verbs: frozenset[str], *, after_lower: bool = True) -> bool:
    """True when words[index] opens a sentence's subject: capitalised, after a lower-case word (unless not
    after_lower), and followed by at most _MAX_SUBJECT_WORDS - 1 more capitalised words and a verb of verbs ("...
    harbour wall Network Rail said ...")."""
    if index == 0 or not words[index][:1].isupper() or (after_lower and not words[index - 1][:1].islower()):
        return False
    for position in range(index + 1, min(len(words), index + _MAX_SUBJECT_WORDS + 1)):
        word = words[position]
        if word.rstrip(",").lower() in verbs and word[:1].islower():
            return True
        if not word[:1].isupper() or not word[-1:].isalnum():
            return False
    return False


__all__ = ["CreditEnds", "agency_pattern", "credit_end", "subject_starts"]
