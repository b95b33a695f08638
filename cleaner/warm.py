"""Warm the core before timed or latency-bound work: load now what the first documents would (language model,
HTML extractor, every site's rule sets with their regexes compiled), so no real document pays for it."""

from __future__ import annotations

from cleaner.config import CleanConfig
from cleaner.pipeline import clean
from cleaner.ruleset import warm_rulesets

_TEXT = (
    "Warm-up article\n\nBy A. Writer\n\nThe council approved the new budget on Tuesday after a long debate.\n\n"
    "Members said the plan would fund schools, roads and the library for the next two years.\n"
)
_HTML = "<html><head><title>Warm-up</title></head><body><article><p>" + _TEXT + "</p></article></body></html>"
# scripts the stopword vote does not cover: their language comes from py3langid, whose model loads on first use
_OTHER_SCRIPTS = (
    "Городской совет утвердил новый бюджет во вторник после долгих обсуждений.\n"
    "Депутаты заявили, что план позволит финансировать школы, дороги и библиотеку в ближайшие два года.\n",
    "市議会は火曜日、長い議論の末に新しい予算を承認した。\n議員らは、この計画で今後二年間、学校や道路、図書館の資金を賄えると述べた。\n",
)


# a dump glued into one line, with a script in it: the glued path's cutters and labellers are built on first use
_GLUED = " ".join(_TEXT.split()) * 8 + " (function(){var s=document.createElement('script');})(); Related Topics"


def warm_core(config: CleanConfig | None = None) -> None:
    """Clean a few tiny documents (text, HTML, glued, other scripts, one per site profile); build every rule set."""
    config = config or CleanConfig()
    clean(_TEXT, name="warm-up.txt", config=config)
    clean(_GLUED, name="warm-up.txt", config=config)
    clean(_HTML, name="warm-up.html", config=config)
    for sample in _OTHER_SCRIPTS:
        clean(sample, name="warm-up.txt", config=config)
    book = config.rulebook()
    for site in book.sites:  # a site's split and strip rule sets are built on its first dump
        if site.hostnames:
            clean(_TEXT + f"Source: https://www.{site.hostnames[0]}/news/warm-up\n", name="warm-up.txt", config=config)
    warm_rulesets(book)


__all__ = ["warm_core"]
