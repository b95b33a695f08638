"""Bytes to text: encoding detection (BOM, UTF-8, declared charset, charset-normalizer) and mojibake repair."""

from __future__ import annotations

import codecs
import html
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from functools import partial

import ftfy
from charset_normalizer import from_bytes
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

from cleaner import warm_cache
from cleaner.regex_cache import compiled

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    unescape_html=False,
    normalization="NFC",
)
# What ftfy's fixers other than the mojibake one act on (with _FTFY_CONFIG): C0 and C1 controls, NEXT LINE,
# line and paragraph separators, bidi and annotation controls, the BOM, lone surrogates.
_FTFY_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u206a-\u206f\ufeff\ufff9-\ufffc\ud800-\udfff]")
_HINT_WINDOW = 8  # a match of ftfy's badness regex spans at most 6 characters
_MAX_HINTS = 64  # more hints than this: one search of the whole text instead of one per hint
_MAX_HINT_STARTS = 256  # more "??" pairs than this: look around the rarer characters of _HINT_OTHER instead
_MAX_OTHER_STARTS = 4096  # more places than this: the hint regex scans the whole text
_SCRIPT_SAMPLE, _SCRIPT_SAMPLE_PAIRS = 2000, 64  # this many "??" pairs in the head: a text in another script
_BINARY_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 4096
_MAX_BROKEN_UTF8_SHARE = 0.01  # at most one broken byte sequence per hundred characters
_DROPPED = ("\u00ad", "\u200b", "\ufeff")
# An HTML character reference a text dump kept from its page ("council&#8217;s", "&quot;ambitious&quot;", "&amp;"):
# only a complete one, ended by ";" (HTML5 also reads "&not" in "&notice" and "&copy" in "&copy2020").
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});"
)  # soft hyphen, zero-width space, BOM: invisible, they break words


def _declared_charset(raw: bytes) -> str | None:
    """The charset an HTML or XML head declares, if Python knows it."""
    head = raw[:_SNIFF_BYTES]
    match = _DECLARED_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_binary(text: str) -> bool:
    """True when control characters make up more than a few percent of the text."""
    sample = text[:65536]
    return bool(sample) and len(_CONTROL.findall(sample)) / len(sample) > _BINARY_CONTROL_SHARE


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a bad splice, a truncated character), repaired with U+FFFD.

    Valid multi-byte characters must outnumber the broken spots, so that a Latin-1 file with one accent
    is not read as UTF-8 with a hole in it."""
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in text if "\u0080" <= ch != "\ufffd")
    return text if broken <= len(text) * _MAX_BROKEN_UTF8_SHARE and multibyte >= 2 * broken else None


def _decode_declared(raw: bytes) -> tuple[str, str] | None:
    declared = _declared_charset(raw)
    if not declared or declared == "utf-8":
        return None
    try:
        return raw.decode(declared), declared
    except UnicodeDecodeError:
        return None


def detect_and_decode(raw: bytes) -> tuple[str, str] | None:
    """Decode bytes to text and name the encoding used; None when the bytes are not text.

    Order: byte-order mark, strict UTF-8, the charset the page declares, UTF-8 with a few broken bytes,
    then charset-normalizer's best guess (on the first MiB; the rest decodes with replacement)."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError:
                break
    if b"\x00" not in raw[:_SNIFF_BYTES]:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            _last_utf8.pair = (text, raw)
            return text, "utf-8"
        declared = _decode_declared(raw)
        if declared is not None:
            return declared
        repaired = _mostly_utf8(raw)
        if repaired is not None:
            return repaired, "utf-8"
    best = from_bytes(raw[: 1 << 20]).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = raw.decode(best.encoding, errors="replace")
    except LookupError:
        return None
    if _looks_binary(text):
        return None
    return text, codecs.lookup(best.encoding).name


# The last text strict UTF-8 decoding gave in this thread, with its bytes (see utf8_bytes).
_last_utf8 = threading.local()


def utf8_bytes(text: str) -> bytes:
    """The text in UTF-8 (lone surrogates replaced): the bytes it was decoded from, when it is the very text the
    thread's last strict UTF-8 decoding gave, else encoded again. An HTML page is decoded once and parsed as
    bytes; encoding it back costs a sixth of parsing it. The pair is held until the first call here or the
    thread's next decoding, whichever comes first (a text dump's, never parsed, waits for the next document), and
    is matched by identity: an equal text made otherwise is encoded. Strict decoding maps each text to one byte
    string and back, so both are the same bytes."""
    pair: tuple[str, bytes] | None = getattr(_last_utf8, "pair", None)
    if pair is not None:
        _last_utf8.pair = None
        if pair[0] is text:
            return pair[1]
    return text.encode("utf-8", "replace")


def _char_class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _mojibake_hint() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where ftfy's badness regex might match, found at C speed: every match holds two adjacent characters of
    the mojibake alphabet (not both Greek or Cyrillic letters, apart from Ђ) or one of Œ œ Ã Â; C1 controls
    are _FTFY_CONTROLS' business. The regex itself, tried at every position, runs at about 4 MB/s. Also the
    class of the alphabet's characters other than those letters: every match holds one, first or second."""
    any_char, other_char = _mojibake_classes()
    return (
        compiled(f"{any_char}(?:(?<=[ŒœÃÂ])|(?<={other_char}){any_char}|{other_char})"),
        compiled(other_char),
    )


def _mojibake_classes() -> tuple[str, str]:
    """The character classes of the mojibake alphabet and of its characters other than Greek or Cyrillic letters
    (kept in the warm cache: finding them tests every character of the Basic Multilingual Plane, 8 ms)."""
    categories = "".join(MOJIBAKE_CATEGORIES.values())
    key = warm_cache.entry_key(categories, BADNESS_RE.pattern)
    found = _CLASSES.get(key)
    if isinstance(found, tuple) and len(found) == 2 and all(isinstance(part, str) for part in found):
        return found[0], found[1]
    everything = "".join(map(chr, range(0x80, 0x10000)))
    named = {c for c in BADNESS_RE.pattern if not c.isascii()} | {"\xa0", "\xad"}
    alphabet = set(re.findall(f"[{categories}]", everything)) | named
    greek_cyrillic = MOJIBAKE_CATEGORIES["upper_common"] + MOJIBAKE_CATEGORIES["lower_common"]
    other = alphabet - (set(re.findall(f"[{greek_cyrillic}]", everything)) - {"Ђ"})
    classes = _char_class(alphabet), _char_class(other)
    _CLASSES.put(key, classes)
    return classes


_CLASSES = warm_cache.Store(
    lambda: f"mojibake-classes-{warm_cache.entry_key(warm_cache.source_of([__file__]))}.marshal"
)


_HINT, _HINT_OTHER = _mojibake_hint()
_HINT_SINGLES = "ŒœÃÂ"  # the characters _HINT matches alone
_BADNESS = compiled(BADNESS_RE.pattern, BADNESS_RE.flags | re.M)  # ^ at every line start: ftfy fixes line by line


def _may_hold_controls(text: str) -> bool:
    """False when _FTFY_CONTROLS cannot match: every character it names is non-printable (Unicode "Other" or a
    separator) but U+FFFC; str.isprintable runs at C speed, several times faster than the regex's class test."""
    return not text.replace("\n", " ").isprintable() or "\ufffc" in text


def _hint_starts(text: str) -> list[int] | None:
    """Every place a _HINT match could start, in order (None: too many to try one by one).

    A match starts with two adjacent non-ASCII characters, which encoding to ASCII with "?" for each turns into
    "??" at the same offset, or with one of Œ œ Ã Â: str and bytes searches at C speed find them, where the
    regex tests every character of the text. In other scripts (Cyrillic, Greek) most neighbours are such pairs;
    there a match starts at or just before a character of _HINT_OTHER, which are rare."""
    if text[:_SCRIPT_SAMPLE].encode("ascii", "replace").count(b"??") > _SCRIPT_SAMPLE_PAIRS:
        return _starts_around_others(text)  # another script: encoding it all to ASCII would cost the most
    encoded = text.encode("ascii", "replace")
    starts: set[int] = set()
    finders: list[Callable[[int], int]] = [partial(text.find, char) for char in _HINT_SINGLES]
    finders.append(partial(encoded.find, b"??"))
    for find in finders:
        found = find(0)
        while found >= 0:
            starts.add(found)
            if len(starts) > _MAX_HINT_STARTS:
                return _starts_around_others(text)
            found = find(found + 1)
    return sorted(starts)


def _starts_around_others(text: str) -> list[int] | None:
    """_hint_starts from the characters of _HINT_OTHER (Œ œ Ã Â are among them)."""
    starts: set[int] = set()
    for other in _HINT_OTHER.finditer(text):
        starts.update((other.start() - 1, other.start()))
        if len(starts) > _MAX_OTHER_STARTS:
            return None
    starts.discard(-1)
    return sorted(starts)


def _hints(text: str) -> Iterator[re.Match[str]]:
    """The matches of _HINT.finditer(text), the regex tried only where one could start."""
    starts = _hint_starts(text)
    if starts is None:
        yield from _HINT.finditer(text)
        return
    position = 0
    for start in starts:
        if start >= position:
            match = _HINT.match(text, start)  # the leftmost match from position on starts at one of the starts
            if match is not None:
                yield match
                position = match.end()


def needs_ftfy(text: str) -> bool:
    """False when ftfy (as configured here) would return the text unchanged: no control characters it removes,
    no mojibake its badness regex finds (searched only around the places one could be), already NFC."""
    if (_may_hold_controls(text) and _FTFY_CONTROLS.search(text)) or not unicodedata.is_normalized("NFC", text):
        return True
    for count, hint in enumerate(_hints(text)):
        if count >= _MAX_HINTS:
            return _BADNESS.search(text) is not None
        if _BADNESS.search(text, max(0, hint.start() - _HINT_WINDOW), hint.end() + _HINT_WINDOW):
            return True
    return False


def unescape_references(text: str) -> str:
    """Decode the complete HTML character references a text dump kept ("&amp;" -> "&"), one level: a page that
    escaped twice ("&amp;amp;") shows "&amp;", and so does its dump once decoded. Unknown names stay as they are."""
    if "&" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(lambda match: html.unescape(match.group()), text)


def repair(text: str) -> str:
    """Fix mojibake and control junk without uncurling quotes; NFC-normalize."""
    if "\r" in text:  # a one-character search is far cheaper than replace's search for an absent pair
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    plain_ascii = text.isascii() and not _CONTROL.search(text)  # nothing for ftfy to fix: skip its cost
    if plain_ascii:
        return text  # nothing to drop, already NFC
    if needs_ftfy(text):
        fixed = ftfy.fix_text(text, config=_FTFY_CONFIG)
    elif not any(char in text for char in _DROPPED):
        return text  # already NFC: needs_ftfy checked
    else:
        fixed = text
    for char in _DROPPED:
        if char in fixed:
            fixed = fixed.replace(char, "")
    return unicodedata.normalize("NFC", fixed)
