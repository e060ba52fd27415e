"""A learner's own plan, goals and the help list, through ``edunode.cli.main.main``
in-process on a real Node and SQLite store."""

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
    """A class of one course of ten lessons, enrolled on Monday 5 January 2026."""
    home = tmp_path / "home"
    with Node.init(home, name="Office", school_name="Hill School") as node:
        course = node.create_course("Maths")
        lessons = [node.add_lesson(course, "Unit 1", f"Lesson {i}") for i in range(10)]
        ids = {}
        for name in ("Amina", "Baraka", "Chausiku", "Daudi", "Eshe", "Faraji"):
            ids[name] = node.add_learner(name)
            node.enrol(ids[name], course, "2026-01-05")
        other = node.add_learner("Gone")  # withdrawn: not an active learner
        node.enrol(other, course, "2026-01-05")
        node.set_enrolment_status(other, course, "withdrawn")
        for day in ("2026-02-02", "2026-02-03", "2026-02-04"):
            node.record_attendance(other, day, False)
    return {"home": home, "course": course, "lessons": lessons, "ids": ids}


def test_plan_and_goals_round_trip_through_the_cli(
    school: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    home, course, amina = school["home"], school["course"], school["ids"]["Amina"]
    plan = ok(capsys, home, "learner", "plan", amina, "--course", course, "--pace", "4")
    assert (plan["learner"], plan["course"], plan["pace"]) == (amina, course, 4)
    goal = ok(capsys, home, "goal", "add", amina, "--text", "Times tables", "--by", "2027-01-31",
              "--course", course)  # fmt: skip
    assert goal["id"].startswith(f"{amina}/") and not goal["done"]
    other = ok(capsys, home, "goal", "add", amina, "--text", "Read aloud")
    done = ok(capsys, home, "goal", "done", goal["id"])
    assert done["done"] and done["done_on"]
    shown = ok(capsys, home, "learner", "show", amina)
    assert shown["plans"] == [{"course": course, "pace": 4, "date": plan["date"]}]
    by_text = {g["text"]: g for g in shown["goals"]}
    assert by_text["Times tables"]["done"] and by_text["Times tables"]["by"] == "2027-01-31"
    assert by_text["Times tables"]["course"] == course
    assert not by_text["Read aloud"]["done"] and by_text["Read aloud"]["by"] == ""
    assert f"{amina}/{by_text['Read aloud']['goal']}" == other["id"]
    assert shown["pathway"][0]["pace"] == 4 and shown["pathway"][0]["planned"]
    ok(capsys, home, "learner", "plan", amina, "--course", course, "--pace", "2")  # replaced
    assert ok(capsys, home, "learner", "show", amina)["plans"][0]["pace"] == 2


@pytest.mark.parametrize(
    ("pace", "done", "expected_state"),
    [
        (2, 9, "ahead"),  # 4 weeks × 2 = 8 expected
        (2, 8, "on track"),
        (2, 7, "on track"),  # one lesson under is within the grace
        (2, 6, "behind"),
        (1, 5, "ahead"),
        (3, 10, "on track"),  # 12 expected, capped at the course's 10 lessons
        (3, 8, "behind"),
    ],
)
def test_pathway_status_against_the_learner_s_own_pace(
    school: dict[str, Any], pace: int, done: int, expected_state: str
) -> None:
    amina = school["ids"]["Amina"]
    with Node(school["home"]) as node:
        node.set_plan(amina, school["course"], pace)
        for lesson in school["lessons"][:done]:
            node.record_progress(amina, lesson, 30, date="2026-01-20")
        # enrolled 2026-01-05; on 2026-02-02 four weeks have passed
        [status] = node.pathway_status(amina, "2026-02-02")
    assert status["expected"] == min(10, pace * 4)
    assert status["status"] == expected_state, status


def _prepare_help_class(home: Path, ids: dict[str, str], course: str, lessons: list[str]) -> None:
    with Node(home) as node:
        for name in ids:  # every learner on track by default: 4 lessons by 2026-02-02
            for lesson in lessons[:4]:
                node.record_progress(ids[name], lesson, date="2026-01-30")
        node.set_plan(ids["Baraka"], course, 3)  # 12 expected (capped 10), 4 done: behind
        for n, score in enumerate((9, 7, 5)):  # Chausiku: each result lower than the last
            node.record_result(ids["Chausiku"], course, f"Quiz {n}", score, 10, f"2026-01-{12 + n}")
        for n, score in enumerate((9, 9, 9, 7, 7, 7)):  # Daudi: 20 points under the earlier
            node.record_result(ids["Daudi"], course, f"Test {n}", score, 10, f"2026-01-{10 + n}")
        for day in ("2026-01-26", "2026-01-27", "2026-01-28"):  # Eshe: three days absent
            node.record_attendance(ids["Eshe"], day, False)
        for day, present in (("2026-01-26", False), ("2026-01-27", False),
                             ("2026-01-28", True)):  # Faraji: came back  # fmt: skip
            node.record_attendance(ids["Faraji"], day, present)
        for n, score in enumerate((5, 7, 6)):  # Amina: up and down is not falling
            node.record_result(ids["Amina"], course, f"Quiz {n}", score, 10, f"2026-01-{12 + n}")


def test_the_help_list_names_exactly_who_needs_help_and_why(
    school: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    ids = school["ids"]
    _prepare_help_class(school["home"], ids, school["course"], school["lessons"])
    found = ok(capsys, school["home"], "report", "help", "--today", "2026-02-02")
    assert [(r["name"], [x["kind"] for x in r["reasons"]]) for r in found] == [
        ("Baraka", ["behind"]),
        ("Chausiku", ["falling"]),
        ("Daudi", ["falling"]),
        ("Eshe", ["absent"]),
    ]
    reasons = {r["name"]: r["reasons"][0] for r in found}
    assert reasons["Baraka"]["text"] == (
        "behind their plan in Maths: 4 lessons done, 10 expected by now at 3 a week"
    )
    assert reasons["Chausiku"]["last"] == [90, 70, 50]
    assert reasons["Eshe"]["text"] == "absent the last 3 recorded school days (since 2026-01-26)"
    assert main(["report", "help", "--today", "2026-02-02", "--home", str(school["home"])]) == 0
    text = capsys.readouterr().out
    assert "4 learners may need help" in text and "falling results in Maths" in text


BAD = [
    (["learner", "plan", "{amina}", "--course", "{course}", "--pace", "0"], "pace"),
    (["learner", "plan", "{amina}", "--course", "{course}", "--pace", "1000"], "pace"),
    (["learner", "plan", "{amina}", "--course", "{course}", "--pace", "two"], "--pace"),
    (["learner", "plan", "{unknown}", "--course", "{course}", "--pace", "2"], "no learner"),
    (["learner", "plan", "{amina}", "--course", "{unknown}", "--pace", "2"], "no course"),
    (["learner", "plan", "{newcomer}", "--course", "{course}", "--pace", "2"], "not enrolled"),
    (["goal", "add", "{amina}", "--text", ""], "goal must not be empty"),
    (["goal", "add", "{amina}", "--text", "   "], "goal must not be empty"),
    (["goal", "add", "{amina}", "--text", "Read", "--by", "2026-13-45"], "not a target date"),
    (["goal", "add", "{amina}", "--text", "Read", "--by", "3026-01-01"], "out of range"),
    (["goal", "add", "{amina}", "--text", "Read", "--course", "{unknown}"], "no course"),
    (["goal", "add", "{unknown}", "--text", "Read"], "no learner"),
    (["goal", "done", "{amina}/abcdef"], "no goal abcdef"),
    (["goal", "done", "{unknown}/abcdef"], "no learner"),
    (["goal", "done", "abcdef"], "not a goal ID"),
    (["goal", "edit", "{amina}/abcdef", "--text", ""], "goal must not be empty"),
    (["report", "help", "--today", "2026-13-45"], "not a date"),
]


@pytest.mark.parametrize(("argv", "match"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    school: dict[str, Any], capsys: pytest.CaptureFixture[str], argv: list[str], match: str
) -> None:
    home = school["home"]
    with Node(home) as node:
        newcomer = node.add_learner("Newcomer")
    values = {"amina": school["ids"]["Amina"], "course": school["course"],
              "unknown": UNKNOWN_ID, "newcomer": newcomer}  # fmt: skip
    before = fingerprint(home)
    capsys.readouterr()
    assert main([a.format(**values) for a in argv] + ["--home", str(home)]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    lines = out.err.splitlines()
    assert len(lines) == 1 and match.lower() in lines[0].lower(), out.err
    assert fingerprint(home) == before, "the store changed"
