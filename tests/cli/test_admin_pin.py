"""The admin PIN against guessing (issue 9 item 5): wrong tries are counted in the store, so
the count survives restarts and every process on the data folder shares it; after two free
mistakes each try waits longer (8 s, 16 s, ...), and the right PIN does not work during the
wait. The PIN comes from a prompt, ``$EDUNODE_ADMIN_PIN`` or stdin, never needs to stand in
the process list (``--pin`` warns), and new PINs have at least 6 digits while an old 4-digit
PIN keeps working (with a notice).

The real CLI in subprocesses (each command is a new process: a restart), real SQLite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from edunode import identity
from edunode.errors import PermissionDenied, ValidationError
from edunode.service import admin_pin
from edunode.service.node import Node

PIN = "135790"
ENV = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}
FAKE_ID = "ABCD"  # the PIN is checked before the node is looked up


def run(
    home: Path, *args: str, pin: str | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {**ENV, **({"EDUNODE_ADMIN_PIN": pin} if pin is not None else {})}
    return subprocess.run(
        [sys.executable, "-m", "edunode", "--home", str(home), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    made = run(home, "init", "--name", "Office PC", "--school", "Hill School", "--admin-pin",
               stdin=PIN + "\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "visible" not in made.stderr  # the PIN came from stdin, not the command line
    return home


def test_wrong_pins_make_every_process_wait_longer(home: Path) -> None:
    answers = [run(home, "approve", FAKE_ID, "--role", "community", pin="000000")
               for _ in range(3)]  # fmt: skip
    assert [a.returncode for a in answers] == [2, 2, 2]
    assert "PIN is not correct" in answers[0].stderr and "wait" not in answers[0].stderr
    assert "PIN is not correct" in answers[1].stderr and "wait" not in answers[1].stderr
    assert "3 failed tries: wait 8 s before the next try" in answers[2].stderr

    # The right PIN, at once, from a new process: refused without a look at the PIN.
    right = run(home, "approve", FAKE_ID, "--role", "community", pin=PIN)
    assert right.returncode == 2
    assert "too many wrong admin PINs (3 failed tries): wait" in right.stderr, right.stderr

    # Another process (the desktop app, `edunode serve`) sees the same count.
    with Node(home) as node:
        with pytest.raises(PermissionDenied, match="wait") as refused:
            node.check_admin_pin(PIN)
        assert refused.value.failures == 3 and 0 < refused.value.wait <= 8
        # Once the wait is over, the right PIN works and the count starts again.
        later = node.admin_pin.failures()[1] + 8.5
        node.admin_pin.clock = lambda: later
        node.check_admin_pin(PIN)
        assert node.admin_pin.failures()[0] == 0
    # ... for the next process too: two free mistakes again.
    again = run(home, "approve", FAKE_ID, "--role", "community", pin="000000")
    assert "PIN is not correct" in again.stderr and "wait" not in again.stderr


def test_the_wait_grows_and_a_try_during_it_does_not_count(tmp_path: Path) -> None:
    node = Node.init(tmp_path / "n", name="PC", school_name="S", admin_pin=PIN)
    now = [1_000_000.0]
    node.admin_pin.clock = lambda: now[0]
    try:
        waits = []
        for _ in range(8):
            with pytest.raises(PermissionDenied, match="not correct") as wrong:
                node.check_admin_pin("999999")
            wait = wrong.value.wait
            waits.append(wait)
            if wait:  # the right PIN during the wait: refused, and the wait is not longer
                now[0] += wait - 1
                with pytest.raises(PermissionDenied, match="too many") as early:
                    node.check_admin_pin(PIN)
                assert early.value.wait == pytest.approx(1) and early.value.failures == len(waits)
                now[0] += 1
        assert waits == [0.0, 0.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0]
        assert admin_pin.wait_after(30) == admin_pin.MAX_WAIT == 3600.0
        # The clock set back a year does not lock the admin out for a year.
        now[0] -= 365 * 86400
        with pytest.raises(PermissionDenied, match="wait") as back:
            node.check_admin_pin(PIN)
        assert back.value.wait <= 256
        now[0] += 256
        node.check_admin_pin(PIN)  # the wait over: the right PIN works
        assert node.admin_pin.failures()[0] == 0
    finally:
        node.close()


def test_guesses_in_parallel_are_counted_before_the_slow_check(tmp_path: Path) -> None:
    home = tmp_path / "n"
    Node.init(home, name="PC", school_name="S", admin_pin=PIN).close()
    nodes = [Node(home) for _ in range(8)]
    outcomes: list[str] = []
    start = threading.Barrier(len(nodes))

    def guess(node: Node) -> None:
        start.wait()
        try:
            node.check_admin_pin("999999")
        except PermissionDenied as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=guess, args=(n,)) for n in nodes]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for n in nodes:
        n.close()
    assert len(outcomes) == 8
    checked = [o for o in outcomes if "not correct" in o]
    assert len(checked) == 3, outcomes  # two free tries and the one that starts the wait
    assert all("too many wrong admin PINs" in o for o in outcomes if o not in checked)


def pending_request(home: Path, name: str) -> str:
    """A link request from another PC, waiting for the admin (refusing it needs the PIN)."""
    other = Node.init(home.parent / name, name=name, school_name=None)
    try:
        with Node(home) as node:
            node.peers.request_received(other.certificate_pem(), name, "", "")
        return other.node_id
    finally:
        other.close()


def test_the_pin_need_not_be_on_the_command_line(home: Path) -> None:
    # Standard input (no terminal here), the environment, and --pin for old scripts, which
    # says that everyone can read it.
    by_stdin = run(home, "refuse", pending_request(home, "A"), stdin=PIN + "\n")
    by_env = run(home, "refuse", pending_request(home, "B"), pin=PIN)
    by_argv = run(home, "refuse", pending_request(home, "C"), "--pin", PIN)
    assert [p.returncode for p in (by_stdin, by_env, by_argv)] == [0, 0, 0], by_stdin.stderr
    assert by_stdin.stderr == by_env.stderr == ""
    assert "--pin is visible to other users of this PC" in by_argv.stderr
    with Node(home) as node:
        assert {p["name"]: p["state"] for p in node.peers.list()} == dict.fromkeys("ABC", "refused")
    # A refused command still says one line only (its error).
    wrong = run(home, "refuse", pending_request(home, "D"), "--pin", "000000")
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
    assert "PIN is not correct" in wrong.stderr


def test_new_pins_have_six_digits_and_an_old_short_pin_still_works(tmp_path: Path) -> None:
    short = run(tmp_path / "a", "init", "--name", "PC", "--school", "S", "--admin-pin",
                stdin="2468\n")  # fmt: skip
    assert short.returncode == 2 and "at least 6 digits" in short.stderr
    assert not (tmp_path / "a" / "node.key").exists()
    with pytest.raises(ValidationError, match="at least 6"):
        Node.init(tmp_path / "b", name="PC", school_name="S", admin_pin="12345")

    home = tmp_path / "old"
    with Node.init(home, name="PC", school_name="S") as node:
        node.store.set_setting("admin_pin", identity.hash_pin("2468"))  # set by an old version
        with pytest.raises(ValidationError, match="at least 6"):
            node.set_admin_pin("4321", "2468")
        other = Node.init(tmp_path / "other", name="Lab", school_name=None)
        node.peers.request_received(other.certificate_pem(), "Lab", "", "")
        other_id = other.node_id
        other.close()
    done = run(home, "refuse", other_id, pin="2468")
    assert done.returncode == 0, done.stderr
    assert "notice: this node's admin PIN is shorter than 6 digits" in done.stderr
    with Node(home) as node:
        assert node.peers.get(other_id)["state"] == "refused"
        node.set_admin_pin("864200", "2468")
        node.check_admin_pin("864200")
        assert node.admin_pin.notice == ""
