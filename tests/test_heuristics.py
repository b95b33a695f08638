"""Tests for cleaner.heuristics and cleaner.linefeatures: generic junk detection without a site profile."""

from __future__ import annotations

import pytest

from cleaner.heuristics import classify_lines
from cleaner.linefeatures import ends_sentence, is_code, is_markup

CODE_LINES = [
    "(function (src, d, tag){",
    "var s = d.createElement(tag), prev = d.getElementsByTagName(tag)[0];",
    "s.src = src;",
    "prev.parentNode.insertBefore(s, prev);",
    "}(“https://www.dailymail.co.uk/static/gunther/1.17.0/async_bundle–.js”, document, “script”));",
    "DM.loadCSS(“https://www.dailymail.co.uk/static/gunther/gunther-2159/video_bundle–.css”);",
    'googletag.cmd.push(function() { googletag.display("div-gpt-ad-1449240174198-2"); });',
    "__ATA.initSlot('atatags-48178861-5dd528ebc6443', {",
    "if (!document.MAX_used) document.MAX_used = ',';",
    "else if (difference == 1) {",
    "placement: 'Below Article Thumbnails', target_type: 'text'",
    "#gallery-1 .gallery-caption {",
    "-moz-text-decoration-color: #d9d9d9;",
    '{"type":"Image","id":"component-5dd529688e53e","data":{"id":78546}}',
    "articleElement.querySelector('a .title').innerHTML = randomVariant.title;",
]
PROSE_LINES = [
    "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns.",
    "6) Ghostbusters Collection 1-2 (Steelbook) (2 Blu-Ray)",
    "If (as expected) the vote passes, the law takes effect in May.",
    "Portion Fix Containers: 1 Green, 1 Red, 1 tsp.",
    "#MeToo, the movement, spread quickly across the world.",
    "VIP : 60,000₩",
]


@pytest.mark.parametrize("line", CODE_LINES)
def test_script_and_style_residue_is_code(line: str) -> None:
    """JavaScript statements, object literals, CSS and JSON left in a dump are recognised as code."""
    assert is_code(line)


@pytest.mark.parametrize("line", PROSE_LINES)
def test_prose_with_brackets_and_colons_is_not_code(line: str) -> None:
    """Body lines with parentheses, colons or a hashtag are not mistaken for code."""
    assert not is_code(line)


def test_markup_residue_is_recognised_but_angle_quoted_titles_are_not() -> None:
    """Tags and template placeholders are markup; a title in angle brackets (Korean style) is not."""
    assert is_markup('<li class="hst-resgalleryitem hidden" data-item-id="{{fid}}">')
    assert is_markup("{{captions}}")
    assert is_markup('/*<![CDATA[*/ hearstPlaceAd("GO300"); /*]]>*/')
    assert is_markup("</div>")
    assert not is_markup("<The Palace: Tale of Jang Noksu>")
    assert not is_markup("MBC와 SBS는 <숨바꼭질>로 맞붙는다.")


def test_sentence_ends_know_quotes_and_cjk_full_stops() -> None:
    """Terminal punctuation is judged past closing quotes and brackets, and CJK marks count."""
    assert ends_sentence("“We will not back down,” he said.")
    assert ends_sentence("He said: “We will win.”")
    assert ends_sentence("パスワード管理ソフトと同じなのです。")
    assert not ends_sentence("Russia’s seeks a promise from NATO that they will never admit Ukraine")
    assert not ends_sentence("The Islanders ... more")


def test_classify_drops_code_and_names_the_rule() -> None:
    """Code lines between body paragraphs are removed as script; the paragraphs stay."""
    lines = (
        "The minister said the plan would work as intended, and the vote passed easily.",
        "var HDN = window.HDN || {};",
        "HDN.article = HDN.article || {};",
        "/",
        "Critics said the plan came too late for the families who had already left.",
    )
    kept, removed = classify_lines(lines, language="en")
    assert kept == (lines[0], lines[4])
    assert [(r.rule, r.category) for r in removed] == [
        ("code_line", "script"),
        ("code_line", "script"),
        ("symbols_only", "widget"),
    ]
