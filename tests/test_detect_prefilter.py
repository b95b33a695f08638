"""Site detection finds the same profile with the one-scan fingerprint prefilter as by lower-cased search."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import rules
from cleaner.config import CleanConfig
from cleaner.literals import CaselessLiterals, hyperscan_available

needs_hyperscan = pytest.mark.skipif(not hyperscan_available(), reason="hyperscan is not installed")


@needs_hyperscan
def test_caseless_literals_find_what_lowered_text_holds() -> None:
    literals = ["co.uk", "mailonline", "t miss"]
    engine = CaselessLiterals.build(literals)
    assert engine is not None
    for text in ["MailOnline and CO.UK", "Don’T MISS", "nothing", "ΣΟΦΙΑ mailONLINE", ""]:
        expected = {index for index, literal in enumerate(literals) if literal in text.lower()}
        assert engine.found(text) == expected
    assert engine.found("MAİLONLINE") is None  # İ lower-cases to two characters: the caller lower-cases
    assert engine.found("\u212a") is None  # KELVIN SIGN lower-cases to "k"
    assert CaselessLiterals.build(["Upper"]) is None
    assert CaselessLiterals.build(["é"]) is None


@needs_hyperscan
def test_detect_same_with_and_without_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    book = CleanConfig().rulebook()
    data = Path(__file__).parent / "data"
    texts = [path.read_text() for path in sorted(data.glob("*/*.txt"))]
    texts += ["MAİLONLINE", "mailonline", "DON'T MISS:\nsome teaser line here [REPORT]", "\u212a theguardian.com"]
    fast = [book._detect(text, "") for text in texts]
    monkeypatch.setattr(rules, "_fingerprint_prefilter", lambda _book: None)
    slow = [book._detect(text, "") for text in texts]
    assert fast == slow
    assert any(found is not None for found in fast)
