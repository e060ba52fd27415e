"""``edunode export --out DIR`` (issue 11 item 7): the school's data in open formats.

Real nodes and SQLite files, the real CLI entry point (``main``) in this process: a school
with courses, lessons, learners and every kind of record, plus another school's learner and
courses held on the same PC, is exported; the CSV files are read back with
``csv.DictReader`` and ``school.json`` with ``json``, and compared with what the Node shows.
"""

from __future__ import annotations

import csv
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import send_doc

from edunode.cli.main import main
from edunode.errors import ExportError
from edunode.service import export
from edunode.service.node import Node

PIN = "135790"

# Text that CSV must quote (comma, quote, newline: notes and lesson text have lines) or that
# is not ASCII.
AWKWARD = 'Zoë "Zee" Ndlovu, jr.'
GUARDIAN = 'Mother: Thandiwe, "Mama T"; 0712'  # one line (the profile allows no more)
NOTES = "Sits at the front.\r\nNeeds glasses — ask Mr Ọkafọ́."
FORMULA = '=HYPERLINK("http://example.invalid","click")'
PHONE = "+255 712 345 678"  # a real guardian contact that a spreadsheet reads as a formula


def _school(tmp_path: Path) -> dict[str, Any]:
    """Hill School (with an admin PIN) and, held on its PC, Vale School's records."""
    hill = Node.init(tmp_path / "hill", name="Office PC", school_name="Hill School",
                     admin_pin=PIN)  # fmt: skip
    vale = Node.init(tmp_path / "vale", name="Vale PC", school_name="Vale School")
    with hill, vale:
        ids: dict[str, Any] = {"home": tmp_path / "hill", "hill": hill.school_id,
                               "vale": vale.school_id}  # fmt: skip
        ids["v_course"] = vale.create_course("Vale Science", "Science", "Grade 6", "en")
        ids["v_unused"] = vale.create_course("Vale Music", "Music")
        ids["v_lesson"] = vale.add_lesson(ids["v_course"], "Plants", "Roots", "Roots drink.")
        ids["v_learner"] = vale.add_learner("Valentina Outsider", 2011, "Vale guardian")
        vale.enrol(ids["v_learner"], ids["v_course"], "2026-09-01")
        vale.record_result(ids["v_learner"], ids["v_course"], "Vale quiz", 5, 10, "2026-09-20")
        for doc_id in (vale.school_id, ids["v_course"], ids["v_unused"], ids["v_learner"]):
            assert send_doc(vale, hill, doc_id) > 0  # verified as any batch from a peer
        assert ids["v_learner"] in {r["id"] for r in hill.list_learners(everyone=True)}  # held

        c1 = hill.create_course('Maths, "basic"', "Mathematics", "Grade 5", "sw",
                                "Numbers, one; two")  # fmt: skip
        c2 = hill.create_course("=SUM(A1:A9)", "-minus", shared=False)
        l1 = hill.add_lesson(c1, "Counting, 1–10", "Counting", "Count: 1, 2, 3.\n\n“Quoted”")
        l2 = hill.add_lesson(c1, "Counting, 1–10", "@Adding", "Add them.")
        l3 = hill.add_lesson(c1, "Fractions", "Halves", "")
        l4 = hill.add_lesson(c2, "Only module", "Secret lesson", "=1+1")
        ids.update(c1=c1, c2=c2, lessons=[l1, l2, l3, l4])

        a = hill.add_learner(AWKWARD, 2012, GUARDIAN, NOTES)
        b = hill.add_learner(FORMULA, None, PHONE)
        c = hill.add_learner("Ngozi Ọkafọ́ 李小龙", 2014)
        ids.update(a=a, b=b, c=c)
        hill.enrol(a, c1, "2026-09-01")
        hill.enrol(a, c2, "2026-09-02")
        hill.enrol(a, ids["v_course"], "2026-09-03")  # another school's community course
        hill.enrol(b, c1, "2026-09-04")
        hill.record_progress(a, l1, 30, date="2026-09-10")
        hill.record_progress(a, l2, 0, completed=False, date="2026-09-11")
        hill.record_progress(a, ids["v_lesson"], 15, date="2026-09-12")
        hill.record_progress(b, l1, 45, date="2026-09-13")
        hill.set_enrolment_status(b, c1, "withdrawn")  # the record stays: it is exported
        ids["r1"] = hill.record_result(a, c1, 'Test 1, part "A"', 7.5, 10, "2026-10-01")
        ids["r2"] = hill.record_result(b, c1, "@risk", 8, 10, "2026-10-02")
        ids["r3"] = hill.record_result(a, ids["v_course"], "Roots quiz", 19, 20, "2026-10-03")
        hill.record_attendance(a, "2026-11-02", True)
        hill.record_attendance(a, "2026-11-03", False)
        hill.record_attendance(b, "2026-11-02", True)
        ids["views"] = {i: hill.learner(i) for i in (a, b, c)}
        ids["courses"] = {i: hill.course(i) for i in (c1, c2, ids["v_course"])}
    return ids


def _export(home: Path, out: Path, monkeypatch: pytest.MonkeyPatch, pin: str = PIN,
            *more: str) -> int:  # fmt: skip
    monkeypatch.setenv("EDUNODE_ADMIN_PIN", pin)
    return main(["export", "--out", str(out), "--home", str(home), *more])


def _rows(out: Path, name: str) -> list[dict[str, str]]:
    with open(out / name, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == export.COLUMNS[name]
        return list(reader)


def _by(rows: list[dict[str, str]], key: str) -> dict[str, dict[str, str]]:
    found = {r[key]: r for r in rows}
    assert len(found) == len(rows), f"{key} is not unique"
    return found


@pytest.fixture
def school(tmp_path: Path) -> dict[str, Any]:
    return _school(tmp_path)


def test_every_record_is_exported_and_the_files_join(
    school: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    s = school
    out = tmp_path / "export"
    assert _export(s["home"], out, monkeypatch, PIN, "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["path"] == str(out) and summary["school"] == "Hill School"
    assert sorted(os.listdir(out)) == sorted(export.FILES)
    assert {n: f.get("rows") for n, f in summary["files"].items() if n != "school.json"} == {
        "courses.csv": 3, "lessons.csv": 5, "learners.csv": 3, "enrolments.csv": 4,
        "results.csv": 3, "progress.csv": 4, "attendance.csv": 3,
    }  # fmt: skip
    assert summary["files"]["school.json"] == {
        "path": str(out / "school.json"), "bytes": (out / "school.json").stat().st_size,
        "courses": 3, "learners": 3,
    }  # fmt: skip

    # Written for the owner only, and no hidden work folder is left beside it.
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for name in export.FILES:
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
        raw = (out / name).read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without a BOM
    assert sorted(os.listdir(tmp_path)) == ["export", "hill", "vale"]
    assert (out / "attendance.csv").read_bytes().split(b"\r\n")[0] == (
        b"learner_id,learner_name,date,present"
    )  # RFC 4180: CRLF after every record

    learners = _by(_rows(out, "learners.csv"), "learner_id")
    assert set(learners) == {s["a"], s["b"], s["c"]}
    a, b, c = learners[s["a"]], learners[s["b"]], learners[s["c"]]
    assert (a["name"], a["birth_year"], a["guardian"], a["notes"], a["school_id"]) == (
        AWKWARD, "2012", GUARDIAN, NOTES, s["hill"]
    )
    assert (b["name"], b["guardian"], b["birth_year"]) == ("'" + FORMULA, "'" + PHONE, "")
    assert c["name"] == "Ngozi Ọkafọ́ 李小龙"

    courses = _by(_rows(out, "courses.csv"), "course_id")
    assert set(courses) == {s["c1"], s["c2"], s["v_course"]}  # not Vale's unused course
    c1, c2, vc = courses[s["c1"]], courses[s["c2"]], courses[s["v_course"]]
    assert (c1["title"], c1["summary"], c1["language"], c1["sharing"]) == (
        'Maths, "basic"', "Numbers, one; two", "sw", "community"
    )
    assert (c1["modules"], c1["lessons"], c1["owner_school_name"]) == ("2", "3", "Hill School")
    assert (c2["title"], c2["subject"], c2["sharing"]) == ("'=SUM(A1:A9)", "'-minus", "school")
    assert (vc["owner_school_id"], vc["owner_school_name"]) == (s["vale"], "Vale School")

    lessons = _by(_rows(out, "lessons.csv"), "lesson_id")
    l1, l2, l3, l4 = s["lessons"]
    assert set(lessons) == {l1, l2, l3, l4, s["v_lesson"]}
    assert lessons[l1]["body"] == "Count: 1, 2, 3.\n\n“Quoted”"
    assert lessons[l1]["module_title"] == "Counting, 1–10"
    assert [lessons[x]["module_number"] + "." + lessons[x]["lesson_number"]
            for x in (l1, l2, l3)] == ["1.1", "1.2", "2.1"]  # fmt: skip
    assert (lessons[l2]["title"], lessons[l4]["body"]) == ("'@Adding", "'=1+1")
    assert lessons[l1]["module_id"] == lessons[l2]["module_id"] != lessons[l3]["module_id"]

    enrolments = _rows(out, "enrolments.csv")
    got = sorted((e["learner_id"], e["course_id"], e["date"], e["status"]) for e in enrolments)
    assert got == sorted([
        (s["a"], s["c1"], "2026-09-01", "active"), (s["a"], s["c2"], "2026-09-02", "active"),
        (s["a"], s["v_course"], "2026-09-03", "active"),
        (s["b"], s["c1"], "2026-09-04", "withdrawn"),
    ])  # fmt: skip
    results = _by(_rows(out, "results.csv"), "result_id")
    assert set(results) == {s["r1"], s["r2"], s["r3"]}
    r1, r2 = results[s["r1"]], results[s["r2"]]
    assert (r1["learner_id"], r1["course_id"], r1["title"], r1["score"], r1["max"], r1["date"]) == (
        s["a"], s["c1"], 'Test 1, part "A"', "7.5", "10", "2026-10-01"
    )  # fmt: skip
    assert (r2["learner_name"], r2["title"], r2["score"]) == ("'" + FORMULA, "'@risk", "8")
    progress = _rows(out, "progress.csv")
    assert sorted((p["learner_id"], p["lesson_id"], p["course_id"], p["completed"],
                   p["minutes"], p["date"]) for p in progress) == sorted([
        (s["a"], l1, s["c1"], "true", "30", "2026-09-10"),
        (s["a"], l2, s["c1"], "false", "0", "2026-09-11"),
        (s["a"], s["v_lesson"], s["v_course"], "true", "15", "2026-09-12"),
        (s["b"], l1, s["c1"], "true", "45", "2026-09-13"),
    ])  # fmt: skip
    attendance = _rows(out, "attendance.csv")
    assert sorted((x["learner_id"], x["date"], x["present"]) for x in attendance) == sorted([
        (s["a"], "2026-11-02", "true"), (s["a"], "2026-11-03", "false"),
        (s["b"], "2026-11-02", "true"),
    ])  # fmt: skip

    # The IDs join: every record names a learner, course and lesson of the export.
    for row in [*enrolments, *results.values(), *progress, *attendance]:
        assert row["learner_id"] in learners
        assert row["learner_name"] == learners[row["learner_id"]]["name"]  # guarded alike
    for row in [*enrolments, *results.values(), *progress, *lessons.values()]:
        assert row["course_id"] in courses
    for row in [*enrolments, *results.values(), *lessons.values()]:
        assert row["course_title"] == courses[row["course_id"]]["title"]
    for row in progress:
        assert lessons[row["lesson_id"]]["course_id"] == row["course_id"]

    # school.json: everything, exactly as the Node shows it (no apostrophes).
    doc = json.loads((out / "school.json").read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("edunode-school-export", 1)
    assert doc["school"]["id"] == s["hill"] and doc["school"]["name"] == "Hill School"
    assert doc["exported_by"]["name"] == "Office PC" and doc["exported_at"].endswith("Z")
    assert doc["counts"] == {k.removesuffix(".csv"): v["rows"]
                             for k, v in summary["files"].items() if "rows" in v}  # fmt: skip
    keys = ("name", "birth_year", "guardian", "notes", "enrolments", "progress", "results",
            "attendance")  # fmt: skip
    assert {le["id"]: {k: le[k] for k in keys} for le in doc["learners"]} == {
        i: {k: view[k] for k in keys} for i, view in s["views"].items()
    }
    by_id = {le["id"]: le for le in doc["learners"]}
    assert by_id[s["b"]]["name"] == FORMULA and by_id[s["b"]]["guardian"] == PHONE
    assert by_id[s["a"]]["name"] == AWKWARD and by_id[s["a"]]["notes"] == NOTES
    for course in doc["courses"]:
        view = s["courses"][course["id"]]
        assert course["title"] == view["title"]
        assert [[le["body"] for le in m["lessons"]] for m in course["modules"]] == [
            [le["body"] for le in m["lessons"]] for m in view["modules"]
        ]

    # Nothing of the other school's learner, in any file.
    for name in export.FILES:
        text = (out / name).read_text(encoding="utf-8")
        assert s["v_learner"] not in text and "Valentina" not in text and "Vale quiz" not in text
        assert s["v_unused"] not in text

    with Node(s["home"]) as node:
        entry = node.audit_log(action="school_export")
    assert len(entry) == 1 and "school data exported" in entry[0]["detail"]
    assert str(out) in entry[0]["detail"]


def _refused(capsys: pytest.CaptureFixture[str], match: str) -> None:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and match in lines[0], captured.err


def test_wrong_pin_writes_nothing(
    school: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    out = tmp_path / "export"
    assert _export(school["home"], out, monkeypatch, "000000") == 2
    _refused(capsys, "the admin PIN is not correct")
    assert not out.exists()
    assert sorted(os.listdir(tmp_path)) == ["hill", "vale"]
    with Node(school["home"]) as node:
        assert node.audit_log(action="school_export") == []


def test_a_folder_that_is_not_empty_or_is_a_file_is_refused(
    school: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("mine")
    assert _export(school["home"], full, monkeypatch) == 2
    _refused(capsys, "is not empty")
    assert os.listdir(full) == ["notes.txt"] and (full / "notes.txt").read_text() == "mine"

    a_file = tmp_path / "a-file"
    a_file.write_text("keep")
    assert _export(school["home"], a_file, monkeypatch) == 2
    _refused(capsys, "is a file, not a folder")
    assert a_file.read_text() == "keep"

    assert _export(school["home"], tmp_path / "no" / "such", monkeypatch) == 2
    _refused(capsys, "does not exist")

    empty = tmp_path / "empty"  # an empty folder is fine: it becomes the export
    empty.mkdir()
    assert _export(school["home"], empty, monkeypatch) == 0
    assert "Hill School's data written to" in capsys.readouterr().out
    assert sorted(os.listdir(empty)) == sorted(export.FILES)
    assert sorted(os.listdir(tmp_path)) == ["a-file", "empty", "full", "hill", "vale"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unwritable_folder_is_refused(
    school: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    # root ignores permissions: then a folder nobody can write in, /proc (Linux)
    target = locked / "export" if os.geteuid() != 0 else Path("/proc/edunode-export")
    if os.geteuid() == 0 and not Path("/proc/self").exists():
        pytest.skip("root, and no /proc to stand for an unwritable folder")
    try:
        assert _export(school["home"], target, monkeypatch) == 2
        _refused(capsys, f"can't write in {target.parent}")
        assert os.listdir(locked) == [] and not target.exists()
    finally:
        locked.chmod(0o700)


def test_a_failed_write_leaves_no_folder(tmp_path: Path) -> None:
    """A file that can't be written (here the last one) leaves neither the folder asked for
    nor the hidden one the files were being written into."""
    out = tmp_path / "export"
    files = {"courses.csv": b"course_id\r\n", "../escape.csv": b"x\r\n"}
    with pytest.raises(ExportError, match="could not write the export"):
        export.write_folder(out, files)
    assert os.listdir(tmp_path) == []


def test_a_pc_without_a_school_has_nothing_to_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    Node.init(tmp_path / "pc", name="New PC", school_name=None, admin_pin=PIN).close()
    assert _export(tmp_path / "pc", tmp_path / "out", monkeypatch) == 2
    _refused(capsys, "does not belong to a school yet")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("=1+1", "'=1+1"), ("+255 700", "'+255 700"), ("-3", "'-3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("a=b", "a=b"), ("", ""), ("'quoted", "'quoted"),
        (None, ""), (True, "true"), (False, "false"), (7.5, "7.5"), (10.0, "10"), (2012, "2012"),
    ],
)  # fmt: skip
def test_cells(value: Any, shown: str) -> None:
    assert export.cell(value) == shown
