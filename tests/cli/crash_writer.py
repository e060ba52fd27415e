"""Signed writes in a loop, for the crash-safety test (tests/cli/test_crash.py).

Usage: python crash_writer.py HOME SEED [MAX_WRITES] [MAX_SECONDS]

Opens the node in HOME and, until stopped (normally by SIGKILL) or a bound is reached,
makes random writes: add a learner, record a result, record a batch of results in one
transaction, replace a lesson's body. Lines on stdout, each flushed at once:

    ready
    intent body <lesson_id> <sha256>        (before the edit is attempted)
    saved learner <learner_id>              (after the Node call returned, i.e. committed)
    saved result <learner_id> <result_id>
    saved body <lesson_id> <sha256>
"""

from __future__ import annotations

import hashlib
import random
import sys
import time

from edunode.service.node import Node


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(home: str, seed: int, max_writes: int, max_seconds: float) -> int:
    rng = random.Random(seed)
    deadline = time.monotonic() + max_seconds
    with Node(home) as node:
        course_id = node.list_courses()[0]["id"]
        lesson_id = node.lessons(course_id)[0]["id"]
        learners = [row["id"] for row in node.list_learners()]
        say("ready")
        for n in range(max_writes):
            if time.monotonic() > deadline:
                break
            op = (
                rng.choice(["learner", "result", "result", "batch", "body"])
                if learners
                else "learner"
            )
            if op == "learner":
                learner_id = node.add_learner(f"Learner {seed}-{n}", rng.randint(2008, 2020))
                learners.append(learner_id)
                say(f"saved learner {learner_id}")
            elif op == "result":
                learner_id = rng.choice(learners)
                result_id = node.record_result(
                    learner_id, course_id, f"Quiz {n}", rng.randint(0, 20), 20
                )
                say(f"saved result {learner_id} {result_id}")
            elif op == "batch":
                saved = []
                with node.batch():
                    for k in range(rng.randint(2, 6)):
                        learner_id = rng.choice(learners)
                        saved.append(
                            (
                                learner_id,
                                node.record_result(learner_id, course_id, f"Test {n}.{k}", 5, 10),
                            )
                        )
                for learner_id, result_id in saved:
                    say(f"saved result {learner_id} {result_id}")
            else:
                body = f"Lesson text {seed}-{n}\n" + " ".join(
                    rng.choice(["count", "add", "share", "ten", "ones"])
                    for _ in range(rng.randint(1, 400))
                )
                digest = hashlib.sha256(body.encode()).hexdigest()
                say(f"intent body {lesson_id} {digest}")
                node.edit_lesson(lesson_id, body=body)
                say(f"saved body {lesson_id} {digest}")
    say("done")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(
        main(
            args[0],
            int(args[1]),
            int(args[2]) if len(args) > 2 else 100_000,
            float(args[3]) if len(args) > 3 else 30.0,
        )
    )
