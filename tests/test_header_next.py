"""What stands under a header line: a byline (maybe split over two lines), a writer's name over a date, a date."""

from __future__ import annotations

import pytest

from cleaner.header_next import header_next
from cleaner.header_words import load_header_words

WORDS = load_header_words()


@pytest.mark.parametrize(
    ("under", "kind"),
    [
        (("By Priya Raman", "4 Dec 2023 16:45"), "byline"),
        (("By", "Priya Raman"), "byline"),  # the prefix alone, the name on the next line
        (("Priya Raman", "Mon 4 Dec 2023 16.45 GMT"), "byline"),  # a writer's name alone over a date
        (("Priya Raman", "The pub stayed open long after the fire service told staff to close it."), ""),
        (("Sign In", "Mon 4 Dec 2023 16.45 GMT"), ""),  # a label the rules drop, shaped like a name
        (("Published: 04/12/2023", "- 16:45"), "dateline"),
        (("3 minutes ago", ""), "dateline"),
        (("By the time the fire service arrived, the pub was empty.", ""), ""),
    ],
)
def test_what_stands_under_a_line(under: tuple[str, str], kind: str) -> None:
    lines = ("Pub landlord banned after serving pints to customers during power cut", *under)
    assert header_next(lines, 0, WORDS, month_first=False, is_junk=lambda line: line == "Sign In") == kind
