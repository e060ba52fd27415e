"""STYLE rule 1: nothing outside ui/ imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import edunode


def test_non_ui_modules_do_not_load_qt() -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(edunode.__path__, "edunode.")
        if not m.name.startswith("edunode.ui") and m.name not in ("edunode.__main__",)
    ]
    assert "edunode.service.node" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"Qt loaded outside ui/: {out.stdout}"
