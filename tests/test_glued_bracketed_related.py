"""A bracketed related-stories header ("【関連記事】") glued with its headlines after a glued line's last sentence."""

from __future__ import annotations

from pathlib import Path

from cleaner.pipeline import clean

_DUMP = Path(__file__).resolve().parent.parent / "bench" / "data" / "readability" / "dumps" / "yahoo-4.txt"
_HEADLINES = [
    "NEXCO3社、高速道路SAやPAの公衆無線LANアカウントを共通化--利用制限の撤廃も",
    "トレンドマイクロ、セキュリティサービス「あんしんフリーWi-Fi」を提供",
    "「Raspberry Pi Zero W」を写真で見る--Wi-Fi機能を搭載した新モデル",
]


def _body() -> list[str]:
    """The article's paragraphs: the lines of the dump that end a sentence."""
    return [line for line in _DUMP.read_text(encoding="utf-8").splitlines() if line.endswith("。")]


def test_the_headlines_under_a_bracketed_related_header_go_in_a_glued_line() -> None:
    """Glued into one line, the portal's "【関連記事】" and the headlines under it are one piece after the last
    sentence: the header is set apart as a label, its block rule takes the run of headlines (no sentence end)
    after it, and every sentence of the article stays."""
    glued = " ".join([*_body(), "【関連記事】", *_HEADLINES, "最終更新:3/9(木) 18:45 ツイート シェアする"]) + "\n"
    text = clean(glued, name="yahoo.txt").text
    assert "関連記事" not in text
    for headline in _HEADLINES:
        assert headline not in text
    joined = "".join(text.split())  # a glued line comes out one sentence per line
    for sentence in _body():
        assert "".join(sentence.split()) in joined, sentence


def test_a_sentence_after_a_bracketed_related_header_stays() -> None:
    """A run after the header that ends a sentence is the article's, not the list: it stays."""
    tail = "トレンドマイクロは今後も安全なWi-Fi環境の普及に取り組むとしている。"
    glued = " ".join([*_body(), "【関連記事】", tail]) + "\n"
    text = clean(glued, name="yahoo.txt").text
    assert tail in text
