"""Imported by the workers' fork server: warm the core once (lazy imports, models), so every worker starts warm."""

from __future__ import annotations

from cleaner.pipeline import clean

_TEXT = (
    "Warm-up article\n\nBy A. Writer\n\nThe council approved the new budget on Tuesday after a long debate.\n\n"
    "Members said the plan would fund schools, roads and the library for the next two years.\n"
)
_HTML = "<html><head><title>Warm-up</title></head><body><article><p>" + _TEXT + "</p></article></body></html>"


def warm() -> None:
    """Run the whole pipeline on a tiny text dump and a tiny HTML page."""
    try:
        clean(_TEXT, name="warmup.txt")
        clean(_HTML, name="warmup.html")
    except Exception:
        pass


warm()
