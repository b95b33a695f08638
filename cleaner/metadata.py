"""Build the metadata record: title, author and dates the header handed over, site, counts, hashes, review."""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import count
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from cleaner.header_words import HeaderWords
from cleaner.model import Document, Removal

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_NON_WORD = re.compile(r"\W")
_ARRAY_MIN_CHARS = 600  # from this length on, text is counted with numpy (its calls cost a few µs whatever the size)
_ASCII_BYTES = bytes(range(0x80))
_WORD_BYTES = bytes.maketrans(  # UTF-8 bytes to b"w" where they belong to \w characters, else to b" "
    bytes(range(256)),
    bytes(b"w"[0] if chr(b).isalnum() or b == ord("_") or b >= 0x80 else b" "[0] for b in range(256)),
)
_URL_SCHEME = "://"
_SCHEME_OFFSETS = (5, 4)  # an address starts this far before its "://" ("https", "http")
_WWW_SPELLINGS = frozenset(f"{a}{b}{c}." for a in "wW" for b in "wW" for c in "wW")  # what www\. matches, case-blind
_URL = re.compile(r"""\bhttps?://[^\s"'<>()\[\]{}“”‘’|\\^`]+""", re.I)
_BARE_HOST = re.compile(r"(?<![\w./@-])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)
_ASSET_PATH = re.compile(
    r"/(?:static|assets?|ads?|cdn|js|css|img|images|fonts?)/|\.(?:js|css|png|jpe?g|gif|svg|webp|ico|mp[34]|json|xml"
    r"|woff2?|ttf|pdf)$",
    re.I,
)
_ARTICLE_PATH = re.compile(r"\w+-\w+-\w+|\.s?html?$|\barticle|/\d{4}/\d{1,2}/", re.I)
_ASSET_SUBDOMAIN = re.compile(r"^(?:www|m|i|img|image|images|static|cdn|media|s|assets|[0-9a-f]{8,})\d*\.", re.I)
_HOST_SCAN_CHARS = 2_000_000
_WWW = re.compile(r"^www\d*\.")


def word_count(text: str) -> int:
    """Number of \\w+ tokens, the unit every count in the record uses.

    Counted at bytes speed, without a match per word: large text goes through a lookup table of all code
    points (numpy); in small ASCII text every byte belongs to a word or not, and words start where a word byte
    follows another; small non-ASCII text has its non-word characters replaced by spaces first."""
    if len(text) >= _ARRAY_MIN_CHARS and _arrays_pay():
        return _array_word_count(text)
    return _bytes_word_count(text)


def _arrays_pay() -> bool:
    """True once counting with numpy pays for importing it (some 0.07 s, as much as a few hundred dumps' counts
    cost without it): when something else imported it, or after a few dozen large texts. A one-file run
    (`cleaner clean one.txt`, each -j worker's first dumps) counts without it; the count is the same."""
    return next(_LARGE_TEXTS) >= _ARRAY_AFTER_TEXTS or "numpy" in sys.modules


_ARRAY_AFTER_TEXTS = 64
_LARGE_TEXTS = count()


def _bytes_word_count(text: str) -> int:
    """word_count without numpy: in ASCII text every byte belongs to a word or not; other text has its non-word
    characters replaced by spaces first."""
    if text.isascii():
        marks = text.encode("ascii").translate(_WORD_BYTES)
        return marks.count(b" w") + marks.startswith(b"w")
    encoded = text.encode("utf-8", "surrogatepass")
    others = encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    for char in set(_NON_WORD.findall(others)):  # curly quotes, dashes, no-break spaces: a few distinct ones
        encoded = encoded.replace(char.encode("utf-8", "surrogatepass"), b" ")
    marks = encoded.translate(_WORD_BYTES)
    return marks.count(b" w") + marks.startswith(b"w")


def _array_word_count(text: str) -> int:
    import numpy as np

    table = _bmp_word_table()
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) == 2 * len(text):  # one UTF-16 unit per character: the Basic Multilingual Plane only
        word = table.take(np.frombuffer(units, dtype=np.uint16))
    else:  # emoji and rarer scripts beyond the table: looked up one distinct code point at a time
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        word = table[np.minimum(codes, 0xFFFF)]  # U+FFFF is no word character
        for code in np.unique(codes[codes > 0xFFFF]).tolist():
            if chr(code).isalnum():
                word[codes == code] = True
    return int(np.count_nonzero(word[1:] > word[:-1])) + int(word[0])


@lru_cache(maxsize=1)
def _bmp_word_table() -> npt.NDArray[np.bool_]:
    """True for every code point of the Basic Multilingual Plane that \\w matches (isalnum or "_")."""
    import numpy as np

    table = np.zeros(0x10000, dtype=np.bool_)
    for run in re.finditer(r"\w+", "".join(map(chr, range(0x10000)))):
        table[run.start() : run.end()] = True
    return table


@lru_cache(maxsize=4096)
def _bare_host(host: str) -> str:
    """Hostname without www., mobile or asset-server labels ("i.dailymail.co.uk" → "dailymail.co.uk")."""
    host = host.lower().rstrip(".")
    while _ASSET_SUBDOMAIN.match(host) and host.count(".") >= 2:
        host = _ASSET_SUBDOMAIN.sub("", host, count=1)
    return host


def _positions(text: str, marker: str) -> Iterator[int]:
    """Where marker is written in text, left to right."""
    at = text.find(marker)
    while at >= 0:
        yield at
        at = text.find(marker, at + 1)


def _urls(text: str) -> list[str]:
    """_URL.findall(text), the regex tried only 4 or 5 characters before each "://": a case-blind search through
    all the text costs far more (every address holds one, and findall resumes after the last address found)."""
    found: list[str] = []
    end = 0
    for mark in _positions(text, _URL_SCHEME):
        for offset in _SCHEME_OFFSETS:
            match = _URL.match(text, mark - offset) if mark - offset >= end else None
            if match is not None:
                found.append(match.group())
                end = match.end()
                break
    return found


def _www_starts(text: str) -> list[int]:
    """Where "www." is written in any case, left to right: "www." by substring search, the other spellings
    around each capital W (each substring search, and more so a case-blind regex scan, costs a pass over text)."""
    starts = set(_positions(text, "www."))
    for capital in _positions(text, "W"):
        if "." in text[capital + 1 : capital + 4]:  # a spelling holding this W ends in a dot up to 3 characters on
            starts.update(at for at in range(max(capital - 2, 0), capital + 1) if text[at : at + 4] in _WWW_SPELLINGS)
    return sorted(starts)


def _bare_hosts(text: str) -> list[str]:
    """_BARE_HOST.findall(text), the regex tried only where "www." is written (in any case), for the same reason."""
    found: list[str] = []
    end = 0
    for at in _www_starts(text):
        match = _BARE_HOST.match(text, at) if at >= end else None
        if match is not None:
            found.append(match.group())
            end = match.end()
    return found


class _ThirdParty:
    """Tells the hosts of third parties (CDNs, social networks, ad servers) and their subdomains."""

    def __init__(self, hosts: tuple[str, ...]) -> None:
        self.hosts = frozenset(hosts)
        self.subdomain_ends = tuple("." + h for h in hosts)

    def named(self, host: str) -> bool:
        return host in self.hosts or host.endswith(self.subdomain_ends)


def site_from_urls(text: str, words: HeaderWords) -> tuple[str | None, str | None]:
    """The publisher's hostname (most frequent non-third-party host named in the dump) and the article URL
    on it, if one is written out (not a script, style or image address)."""
    head = text[:_HOST_SCAN_CHARS]
    urls = [u.rstrip(".,;:") for u in _urls(head)] if _URL_SCHEME in head else []
    bare_hosts = _bare_hosts(head)
    if not urls and not bare_hosts:
        return None, None
    third_party = _ThirdParty(words.third_party_hosts)
    hosts: Counter[str] = Counter()
    for url in urls:
        host = _bare_host(urlsplit(url).hostname or "")
        if "." in host and not third_party.named(host):
            hosts[host] += 1
    for bare in bare_hosts:
        host = _bare_host(bare)
        if not third_party.named(host):
            hosts[host] += 1
    if not hosts:
        return None, None
    ranked = hosts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None, None  # links to several sites, none standing out: the publisher cannot be told
    hostname = ranked[0][0]
    for url in urls:
        parts = urlsplit(url)
        on_site = _bare_host(parts.hostname or "") == hostname
        if on_site and not _ASSET_PATH.search(parts.path) and _ARTICLE_PATH.search(parts.path):
            return hostname, url
    return hostname, None


def review(words_basis: int, words_out: int, *, drop_share: float) -> dict[str, Any]:
    """Flag a document that lost more than drop_share of its words_basis, so that a person checks it."""
    kept_share = round(words_out / words_basis, 3) if words_basis else 0.0
    flagged = 1.0 - kept_share > drop_share
    reason = (
        f"kept {kept_share:.0%} of {words_basis} words (review when over {drop_share:.0%} is removed)"
        if flagged
        else None
    )
    return {"flagged": flagged, "reason": reason, "kept_share": kept_share}


# a link's or image's address left in a removed line's text, from the start of its token (a lookbehind, so that a
# long token with no "://" in it, an inline base64 image, is not tried again from each of its characters)
_ADDRESS = re.compile(r"(?<!\S)\S*://\S*")


def _words_basis(doc: Document, words_in: int, words_out: int) -> int:
    """What the output is compared with: a text dump's words in; for HTML and Markdown the words the extractor
    gave (markup, link and image addresses are not words of the article: a Markdown page's URLs alone would
    flag every page)."""
    if doc.kind not in ("html", "markdown"):
        return words_in
    removed = "\n".join(r.text for r in doc.removed)
    if "://" in removed:
        removed = _ADDRESS.sub(" ", removed)
    return words_out + word_count(removed)  # one count: no word runs across "\n"


def _removed(removed: tuple[Removal, ...]) -> list[dict[str, Any]]:
    return [
        {"line": r.line_no, "rule": r.rule, "category": r.category, "text": r.text}
        | ({"detail": r.detail} if r.detail else {})
        for r in removed
    ]


def describe(doc: Document, text: str, *, version: str, words: HeaderWords, review_drop_share: float) -> dict[str, Any]:
    """The JSON record for a cleaned document (field names follow trafilatura where they overlap)."""
    hints = doc.hints
    hostname, source = hints.get("hostname"), hints.get("url")
    if not hostname and source:
        hostname = urlsplit(str(source)).hostname
    if not hostname or not source:
        found_host, found_url = site_from_urls(doc.text, words)
        hostname, source = hostname or found_host, source or found_url
    hostname = _WWW.sub("", str(hostname).lower()) if hostname else None
    words_in, words_out = word_count(doc.text), word_count(text)
    return {
        "title": hints.get("title"),
        "author": hints.get("author"),
        # trafilatura's date is the best date found (htmldate: the original, else the last modified): a dump
        # that only says when it was updated is still dated by that
        "date": hints.get("date") or hints.get("date_modified"),
        "date_modified": hints.get("date_modified"),
        "sitename": hints.get("sitename") or hostname,  # trafilatura, too, falls back on the host
        "hostname": hostname,
        "source": source,
        "excerpt": hints.get("description"),
        "language": doc.language or hints.get("language") or None,
        "profile": doc.profile,
        "input_kind": doc.kind,
        "encoding": doc.encoding,
        # only for a hard-wrapped text dump whose paragraphs were rejoined (cleaner.reflow): the width it had
        **({"reflowed_width": hints["reflowed_width"]} if hints.get("reflowed_width") else {}),
        "words_in": words_in,
        "words_out": words_out,
        "chars_in": len(doc.text),
        "chars_out": len(text),
        "sha256_in": hashlib.sha256(doc.raw).hexdigest(),
        "sha256_out": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "cleaner_version": version,
        "review": review(_words_basis(doc, words_in, words_out), words_out, drop_share=review_drop_share),
        "removed": _removed(doc.removed),
    }


__all__ = ["describe", "review", "site_from_urls", "word_count"]
