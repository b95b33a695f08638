"""Line provenance: keep each line's number in the input, so every removal names the line it came from."""

from __future__ import annotations

from itertools import compress

from cleaner.model import Document, Removal

_PIECE_PREFIX_CHARS = 40  # a split-off piece is found in its source line by this much of its start


def first_numbers(doc: Document) -> tuple[int, ...]:
    """1-based input line numbers of freshly extracted lines (text dumps: the file's lines, blank ones skipped)."""
    if doc.kind == "text" and _may_have_blank_lines(doc.text, len(doc.lines)):
        file_lines = doc.text.split("\n")
        numbers = tuple(compress(range(1, len(file_lines) + 1), map(str.strip, file_lines)))  # C-level filter
        if len(numbers) == len(doc.lines):
            return numbers
    return tuple(range(1, len(doc.lines) + 1))


def _may_have_blank_lines(text: str, extracted: int) -> bool:
    """False when text has no more lines than were extracted, not counting the empty ones its final newlines end:
    then the file's lines are the extracted lines, numbered from 1 (most dumps; splitting the text costs more)."""
    final_newlines = len(text) - len(text.rstrip("\n"))
    return text.count("\n") + 1 - final_newlines > extracted


def _align(before: tuple[str, ...], numbers: tuple[int, ...], after: tuple[str, ...]) -> tuple[int, ...]:
    """Number each line of `after` by the line of `before` it is, or was cut from (stages keep line order)."""
    out: list[int] = []
    position, size = 0, len(before)
    for line in after:
        if position < size and before[position] is line:  # the next line kept as it was: the common case
            found = position
            position += 1
        else:
            try:
                found = before.index(line, position)  # the first equal line from position on, searched in C
                position = found + 1
            except ValueError:
                piece = line[:_PIECE_PREFIX_CHARS]
                start = max(position - 1, 0)
                found = next((i for i in range(start, size) if piece in before[i]), min(start, size - 1))
                position = max(position, found)
        out.append(numbers[found] if 0 <= found < size else 0)
    return tuple(out)


def _renumbered(removal: Removal, numbers: tuple[int, ...]) -> Removal:
    """The removal with its index into the stage's lines (1-based) turned into the input line number."""
    if not 0 < removal.line_no <= len(numbers):
        return removal
    number = numbers[removal.line_no - 1]
    if number == removal.line_no:
        return removal
    return Removal(removal.text, removal.rule, removal.category, number, removal.detail)


def carry(before: Document, after: Document) -> Document:
    """After one stage: renumber its new removals and its output lines by their input line numbers."""
    if after.lines is before.lines and len(after.removed) == len(before.removed):
        return after
    if not before.lines:  # the extract stage: numbering starts here, its removals already use it
        if after.line_numbers:  # it numbered its lines itself (a reflowed dump: each paragraph's first line)
            return after
        return after.revised(line_numbers=first_numbers(after))
    numbers = before.line_numbers or tuple(range(1, len(before.lines) + 1))
    new = after.removed[len(before.removed) :]
    renumbered = tuple(_renumbered(r, numbers) for r in new)
    if after.lines is before.lines:
        lines_numbers = numbers
    elif after.line_numbers is not before.line_numbers and len(after.line_numbers) == len(after.lines):
        lines_numbers = after.line_numbers  # the stage numbered its lines itself (it rewrote them: no text to align)
    else:
        lines_numbers = _align(before.lines, numbers, after.lines)
    return after.revised(removed=before.removed + renumbered, line_numbers=lines_numbers)


__all__ = ["carry", "first_numbers"]
