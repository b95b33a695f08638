"""Detect a text's language (py3langid) and give the per-language data the heuristics need: stopwords, scripts."""

from __future__ import annotations

import importlib.util
import marshal
import re
import string
from array import array
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from cleaner import warm_cache

_SAMPLE_CHARS = 800  # py3langid's time grows with the sample; 800 characters of prose tell it
_MIN_CHARS = 20
_PROSE_MIN_CHARS = 40
_PROSE_LETTER_SHARE = 0.6
_NON_LETTERS = re.compile(r"[\W\d_]")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_CODE_CHARS = re.compile(r"[{}\[\]<>=;|\\$]")
# Stopword voting (Latin-script samples only): the winner must hold this share of the sample's words and this
# many times the runner-up's votes, else py3langid decides (close languages: pt/gl/es, id/ms, no/da, hr/bs/sr).
_VOTE_CHARS = 400  # as many votes as a clear case needs; the same verdicts as 800 on the sample corpora
_VOTE_MIN_SHARE = 0.2
_VOTE_MARGIN = 2.0
_MAX_NON_LATIN_LETTERS = 8
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")
_TOKEN_EDGE = "\"'“”‘’«»()[]{}.,;:!?¿¡…—–-"

# ISO 639-1 (py3langid's codes) to jusText stoplist names; jusText ships one stoplist per language.
_JUSTEXT_NAMES = {
    "af": "Afrikaans", "an": "Aragonese", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "fy": "West_Frisian", "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "ht": "Haitian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "jv": "Javanese", "ka": "Georgian", "kk": "Kazakh", "kn": "Kannada", "ko": "Korean",
    "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "nb": "Norwegian_Bokmal",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "oc": "Occitan",
    "pl": "Polish", "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "su": "Sundanese", "sv": "Swedish", "sw": "Swahili",
    "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "vo": "Volapuk", "wa": "Walloon", "yo": "Yoruba",
}  # fmt: skip

# Scripts written without spaces between words: word counts and stopwords mean nothing there.
NO_SPACE_LANGUAGES = frozenset({"ja", "zh", "th", "lo", "km", "my", "bo", "dz"})
_NO_SPACE_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _classify() -> Callable[[str], tuple[str, float]]:
    """py3langid's classify, with its model read from the warm cache when a process unpacked it before (the
    packed model costs each process that needs it some 0.6 s of LZMA and array building)."""
    import py3langid

    identifier = _identifier_from_cache()
    classify: Callable[[str], tuple[str, float]] = identifier.classify if identifier is not None else py3langid.classify
    return classify


def _identifier_from_cache() -> Any:
    """py3langid's default identifier (what py3langid.classify builds on first use: the bundled model, no
    probability norming, every language) from the model's arrays kept unpacked in the warm cache; None when
    the cache is off or py3langid's internals are not what this expects (py3langid.classify is then used)."""
    try:
        import numpy as np
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
        from py3langid.modelio import load_model

        model = Path(MODEL_DIR) / MODEL_FILE
        stat = model.stat()
        source = warm_cache.source_of([__file__])
        if not source or warm_cache.cache_dir() is None:
            return None
        key = warm_cache.entry_key(source, str(model), str(stat.st_size), str(stat.st_mtime_ns))
        entry = f"langid-model-{key}.bin"
        try:
            ptc, pc, classes, nextmove, row, output = _unpacked_model(warm_cache.read_bytes(entry))
        except (TypeError, ValueError, KeyError, EOFError, IndexError):  # none yet, or a damaged one: replaced
            ptc, pc, classes, nextmove, row, output = load_model(model)  # as py3langid loads it
            warm_cache.write_bytes(entry, _packed_model(ptc, pc, classes, nextmove, row, output))
        return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, tk_row=row)
    except Exception:  # another py3langid, a damaged entry: py3langid loads its model itself
        return None


def _packed_model(ptc: Any, pc: Any, classes: list[str], nextmove: Any, row: Any, output: list[int]) -> bytes:
    """The model's arrays as one blob: a marshalled header (classes, output, each array's type, shape and
    place), then the arrays' bytes, read back without copying the two large ones (_unpacked_model)."""
    blobs = [ptc.tobytes(), pc.tobytes(), nextmove.tobytes(), row.tobytes()]
    header = marshal.dumps(
        {
            "classes": list(classes),
            "output": list(output),
            "ptc": (ptc.dtype.str, ptc.shape),
            "pc": (pc.dtype.str, pc.shape),
            "typecodes": (nextmove.typecode, row.typecode),
            "sizes": [len(blob) for blob in blobs],
        }
    )
    return len(header).to_bytes(8, "little") + header + b"".join(blobs)


def _unpacked_model(data: bytes | None) -> tuple[Any, Any, list[str], array[int], array[int], list[int]]:
    """The arrays _packed_model stored (ValueError and kin when data is missing or damaged)."""
    import numpy as np

    if data is None:
        raise ValueError("no model entry")

    size = int.from_bytes(data[:8], "little")
    header = marshal.loads(data[8 : 8 + size])
    view = memoryview(data)
    parts: list[memoryview] = []
    start = 8 + size
    for length in header["sizes"]:
        parts.append(view[start : start + length])
        start += length
    if start != len(data):
        raise ValueError("a damaged model entry")
    (ptc_type, ptc_shape), (pc_type, pc_shape) = header["ptc"], header["pc"]
    ptc = np.frombuffer(parts[0], dtype=ptc_type).reshape(ptc_shape)  # read-only: py3langid only reads it
    pc = np.frombuffer(parts[1], dtype=pc_type).reshape(pc_shape)
    nextmove, row = array(header["typecodes"][0]), array(header["typecodes"][1])
    nextmove.frombytes(parts[2])
    row.frombytes(parts[3])
    return ptc, pc, header["classes"], nextmove, row, header["output"]


def _enough_letters(line: str) -> bool:
    """True when letters (what [^\\W\\d_] matches) make up _PROSE_LETTER_SHARE of the line. Counted at C speed on the
    ASCII characters (bytes.translate deletes the ASCII letters); the regex, about 45 ns a character with its
    Unicode category tests, runs only when the non-ASCII characters could tip the balance (other scripts)."""
    needed = _PROSE_LETTER_SHARE * len(line)
    ascii_only = line.encode("ascii", "ignore")
    ascii_letters = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTERS))
    if ascii_letters >= needed:
        return True
    if ascii_letters + len(line) - len(ascii_only) < needed:
        return False
    return len(line) - _NON_LETTERS.subn("", line)[1] >= needed


def _prose_sample(text: str) -> str:
    """Up to 800 characters of the text's prose-like lines, so that leading script or menus do not vote."""
    picked: list[str] = []
    size = 0
    start = 0
    while start < len(text) and size < _SAMPLE_CHARS:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        start = end + 1
        if len(line) < _PROSE_MIN_CHARS or _CODE_CHARS.search(line):
            continue
        if _enough_letters(line):
            picked.append(line)
            size += len(line) + 1
    sample = "\n".join(picked)
    return sample if len(sample) >= _PROSE_MIN_CHARS else text[:_SAMPLE_CHARS]


@lru_cache(maxsize=1)
def _stopword_votes() -> dict[str, tuple[str, ...]]:
    """Latin-script word → the languages whose jusText stoplist holds it. Many stoplists (built from Wikipedia)
    hold common English words, so English words vote for English only. Read from the warm cache when a process
    built them before (reading 82 stoplists costs a fresh process some 0.15 s)."""
    entry = _votes_entry()
    stored = warm_cache.read_value(entry) if entry else None
    if isinstance(stored, dict):
        return stored
    votes = _built_stopword_votes()
    if entry:
        warm_cache.write_value(entry, votes)
    return votes


def _votes_entry() -> str:
    """The cache entry's name for the votes built by this module from this jusText's stoplists ("": none)."""
    spec = importlib.util.find_spec("justext")  # not imported: that alone costs some 50 ms
    source = warm_cache.source_of([__file__])
    if spec is None or spec.origin is None or not source:
        return ""
    try:  # its stoplists as installed: another version or install is another folder or time
        stoplists = Path(spec.origin).parent / "stoplists"
        installed = f"{stoplists}:{stoplists.stat().st_mtime_ns}"
    except OSError:
        return ""
    return f"stopword-votes-{warm_cache.entry_key(source, installed)}.marshal"


def _built_stopword_votes() -> dict[str, tuple[str, ...]]:
    english = stopwords("en")
    latin = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")
    votes: dict[str, list[str]] = {}
    for code in _JUSTEXT_NAMES:
        words = stopwords(code) if code == "en" else stopwords(code) - english
        for word in words:
            if not latin.search(word):
                votes.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in votes.items()}


def _voted_language(sample: str) -> str | None:
    """The language whose stopwords clearly dominate a Latin-script sample; None when the vote is not clear
    (or the sample is in another script)."""
    if len(_NON_LATIN_LETTER.findall(sample)) > _MAX_NON_LATIN_LETTERS:
        return None
    tokens = list(map(str.strip, sample.lower().split(), repeat(_TOKEN_EDGE)))
    votes = _stopword_votes()
    counts = Counter(chain.from_iterable(filter(None, map(votes.get, tokens))))
    # what most_common(2) documents itself as, without its heapq overhead on a handful of languages
    ranked = sorted(counts.items(), key=itemgetter(1), reverse=True)[:2]
    if not ranked:
        return None
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if count >= _VOTE_MIN_SHARE * len(tokens) and count >= _VOTE_MARGIN * runner_up else None


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "" when there is too little text to tell.

    Stopword votes decide when they are clear (a few microseconds); py3langid's n-gram model (about half a
    millisecond per sample) decides the rest."""
    sample = _prose_sample(text)[:_SAMPLE_CHARS]
    if len(sample.strip()) < _MIN_CHARS:
        return ""
    voted = _voted_language(sample[:_VOTE_CHARS])
    if voted is not None:
        return voted
    code, _score = _classify()(sample)
    return str(code)


@lru_cache(maxsize=32)
def stopwords(language: str) -> frozenset[str]:
    """jusText's stoplist for the language (lower-case words); empty when it has none or none is known."""
    name = _JUSTEXT_NAMES.get(language)
    if name is None:
        return frozenset()
    import justext

    return frozenset(justext.get_stoplist(name))


def writes_without_spaces(language: str, text: str = "") -> bool:
    """True for languages (or, when the language is unknown, text) written without spaces between words."""
    if language:
        return language in NO_SPACE_LANGUAGES
    return bool(text) and len(_NO_SPACE_SCRIPT.findall(text[:2000])) > len(text[:2000]) / 4


__all__ = ["NO_SPACE_LANGUAGES", "detect_language", "stopwords", "writes_without_spaces"]
