"""Imported by the workers' fork server: warm the core once (lazy imports, models, each site's rule set with
every regex compiled), so every worker starts warm and its first dumps cost what the rest do.

The service names its rules folder in WARM_CONFIG_DIR_ENV before it starts the fork server, which inherits it.
"""

from __future__ import annotations

import contextlib
import gc
import os
from pathlib import Path

from cleaner.config import CleanConfig
from cleaner.service.work import WARM_CONFIG_DIR_ENV
from cleaner.warm import warm_core


def warm(config: CleanConfig | None = None) -> None:
    """Warm the core (cleaner.warm: tiny documents of each kind, script and site; every rule set built)."""
    with contextlib.suppress(Exception):  # a core fault shows on real files, each charged to its own file
        warm_core(config)


def touch() -> None:
    """In a freshly forked worker: clean the tiny documents once more, so the pages the core writes to are
    copied now, before READY, not during the first real files."""
    warm(_CONFIG)


_folder = os.environ.get(WARM_CONFIG_DIR_ENV)
_CONFIG = CleanConfig(config_dir=Path(_folder)) if _folder else None
warm(_CONFIG)
gc.freeze()  # what exists now lives as long as the worker: no collection walks it (no pauses, fewer page copies)
