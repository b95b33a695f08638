"""systemd/cleaner.service passes `systemd-analyze verify` and scores at most 2.0 on `security --offline`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[2] / "systemd" / "cleaner.service"
ANALYZE = shutil.which("systemd-analyze") or "systemd-analyze"  # scripts/test.sh installs it when missing


def _installed_copy(tmp_path: Path) -> Path:
    """The unit with ExecStart pointing at this checkout's cleaner (verify wants the binary to exist)."""
    text = UNIT.read_text(encoding="utf-8")
    cleaner = Path(sys.executable).parent / "cleaner"
    copy = tmp_path / "cleaner.service"
    copy.write_text(text.replace("/opt/cleaner/.venv/bin/cleaner", str(cleaner)), encoding="utf-8")
    return copy


def _exposure(unit: Path) -> float:
    """The overall exposure level systemd-analyze reports (0 safe … 10 unsafe)."""
    done = subprocess.run(
        [ANALYZE, "security", "--offline=true", "--no-pager", str(unit)], capture_output=True, text=True, check=False
    )
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", done.stdout)
    assert match, done.stdout + done.stderr
    return float(match.group(1))


def test_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    """verify (unknown keys and bad values are errors with --recursive-errors) exits 0."""
    done = subprocess.run(
        [ANALYZE, "verify", "--recursive-errors=yes", "--man=no", str(_installed_copy(tmp_path))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == ""


def test_unit_security_exposure_at_most_2(tmp_path: Path) -> None:
    """The hardened unit scores 2.0 or less, and the --threshold gate (in tenths) agrees."""
    unit = _installed_copy(tmp_path)
    assert _exposure(unit) <= 2.0
    gate = subprocess.run([ANALYZE, "security", "--offline=true", "--threshold=20", str(unit)], capture_output=True)
    assert gate.returncode == 0


def test_security_gate_fails_a_bare_unit(tmp_path: Path) -> None:
    """The same gate rejects an unhardened unit, so the check above can fail."""
    bare = tmp_path / "bare.service"
    bare.write_text("[Service]\nType=notify\nExecStart=/bin/true\n", encoding="utf-8")
    assert _exposure(bare) > 2.0
    gate = subprocess.run([ANALYZE, "security", "--offline=true", "--threshold=20", str(bare)], capture_output=True)
    assert gate.returncode != 0


@pytest.mark.parametrize("key", ["Type=notify", "WatchdogSec=", "Restart=on-failure", "User=cleaner", "KillMode=mixed"])
def test_unit_has_the_required_settings(key: str) -> None:
    """Type=notify, a watchdog, restart on failure, a dedicated user, SIGTERM to the main process only."""
    assert any(line.startswith(key) for line in UNIT.read_text(encoding="utf-8").splitlines())
