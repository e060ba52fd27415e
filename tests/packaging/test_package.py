"""The packaged app (``make package``) and its desktop entries.

The frozen-app test runs ``packaging/package_test.sh`` on ``dist/edunode/`` and is skipped
unless that exists, so ``make test`` stays fast; ``make package-test`` runs the script itself.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "edunode" / "edunode"
DESKTOP_FILES = sorted(ROOT.glob("packaging/*.desktop"))


@pytest.mark.slow
@pytest.mark.skipif(not APP.exists(), reason="no built app in dist/: run 'make package'")
def test_the_frozen_app_runs_outside_the_virtualenv() -> None:
    done = subprocess.run(
        [str(ROOT / "packaging" / "package_test.sh")], capture_output=True, text=True, timeout=280
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "package-test passed" in done.stdout


def test_there_is_a_desktop_entry() -> None:
    assert DESKTOP_FILES


def _validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:  # `make test` installs it where it can (root with apt-get)
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=30)
    # hints count too: the tool prints them on stdout with exit status 0
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.parametrize("path", DESKTOP_FILES, ids=lambda p: p.name)
def test_desktop_entry_validates(path: Path) -> None:
    _validate(path)


def test_the_entry_the_portable_install_writes_validates(tmp_path: Path) -> None:
    """install.sh rewrites Exec to the install's absolute path (packaging/install.sh)."""
    script = (ROOT / "packaging" / "install.sh").read_text()
    assert 'sed "s|^Exec=.*|Exec=$DEST/edunode|"' in script
    entry = (ROOT / "packaging" / "edunode.desktop").read_text()
    dest = "/home/teacher/.local/opt/edunode"
    written = tmp_path / "edunode.desktop"
    written.write_text(
        "".join(
            f"Exec={dest}/edunode\n" if line.startswith("Exec=") else line
            for line in entry.splitlines(keepends=True)
        )
    )
    _validate(written)
