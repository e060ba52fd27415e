"""``edunode --version``: one line; with --json the versions of Python, PySide6, automerge."""

from __future__ import annotations

import json
from importlib import metadata
from typing import Any

from edunode import __version__
from edunode.cli import main


def test_version_line(capsys: Any) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"edunode {__version__}\n"


def test_version_json(capsys: Any) -> None:
    assert main(["--version", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["edunode"] == __version__
    assert facts["pyside6"] == metadata.version("PySide6")
    assert facts["automerge"] == metadata.version("automerge")
    assert facts["python"].count(".") == 2
