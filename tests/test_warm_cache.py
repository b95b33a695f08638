"""Tests for cleaner.warm_cache: start-up work kept on disk, never a stale or broken answer."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from cleaner import clean, language, literals, regex_cache, warm_cache
from cleaner.config import CleanConfig, reload_rulebooks
from cleaner.rules import default_config_dir
from cleaner.scanner import LineScanner

DUMP = (
    "Council approves the new budget\n\n"
    "The council approved the new budget on Tuesday after a long debate about schools and roads.\n\n"
    "Tell us your views on the plan\n\n"
    "Members said the plan would fund the library for the next two years, starting in the spring.\n\n"
    "Brought to you by Example Bank\n\n"
    "The mayor thanked the residents who had come to the meeting to speak about the plan.\n"
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder, and a process that has read nothing from any cache yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    monkeypatch.delenv("CLEANER_NO_CACHE", raising=False)
    _new_process(monkeypatch)
    return folder


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process remembered, as a fresh process would start."""
    warm_cache.forget_all()
    literals._variant_database.cache_clear()
    language._stopword_votes.cache_clear()
    reload_rulebooks()


def _config_with_rule(folder: Path, pattern: str) -> CleanConfig:
    """The bundled config with one more generic rule (a literal TOML string: no escapes)."""
    if not folder.exists():
        shutil.copytree(default_config_dir(), folder)
    generic = (default_config_dir() / "generic.toml").read_text(encoding="utf-8")
    rule = f'\n[[rules]]\nname = "test_promo"\ncategory = "promo"\npattern = \'{pattern}\'\nmax_words = 8\n'
    (folder / "generic.toml").write_text(generic + rule, encoding="utf-8")
    return CleanConfig(config_dir=folder)


def _removed_by_test_rule(config: CleanConfig) -> list[str]:
    return [r.text for r in clean(DUMP, name="dump.txt", config=config).removed if r.rule == "test_promo"]


def test_a_changed_rule_file_gets_a_fresh_analysis(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule edited between two runs is read anew from its new text: the second run drops what the new rule
    names and keeps what only the old one named, while the cache holds what the first run analysed."""
    config_dir = tmp_path / "config"
    first = _config_with_rule(config_dir, r"^Brought to you by [A-Z]\w+ Bank$")
    assert _removed_by_test_rule(first) == ["Brought to you by Example Bank"]
    assert list(cache.glob("scanner-analyses-*")), "the first run stores its analyses"
    assert list(cache.glob("hyperscan-*")) or not literals.hyperscan_available()

    _new_process(monkeypatch)
    second = _config_with_rule(config_dir, r"^Tell us your (?:views|thoughts) on\b")
    assert _removed_by_test_rule(second) == ["Tell us your views on the plan"]

    _new_process(monkeypatch)  # back to the first rule: read from the cache now, the same answer
    assert _removed_by_test_rule(_config_with_rule(config_dir, r"^Brought to you by [A-Z]\w+ Bank$")) == [
        "Brought to you by Example Bank"
    ]


def test_outputs_are_the_same_cold_warm_and_without_a_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first run (filling the cache), a later one (reading it) and one with the cache off give the same."""
    cold = clean(DUMP, name="dump.txt")
    _new_process(monkeypatch)
    warm = clean(DUMP, name="dump.txt")
    monkeypatch.setenv("CLEANER_NO_CACHE", "1")
    _new_process(monkeypatch)
    off = clean(DUMP, name="dump.txt")
    assert cold.text == warm.text == off.text
    assert cold.removed == warm.removed == off.removed
    assert "Tell us your views on the plan" in cold.text
    assert "The mayor thanked the residents" in cold.text


def test_corrupt_entries_are_computed_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A truncated or foreign file under an entry's name is ignored (and replaced), never trusted."""
    expected = clean(DUMP, name="dump.txt")
    entries = [path for path in cache.iterdir() if not path.name.startswith(".")]
    assert entries
    for path in entries:
        path.write_bytes(b"\x00not what was stored")
    _new_process(monkeypatch)
    again = clean(DUMP, name="dump.txt")
    assert again.text == expected.text
    assert again.removed == expected.removed
    assert all(path.read_bytes() != b"\x00not what was stored" for path in entries if "scanner" in path.name)


def test_an_entry_with_one_changed_byte_is_not_read(cache: Path) -> None:
    """A stored entry whose bytes changed after writing (a flipped bit that still parses) is refused whole: a
    regex program or model read from it could otherwise change a verdict without an error."""
    warm_cache.write_value("probe", {"pattern": b"\x01\x02\x03\x04", "count": 7})
    assert warm_cache.read_value("probe") == {"pattern": b"\x01\x02\x03\x04", "count": 7}
    stored = bytearray((cache / "probe").read_bytes())
    stored[stored.index(b"\x03")] = 0x05  # the value still unmarshals, to a different program
    (cache / "probe").write_bytes(bytes(stored))
    assert warm_cache.read_value("probe") is None
    assert warm_cache.read_bytes("probe") is None


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache path that cannot be a folder (a file is in the way) only means no cache."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(blocker / "cleaner"))
    _new_process(monkeypatch)
    result = clean(DUMP, name="dump.txt")
    assert "The council approved the new budget" in result.text
    assert warm_cache.read_value("anything") is None


def test_the_scanner_reads_the_same_analysis_it_stored(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scanner built from cached analyses finds the same candidate lines as one built from scratch."""
    patterns = [re.compile(r"^(?:Read|See) more\b", re.I), re.compile(r"\bnewsletter$"), re.compile(r"[|•] Share")]
    lines = ["Read more about it", "see more", "Sign up for our newsletter", "Home | Share", "A sentence of prose."]
    fresh = LineScanner(patterns).hits(lines)
    _new_process(monkeypatch)
    assert LineScanner(patterns).hits(lines) == fresh
    assert set(fresh) == {0, 1, 2, 3}


def test_entry_names_depend_on_every_part() -> None:
    """Different inputs name different entries; the same inputs the same one."""
    assert warm_cache.entry_key("a", b"b") == warm_cache.entry_key("a", b"b")
    assert warm_cache.entry_key("a", "b") != warm_cache.entry_key("ab")
    assert warm_cache.entry_key("a", "b") != warm_cache.entry_key("b", "a")


def test_a_regex_rebuilt_from_its_stored_program_is_the_same_pattern(cache: Path) -> None:
    """Patterns from stored programs equal re.compile's (flags, text, program) and match the same; a bad
    pattern still raises re.error."""
    sources = [
        (r"^(?:Read|See) (?P<what>more|also)\b", re.I),
        (r"(?i)\bnewsletter\s*$", 0),
        (r"[|•] Share(?= on)", re.M),
    ]
    first = [regex_cache.compiled(source, flags) for source, flags in sources]
    warm_cache.flush()
    assert list(cache.glob("regex-programs-*"))
    warm_cache.forget_all()
    again = [regex_cache.compiled(source, flags) for source, flags in sources]
    for pattern, rebuilt, (source, flags) in zip(first, again, sources, strict=True):
        assert rebuilt == pattern == re.compile(source, flags)
        assert rebuilt is not pattern  # rebuilt from the stored program, not re's own cache
        assert rebuilt.groupindex == pattern.groupindex
    assert again[0].match("see also this").group("what") == "also"
    assert again[1].search("Sign up for our NEWSLETTER ") is not None
    assert again[2].search("Home | Share on X") is not None
    assert again[2].search("Home | Share it") is None
    with pytest.raises(re.error):
        regex_cache.compiled(r"(unclosed")


_LANGUAGE_SAMPLES = (
    "Городской совет утвердил новый бюджет во вторник после долгих обсуждений.",
    "市議会は火曜日、長い議論の末に新しい予算を承認した。",
    "O conselho aprovou o novo orçamento na terça-feira depois de um longo debate.",
    "Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan panjang.",
    "",
)


def test_the_language_model_from_the_cache_decides_as_py3langid(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """py3langid's model unpacked into the cache (first run) and read back from it (a later run) classifies
    every sample as py3langid itself does; a damaged entry means py3langid's own loading."""
    import py3langid

    expected = [py3langid.classify(sample) for sample in _LANGUAGE_SAMPLES]
    stored = language._identifier_from_cache()
    assert stored is not None and list(cache.glob("langid-model-*"))
    read_back = language._identifier_from_cache()
    assert read_back is not None
    assert [stored.classify(s) for s in _LANGUAGE_SAMPLES] == expected
    assert [read_back.classify(s) for s in _LANGUAGE_SAMPLES] == expected
    for path in cache.glob("langid-model-*"):
        path.write_bytes(path.read_bytes()[:1000])
    repaired = language._identifier_from_cache()  # loaded afresh by py3langid, and stored again
    assert repaired is not None
    assert [repaired.classify(s) for s in _LANGUAGE_SAMPLES] == expected
    assert all(path.stat().st_size > 1_000_000 for path in cache.glob("langid-model-*"))
    assert language.detect_language(_LANGUAGE_SAMPLES[0]) == "ru"


def _aged(path: Path, days: float) -> None:
    then = time.time() - days * 24 * 3600
    os.utime(path, (then, then))


def _entry(kind: str, n: int) -> str:
    """An entry's name as this module's callers make them: a kind, then entry_key's hash."""
    return f"{kind}-{warm_cache.entry_key(str(n))}.marshal"


OLD, RECENT, NEW = _entry("scanner-analyses", 1), _entry("langid-model", 2), _entry("scanner-analyses", 3)


def test_a_new_entry_sweeps_out_entries_unused_for_a_month(cache: Path) -> None:
    """An upgrade names new entries (the 68 MB language model among them) and never reads the old ones again:
    writing a new entry removes what nobody read for STALE_AFTER_SECONDS, and a dead writer's temporary file."""
    warm_cache.write_bytes(OLD, b"from a version long gone")
    warm_cache.write_bytes(RECENT, b"from last week")
    (cache / ".tmp-cleaner-abandoned").write_bytes(b"half of an entry")
    _aged(cache / OLD, 45)
    _aged(cache / RECENT, 7)
    _aged(cache / ".tmp-cleaner-abandoned", 2)
    warm_cache.write_bytes(NEW, b"this version's")
    assert sorted(p.name for p in cache.iterdir()) == sorted([NEW, RECENT])


def test_the_sweep_leaves_other_programs_files_alone(cache: Path) -> None:
    """CLEANER_CACHE_DIR may point at a folder other programs use: only names this module writes can go."""
    cache.mkdir(parents=True)
    foreign = ["notes.txt", ".tmp-otherapp", "model-backup.bin", "report-2024.marshal"]
    for name in foreign:
        (cache / name).write_bytes(b"not cleaner's")
        _aged(cache / name, 45)
    warm_cache.write_bytes(NEW, b"value")
    assert sorted(p.name for p in cache.iterdir()) == sorted([*foreign, NEW])


def test_reading_an_entry_keeps_it_from_the_sweep(cache: Path) -> None:
    """A version still in use (another virtualenv sharing the cache) marks the entries it reads as used."""
    warm_cache.write_bytes(OLD, b"value")
    _aged(cache / OLD, 45)
    assert warm_cache.read_bytes(OLD) == b"value"
    warm_cache.write_bytes(NEW, b"value")
    assert (cache / OLD).exists()


def test_rewriting_an_entry_sweeps_nothing(cache: Path) -> None:
    """Only a new entry's name starts a sweep: a store saved again by each process leaves old entries alone."""
    warm_cache.write_bytes(RECENT, b"one")
    warm_cache.write_bytes(OLD, b"old")
    _aged(cache / OLD, 45)
    warm_cache.write_bytes(RECENT, b"two")
    assert (cache / OLD).exists()
    assert warm_cache.prune(cache) == [OLD]
