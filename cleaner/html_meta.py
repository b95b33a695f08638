"""Page metadata read straight from a parsed HTML tree: meta tags, JSON-LD, microdata, <title>, <h1>, <time>, URL.

A cheap stand-in for trafilatura's `with_metadata=True` (which costs about a quarter of the extraction time):
one pass over the <meta> tags and the JSON-LD blocks, and a few targeted look-ups. No htmldate: its search
costs more than the whole extraction. Field names follow trafilatura's.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from cleaner.bylines import read_byline
from cleaner.header_words import load_header_words
from cleaner.html_blocks import WORD, words_key
from cleaner.html_header import header_under

_ISO_DATE = re.compile(
    r"(?P<y>(?:19[89]|20[0-3])\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?\s*(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?"
)
_URL_DATE = re.compile(r"/(?P<y>(?:199|20[0-3])\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?=[/_-]|$)")
_TITLE_SUFFIX = re.compile(r"\s+[|–—·•:-]\s+[^|–—·•]{2,60}$")
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|Posting|WebPage|Review", re.I)
_BYLINE_PREFIX = re.compile(r"^(?:by|von|por|par|di|door|av|af|przez)\s+", re.I)
_SEVERAL_OR_ASIDE = re.compile(r"[,(&]|\s(?:and|und|et|y|e)\s")  # what a byline of one plain name lacks
_URLISH = re.compile(r"^(?:https?:|www\.|/)", re.I)
_MAX_AUTHOR_CHARS = 120
_MAX_TITLE_CHARS = 300
HEADLINE_OVERLAP = 0.5  # share of the <h1>'s words that a declared title must also have
MIN_HEADLINE_WORDS = 3  # an <h1> of fewer words beside others is a site name or a label, not the headline

# meta keys (name, property or itemprop, lower-cased) in order of trust
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl", "byline")
_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "article.published",
    "publishdate",
    "pubdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article:published",
)
_MODIFIED_KEYS = ("article:modified_time", "datemodified", "og:updated_time", "dcterms.modified", "last-modified")
_SITE_KEYS = ("og:site_name", "application-name")
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description")
# The body's elements with one of these attributes, in document order. Reaching the attribute by its axis and
# testing it alone costs about 60% of testing every element for each of them in a predicate, even with one walk
# per attribute (a union gives document order, as the single walk did).
_DATE_ELEMENTS = etree.XPath("//body//*/@itemprop[. = 'datePublished']/.. | //body//time[@datetime]")
_AUTHOR_ELEMENTS = etree.XPath(
    "//body//*/@itemprop[. = 'author']/.. | //body//*/@rel[. = 'author']/.."
    " | //body//*/@class[contains(., 'byline')]/.."
)
_HEAD_TAGS = ("meta", "script", "title", "link", "h1")


def _clean(text: str | None) -> str:
    """Entities decoded (pages often escape twice) and whitespace collapsed."""
    return " ".join(html.unescape(text or "").split())


def element_text(element: HtmlElement) -> str:
    """The element's text with whitespace collapsed (words of adjacent children kept apart).

    str.split() and a regex's \\s take the same characters for whitespace (str.isspace), so splitting and joining
    gives what replacing each run of whitespace with one space and stripping gave, at half the cost."""
    return " ".join(" ".join(element.itertext()).split())


def _meta_values(tree: HtmlElement, metas: Iterable[HtmlElement] | None = None) -> dict[str, str]:
    """First non-empty content of each <meta> key (name, property or itemprop), keys lower-cased."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta") if metas is None else metas:
        content = _clean(meta.get("content") or meta.get("datetime"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip().lower()
            if key and key not in values:
                values[key] = content
    return values


def _json_ld_objects(scripts: Iterable[HtmlElement]) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD blocks (lists and @graph unpacked)."""
    for script in scripts:
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
                yield item


def _names(value: object) -> list[str]:
    """Person or organisation names in a JSON-LD author/publisher value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _json_ld_fields(scripts: Iterable[HtmlElement]) -> dict[str, str]:
    """Title, author, dates and site name from the article-like JSON-LD objects (first value wins)."""
    found: dict[str, str] = {}
    for item in _json_ld_objects(scripts):
        kind = item.get("@type")
        if not _ARTICLE_TYPES.search(" ".join(kind) if isinstance(kind, list) else str(kind or "")):
            continue
        pairs = (
            ("title", item.get("headline")),
            ("date", item.get("datePublished")),
            ("date_modified", item.get("dateModified")),
            ("author", "; ".join(dict.fromkeys(_clean(n) for n in _names(item.get("author")) if _clean(n)))),
            ("sitename", "; ".join(_names(item.get("publisher"))[:1])),
        )
        for key, value in pairs:
            if isinstance(value, str) and _clean(value) and key not in found:
                found[key] = _clean(value)
    return found


def iso_date(value: str | None) -> str | None:
    """A machine-readable date as ISO 8601 at the precision given: "2019-11-19", "2019-11-19T08:57",
    or "2019-11-19T08:57+01:00" when the page states the offset (Z becomes +00:00); None if there is none."""
    match = _ISO_DATE.search(value or "")
    if not match or not _valid(match["y"], match["m"], match["d"]):
        return None
    date = f"{match['y']}-{match['m']}-{match['d']}"
    if not match["H"]:
        return date
    tz = match["tz"] or ""
    offset = "+00:00" if tz == "Z" else (f"{tz[:3]}:{tz[-2:]}" if tz else "")
    return f"{date}T{match['H']}:{match['M']}{offset}"


def _valid(year: str, month: str, day: str) -> bool:
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _url_date(url: str | None) -> str | None:
    """A /2019/11/19/ style date in the page's URL path."""
    match = _URL_DATE.search(urlsplit(url).path if url else "")
    if not match or not _valid(match["y"], match["m"], match["d"]):
        return None
    return f"{match['y']}-{int(match['m']):02d}-{int(match['d']):02d}"


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((values[key] for key in keys if values.get(key)), None)


def _tidy_author(author: str | None) -> str | None:
    """A usable author string: byline prefix ("By ") dropped; None for URLs and overlong text. A byline of
    several names, an outlet or an aside ("Dana A. Ford, James S.A. Corey, and Tom Watkins, CNN") is read as a
    byline: its names joined with "; ", as JSON-LD's are."""
    author = _BYLINE_PREFIX.sub("", _clean(author))
    if not author or _URLISH.match(author) or len(author) > _MAX_AUTHOR_CHARS:
        return None
    if _SEVERAL_OR_ASIDE.search(author):
        byline = read_byline(author, load_header_words(), bare=True)
        if byline is not None and byline.names:
            return "; ".join(dict.fromkeys(byline.names))
    return author


def _author(tree: HtmlElement, meta: dict[str, str], ld: dict[str, str]) -> str | None:
    found = _tidy_author(ld.get("author")) or _tidy_author(_first(meta, _AUTHOR_KEYS))
    if found:
        return found
    for element in _AUTHOR_ELEMENTS(tree):
        name = element.find(".//*[@itemprop='name']")
        text = element.get("content") or element_text(name if name is not None else element)
        if found := _tidy_author(text):
            return found
    return None


def _date(tree: HtmlElement, meta: dict[str, str], ld: dict[str, str], url: str | None) -> str | None:
    found = iso_date(ld.get("date")) or iso_date(_first(meta, _DATE_KEYS))
    if found:
        return found
    for element in _DATE_ELEMENTS(tree):
        if found := iso_date(element.get("datetime") or element.get("content") or element_text(element)):
            return found
    return _url_date(url)


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def _plausible_headline(heading: str, declared: list[str], sitename: str) -> bool:
    """A lone <h1> is the headline unless it is the site's name or shares few words with the declared titles."""
    if len(heading.split()) < 2 or len(heading) > _MAX_TITLE_CHARS or _words(heading) == _words(sitename):
        return False
    words = _words(heading)
    return not declared or any(len(words & _words(title)) >= HEADLINE_OVERLAP * len(words) for title in declared)


def _held_in_declared(headings: list[str], declared: list[str], sitename: str) -> str | None:
    """The only one of several <h1>s (of 3+ words, not the site's name) that a declared title holds whole
    ("Asia-pacific - Third blogger hacked to death in Bangladesh" holds "Third blogger hacked to death in
    Bangladesh"), else None (two held: the site's name beside the headline, both in "Headline | Site")."""
    keys = [words_key(title) for title in declared]
    held = {
        heading
        for heading in headings
        if len(heading.split()) >= MIN_HEADLINE_WORDS
        and _words(heading) != _words(sitename)
        and (key := words_key(heading))
        and any(f" {key} " in f" {title} " for title in keys)
    }
    return held.pop() if len(held) == 1 else None


def _without_site(title: str, sitename: str) -> str:
    """The title less a " | Site name" suffix naming the site."""
    match = _TITLE_SUFFIX.search(title)
    return title[: match.start()] if match and sitename and _words(match.group()) == _words(sitename) else title


def _title(page: _Head, meta: dict[str, str], ld: dict[str, str], sitename: str) -> str | None:
    """The visible headline (the page's only <h1>) when it fits the declared titles, else JSON-LD, meta, <title>."""
    headings = [text for text in (element_text(h) for h in page.h1) if text]
    head_title = next(iter(page.title), None)
    page_title = _clean(element_text(head_title)) if head_title is not None else ""
    declared = [t for t in (ld.get("title"), _first(meta, _TITLE_KEYS), page_title) if t]
    if len(headings) == 1 and _plausible_headline(headings[0], declared, sitename):
        return headings[0]
    held = _held_in_declared(headings, declared, sitename) if len(headings) > 1 else None
    if held is not None:  # the site's name in one <h1>, the headline in another: the one the titles hold
        return held
    meta_title = ld.get("title") or _first(meta, _TITLE_KEYS)
    if meta_title:
        return _without_site(meta_title, sitename)
    if headings:
        return headings[0]
    return _TITLE_SUFFIX.sub("", page_title) or None


def headlines(tree: HtmlElement) -> set[str]:
    """Every form of the page's headline: <h1>, og:title and twitter:title, <title> with and without its suffix."""
    meta = _meta_values(tree)
    found = {meta.get(key, "") for key in _TITLE_KEYS}
    heading = next(tree.iter("h1"), None)
    if heading is not None:
        found.add(element_text(heading))
    head_title = next(tree.iter("title"), None)
    if head_title is not None:
        text = _clean(element_text(head_title))
        found.update((text, _TITLE_SUFFIX.sub("", text)))
    return {title for title in found if title}


def _page_url(page: _Head, meta: dict[str, str], url: str | None) -> str | None:
    """The URL the caller gave, else the page's canonical link or og:url when absolute."""
    if url:
        return url
    canonical = next((link.get("href") for link in page.link if link.get("rel") == "canonical"), None)
    return next((u for u in (canonical, meta.get("og:url")) if u and u.startswith(("http://", "https://"))), None)


class _Head(NamedTuple):
    """The elements page_metadata reads, by tag, in document order (found in one walk over the tree)."""

    meta: list[HtmlElement]
    script: list[HtmlElement]
    title: list[HtmlElement]
    link: list[HtmlElement]
    h1: list[HtmlElement]


def _head(tree: HtmlElement) -> _Head:
    found: dict[str, list[HtmlElement]] = {tag: [] for tag in _HEAD_TAGS}
    for element in tree.iter(*_HEAD_TAGS):
        found[element.tag].append(element)
    return _Head(**found)


def page_metadata(tree: HtmlElement, *, url: str | None = None) -> dict[str, str]:
    """Title, author, date, date_modified, sitename, url, hostname, description and language of a page."""
    page = _head(tree)
    meta = _meta_values(tree, page.meta)
    ld = _json_ld_fields(page.script)
    page_url = _page_url(page, meta, url)
    sitename = _first(meta, _SITE_KEYS) or ld.get("sitename") or ""
    fields = {
        "title": _title(page, meta, ld, sitename),
        "author": _author(tree, meta, ld),
        "date": _date(tree, meta, ld, page_url),
        "date_modified": iso_date(ld.get("date_modified") or _first(meta, _MODIFIED_KEYS)),
        "sitename": sitename,
        "url": page_url,
        "hostname": urlsplit(page_url).hostname if page_url else None,
        "description": _first(meta, _DESCRIPTION_KEYS),
        "language": (tree.get("lang") or "").split("-")[0].lower() or None,
    }
    if not fields["author"] or not fields["date"] or len(str(fields["date"])) == len("2020-05-14"):
        _fill_from_header(fields, page.h1)
    return {key: value for key, value in fields.items() if value}


def _fill_from_header(fields: dict[str, str | None], headings: list[HtmlElement]) -> None:
    """The author, the date, or the date's time that the markup lacks, from the byline and dateline printed
    under the headline (the <h1> that is the title, or the only one): markup dates the page by its URL's day
    ("2015-03-18") where the page prints "March 18 at 12:22 PM"."""
    headline = next((h for h in headings if element_text(h) == fields["title"]), None)
    if headline is None and len(headings) == 1:
        headline = headings[0]
    if headline is None:
        return
    printed = header_under(headline, load_header_words())
    fields["author"] = fields["author"] or printed.get("author")
    date, printed_date = fields["date"], printed.get("date")
    if not date or (printed_date and len(date) < len(printed_date) and printed_date.startswith(date)):
        fields["date"] = printed_date or date
