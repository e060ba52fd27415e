"""``make demo`` (``python -m edunode.demo``): three EduNode PCs on this computer.

Hill Office founds Hill School, Hill Library is a new PC that joins it over the network, and
Vale Office belongs to another school. Each runs ``edunode serve`` as its own process on
127.0.0.1 (zeroconf bound to loopback too: nothing leaves this computer), in a temporary data
folder. They find each other, the admins link them by the CLI after comparing the
verification code (the demo types the PINs), courses and Hill's learners flow where they
should, and Vale Office is shown never to receive a learner record of Hill School. The demo
prints a short story with timings and removes everything it made; every process it started
is stopped by its PID, also on Ctrl-C.

The teachers' edits go through the Node API (what the app and the CLI call) on each PC's data
folder, beside its running ``serve``, which notices them within half a second (the same as a
CLI command or the app would); everything about the network goes through the ``edunode``
command line.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from edunode.demo.polling import wait_until

SERVE_LIMIT_S = 180  # each `serve` also stops by itself after this, whatever happens to us
PINS = {"hill": "246810", "library": "864210", "vale": "135790"}
NAMES = {"hill": "Hill Office", "library": "Hill Library", "vale": "Vale Office"}


class DemoError(Exception):
    pass


class Demo:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.homes = {key: root / key for key in NAMES}
        self.started = time.monotonic()
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.logs: dict[str, Path] = {}
        self.nodes: dict[str, Any] = {}  # in-process Node objects, for reading only
        self.ids: dict[str, str] = {}

    # ------------------------------------------------------------------ output

    def say(self, text: str, *more: str) -> None:
        print(f"[{time.monotonic() - self.started:5.1f} s] {text}", flush=True)
        for line in more:
            print(f"          {line}", flush=True)

    # ------------------------------------------------------------------ plumbing

    def cli(self, key: str, *args: str, timeout: float = 60) -> Any:
        """Run ``edunode --home HOME --json ARGS`` and return its JSON output."""
        done = subprocess.run(
            [sys.executable, "-m", "edunode", "--home", str(self.homes[key]), "--json", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**self._env(), "EDUNODE_ADMIN_PIN": PINS[key]},  # not --pin: `ps` shows argv
        )
        if done.returncode != 0:
            raise DemoError(f"edunode {' '.join(args)} failed: {done.stderr.strip()}")
        return json.loads(done.stdout) if done.stdout.strip() else None

    @staticmethod
    def _env() -> dict[str, str]:
        return {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}

    def serve(self, key: str) -> int:
        log = self.root / f"{key}.serve.log"
        self.logs[key] = log
        with log.open("w") as err:
            self.procs[key] = subprocess.Popen(
                [sys.executable, "-m", "edunode", "--home", str(self.homes[key]), "serve",
                 "--port", "0", "--interfaces", "127.0.0.1", "--for", str(SERVE_LIMIT_S)],
                stdout=subprocess.DEVNULL,
                stderr=err,
                env=self._env(),
                start_new_session=True,  # Ctrl-C reaches us; we stop it ourselves, by PID
            )  # fmt: skip
        found = wait(
            lambda: (
                re.search(r"listening on port (\d+)", log.read_text())
                or self.procs[key].poll() is not None
            ),
            20,
            f"{NAMES[key]} to start serving",
        )
        if self.procs[key].poll() is not None:
            raise DemoError(f"{NAMES[key]}'s serve exited:\n{log.read_text()}")
        return int(found.group(1))

    def stop_all(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()  # only the PIDs we started
                proc.wait(5)
        for node in self.nodes.values():
            node.close()

    def peer(self, key: str, other: str) -> dict[str, Any] | None:
        return self.nodes[key].peers.get(self.ids[other])  # type: ignore[no-any-return]

    # ------------------------------------------------------------------ the story

    def run(self) -> None:
        from edunode.service.node import Node

        print("EduNode demo: three PCs on this computer, talking over 127.0.0.1 only.")
        print(f"Their data folders are in {self.root} (removed at the end).\n")

        hill = Node.init(self.homes["hill"], name=NAMES["hill"], school_name="Hill School",
                         admin_pin=PINS["hill"])  # fmt: skip
        library = Node.init(self.homes["library"], name=NAMES["library"], school_name=None,
                            admin_pin=PINS["library"])  # fmt: skip
        vale = Node.init(self.homes["vale"], name=NAMES["vale"], school_name="Vale School",
                         admin_pin=PINS["vale"])  # fmt: skip
        self.nodes = {"hill": hill, "library": library, "vale": vale}
        self.ids = {key: node.node_id for key, node in self.nodes.items()}
        self.say(
            "Three PCs are set up:",
            f"Hill Office  founds Hill School (admin PIN {PINS['hill']})",
            f"Hill Library is new, without a school yet (admin PIN {PINS['library']})",
            f"Vale Office  founds Vale School (admin PIN {PINS['vale']})",
        )

        fractions = hill.create_course("Fractions", subject="maths", level="P4")
        halves = hill.add_lesson(fractions, "Unit 1", "Halves", "A half is one of two parts.")
        hill.add_lesson(fractions, "Unit 1", "Quarters", "A quarter is one of four parts.")
        staff = hill.create_course("Staff notes", summary="for Hill's teachers", shared=False)
        hill_learners = {}
        for name, year in (("Amina Juma", 2014), ("Baraka Ali", 2013), ("Chausiku Said", 2015)):
            learner = hill.add_learner(name, birth_year=year)
            hill.enrol(learner, fractions, "2025-01-06")
            hill.record_progress(learner, halves, 25)
            hill.record_attendance(learner, "2025-01-06", True)
            hill_learners[learner] = name
        rivers = vale.create_course("Rivers", subject="geography")
        vale.add_lesson(rivers, "Unit 1", "Where rivers start", "Rain, springs and snow.")
        vale_learner = vale.add_learner("Dalila Omar", birth_year=2014)
        self.say(
            "Teachers write their content:",
            "Hill Office: shared course 'Fractions' (2 lessons), private course 'Staff notes',",
            "             3 learners, each enrolled, with progress and attendance",
            "Vale Office: shared course 'Rivers', 1 learner",
        )

        t0 = time.monotonic()
        ports = {key: self.serve(key) for key in NAMES}
        self.say(
            "All three start 'edunode serve --interfaces 127.0.0.1 --port 0' "
            f"({time.monotonic() - t0:.1f} s):",
            ", ".join(f"{NAMES[k]} on port {p}" for k, p in ports.items()),
        )

        t0 = time.monotonic()
        for key, others in (("hill", ("library", "vale")), ("library", ("hill",)),
                            ("vale", ("hill",))):  # fmt: skip
            for other in others:
                wait(lambda k=key, o=other: self.peer(k, o), 30, f"{NAMES[key]} to find {other}")
        self.say(
            f"They find each other over mDNS in {time.monotonic() - t0:.1f} s "
            "('edunode peers' lists them as discovered)."
        )

        # ---- Hill Library joins Hill School
        sent = self.cli("library", "link", self.ids["hill"])
        pending = wait(lambda: self.peer("hill", "library"), 10, "the request at Hill Office")
        self.say(
            "Hill Library sends Hill Office a link request ('edunode link NODE_ID').",
            f"Hill Library's screen shows code {sent['code']}, Hill Office's shows "
            f"{pending['code']}:",
            "the two admins read them out to each other: they match.",
        )
        if sent["code"] != pending["code"]:
            raise DemoError("the verification codes differ")
        self.cli("hill", "approve", self.ids["library"], "--role", "school")
        t1 = time.monotonic()
        self.cli("library", "approve", self.ids["hill"], "--role", "school")
        wait(lambda: library.count_learners() == 3, 30, "Hill's learners at Hill Library")
        if library.school_name != "Hill School":
            raise DemoError("Hill Library did not join Hill School")
        self.say(
            "Both approve it as 'member of my school' ('edunode approve ID --role school').",
            "Hill Library joins Hill School and receives both courses and the 3 learners",
            f"{time.monotonic() - t1:.1f} s after the second admin pressed Enter.",
        )

        # ---- Vale Office becomes a community peer
        sent = self.cli("vale", "link", self.ids["hill"])
        pending = wait(lambda: self.peer("hill", "vale"), 10, "Vale's request at Hill Office")
        if sent["code"] != pending["code"]:
            raise DemoError("the verification codes differ")
        self.cli("hill", "approve", self.ids["vale"], "--role", "community")
        t1 = time.monotonic()
        self.cli("vale", "approve", self.ids["hill"], "--role", "community")
        wait(lambda: vale.docs.maybe(fractions) is not None, 30, "'Fractions' at Vale Office")
        wait(lambda: hill.docs.maybe(rivers) is not None, 30, "'Rivers' at Hill Office")
        wait(lambda: library.docs.maybe(rivers) is not None, 30, "'Rivers' at Hill Library")
        self.say(
            f"Vale Office links to Hill Office as a 'community peer' (code {sent['code']}).",
            f"{time.monotonic() - t1:.1f} s after the approval Vale Office has Hill's course "
            "'Fractions', and Vale's 'Rivers'",
            "has reached Hill Office and, through it, Hill Library.",
        )

        # ---- live changes
        learner = next(iter(hill_learners))
        library.record_result(learner, fractions, "Quiz 1", 8, 10, "2025-02-03")
        saved = time.monotonic()
        wait(lambda: hill.learner(learner)["results"], 10, "the result at Hill Office")
        self.say(
            "A teacher at Hill Library records Amina's quiz result (8/10); Hill Office shows it",
            f"{time.monotonic() - saved:.2f} s after it was saved.",
        )
        hill.edit_lesson(halves, body="A half is one of two equal parts.")
        saved = time.monotonic()
        wait(
            lambda: vale.lesson_body(halves) == "A half is one of two equal parts.",
            10,
            "the lesson edit at Vale Office",
        )
        self.say(
            "Hill Office improves the lesson 'Halves'; Vale Office shows the new text",
            f"{time.monotonic() - saved:.2f} s after it was saved.",
        )

        # ---- what Vale Office holds
        held = [meta for _, meta in vale.store.documents()]
        hill_id = hill.school_id
        vale_has_hill_learners = [m for m in held if m.kind == "learner" and m.school == hill_id]
        vale_learners = [le["name"] for le in vale.list_learners()]
        if vale_has_hill_learners or vale.docs.maybe(staff) is not None:
            raise DemoError("Vale Office received a record of Hill School")
        if any(vale.docs.maybe(le) is not None for le in hill_learners):
            raise DemoError("Vale Office received a Hill learner")
        counts = {kind: sum(m.kind == kind for m in held) for kind in ("school", "course")}
        if library.docs.maybe(staff) is None or vale.docs.maybe(vale_learner) is None:
            raise DemoError("a school's own PC is missing one of its records")
        self.say(
            f"Vale Office's store: {counts['school']} school profiles, {counts['course']} "
            f"courses, learners: {', '.join(vale_learners)} (its own).",
            "Hill's 3 learners and the private course 'Staff notes' never left Hill School:",
            "not one of their changes is in Vale's store. Hill Library, a PC of Hill School,",
            f"holds all {library.count_learners()} Hill learners and 'Staff notes'.",
        )

        # ---- a learner moves school, carrying her record
        bundle = self.root / "amina.edunode-learner.json"
        t1 = time.monotonic()
        self.cli("hill", "bundle", "export", learner, "--out", str(bundle))
        checked = self.cli("vale", "bundle", "verify", str(bundle))
        moved = self.cli("vale", "bundle", "import", str(bundle))
        record = vale.learner(moved["id"])
        if [(r["score"], r["max"]) for r in record["results"]] != [(8.0, 10.0)]:
            raise DemoError("Amina's quiz result did not come with her to Vale School")
        if vale.docs.maybe(learner) is not None:
            raise DemoError("Hill's own record of Amina reached Vale Office")
        self.say(
            "Amina moves to Vale School. Hill Office writes her record bundle "
            "('edunode bundle export', admin PIN):",
            "a W3C Verifiable Credential (eddsa-jcs-2022, did:key) with her signed history.",
            f"Vale Office verifies it offline ({checked['results']} result, "
            f"{checked['attendance_days']} day of attendance, signed by a PC of "
            f"{checked['school']})",
            f"and enrols her as its own learner with her quiz result, "
            f"{time.monotonic() - t1:.1f} s in all; Hill's record of her stays at Hill.",
        )

        result = self.cli("vale", "sync", "--once", "--timeout", "15")
        states = ", ".join(f"{r['name']}: {r['result'].replace('_', ' ')}" for r in result)
        self.say(f"'edunode sync --once' on Vale Office: {states}.")
        for key in NAMES:
            self.cli(key, "check")  # exits non-zero (DemoError) on any problem
        self.say("'edunode check' verifies every stored change and signature on all three: ok.")


def wait(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    return wait_until(predicate, timeout, what, error=DemoError)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    previous = signal.signal(signal.SIGTERM, _interrupt)
    started = time.monotonic()
    code = 0
    with tempfile.TemporaryDirectory(prefix="edunode-demo-") as tmp:
        demo = Demo(Path(tmp))
        try:
            demo.run()
        except KeyboardInterrupt:
            print("\ninterrupted: stopping the three nodes", flush=True)
            code = 130
        except DemoError as exc:
            print(f"\ndemo failed: {exc}", flush=True)
            for key, log in demo.logs.items():
                tail = log.read_text().splitlines()[-15:] if log.exists() else []
                print(f"--- {NAMES[key]} serve log (last lines)\n" + "\n".join(tail))
            code = 1
        finally:
            demo.stop_all()
            signal.signal(signal.SIGTERM, previous)
    if code == 0:
        stopped = "stopped cleanly" if all(p.returncode == 0 for p in demo.procs.values()) else (
            "stopped (not all cleanly: " + ", ".join(
                f"{NAMES[k]} exit {p.returncode}" for k, p in demo.procs.items()
            ) + ")"
        )  # fmt: skip
        print(f"\nThe three nodes {stopped}. Demo finished in {time.monotonic() - started:.1f} s.")
    return code


if __name__ == "__main__":
    sys.exit(main())
