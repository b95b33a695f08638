"""Imported by the workers' fork server: warm the core once (lazy imports, models, each site's rule scanner), so
every worker starts warm. (The scanners still compile each first-character slot's regex on first use, so the
first dumps after a start are slower than the rest, by up to a few hundred milliseconds.)

The service names its rules folder in WARM_CONFIG_DIR_ENV before it starts the fork server, which inherits it.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

from cleaner.config import CleanConfig
from cleaner.pipeline import clean
from cleaner.service.work import WARM_CONFIG_DIR_ENV
from cleaner.strip import apply_rules

_TEXT = (
    "Warm-up article\n\nBy A. Writer\n\nThe council approved the new budget on Tuesday after a long debate.\n\n"
    "Members said the plan would fund schools, roads and the library for the next two years.\n"
)
_HTML = "<html><head><title>Warm-up</title></head><body><article><p>" + _TEXT + "</p></article></body></html>"


def warm(config: CleanConfig | None = None) -> None:
    """Run the whole pipeline on a tiny text dump and a tiny HTML page; compile every site profile's rules."""
    try:
        clean(_TEXT, name="warmup.txt", config=config)
        clean(_HTML, name="warmup.html", config=config)
        book = (config or CleanConfig()).rulebook()
        for site in book.sites:  # the strip stage builds (site, generic)'s scanner on the first dump of a site
            apply_rules((), (site, book.generic))
    except Exception:  # a core fault shows on real files, each charged to its own file: start anyway
        pass


def touch() -> None:
    """In a freshly forked worker: clean the tiny documents once more, so the pages the core writes to are
    copied now, before READY, not during the first real files."""
    warm(_CONFIG)


_folder = os.environ.get(WARM_CONFIG_DIR_ENV)
_CONFIG = CleanConfig(config_dir=Path(_folder)) if _folder else None
warm(_CONFIG)
gc.freeze()  # what exists now lives as long as the worker: no collection walks it (no pauses, fewer page copies)
