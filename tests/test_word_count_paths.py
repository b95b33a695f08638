"""Tests for cleaner.metadata's two word counters: with numpy (batches) and without (a process's first texts)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import metadata

REPO = Path(__file__).resolve().parent.parent
_MIXED_SCRIPTS = "ab_1 .\n’“é—ßЖ日本\u0301\u00a0\udcff🏃_-'"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED_SCRIPTS), min_size=1, max_size=30), st.integers(20, 3000))
def test_both_counters_count_word_character_runs(chunk: str, repeats: int) -> None:
    """Large text counted with numpy and without gives the \\w+ runs both ways, whatever the script."""
    text = chunk * repeats
    expected = len(re.findall(r"\w+", text))
    assert metadata._array_word_count(text) == expected
    assert metadata._bytes_word_count(text) == expected


def test_a_text_dump_alone_imports_neither_numpy_nor_trafilatura() -> None:
    """Cleaning one English text dump in a fresh process needs neither numpy (the record's counts) nor trafilatura
    (HTML only): together some 0.2 s of a one-file run's start-up."""
    script = (
        "import sys, cleaner\n"
        "text = 'Council approves budget\\n\\n' + ''.join(\n"
        "    f'The council approved item {i} of the new budget on Tuesday after a long debate.\\n\\n'\n"
        "    for i in range(30)\n"
        ")\n"
        "result = cleaner.clean(text, name='dump.txt')\n"
        "assert result.metadata['words_out'] == 15 * 30, result.metadata\n"
        "print(sorted(m for m in ('numpy', 'trafilatura') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO)
    assert done.stdout.strip() == "[]"
