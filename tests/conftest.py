"""Shared fixtures: paths to the bundled evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed dumps with gold answers."""
    return DATA / "seeds"


@pytest.fixture(scope="session")
def dumps_dir() -> Path:
    """The 181 Zyte benchmark pages as text dumps with gold answers."""
    return DATA / "scrapinghub-dumps"
