"""Imported by the workers' fork server: warm the core once (lazy imports, models, compiled rule scanners), so
every worker starts warm and the first files of each site are as quick as the rest.

The service names its rules folder in WARM_CONFIG_DIR_ENV before it starts the fork server, which inherits it.
"""

from __future__ import annotations

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
        for site in book.sites:  # the strip stage compiles (site, generic) on the first dump of each site
            apply_rules((), (site, book.generic))
    except Exception:  # a core fault shows on real files, each charged to its own file: start anyway
        pass


_folder = os.environ.get(WARM_CONFIG_DIR_ENV)
warm(CleanConfig(config_dir=Path(_folder)) if _folder else None)
