"""Compile the rules' regexes from programs kept in the warm cache: a fresh process skips re's parser and compiler.

re.compile parses a pattern and compiles it to a program for the C matcher (_sre); for the bundled rules that
costs each fresh process about 0.1 s, most of its first dump's regex work. The program is a plain list of
integers: kept on disk (cleaner/warm_cache.py, under a name that holds the exact Python build and _sre's magic
number), it makes the same compiled pattern in microseconds. A program is stored only after the pattern rebuilt
from it compared equal to re.compile's own (same flags, text and program), and anything unexpected falls back
to re.compile: the cache can only make compiling faster, never different.
"""

from __future__ import annotations

import importlib
import re
import sys
from array import array
from typing import Any

from cleaner import warm_cache

try:  # CPython's own regex internals (no type stubs): without them (another Python), re.compile as usual
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - CPython has them
    _sre = None


# the array type of _sre's code words (its CODESIZE bytes each): "I" is 4 bytes wide on every common platform
_CODE_TYPE = "I"


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(source, flags): rebuilt from its stored program when a process compiled it before. For the
    rules' own patterns (a few hundred): the scanner's alternations of them are too many and too large to keep
    (tens of megabytes), and each is compiled only when a line needs it."""
    key = (source, int(flags))
    if _sre is None or not _PROGRAMS.kept:
        return re.compile(source, flags)
    program = _PROGRAMS.get(key)
    if program is not None:
        rebuilt = _rebuilt(source, program)
        if rebuilt is not None:
            return rebuilt
    pattern = re.compile(source, flags)  # a bad pattern raises re.error here, as it always did
    program = _program(source, int(flags))
    if program is not None and _rebuilt(source, program) == pattern:
        _PROGRAMS.put(key, program)
    return pattern


def _program(source: str, flags: int) -> tuple[Any, ...] | None:
    """The arguments _sre.compile takes for the pattern (what re._compiler.compile passes it), as plain data."""
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            int(flags | parsed.state.flags),
            array(_CODE_TYPE, code).tobytes(),  # some 4,000 numbers: as bytes, read back in one C call
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # internals of another shape: no program, re.compile alone
        return None


def _rebuilt(source: str, program: tuple[Any, ...]) -> re.Pattern[str] | None:
    """The pattern _sre makes of a stored program (None when it refuses it)."""
    try:
        flags, code, *groups = program
        pattern: re.Pattern[str] = _sre.compile(source, flags, array(_CODE_TYPE, code).tolist(), *groups)
        return pattern
    except Exception:  # a damaged entry, or internals of another shape: compiled afresh
        return None


def _programs_entry() -> str:
    """The cache entry's name: programs are valid for one Python build and its matcher only."""
    if _sre is None or array(_CODE_TYPE).itemsize != _sre.CODESIZE:
        return ""
    return f"regex-programs-{warm_cache.entry_key(sys.version, str(_sre.MAGIC), str(_sre.CODESIZE))}.marshal"


_PROGRAMS = warm_cache.Store(_programs_entry)


__all__ = ["compiled"]
