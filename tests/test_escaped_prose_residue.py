"""A page's state or a script's string split at its sentences (a whole page's text, script included): pieces
with escaped line breaks after a sentence's end, or an escaped quote closing a call, go; prose and code that
mention a backslash stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.test_generalization import _clean_with

RESIDUE = [
    "Ten hours later, he was given a one-hour window to return home before the checkpoint closed.\\nAzza left",
    "Here, we don't have this freedom.”\\n",
    "“It’s a violation of our privacy,” he says.\\nIsraeli officials claim the rollout helps",
    'The page view feature is not currently initialized.\\")}setCustomAttribute(t,r,n){(0,e.Z)(\\"Call to agent',
]
PROSE = [
    'To end a line, the program calls printf("%s\\n", name) and the loop goes on to the next one.',
    "Windows paths such as C:\\new\\files confuse the parser, the developers said on Tuesday.",
    "He typed a backslash and an n, and the editor showed a new line where the two had been.",
    'The string "Hello.\\n" ends with a line break, which the tutorial explains in its second part.',
]


@pytest.mark.parametrize("line", RESIDUE)
def test_a_script_string_piece_with_escaped_breaks_goes(line: str) -> None:
    """Each piece of the split string is dropped by the rule."""
    result = _clean_with(line)
    assert line not in result.text
    assert "escaped_prose_residue" in {r.rule for r in result.removed if r.text == line}


@pytest.mark.parametrize("line", PROSE)
def test_prose_and_code_that_mention_a_backslash_stay(line: str) -> None:
    """An article's sentence that quotes code or a path keeps its place."""
    assert line in clean(f"Council sets budget\n\n{line}\n").text
