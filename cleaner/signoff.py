"""Bylines after the article: the sign-off under its last paragraph ("Von Clemens Höges") and the author's bio."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cleaner.bylines import read_byline
from cleaner.header_words import HeaderWords
from cleaner.line_shape import count_words, ends_sentence, reads_like_body

MAX_SIGNOFF_CHARS = 120
PARAGRAPH_MIN_WORDS = 6  # the line above a sign-off is a paragraph's last sentence, not a teaser headline
SIGNOFF_FOLLOW_LINES = 3  # ... and no body text comes within this many lines after it
MAX_BIO_WORDS = 60
MAX_BEAT_WORDS = 25  # "Jane Smith covers aviation and transportation.": one short sentence


def find_signoff(lines: Sequence[str], words: HeaderWords) -> tuple[int, tuple[str, ...]] | None:
    """The first line that signs the article off: a byline with its word ("By", "Von", "Par", …) standing
    right under a paragraph and followed by no more body text. Its index and the names it gives."""
    if words.byline_prefix_lines.search("\n" + "\n".join(lines)) is None:
        return None  # no line opens with a byline word: most dumps, told by one search in C
    for index, line in enumerate(lines):
        if index == 0 or len(line) > MAX_SIGNOFF_CHARS or words.byline_prefix.match(line) is None:
            continue
        above = lines[index - 1]
        if not ends_sentence(above) or count_words(above, at_most=PARAGRAPH_MIN_WORDS) < PARAGRAPH_MIN_WORDS:
            continue
        if any(reads_like_body(after) for after in lines[index + 1 : index + 1 + SIGNOFF_FOLLOW_LINES]):
            continue
        byline = read_byline(line, words)
        if byline is not None:
            return index, byline.names
    return None


def author_bios(lines: Sequence[str], authors: Sequence[str], words: HeaderWords) -> Iterator[int]:
    """Indices of the lines that introduce one of the article's authors by full name (is_author_bio). Never by
    the surname alone: the article's own people share writers' surnames ("Wilson is out of contract ..." in a
    story by Sam Wilson)."""
    full_names = [name for name in authors if " " in name]
    if not full_names:
        return
    openers = bio_openers(full_names, words)
    for index, line in enumerate(lines):
        if is_author_bio(line, openers, words):
            yield index


def bio_openers(names: Sequence[str], words: HeaderWords) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """How a bio of one of the writers named opens: with a bio verb ("Jane Smith is "), and with a beat verb
    ("Jane Smith covers ")."""
    return (
        tuple(f"{name} {verb} " for name in names for verb in words.bio_verbs),
        tuple(f"{name} {verb} " for name in names for verb in words.beat_verbs),
    )


def is_author_bio(line: str, openers: tuple[tuple[str, ...], tuple[str, ...]], words: HeaderWords) -> bool:
    """True when the line introduces one of the article's authors: "Jane Smith is a reporter covering …" (the
    name, a bio verb, and a role word such as reporter or correspondent within MAX_BIO_WORDS words), or "Jane
    Smith covers aviation and transportation." (the name and a beat verb, one sentence of at most MAX_BEAT_WORDS
    words). A sentence about the writer by full name is the bio's, never the story's: a story names its own people."""
    with_role, with_beat = openers
    if line.startswith(with_beat):
        return count_words(line, at_most=MAX_BEAT_WORDS) < MAX_BEAT_WORDS and line.rstrip(".").count(". ") == 0
    if not line.startswith(with_role) or count_words(line, at_most=MAX_BIO_WORDS) >= MAX_BIO_WORDS:
        return False
    return any(token.strip(".,;:()").lower() in words.role_words for token in line.split())


__all__ = ["author_bios", "bio_openers", "find_signoff", "is_author_bio"]
