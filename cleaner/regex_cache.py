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
from typing import Any

from cleaner import warm_cache

try:  # CPython's own regex internals (no type stubs): without them (another Python), re.compile as usual
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - CPython has them
    _sre = None


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(source, flags): rebuilt from its stored program when a process compiled it before."""
    key = (source, int(flags))
    program = _PROGRAMS.get(key) if _sre is not None else None
    if program is not None:
        try:
            pattern: re.Pattern[str] = _sre.compile(source, *program)
            return pattern
        except (TypeError, ValueError, OverflowError, RuntimeError):  # a damaged entry: compile afresh
            pass
    pattern = re.compile(source, flags)  # a bad pattern raises re.error here, as it always did
    if _sre is not None:
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
            [int(op) for op in code],
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # internals of another shape: no program, re.compile alone
        return None


def _rebuilt(source: str, program: tuple[Any, ...]) -> re.Pattern[str] | None:
    try:
        pattern: re.Pattern[str] = _sre.compile(source, *program)
        return pattern
    except Exception:  # see _program
        return None


def _programs_entry() -> str:
    """The cache entry's name: programs are valid for one Python build and its matcher only."""
    if _sre is None:
        return ""
    return f"regex-programs-{warm_cache.entry_key(sys.version, str(_sre.MAGIC), str(_sre.CODESIZE))}.marshal"


_PROGRAMS = warm_cache.Store(_programs_entry)


__all__ = ["compiled"]
