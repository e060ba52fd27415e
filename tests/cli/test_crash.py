"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it reported saved.

A real subprocess (crash_writer.py) makes signed writes in a loop and prints each one only
after the Node call returned. Each round kills it at a random moment, then reopens the same
home: every write reported so far must be there and ``edunode check`` must pass.
Set EDUNODE_CRASH_SEED to replay a failing run.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from edunode.service.node import Node

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 5
READY_TIMEOUT_S = 30.0
ENV = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}


class Ledger:
    """What the writer reported, across rounds."""

    def __init__(self, first_body: str) -> None:
        self.learners: set[str] = set()
        self.results: set[tuple[str, str]] = set()
        self.body_saved = hashlib.sha256(first_body.encode()).hexdigest()
        self.body_pending: set[str] = (
            set()
        )  # attempted after the last saved edit: may or may not be in

    def read(self, output: str) -> int:
        lines = output.split("\n")[:-1]  # a line cut short by the kill has no newline: ignore it
        for line in lines:
            word, *rest = line.split()
            if word == "intent":
                self.body_pending.add(rest[2])
            elif word == "saved" and rest[0] == "learner":
                self.learners.add(rest[1])
            elif word == "saved" and rest[0] == "result":
                self.results.add((rest[1], rest[2]))
            elif word == "saved" and rest[0] == "body":
                self.body_saved, self.body_pending = rest[2], set()
        return sum(line.startswith("saved ") for line in lines)


def _run_until_killed(home: Path, seed: int, delay: float, out: Path, err: Path) -> None:
    cmd = [sys.executable, str(WRITER), str(home), str(seed)]
    with out.open("w") as stdout, err.open("w") as stderr:
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr, env=ENV)
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not out.read_text().startswith("ready\n"):
            assert proc.poll() is None, f"the writer stopped early: {err.read_text()}"
            assert time.monotonic() < deadline, "the writer never got ready"
            time.sleep(0.02)
        time.sleep(delay)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, (
        f"the writer ended before the kill: {err.read_text()}"
    )


def _verify(home: Path, ledger: Ledger, seed: int) -> None:
    with Node(home) as node:
        listed = {row["id"] for row in node.list_learners()}
        missing = ledger.learners - listed
        assert not missing, f"seed {seed}: saved learners lost: {missing}"
        by_learner: dict[str, set[str]] = {}
        for learner_id, result_id in ledger.results:
            if learner_id not in by_learner:
                by_learner[learner_id] = {r["id"] for r in node.learner(learner_id)["results"]}
            assert result_id in by_learner[learner_id], (
                f"seed {seed}: saved result {result_id} lost"
            )
        lesson_id = node.lessons(node.list_courses()[0]["id"])[0]["id"]
        body = hashlib.sha256(node.lesson_body(lesson_id).encode()).hexdigest()
        assert body in {ledger.body_saved, *ledger.body_pending}, (
            f"seed {seed}: lesson body is stale"
        )
        assert node.check() == [], f"seed {seed}"


def test_sigkilled_writer_loses_no_saved_write(tmp_home: Path, tmp_path: Path) -> None:
    seed = int(os.environ.get("EDUNODE_CRASH_SEED") or time.time_ns() % 1_000_000)
    rng = random.Random(seed)
    first_body = "Count from one to ten."
    with Node.init(tmp_home, name="Crash PC", school_name="Hill School") as node:
        course_id = node.create_course("Maths")
        node.add_lesson(course_id, "Numbers", "Counting", first_body)
    ledger = Ledger(first_body)
    reported = 0
    for round_no in range(ROUNDS):
        out, err = tmp_path / f"round{round_no}.out", tmp_path / f"round{round_no}.err"
        _run_until_killed(tmp_home, seed * 100 + round_no, rng.uniform(0.2, 1.5), out, err)
        reported += ledger.read(out.read_text())
        _verify(tmp_home, ledger, seed)
        check = subprocess.run(
            [sys.executable, "-m", "edunode", "check", "--home", str(tmp_home)],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=120,
        )
        assert check.returncode == 0, f"seed {seed}, round {round_no}: {check.stdout}{check.stderr}"
        assert "store is sound" in check.stdout
    assert reported >= ROUNDS, f"seed {seed}: the writer reported only {reported} writes"
    assert ledger.learners and ledger.results
