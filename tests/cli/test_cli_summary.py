"""``edunode summary publish`` and ``edunode report community`` in-process on a real Node
and SQLite store: the JSON they print, and bad input as one line, exit 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.cli.test_cli import UNKNOWN_ID, fingerprint

from edunode.cli import main
from edunode.service.node import Node


def ok(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> Any:
    assert main([*args, "--home", str(home), "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def school(tmp_path: Path) -> dict[str, Any]:
    home = tmp_path / "home"
    with Node.init(home, name="Office", school_name="Hill School") as node:
        course = node.create_course("Maths")
        with node.batch():
            for i in range(5):
                lid = node.add_learner(f"Learner {i}")
                node.enrol(lid, course, "2026-01-05")
                node.record_result(lid, course, "Quiz", 8, 10, "2026-02-01")
    return {"home": home, "course": course}


def test_publish_then_report_community(
    school: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home, course = school["home"], school["course"]
    published = ok(capsys, home, "summary", "publish", "--from", "2026-01-01", "--to", "2026-06-30")
    assert published["period"] == {"from": "2026-01-01", "to": "2026-06-30"}
    assert published["courses"][course]["average_result"] == 80.0
    out = tmp_path / "community.csv"
    report = ok(capsys, home, "report", "community", "--csv", str(out))
    assert [s["school"] for s in report["schools"]] == ["Hill School"]
    assert report["courses"][0]["schools"][0]["learners"] == 5
    lines = out.read_text("utf-8").splitlines()
    assert lines[0].startswith("course,course_id,school") and lines[1].startswith("Maths,")
    assert main(["report", "community", "--home", str(home)]) == 0
    assert "Maths" in capsys.readouterr().out


BAD = [
    (["summary", "publish", "--from", "2026-13-45"], "not a period start"),
    (["summary", "publish", "--to", "2026-02-30"], "not a period end"),
    (["summary", "publish", "--from", "2026-05-01", "--to", "2026-04-01"], "after its end"),
    (["summary", "publish", "--to", "2099-01-01"], "out of range"),
    (["report", "community", "--course", "{unknown}"], "no course"),
    (["report", "community", "--course", "nonsense"], "not a course id"),
    (["report", "community", "--csv", "/nonexistent-folder/x.csv"], "could not write"),
]


@pytest.mark.parametrize(("argv", "match"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    school: dict[str, Any], capsys: pytest.CaptureFixture[str], argv: list[str], match: str
) -> None:
    home = school["home"]
    before = fingerprint(home)
    capsys.readouterr()
    assert main([a.format(unknown=UNKNOWN_ID) for a in argv] + ["--home", str(home)]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    lines = out.err.splitlines()
    assert len(lines) == 1 and match.lower() in lines[0].lower(), out.err
    assert fingerprint(home) == before, "the store changed"


def test_a_pc_without_a_school_publishes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "lab"
    Node.init(home, name="Lab", school_name=None).close()
    before = fingerprint(home)
    capsys.readouterr()
    assert main(["summary", "publish", "--home", str(home)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "school" in err[0]
    assert fingerprint(home) == before
