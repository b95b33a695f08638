"""Where a picture credit that a cut rule takes out of a line ends, when a sentence is glued right after it.

A cut rule takes a credit's label and the name or two after it ("Credit: Jam Press", "Picture: John Smith"), up
to a word that opens a sentence ("She", "The"). A sentence that opens with a name of its own runs into it:
"Credit: Getty Network Rail said ..." gives "Credit: Getty Network" and "Rail said ...", and the credit rule then
drops "Network" with the credit. Two ends are looked for inside the rule's match:
- a known picture agency ([split] credit_agencies: "Getty Images", "PA", "Jam Press") right after the label ends
  the credit when a capitalised word follows it;
- else, when the words after the match are a capitalised word that no sentence starter is and a verb (a subject
  and its verb: "Network Rail said"), the credit's last name word is the subject's first and is left to it: at
  worst a photographer's surname stays before the sentence ("Doe Police said ..."), a leak, where a word of the
  sentence would otherwise be lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a credit's label: a picture word and a colon, "Credit:", "©"; the credit's names follow it
_LABEL = re.compile(r"(?:\b(?:Picture|Photo|Photograph|Image|Pic|Credit|Source)s?\s*:|©)\s*", re.I)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class CreditEnds:
    """The words that end a glued credit: agencies' names (one pattern, longest first), sentence starters and
    verbs (lower case)."""

    agencies: re.Pattern[str] | None
    starters: frozenset[str]
    verbs: frozenset[str]


def agency_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the agencies' names, the longest first ("Getty Images" before "Getty"), each a whole word."""
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![\w'’&-])")


def credit_end(line: str, start: int, end: int, words: CreditEnds) -> int:
    """Where the credit in line[start:end] (a cut rule's match) ends: end, or earlier when the credit's last
    capitalised word belongs to the sentence glued after it."""
    labels = list(_LABEL.finditer(line, start, end))
    if not labels:
        return end
    names_start = labels[-1].end()
    if not line[end:].strip() or not line[end:].lstrip()[:1].isupper():
        return end  # nothing glued after it, or no capital: nothing of a sentence inside the match
    agency = words.agencies.match(line, names_start, end) if words.agencies is not None else None
    if agency is not None:
        rest = line[agency.end() : end].strip()
        return agency.end() if rest[:1].isupper() else end
    names = list(_WORD.finditer(line, names_start, end))
    after = line[end:].split(None, 2)
    if len(names) < 2 or len(after) < 2 or not all(name.group(0)[:1].isupper() for name in names):
        return end
    subject, verb = after[0], after[1].rstrip(",").lower()
    if subject[:1].isupper() and subject not in words.starters and verb in words.verbs:
        return names[-1].start()
    return end


__all__ = ["CreditEnds", "agency_pattern", "credit_end"]
