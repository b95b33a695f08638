"""Tests for cleaner.language: language detection, stopword lists and scripts written without spaces."""

from __future__ import annotations

from cleaner.language import detect_language, stopwords, writes_without_spaces


def test_detects_portuguese_past_leading_script() -> None:
    """Leading script lines do not vote: the prose decides the language."""
    text = "var addthis_config = {pubid:'ra-4e6d7fa231d0adc2', ui_language:'en'};\n" + (
        "Nesta página você terá sempre a classificação atualizada da corrida até a última etapa do campeonato.\n"
        "Coloque nos seus favoritos e venha sempre conferir a classificação dos pilotos e das equipes.\n"
    )
    assert detect_language(text) == "pt"


def test_detects_korean_and_japanese() -> None:
    """Scripts other than Latin are recognised."""
    assert (
        detect_language("시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다. 그건 이 사안을 두고 벌어진 일이다.") == "ko"
    )
    assert detect_language("報道によると、今回販売されたのは、いわゆる「脱獄」したiPhoneです。") == "ja"


def test_too_little_text_has_no_language() -> None:
    """A few characters are not enough to tell a language."""
    assert detect_language("Hi") == ""


def test_stopwords_come_from_jusText_per_language() -> None:
    """ISO codes map to jusText's stoplists; unknown codes give an empty list."""
    assert "the" in stopwords("en")
    assert "não" in stopwords("pt")
    assert "yang" in stopwords("id")
    assert stopwords("xx") == frozenset()


def test_cjk_languages_are_written_without_spaces() -> None:
    """Japanese and Chinese have no spaces between words; Korean and English do."""
    assert writes_without_spaces("ja")
    assert writes_without_spaces("zh")
    assert not writes_without_spaces("ko")
    assert not writes_without_spaces("en")
    assert writes_without_spaces("", "何が困るかといえば、パスワード管理ソフトの起動ショートカットキーと同じなのです。")
