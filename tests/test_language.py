"""Tests for cleaner.language: language detection, stopword lists and scripts written without spaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.language import (
    _NON_LETTERS,
    _PROSE_LETTER_SHARE,
    _enough_letters,
    _voted_language,
    detect_language,
    stopwords,
    writes_without_spaces,
)


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


_NEWS = {
    "en": "The president said on Tuesday that the talks would resume next week in London, according to a statement "
    "from Downing Street. The unions said they were waiting for concrete proposals before they would return.",
    "de": "Der Präsident sagte am Dienstag, dass die Gespräche in der nächsten Woche fortgesetzt würden. Die "
    "Gewerkschaften erklärten, sie erwarteten konkrete Vorschläge, bevor sie den Dialog wieder aufnehmen.",
    "pl": "Prezydent zapowiedział we wtorek, że negocjacje zostaną wznowione w przyszłym tygodniu w Warszawie, jak "
    "podano w komunikacie rządu. Związki zawodowe oświadczyły, że oczekują konkretnych propozycji.",
}


def test_clear_stopword_votes_name_the_language_py3langid_names() -> None:
    """Where the stopword vote decides alone, it names the language py3langid would."""
    for code, text in _NEWS.items():
        assert _voted_language(text) == code
        assert detect_language(text) == code


def test_close_languages_are_left_to_py3langid() -> None:
    """Portuguese shares most stopwords with Galician and Spanish: the vote abstains and py3langid decides."""
    text = (
        "O presidente anunciou na terça-feira que as negociações serão retomadas na próxima semana em Lisboa, "
        "segundo um comunicado do governo. Os sindicatos disseram que esperam propostas concretas."
    )
    assert _voted_language(text) is None
    assert detect_language(text) == "pt"


def test_other_scripts_do_not_vote() -> None:
    """Stoplists hold Latin words only for the vote: Russian text goes to py3langid."""
    text = "В восьмидесятых годах чешская красавица заявила о себе на весь мир. Тогда трудно было найти журнал."
    assert _voted_language(text) is None
    assert detect_language(text) == "ru"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z9_.,’“é²½Жж中 \t-")), min_size=1, max_size=60))
def test_letter_share_matches_the_regex_count(line: str) -> None:
    """The ASCII shortcut agrees with counting [^\\W\\d_] by regex, whatever the script mix."""
    letters = len(line) - _NON_LETTERS.subn("", line)[1]
    assert _enough_letters(line) == (letters >= _PROSE_LETTER_SHARE * len(line))
