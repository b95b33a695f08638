"""Repetition learning in the service: line counts per site in the state folder, applied to later files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.service.conftest import MakeService
from tests.service.harness import article, drop, wait_until

pytestmark = pytest.mark.system

TEMPLATE = b"The Riverside Gazette is published by Riverside Media Group in association with partners.\n"


def test_learned_template_line_is_dropped_from_later_files(make_service: MakeService, tmp_path: Path) -> None:
    """After a dozen dumps share a line, the next dump of the site loses it to the repeated_line rule."""
    service = make_service(settings={"learn_repetition": "true"}).start()
    staging = tmp_path / "staging"
    first = {f"site{n:02d}.txt" for n in range(12)}
    for number, name in enumerate(sorted(first)):
        drop(service.inbox, name, article(number) + b"\n" + TEMPLATE, staging=staging)
    service.wait_archived(first)
    wait_until(
        lambda: any(line["documents"] >= 12 for line in service.events("learned_counts")),
        what="a snapshot of the counts with all twelve documents",
    )
    drop(service.inbox, "later.txt", article(99) + b"\n" + TEMPLATE, staging=staging)
    service.wait_archived({"later.txt"})
    assert "Riverside Gazette" not in (service.outbox / "later.txt").read_text(encoding="utf-8")
    assert any(removal["rule"] == "repeated_line" for removal in service.record("later")["removed"])
    assert (service.outbox / ".cleaner" / "lines.sqlite3").is_file()
    assert service.stop() == 0
