"""The built wheel carries the code and config/ and cleans without the source checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the project's wheel once (no network: no isolation, no dependencies)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("cleaner-*.whl")
    return built


def test_wheel_holds_every_package_and_config_file(wheel: Path) -> None:
    """Every module of cleaner/ and every TOML file of config/ is inside the wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {str(p.relative_to(REPO)) for p in (REPO / "cleaner").rglob("*.py")}
    configs = {"cleaner_config/" + str(p.relative_to(REPO / "config")) for p in (REPO / "config").rglob("*.toml")}
    assert modules <= names
    assert configs <= names


def test_unpacked_wheel_cleans_with_its_bundled_config(wheel: Path, tmp_path: Path) -> None:
    """Imported from the unpacked wheel (not the checkout), cleaner finds its rules and drops a teaser."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import cleaner, sys\n"
        "from cleaner.rules import default_config_dir\n"
        f"assert cleaner.__file__.startswith({str(site)!r}), cleaner.__file__\n"
        f"assert str(default_config_dir()).startswith({str(site)!r}), default_config_dir()\n"
        "r = cleaner.clean('The council approved the new budget on Tuesday evening after a long debate.\\n"
        "Read more: Ten things you missed this week\\n')\n"
        "print(r.text, end='')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout == "The council approved the new budget on Tuesday evening after a long debate.\n"
