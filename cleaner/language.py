"""Detect the language of a text (py3langid), for metadata and for the stopword lists."""

from __future__ import annotations

from functools import lru_cache

_SAMPLE_CHARS = 3000
_MIN_CHARS = 20


@lru_cache(maxsize=1)
def _classify() -> object:
    import py3langid

    return py3langid.classify


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "" when there is too little text to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(sample.strip()) < _MIN_CHARS:
        return ""
    code, _score = _classify()(sample)  # type: ignore[operator]
    return str(code)
