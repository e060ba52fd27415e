"""Several processes writing one store at once, on SQLite and on PostgreSQL (issue 16).

Before the store held one write lock on every backend, two processes writing one learner on
PostgreSQL both committed a change numbered seq 3 by the same author: the learner no longer
loaded ("duplicate seq 3"), and four CLIs at once failed with a unique violation. Here the
same writes must leave every write present exactly once and ``check`` sound, on both.
The nodes are made with ``edunode init --store-url`` (the CLI end to end).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from edunode.service.node import Node

PIN = "123456"
WRITES = 12  # per process

# One process: wait for "go" on stdin, then record WRITES results on one learner, each its
# own transaction, as a teacher's PC and a CLI beside it would.
WRITER = """
import sys
from edunode.service.node import Node
home, learner, course, tag = sys.argv[1:5]
with Node(home) as node:
    sys.stdout.write("ready\\n"); sys.stdout.flush()
    sys.stdin.readline()
    for i in range(int(sys.argv[5])):
        node.record_result(learner, course, f"{tag}-{i}", float(i), 100.0, "2026-03-01")
"""


def env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[2] / "src")
    return {**os.environ, "EDUNODE_ADMIN_PIN": PIN, "PYTHONPATH": src}


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "edunode", "--home", str(home), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env(),
    )


def made(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    return str(json.loads(done.stdout)["id"])


@pytest.fixture
def school(tmp_path: Path, store_url: str) -> tuple[Path, str, str]:
    """A school node whose store is at ``store_url``, with one course and one learner."""
    home = tmp_path / "hill"
    done = cli(home, "--json", "init", "--name", "Office", "--school", "Hill School",
               "--store-url", store_url, "--admin-pin", PIN)  # fmt: skip
    made(done)
    course = made(cli(home, "--json", "course", "create", "--title", "Fractions"))
    learner = made(cli(home, "--json", "learner", "add", "--name", "Amina"))
    return home, course, learner


def test_two_processes_writing_one_learner_keep_every_write_once(
    school: tuple[Path, str, str],
) -> None:
    home, course, learner = school
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(home), learner, course, tag, str(WRITES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
        )
        for tag in ("a", "b")
    ]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        for p in procs:  # both start writing together
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()  # only the processes this test started
                p.wait()
    with Node(home) as node:
        titles = [r["title"] for r in node.learner(learner)["results"]]
        expected = {f"{tag}-{i}" for tag in "ab" for i in range(WRITES)}
        assert sorted(titles) == sorted(expected)  # each once: none lost, none doubled
        assert node.check() == []


def test_four_clis_writing_at_once_all_succeed(school: tuple[Path, str, str]) -> None:
    home, course, learner = school
    base = [sys.executable, "-m", "edunode", "--home", str(home), "--json"]
    commands = [  # three on the one learner, one adding another learner
        [*base, "result", learner, course, "--title", f"quiz {i}", "--score", "7", "--max", "10"]
        for i in range(3)
    ] + [[*base, "learner", "add", "--name", "Pupil"]]
    procs = [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
        for c in commands
    ]
    outcomes = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outcomes, strict=True):
        assert p.returncode == 0, err  # no internal error, no unique violation
    with Node(home) as node:
        names = sorted(le["name"] for le in node.list_learners())
        assert names == ["Amina", "Pupil"]
        quizzes = sorted(r["title"] for r in node.learner(learner)["results"])
        assert quizzes == ["quiz 0", "quiz 1", "quiz 2"]
        assert node.check() == []
