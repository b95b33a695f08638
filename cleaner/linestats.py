"""LineStats: per-site document frequencies of line keys and line families, stored in SQLite (WAL).

One store serves both shells: `cleaner clean DIR --learn` / `cleaner learn` keep it in a file of their own,
and the watch service keeps it in its own SQLite state file, beside its tables (ours are all `linestats_*`).

    stats = LineStats.open(path)              # creates the tables if missing; WAL; 30 s busy timeout
    stats.observe_result(result, site=config.site_key)  # once per cleaned document; a repeat is ignored
    stats.observe("lbc.co.uk", lines, doc_id=sha256_in)  # the same from raw lines
    learned = stats.snapshot()                # in-memory, immutable: CleanConfig(learned=...) applies it
    if stats.documents() != learned.documents: ...  # counts moved on: take a new snapshot when convenient

In a service with worker processes: a worker turns its Result into `observation_of(result, site=...)` (a
small picklable value) and sends it back; the one process that owns the state file calls `observe_many`
(batching is cheaper: one transaction). Workers apply counts from a snapshot they hold: load it with
`load_snapshot(path)` when told the counts moved on (like the rulebook generation), and pass it as
CleanConfig(learned=...). A CleanConfig(learned_path=...) re-reads the file whenever it changed, which
suits a finished file (the CLI), not one written to after every document. Use one LineStats per thread.

Counting is by document frequency: a line repeated inside one document counts once. A sample text is kept
for keys seen in 2+ documents only (that is what an exported profile shows), so the file stays small.
Rows of keys seen in at most 2 documents are pruned once they are older than `window_docs` documents of
their site: under the recency window (see repetition.py) they could not become template any more.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from cleaner.errors import ConfigError
from cleaner.linekeys import KEY_VERSION
from cleaner.model import Result
from cleaner.repetition import (
    LearnedLines,
    Observation,
    SiteLines,
    Thresholds,
    load_repetition_thresholds,
    make_observation,
    observation_of,
)

SCHEMA_VERSION = 1
_BATCH = 400  # keys per IN (...) query

_SCHEMA = """
CREATE TABLE IF NOT EXISTS linestats_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS linestats_sites (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n_docs INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS linestats_docs (
    site INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (site, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS linestats_lines (
    site INTEGER NOT NULL, key INTEGER NOT NULL, df INTEGER NOT NULL, first_n INTEGER NOT NULL,
    sample TEXT, PRIMARY KEY (site, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS linestats_prefixes (
    site INTEGER NOT NULL, key INTEGER NOT NULL, df INTEGER NOT NULL, first_n INTEGER NOT NULL,
    variants INTEGER NOT NULL, plain_df INTEGER NOT NULL, top_df INTEGER NOT NULL, prefix TEXT NOT NULL,
    sample TEXT,
    PRIMARY KEY (site, key)) WITHOUT ROWID;
"""
_UPSERT_LINE = """
INSERT INTO linestats_lines (site, key, df, first_n, sample) VALUES (:site, :key, 1, :n, NULL)
ON CONFLICT (site, key) DO UPDATE SET df = df + 1, sample = coalesce(sample, :text)
"""
_UPSERT_PREFIX = """
INSERT INTO linestats_prefixes (site, key, df, first_n, variants, plain_df, top_df, prefix, sample)
VALUES (:site, :key, 1, :n, :new, :plain, :top, :prefix, NULL)
ON CONFLICT (site, key) DO UPDATE SET
    df = df + 1, variants = variants + :new, plain_df = plain_df + :plain, top_df = max(top_df, :top),
    sample = coalesce(sample, :text)
"""


@dataclass(frozen=True, slots=True)
class LearnedRow:
    """One counted key of a site with the sample text kept for it (for review and export)."""

    df: int
    first_n: int
    sample: str
    prefix: str = ""  # the family id for prefix rows ("label:read more"), "" for whole lines
    variants: int = 0  # distinct lines counted in the family
    plain_df: int = 0  # documents where one of its lines was not sentence-like
    top_df: int = 0  # documents its most frequent line was seen in


class LineStats:
    """Per-site line and family counts in SQLite; share a file with other tables freely.

    Not thread-safe: use one LineStats per thread (or per process). Writes go through `observe` /
    `observe_many`, each one transaction; reads through `snapshot`, `site_names` and `rows`.
    """

    def __init__(self, connection: sqlite3.Connection, *, window_docs: int | None = None) -> None:
        """window_docs: how long rare keys are kept, in documents (None: config/repetition.toml's window)."""
        self._db = connection
        self._window_docs = window_docs or load_repetition_thresholds().window_docs
        self._create()

    @classmethod
    def open(cls, path: Path | str, *, window_docs: int | None = None) -> LineStats:
        """Open (creating if needed) the store in the SQLite file at path, in WAL mode."""
        try:
            connection = sqlite3.connect(str(path), timeout=30.0, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot open learned line counts: {exc}", path=path) from exc
        return cls(connection, window_docs=window_docs)

    def close(self) -> None:
        """Close the connection (only if this store opened it, or the caller is done with it)."""
        self._db.close()

    def __enter__(self) -> LineStats:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _create(self) -> None:
        self._db.executescript(_SCHEMA)
        row = self._db.execute("SELECT value FROM linestats_meta WHERE name = 'version'").fetchone()
        version = f"{SCHEMA_VERSION}.{KEY_VERSION}"
        if row is None:
            self._db.execute("INSERT INTO linestats_meta (name, value) VALUES ('version', ?)", (version,))
        elif row[0] != version:
            raise ConfigError(
                f"learned line counts are version {row[0]}, this cleaner writes {version}; "
                "delete the file (or its linestats_* tables) and learn again"
            )

    def observe(self, site: str, lines: Sequence[str], *, doc_id: str | None = None) -> bool:
        """Count one document's lines for site; False (and nothing counted) if doc_id was seen before.

        doc_id defaults to a hash of the lines; pass the input's sha256 so a re-run with another cleaner
        version (other lines) still counts the file once.
        """
        return self.observe_many([make_observation(site, lines, doc_id=doc_id)]) == 1

    def observe_result(self, result: Result, *, site: str | None = None) -> bool:
        """Count a cleaned document (kept and removed lines) under its site, or site when forced (pass
        CleanConfig.site_key); False when it was counted before or had no lines (rejected input)."""
        observation = observation_of(result, site=site)
        return observation is not None and self.observe_many([observation]) == 1

    def observe_many(self, observations: Iterable[Observation]) -> int:
        """Count many documents in one transaction; return how many were new."""
        counted = 0
        with self._transaction():
            for obs in observations:
                counted += self._record(obs)
        return counted

    def _transaction(self, *, write: bool = True) -> _Transaction:
        return _Transaction(self._db, immediate=write)

    def _site_id(self, name: str) -> int:
        self._db.execute("INSERT OR IGNORE INTO linestats_sites (name) VALUES (?)", (name,))
        row = self._db.execute("SELECT id FROM linestats_sites WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def _record(self, obs: Observation) -> int:
        site = self._site_id(obs.site)
        cursor = self._db.execute("INSERT OR IGNORE INTO linestats_docs (site, doc) VALUES (?, ?)", (site, obs.doc_id))
        if cursor.rowcount == 0:
            return 0
        row = self._db.execute(
            "UPDATE linestats_sites SET n_docs = n_docs + 1 WHERE id = ? RETURNING n_docs", (site,)
        ).fetchone()
        n = int(row[0])
        keys = [key for key, _text, _prefixes in obs.lines]
        known = self._key_dfs(site, keys)
        self._db.executemany(
            _UPSERT_LINE, [{"site": site, "key": key, "n": n, "text": text} for key, text, _p in obs.lines]
        )
        dfs = self._key_dfs(site, [key for key, _text, prefixes in obs.lines if prefixes])
        new: dict[int, int] = {}
        top: dict[int, int] = {}
        for key, _text, prefixes in obs.lines:
            for prefix_key in prefixes:
                new[prefix_key] = new.get(prefix_key, 0) + (key not in known)
                top[prefix_key] = max(top.get(prefix_key, 0), dfs.get(key, 1))
        self._db.executemany(
            _UPSERT_PREFIX,
            [
                {"site": site, "key": p.key, "n": n, "new": new.get(p.key, 0), "top": top.get(p.key, 1)}
                | {"plain": int(p.plain), "prefix": p.prefix, "text": p.sample}
                for p in obs.prefixes
            ],
        )
        if n % self._window_docs == 0:
            self._prune(site, n)
        return 1

    def _key_dfs(self, site: int, keys: list[int]) -> dict[int, int]:
        """key → df for those of keys the site has counted."""
        found: dict[int, int] = {}
        for start in range(0, len(keys), _BATCH):
            chunk = keys[start : start + _BATCH]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, df FROM linestats_lines WHERE site = ? AND key IN ({marks})"
            found.update((int(k), int(df)) for k, df in self._db.execute(query, (site, *chunk)))
        return found

    def _prune(self, site: int, n: int) -> None:
        for table in ("linestats_lines", "linestats_prefixes"):
            self._db.execute(
                f"DELETE FROM {table} WHERE site = ? AND df <= 2 AND first_n < ?", (site, n - self._window_docs)
            )

    def documents(self) -> int:
        """Documents counted over all sites: compare with LearnedLines.documents to see if a snapshot is stale."""
        row = self._db.execute("SELECT coalesce(sum(n_docs), 0) FROM linestats_sites").fetchone()
        return int(row[0])

    def site_names(self) -> list[tuple[str, int]]:
        """(site, documents counted) for every site, most documents first."""
        rows = self._db.execute("SELECT name, n_docs FROM linestats_sites ORDER BY n_docs DESC, name")
        return [(str(name), int(n)) for name, n in rows]

    def rows(self, site: str, *, min_df: int = 2) -> Iterator[LearnedRow]:
        """The site's counted lines and families with df ≥ min_df (those with a sample), most frequent first."""
        lines = self._db.execute(
            "SELECT l.df, l.first_n, l.sample FROM linestats_lines l JOIN linestats_sites s ON s.id = l.site "
            "WHERE s.name = ? AND l.df >= ? AND l.sample IS NOT NULL ORDER BY l.df DESC",
            (site, min_df),
        )
        for df, first_n, sample in lines.fetchall():
            yield LearnedRow(int(df), int(first_n), str(sample))
        prefixes = self._db.execute(
            "SELECT p.df, p.first_n, p.sample, p.prefix, p.variants, p.plain_df, p.top_df FROM linestats_prefixes p "
            "JOIN linestats_sites s ON s.id = p.site WHERE s.name = ? AND p.df >= ? ORDER BY p.df DESC",
            (site, min_df),
        )
        for df, first_n, sample, prefix, variants, plain_df, top_df in prefixes.fetchall():
            yield LearnedRow(int(df), int(first_n), str(sample or ""), str(prefix), variants, plain_df, top_df)

    def snapshot(self, thresholds: Thresholds | None = None) -> LearnedLines:
        """Everything the repetition stage needs, loaded into memory in one read transaction
        (thresholds None: config/repetition.toml's, with this store's window)."""
        limits = thresholds or replace(load_repetition_thresholds(), window_docs=self._window_docs)
        with self._transaction(write=False):
            sites = {int(i): (str(name), int(n)) for i, name, n in self._db.execute("SELECT * FROM linestats_sites")}
            line_rows = self._db.execute(
                "SELECT site, key, df, first_n FROM linestats_lines WHERE df >= ?", (limits.min_df,)
            ).fetchall()
            prefix_rows = self._db.execute(
                "SELECT site, prefix, df, first_n, variants, plain_df, top_df FROM linestats_prefixes WHERE df >= ?",
                (limits.family_min_df,),
            ).fetchall()
        lines: dict[int, dict[int, tuple[int, int]]] = {i: {} for i in sites}
        families: dict[int, dict[str, tuple[int, int]]] = {i: {} for i in sites}
        for site, key, df, first_n in line_rows:
            lines[site][key] = (df, limits.effective_docs(sites[site][1], first_n))
        for site, prefix, df, first_n, variants, plain_df, top_df in prefix_rows:
            if limits.is_family(df=df, variants=variants, plain_df=plain_df, top_df=top_df):
                families[site][prefix] = (df, limits.effective_docs(sites[site][1], first_n))
        return LearnedLines(
            sites={name: SiteLines.build(n, lines[i], families[i]) for i, (name, n) in sites.items()},
            thresholds=limits,
        )


class _Transaction:
    """BEGIN (IMMEDIATE for writes) … COMMIT, or ROLLBACK on error, on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection, *, immediate: bool) -> None:
        self._db = db
        self._begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    def __enter__(self) -> None:
        self._db.execute(self._begin)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")


def load_snapshot(path: Path | str, thresholds: Thresholds | None = None) -> LearnedLines:
    """Read a store file into a snapshot (read-only use: no site is counted)."""
    if not Path(path).is_file():
        raise ConfigError("no learned line counts at this path", path=path)
    with closing(LineStats.open(path)) as stats:
        return stats.snapshot(thresholds)


__all__ = ["SCHEMA_VERSION", "LearnedRow", "LineStats", "load_snapshot"]
