"""The pure core: one Document through decode → extract → strip → normalize → metadata, as a Result."""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable, Sequence
from pathlib import PurePath

from cleaner import __version__, warm_cache
from cleaner.config import CleanConfig
from cleaner.decode import detect_and_decode, repair, unescape_references
from cleaner.extract import extract_html, extract_markdown, text_to_lines
from cleaner.field_header import load_field_names, take_field_header
from cleaner.header import junk_test, take_header
from cleaner.header_words import HeaderWords, load_header_words
from cleaner.heuristics import classify_lines, load_thresholds
from cleaner.json_input import load_content_keys, read_json_record
from cleaner.language import detect_language
from cleaner.link_refs import load_link_list_settings, strip_link_references
from cleaner.metadata import describe, site_from_urls
from cleaner.model import Document, Removal, Result
from cleaner.normalize import join_paragraphs
from cleaner.provenance import carry
from cleaner.reflow import load_reflow_settings, reflow
from cleaner.repetition import drop_repeated, site_key
from cleaner.sniff import sniff_kind
from cleaner.split import cut_rules, split_glued
from cleaner.strip import apply_rules, article_ends_of, gaps_of

Stage = Callable[[Document, CleanConfig], Document]
_GZIP_MAGIC = b"\x1f\x8b"
_VISIBLE = re.compile(r"[^\s\ufeff\u200b\u00ad]")
_WORD_CHAR = re.compile(r"\w")


def _gunzip(raw: bytes, max_bytes: int) -> tuple[bytes | None, str]:
    """Decompress gzip data (every member); None and the reason for corrupt or truncated data, or for more
    than max_bytes of output (gzip bombs)."""
    out = bytearray()
    rest = raw
    while rest:
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error:
            return None, "corrupt gzip data"
        if len(out) > max_bytes:
            return None, f"gzip data inflates to more than max_bytes ({max_bytes})"
        if not inflater.eof:
            return None, "truncated gzip data"
        rest = inflater.unused_data
        if rest and not rest.startswith(_GZIP_MAGIC):
            break  # trailing garbage after the last member: gzip(1) ignores it too
    return bytes(out), ""


def _same_if_unchanged(before: tuple[str, ...], after: tuple[str, ...], removed: Sequence[Removal]) -> tuple[str, ...]:
    """after, or before itself when a stage changed nothing: carry() then sees at once that nothing moved."""
    return before if not removed and after == before else after


def _with_lines(doc: Document, lines: tuple[str, ...], removed: tuple[Removal, ...]) -> Document:
    """The document after a stage that only drops lines or cuts them: the same document when it did neither."""
    if not removed and lines == doc.lines:
        return doc
    return doc.revised(lines=lines, removed=doc.removed + removed)


def decode_stage(doc: Document, config: CleanConfig) -> Document:
    """Bytes to repaired text; reject empty, binary and undecodable input."""
    raw = doc.raw
    if raw.startswith(_GZIP_MAGIC):
        inflated, reason = _gunzip(raw, config.max_bytes)
        if inflated is None:
            return doc.revised(rejected=reason)
        raw = inflated
    if len(raw) > config.max_bytes:
        return doc.revised(rejected=f"input larger than max_bytes ({config.max_bytes})")
    if not raw.strip():
        return doc.revised(rejected="empty input")
    decoded = detect_and_decode(raw)
    if decoded is None:
        return doc.revised(rejected="binary or undecodable input")
    text, encoding = decoded
    if not _VISIBLE.search(text):
        return doc.revised(rejected="empty input")  # only BOMs, zero-width characters and blanks
    hints = doc.hints
    record = (  # the article may be one field of a scraper's JSON record; others give metadata
        read_json_record(
            text,
            load_field_names(config.config_dir),
            load_content_keys(config.config_dir),
            load_header_words(config.config_dir),
        )
        if text.lstrip()[:1] == "{"
        else None
    )
    if record is not None:
        if record.rejected:
            return doc.revised(rejected=record.rejected)
        if not record.content:
            return doc.revised(rejected="JSON record with no article field (html, text, maintext, content, …)")
        text, hints = record.content, {**record.hints, **doc.hints}
    kind = sniff_kind(text, suffix=PurePath(doc.name).suffix)
    if kind == "html":  # repaired after extraction (extract_html): ftfy over the markup costs more than extracting
        return doc.revised(text=text, encoding=encoding, kind=kind, hints=hints)
    if kind == "markdown":  # markdown-it decodes character references itself: decoding twice would unescape "&amp;lt;"
        return doc.revised(text=repair(text), encoding=encoding, kind=kind, hints=hints)
    return doc.revised(text=repair(unescape_references(text)), encoding=encoding, kind=kind, hints=hints)


def extract_stage(doc: Document, config: CleanConfig) -> Document:
    """Extract candidate lines (trafilatura for HTML, which also gives metadata and drops the headline; Markdown
    by its syntax tree, which gives the title and drops images; a text dump's lines, or its paragraphs when it is
    hard-wrapped)."""
    if doc.kind in ("html", "markdown"):
        if doc.kind == "markdown":
            found = extract_markdown(doc.text)
        else:
            found = extract_html(doc.text, url=doc.hints.get("url"), max_elements=config.max_html_elements)
        if found.rejected:
            return doc.revised(rejected=found.rejected)
        return doc.revised(
            lines=found.lines,
            removed=doc.removed + found.removed,
            hints={**doc.hints, **found.hints},
            code_lines=found.code_lines,
        )
    wrapped = reflow(doc.text, load_reflow_settings(config.config_dir))  # a hard-wrapped dump: paragraphs rejoined
    if wrapped is not None:
        hints = {**doc.hints, "reflowed_width": wrapped.width}
        return doc.revised(lines=wrapped.lines, line_numbers=wrapped.line_numbers, hints=hints)
    return doc.revised(lines=text_to_lines(doc.text))


def link_references_stage(doc: Document, config: CleanConfig) -> Document:
    """Drop a text browser's list of link URLs (lynx -dump's "References") and its "[12]" markers in the text."""
    if doc.kind == "html":
        return doc
    lines, removed, origins = strip_link_references(doc.lines, load_link_list_settings(config.config_dir))
    if not removed:
        return doc
    numbers = doc.line_numbers or tuple(range(1, len(doc.lines) + 1))  # markers gone, a line is not found by text
    return doc.revised(lines=lines, removed=doc.removed + removed, line_numbers=tuple(numbers[i] for i in origins))


def _fingerprinted(doc: Document) -> str:
    """The text a site is recognised by. HTML: the extracted lines, not the markup (10-100x larger: lower-casing
    and searching it cost milliseconds); the page's own URL names its host."""
    return "\n".join(doc.lines) if doc.kind == "html" else doc.text


def strip_stage(doc: Document, config: CleanConfig) -> Document:
    """Drop junk lines by the generic profile and the detected site profile's rules."""
    book = config.rulebook()
    site = book.detect(_fingerprinted(doc), hostname=str(doc.hints.get("hostname") or ""))
    profiles = (site, book.generic) if site else (book.generic,)  # a site's own rules first: they know it better
    thresholds = load_thresholds(config.config_dir)
    kept, removed = apply_rules(doc.lines, profiles, code=doc.code_indices(), thresholds=thresholds)
    lines = tuple(text for _n, text in kept)
    article_ends = article_ends_of(kept, removed, profiles)
    hints = dict(doc.hints)
    if site and site.sitename and not hints.get("sitename"):
        hints["sitename"] = site.sitename
    return doc.revised(
        lines=_same_if_unchanged(doc.lines, lines, removed),
        removed=doc.removed + tuple(removed),
        gaps=gaps_of(kept, len(doc.lines)),
        article_ends=article_ends,
        profile=site.name if site else book.generic.name,
        hints=hints,
    )


def split_stage(doc: Document, config: CleanConfig) -> Document:
    """Split paragraphs glued into one line; cut junk spans found inside them."""
    rules = cut_rules(config.rulebook(), _fingerprinted(doc), hostname=str(doc.hints.get("hostname") or ""))
    lines, removed = split_glued(doc.lines, rules=rules, config_dir=config.config_dir)
    return _with_lines(doc, lines, removed)


def language_stage(doc: Document, config: CleanConfig) -> Document:
    """Detect the dump's language (the heuristics pick stopwords and punctuation by it)."""
    return doc.revised(language=detect_language("\n".join(doc.lines)))


def _publisher_hostname(doc: Document, words: HeaderWords) -> str | None:
    """The page's hostname when extraction found one, else the publisher's host named in the dump itself."""
    return doc.hints.get("hostname") or site_from_urls(doc.text, words)[0]


def field_header_stage(doc: Document, config: CleanConfig) -> Document:
    """Take the "Key: value" fields a scraper wrote above a text dump (Title:, URL:, Published:) as metadata."""
    if doc.kind == "html":
        return doc
    names, words = load_field_names(config.config_dir), load_header_words(config.config_dir)
    lines, removed, found = take_field_header(doc.lines, names, words)
    if not removed:
        return doc
    return doc.revised(lines=lines, removed=doc.removed + removed, hints={**found, **doc.hints})


def header_stage(doc: Document, config: CleanConfig) -> Document:
    """Take title, byline and dateline out of the body; they become metadata."""
    words = load_header_words(config.config_dir)
    lines, removed, found = take_header(
        doc.lines,
        language=doc.language,
        words=words,
        hostname=lambda: _publisher_hostname(doc, words),
        is_junk=junk_test((config.rulebook().generic,)),
        known_title=str(doc.hints.get("title") or ""),  # the page's, the Markdown's H1 or the dump's field header's
    )
    hints = {**found, **{k: v for k, v in doc.hints.items() if v}}  # HTML metadata wins over text guesses
    return doc.revised(lines=lines, removed=doc.removed + removed, hints=hints)


def heuristic_stage(doc: Document, config: CleanConfig) -> Document:
    """Drop junk the explicit rules missed, by generic line features in context."""
    lines, removed = classify_lines(
        doc.lines,
        language=doc.language,
        gaps=doc.gaps,
        article_ends=doc.article_ends,
        config_dir=config.config_dir,
        code=doc.code_indices(),
    )
    return _with_lines(doc, lines, removed)


def repetition_stage(doc: Document, config: CleanConfig) -> Document:
    """Drop the site's template lines learned from repetition across its dumps (site as the record names it)."""
    learned = config.learned or config.learned_path
    if learned is None:
        return doc
    site = config.site_key
    if not site:
        hostname = _publisher_hostname(doc, load_header_words(config.config_dir))
        site = site_key(hostname=hostname, profile=doc.profile)
    lines, removed = drop_repeated(doc.lines, site=site, learned=learned, config_dir=config.config_dir)
    return _with_lines(doc, lines, removed)


STAGES: tuple[Stage, ...] = (
    decode_stage,
    extract_stage,
    link_references_stage,
    split_stage,
    language_stage,
    field_header_stage,
    header_stage,
    strip_stage,
    heuristic_stage,
    repetition_stage,
)


def clean(data: bytes | str, *, name: str = "-", config: CleanConfig | None = None, url: str | None = None) -> Result:
    """Clean one dump (HTML or text, bytes or str) into article text and a metadata record."""
    config = config or CleanConfig()
    raw = data.encode("utf-8", errors="replace") if isinstance(data, str) else data
    doc = Document(name=name, raw=raw, hints={"url": url} if url else {})
    for stage in STAGES:
        before, doc = doc, stage(doc, config)
        doc = carry(before, doc)
        if doc.rejected:
            warm_cache.flush()
            return Result(name=name, text="", metadata=_rejected_record(doc), removed=(), rejected=doc.rejected)
    warm_cache.flush()  # what this process's first documents compiled, for the next process (cheap after them)
    text = join_paragraphs(doc.lines)
    if not _WORD_CHAR.search(text):  # nothing left, or only marks ("---" from a Markdown code block): no article
        doc = doc.revised(rejected="no article text left after cleaning")
        record = _record(doc, text, config)
        record["rejected"] = doc.rejected
        return Result(name=name, text="", metadata=record, removed=doc.removed, rejected=doc.rejected)
    doc = doc.revised(removed=tuple(sorted(doc.removed, key=lambda r: r.line_no)))  # in input order
    return Result(name=name, text=text, metadata=_record(doc, text, config), removed=doc.removed)


def _record(doc: Document, text: str, config: CleanConfig) -> dict[str, object]:
    words = load_header_words(config.config_dir)
    return describe(doc, text, version=__version__, words=words, review_drop_share=config.review_drop_share)


def _rejected_record(doc: Document) -> dict[str, object]:
    return {
        "rejected": doc.rejected,
        "sha256_in": hashlib.sha256(doc.raw).hexdigest(),
        "cleaner_version": __version__,
    }


__all__ = ["STAGES", "clean"]
