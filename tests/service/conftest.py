"""Fixtures for the service tests: a factory of real `cleaner watch` subprocesses, killed at teardown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.service.harness import Service

MakeService = Callable[..., Service]


@pytest.fixture
def make_service(tmp_path: Path) -> Iterator[MakeService]:
    """Build a Service on folders under tmp_path (not started); every one is cleaned up after the test."""
    made: list[Service] = []

    def make(**kwargs: object) -> Service:
        service = Service(tmp_path / f"s{len(made)}", **kwargs)
        made.append(service)
        return service

    yield make
    for service in made:
        service.cleanup()
