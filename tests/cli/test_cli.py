"""The ``edunode`` command line end to end, each call a real subprocess.

Happy paths assert on ``--json`` output and reuse the IDs it returns. Every command that
takes input is fed bad input: each must exit 2 with one line on stderr, print nothing on
stdout and leave the store unchanged (every table but the snapshot cache, row for row).
Commands are written as shell lines (split with shlex) to keep them readable.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from edunode.service.node import Node

UNKNOWN_ID = "aaaaaaaaaaaaaaaaaaaaaaaa"  # a well-formed document ID that no document has
UNKNOWN_LESSON = "zzzzzzzz"
ENV = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}
Proc = subprocess.CompletedProcess


def _command(line: str, home: Path | None) -> list[str]:
    tail = ["--home", str(home)] if home else []
    return [sys.executable, "-m", "edunode", *shlex.split(line), *tail]


def run(line: str, home: Path | None = None, stdin: str | None = None) -> Proc[str]:
    return subprocess.run(
        _command(line, home), input=stdin, capture_output=True, text=True, env=ENV, timeout=60
    )


def run_many(calls: list[tuple[str, Path]], parallel: int = 4) -> list[Proc[str]]:
    """Run independent CLI calls a few at a time (each is mostly interpreter start-up)."""
    done: list[Proc[str]] = []
    for start in range(0, len(calls), parallel):
        batch = []
        for line, home in calls[start : start + parallel]:
            cmd = _command(line, home)
            pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
            batch.append((cmd, subprocess.Popen(cmd, text=True, env=ENV, **pipes)))
        for cmd, proc in batch:  # outputs are a line or two: no pipe can fill up
            out, err = proc.communicate(timeout=60)
            done.append(subprocess.CompletedProcess(cmd, proc.returncode, out, err))
    return done


def ok(line: str, home: Path, stdin: str | None = None) -> Any:
    """Run with --json; assert success; return the parsed output."""
    proc = run(line + " --json", home, stdin)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return json.loads(proc.stdout)


def assert_refused(proc: Proc[str], match: str) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert match.lower() in lines[0].lower(), lines[0]
    return lines[0]


def refused(line: str, home: Path | None, match: str) -> str:
    return assert_refused(run(line, home), match)


def fingerprint(home: Path) -> str:
    """Digest of every row the store holds, except the snapshot cache, and of its file names."""
    digest = hashlib.sha256()
    db = sqlite3.connect(home / "edunode.db")
    try:
        query = "SELECT name FROM sqlite_master WHERE type='table' AND name != 'snapshots'"
        for (table,) in sorted(db.execute(query)):
            rows = sorted(repr(r) for r in db.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{rows}".encode())
    finally:
        db.close()
    digest.update(
        repr(sorted(p.name for p in home.iterdir() if "edunode.db" not in p.name)).encode()
    )
    return digest.hexdigest()


@dataclass(frozen=True)
class Seeded:
    home: Path
    course: str
    other_course: str
    lesson: str
    learner: str  # enrolled in `course`, with a result
    newcomer: str  # enrolled nowhere

    def fill(self, line: str) -> str:
        values = {
            "course": self.course,
            "lesson": self.lesson,
            "learner": self.learner,
            "newcomer": self.newcomer,
            "unknown": UNKNOWN_ID,
            "unknown_lesson": UNKNOWN_LESSON,
            "missing": shlex.quote(str(self.home.parent / "missing-body.md")),
        }
        return line.format(**values)


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    home = tmp_path_factory.mktemp("seeded") / "home"
    with Node.init(home, name="Classroom PC", school_name="Hill School") as node:
        course = node.create_course("Maths", subject="mathematics", language="en")
        other = node.create_course("Reading")
        lesson = node.add_lesson(course, "Numbers", "Counting", "one, two, three")
        learner = node.add_learner("Amina", 2015)
        newcomer = node.add_learner("Baraka")
        node.enrol(learner, course, "2026-01-10")
        node.record_result(learner, course, "Quiz 1", 7, 10, "2026-02-01")
    return Seeded(home, course, other, lesson, learner, newcomer)


def _copy(template: Seeded, where: Path) -> Seeded:
    shutil.copytree(template.home, where / "home")
    return replace(template, home=where / "home")


@pytest.fixture
def seeded(seeded_template: Seeded, tmp_path: Path) -> Seeded:
    return _copy(seeded_template, tmp_path)


# ---------------------------------------------------------------------- happy paths


SECRET = "s3cret-Pa55"  # a password in the store URL: it must never be shown


@pytest.fixture
def workflow_store(store_url: str) -> str:
    """``init`` options for each backend: SQLite in the data folder; PostgreSQL by a URL
    with a password (the test server trusts local connections, so any password works)."""
    if store_url.startswith("sqlite"):
        return ""
    return "--store-url " + shlex.quote(store_url.replace("postgres@", f"postgres:{SECRET}@"))


def test_whole_workflow_through_the_cli(
    tmp_home: Path, tmp_path: Path, workflow_store: str
) -> None:
    h = tmp_home
    init = f"init --name 'Classroom PC' --school 'Hill School' {workflow_store} --admin-pin"
    made = ok(init, h, "432100\n")
    assert made["name"] == "Classroom PC" and made["school"] == "Hill School"
    node_id = made["id"]
    assert len(node_id.split("-")) > 4  # shown in groups for people to compare
    before_subcommand = run(f"--home {shlex.quote(str(h))} --json id")  # options before it too
    assert (
        before_subcommand.returncode == 0 and json.loads(before_subcommand.stdout)["id"] == node_id
    )
    human = run("id", h).stdout
    assert node_id in human and "Hill School" in human and "Classroom PC" in human

    course = ok("course create --title Maths --subject mathematics --level P4 --language sw "
                "--summary 'Numbers and shapes'", h)  # fmt: skip
    assert (course["title"], course["language"], course["shared"]) == ("Maths", "sw", True)
    private = ok("course create --title 'Staff notes' --private", h)
    assert not private["shared"]
    assert {c["id"] for c in ok("course list", h)} == {course["id"], private["id"]}
    assert [c["id"] for c in ok("course list --search math", h)] == [course["id"]]

    c = course["id"]
    first = ok(f"lesson add {c} --module Numbers --title Counting --body 'one, two'", h)
    body_file = tmp_path / "lesson.md"
    body_file.write_text("# Adding\nPut two groups together. ✓\n", encoding="utf-8")
    second = ok(f"lesson add {c} --module Numbers --title Adding --body-file {body_file}", h)
    assert second["module"] == first["module"]
    assert second["body"] == body_file.read_text("utf-8")
    edited = ok(f"lesson edit {first['id']} --body 'one, two, three' --title 'Counting to 3'", h)
    assert (edited["body"], edited["title"]) == ("one, two, three", "Counting to 3")
    body_file.write_text("Counting, from the file", encoding="utf-8")
    edited = ok(f"lesson edit {first['id']} --body-file {body_file}", h)
    assert edited["body"] == "Counting, from the file"
    (module,) = ok(f"course show {c}", h)["modules"]
    assert module["title"] == "Numbers"
    assert [(le["id"], le["title"]) for le in module["lessons"]] == [
        (first["id"], "Counting to 3"),
        (second["id"], "Adding"),
    ]
    assert first["id"] in run(f"course show {c}", h).stdout

    amina = ok("learner add --name Amina --birth-year 2015 --guardian '+255 700 000'", h)
    baraka = ok("learner add --name Baraka", h)
    assert amina["birth_year"] == 2015 and baraka["birth_year"] is None
    a = amina["id"]
    assert ok(f"enrol {a} {c} --date 2026-01-10", h)["course"] == c
    assert ok(f"progress {a} {first['id']} --minutes 25", h)["completed"] is True
    result = ok(f"result {a} {c} --title 'Quiz 1' --score 8.5 --max 10 --date 2026-02-01", h)
    assert result["id"] and result["score"] == 8.5
    ok(f"attendance {a} --date 2026-02-02 --present", h)
    ok(f"attendance {a} --date 2026-02-03 --absent", h)

    assert [le["name"] for le in ok("learner list", h)] == ["Amina", "Baraka"]
    assert [le["id"] for le in ok(f"learner list --course {c}", h)] == [a]
    assert [le["id"] for le in ok("learner list --search bar", h)] == [baraka["id"]]

    record = ok(f"learner show {a}", h)
    assert (record["id"], record["name"], record["birth_year"]) == (a, "Amina", 2015)
    assert record["school"] == made["school_id"]
    assert [e["course"] for e in record["enrolments"]] == [c]
    assert [(p["lesson"], p["completed"]) for p in record["progress"]] == [(first["id"], True)]
    results = [(r["id"], r["course"], r["title"], r["score"], r["max"]) for r in record["results"]]
    assert results == [(result["id"], c, "Quiz 1", 8.5, 10.0)]
    attendance = [(x["date"], x["present"]) for x in record["attendance"]]
    assert attendance == [("2026-02-02", True), ("2026-02-03", False)]
    assert "Quiz 1" in run(f"learner show {a}", h).stdout

    check = run("check", h)
    assert check.returncode == 0 and check.stdout.strip() == "store is sound"
    status = ok("status", h)
    assert (status["courses"], status["learners"], status["id"]) == (2, 2, node_id)
    backend = "postgresql" if workflow_store else "sqlite"
    assert status["backend"] == backend and f"backend:  {backend}" in run("status", h).stdout
    if workflow_store:  # the password is in edunode.json (0600) and nowhere else shown
        assert SECRET not in json.dumps(status) and ":***@" in status["store"]
        assert SECRET not in run("status", h).stdout
        assert (h / "edunode.json").stat().st_mode & 0o077 == 0


def test_join_and_bare_command(tmp_home: Path) -> None:
    bare = run("", tmp_home)
    assert bare.returncode == 0 and "edunode init" in bare.stdout
    assert len(bare.stdout.splitlines()) == 1
    assert not tmp_home.exists()
    made = ok("init --name 'Library PC' --join", tmp_home)
    assert made["school"] == "" and made["school_id"] == ""
    status = run("", tmp_home)
    assert status.returncode == 0 and made["id"] in status.stdout
    # a node without a school cannot create records yet
    refused("course create --title Maths", tmp_home, match="school")


def test_main_in_process_returns_codes(tmp_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from edunode.cli import main

    assert main(["--home", str(tmp_home)]) == 0
    assert main(["course", "list", "--home", str(tmp_home)]) == 2
    assert "run 'edunode init' first" in capsys.readouterr().err
    assert main(["course", "frobnicate"]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert main(["--help"]) == 0


# ---------------------------------------------------------------------- bad input

RESULT = "result {learner} {course} --title Quiz"
BAD_INPUT = [
    # course
    ("course create --title ''", "course title must not be empty"),
    ("course create --title '   '", "course title must not be empty"),
    ("course create --title Maths --language english", "not a language code"),
    ("course create", "--title"),
    ("course show {unknown}", "no course"),
    ("course show 'not an id'", "not a course ID"),
    # lesson
    ("lesson add {course} --module Numbers --title ''", "lesson title must not be empty"),
    ("lesson add {course} --module '' --title Adding", "module title must not be empty"),
    ("lesson add {unknown} --module Numbers --title Adding", "no course"),
    (
        "lesson add {course} --module Numbers --title Adding --body-file {missing}",
        "missing-body.md",
    ),
    ("lesson add {course} --module M --title T --body x --body-file {missing}", "not allowed with"),
    ("lesson edit {unknown_lesson} --body 'new text'", "no lesson"),
    ("lesson edit {lesson} --body-file {missing}", "missing-body.md"),
    ("lesson edit {lesson} --title ''", "lesson title must not be empty"),
    ("lesson edit {lesson}", "nothing to change"),
    # learner
    ("learner add --name ''", "name must not be empty"),
    ("learner add --name Chausiku --birth-year twenty", "--birth-year"),
    ("learner add --name Chausiku --birth-year 1850", "birth year"),
    ("learner add --name Chausiku --birth-year 2999", "birth year"),
    ("learner show {unknown}", "no learner"),
    ("learner show {course}", "no learner"),
    ("learner list --course {unknown}", "no course"),
    # enrol
    ("enrol {learner} {course}", "already enrolled"),
    ("enrol {unknown} {course}", "no learner"),
    ("enrol {newcomer} {unknown}", "no course"),
    ("enrol {newcomer} {course} --date 2026-13-45", "not a date"),
    # progress
    ("progress {learner} {unknown_lesson}", "no lesson"),
    ("progress {unknown} {lesson}", "no learner"),
    ("progress {newcomer} {lesson}", "not enrolled"),
    ("progress {learner} {lesson} --minutes -5", "minutes"),
    ("progress {learner} {lesson} --minutes lots", "--minutes"),
    # result
    (RESULT + " --score 11 --max 10", "above the maximum"),
    (RESULT + " --score -1 --max 10", "negative"),
    (RESULT + " --score ten --max 10", "--score"),
    (RESULT + " --score nan --max 10", "number"),
    (RESULT + " --score 0 --max 0", "greater than 0"),
    (RESULT + " --score 1 --max 10 --date 2026-13-45", "not a date"),
    (RESULT + " --score 1 --max 10 --date yesterday", "not a date"),
    ("result {learner} {course} --title '' --score 1 --max 10", "title must not be empty"),
    ("result {learner} {unknown} --title Quiz --score 1 --max 10", "no course"),
    ("result {unknown} {course} --title Quiz --score 1 --max 10", "no learner"),
    # attendance
    ("attendance {learner} --date 2026-02-02 --present --absent", "not allowed with"),
    ("attendance {learner} --date 2026-02-02", "one of the arguments"),
    ("attendance {learner} --date yesterday --present", "not a date"),
    ("attendance {learner} --date 2026-13-45 --absent", "not a date"),
    ("attendance {unknown} --date 2026-02-02 --present", "no learner"),
    # init on a home that already holds a node, or with its options wrong
    ("init --name 'Another PC' --school 'Another School'", "already holds an EduNode"),
    ("init --name 'Another PC'", "--school"),
    ("init --name PC --school S --join", "not allowed with"),
]


@pytest.fixture(scope="module")
def bad_outcomes(
    seeded_template: Seeded, tmp_path_factory: pytest.TempPathFactory
) -> list[tuple[Proc[str], str, str]]:
    """Every BAD_INPUT case run once, each on its own copy of the seeded home."""
    homes = [_copy(seeded_template, tmp_path_factory.mktemp("bad")) for _ in BAD_INPUT]
    before = [fingerprint(s.home) for s in homes]
    calls = [(s.fill(line), s.home) for (line, _), s in zip(BAD_INPUT, homes, strict=True)]
    procs = run_many(calls)
    return [(p, b, fingerprint(s.home)) for p, b, s in zip(procs, before, homes, strict=True)]


@pytest.mark.parametrize("case", range(len(BAD_INPUT)), ids=[line for line, _ in BAD_INPUT])
def test_bad_input_is_refused_and_writes_nothing(
    bad_outcomes: list[tuple[Proc[str], str, str]], case: int
) -> None:
    proc, before, after = bad_outcomes[case]
    assert_refused(proc, BAD_INPUT[case][1])
    assert after == before, "the store changed"


def test_refusals_leave_the_store_as_the_cli_shows_it(seeded: Seeded) -> None:
    h = seeded.home
    views = ["course list", "learner list", f"learner show {seeded.learner}",
             f"learner show {seeded.newcomer}"]  # fmt: skip
    before = [json.loads(p.stdout) for p in run_many([(v + " --json", h) for v in views])]
    bad = [
        "enrol {learner} {course}",
        RESULT + " --score 11 --max 10",
        "attendance {learner} --date 2026-13-45 --present",
        "lesson edit {lesson} --title ''",
        "learner add --name ' '",
        "course create --title Art --language e",
    ]
    for proc in run_many([(seeded.fill(line), h) for line in bad]):
        assert proc.returncode == 2, proc.stderr
    after = run_many([(v + " --json", h) for v in views] + [("check", h)])
    assert [json.loads(p.stdout) for p in after[:-1]] == before
    assert after[-1].returncode == 0, after[-1].stdout
    assert after[-1].stdout.strip() == "store is sound"


def test_uninitialised_home_is_refused_and_left_alone(tmp_home: Path) -> None:
    calls = ["id", "status", "check", "course list", "course create --title Maths",
             "learner add --name Amina", "learner list", f"learner show {UNKNOWN_ID}"]  # fmt: skip
    for proc in run_many([(line, tmp_home) for line in calls]):
        assert_refused(proc, "run 'edunode init' first")
    assert not tmp_home.exists()
    inits = [
        ("init --name '' --school 'Hill School'", "node name must not be empty"),
        ("init --name PC --school ''", "school name must not be empty"),
        ("init --name PC --school S --admin-pin 12", "PIN"),
    ]
    procs = run_many([(line, tmp_home) for line, _ in inits])
    for proc, (_, match) in zip(procs, inits, strict=True):
        assert_refused(proc, match)
    assert not tmp_home.exists() or not any(tmp_home.iterdir())


def test_init_twice_keeps_the_first_node(seeded: Seeded) -> None:
    key = (seeded.home / "node.key").read_bytes()
    refused("init --name 'PC 2' --join", seeded.home, match="already holds")
    assert (seeded.home / "node.key").read_bytes() == key


def test_unexpected_failure_is_one_line_exit_1(seeded: Seeded) -> None:
    # a fault the real parts cannot produce on demand: Node.info raises a plain RuntimeError
    script = (
        "import sys; from edunode.service.node import Node; from edunode.cli import main\n"
        "def boom(self): raise RuntimeError('boom\\nsecond line')\n"
        "Node.info = boom\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    cmd = [sys.executable, "-c", script, "id", "--home", str(seeded.home)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == "edunode: internal error: RuntimeError: boom second line\n"
    debug_env = {**ENV, "EDUNODE_DEBUG": "1"}
    debug = subprocess.run(cmd, capture_output=True, text=True, env=debug_env, timeout=60)
    assert debug.returncode == 1 and "Traceback" in debug.stderr
