"""cleaner: turn scraped news article dumps into clean article text plus a JSON metadata record."""

from __future__ import annotations

__version__ = "0.1.0"

from cleaner.config import CleanConfig
from cleaner.errors import CleanerError, ConfigError, InputError, OutputError
from cleaner.model import Removal, Result
from cleaner.pipeline import clean
from cleaner.process import process_file
from cleaner.write import output_name

__all__ = [
    "CleanConfig",
    "CleanerError",
    "ConfigError",
    "InputError",
    "OutputError",
    "Removal",
    "Result",
    "__version__",
    "clean",
    "output_name",
    "process_file",
]
