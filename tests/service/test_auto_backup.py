"""Backups that run by themselves (issue 11 item 2): schedule, keeping the last N, a missing
stick, the one-PC warning, and ``edunode backup`` on the command line.

Real nodes, stores and files; only the clock is ours (days pass in a test), passed to
``AutoBackups`` as its time source.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import close_all, make_school

from edunode.cli.main import main
from edunode.service import backup, restore
from edunode.service.auto_backup import RETRY_S, AutoBackups
from edunode.service.node import Node

PIN = "123456"
PASS = "a long backup passphrase"
DAY = 86400.0


class Clock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def office(tmp_path: Path) -> Any:
    node = Node.init(tmp_path / "office", name="Office", school_name="Hill School", admin_pin=PIN)
    node.add_learner("Ama Mensah", 2014)
    yield node
    node.close()


def test_backups_run_on_schedule_and_keep_the_last_n(office: Node, tmp_path: Path) -> None:
    import time

    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "holiday-photos.edunode-backup").write_bytes(b"not ours")  # never touched
    clock = Clock(time.time())
    auto = AutoBackups(office, clock)
    auto.configure(stick, PASS, PIN, every_hours=24, keep=3)
    assert auto.status()["due"], "never backed up: due at once"
    made = []
    for _ in range(6):
        done = auto.run_if_due()
        assert done is not None and not done.get("failed"), done
        made.append(Path(done["path"]))
        assert auto.run_if_due() is None, "not due again the same day"
        clock.now += DAY + 60
        time.sleep(1.1)  # file names carry the time to the second
    kept = sorted(p for p in stick.iterdir() if p.name != "holiday-photos.edunode-backup")
    assert kept == sorted(made[-3:]), "the three newest are kept, the older ones deleted"
    assert (stick / "holiday-photos.edunode-backup").read_bytes() == b"not ours"
    for path in kept:
        assert path.name.startswith("Hill-School-Office-")
        assert backup.verify_backup(path, PASS).fields["node_id"] == office.node_id
    assert [a["action"] for a in office.audit_log()].count("backup_made") == 6


def test_a_missing_stick_is_reported_and_tried_again_later(office: Node, tmp_path: Path) -> None:
    import time

    stick = tmp_path / "stick"
    stick.mkdir()
    clock = Clock(time.time())
    auto = AutoBackups(office, clock)
    auto.configure(stick, PASS, PIN)
    stick.rmdir()  # the stick was taken out
    failed = auto.run_if_due()
    assert failed == {"failed": True, "error": failed["error"]} and "plug the stick in" in (
        failed["error"]
    )
    status = auto.status()
    assert "plug the stick in" in status["last_error"] and status["warning"]
    assert auto.run_if_due() is None, "not tried again at once"
    stick.mkdir()
    clock.now += RETRY_S + 1
    done = auto.run_if_due()
    assert done is not None and Path(done["path"]).exists()
    assert auto.status()["last_error"] == "" and auto.status()["warning"] == ""


def test_a_one_pc_school_without_a_recent_backup_is_warned(office: Node, tmp_path: Path) -> None:
    import time

    clock = Clock(time.time())
    auto = AutoBackups(office, clock)
    assert "never been backed up" in auto.status()["warning"]
    office.backup(tmp_path / "b.bak", PASS, PIN)
    clock.now = time.time() + 1  # the backup's time is recorded to the second
    assert auto.status()["warning"] == "" and auto.status()["days_since_last"] == 0
    clock.now += 6 * DAY
    assert auto.status()["warning"] == ""
    clock.now += 1 * DAY
    assert "no backup in 7 days" in auto.status()["warning"]


def test_a_school_with_two_pcs_gets_no_warning(tmp_path: Path) -> None:
    office, teacher = make_school(tmp_path / "hill", 2)
    try:
        assert office.backups.status()["one_pc"] is False
        assert office.backups.status()["warning"] == ""
    finally:
        close_all([office, teacher])


def test_the_passphrase_is_private_and_never_inside_a_backup(office: Node, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    office.backups.configure(stick, PASS, PIN)
    kept = office.paths.home / "backup-passphrase"
    assert kept.stat().st_mode & 0o777 == 0o600
    done = office.backups.run_if_due()
    assert done is not None
    restore.restore(Path(done["path"]), PASS, tmp_path / "restored")
    assert not (tmp_path / "restored" / "backup-passphrase").exists()
    office.backups.disable(PIN)
    assert not kept.exists() and office.backups.status()["configured"] is False


def test_a_wrong_pin_sets_up_nothing(office: Node, tmp_path: Path) -> None:
    from edunode.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        office.backups.configure(tmp_path, PASS, "999999")
    assert office.backups.status()["configured"] is False
    assert not (office.paths.home / "backup-passphrase").exists()


# --------------------------------------------------------------------------- the CLI


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_backs_up_reports_and_restores(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "office"
    monkeypatch.setenv("EDUNODE_ADMIN_PIN", PIN)
    monkeypatch.setenv("EDUNODE_BACKUP_PASSPHRASE", PASS)
    assert run(capsys, "--home", str(home), "init", "--name", "Office", "--school", "Hill")[0] == 0
    assert run(capsys, "--home", str(home), "learner", "add", "--name", "Ama")[0] == 0
    code, out, _ = run(capsys, "--home", str(home), "backup", "--auto-status", "--json")
    status = json.loads(out)
    assert code == 0 and status["configured"] is False and "never" in status["warning"]
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(capsys, "--home", str(home), "backup", "--out", str(stick), "--json")
    assert code == 0, err
    path = Path(json.loads(out)["path"])
    assert path.parent == stick and path.stat().st_mode & 0o777 == 0o600
    code, out, _ = run(capsys, "--home", str(home), "backup", "--auto-status", "--json")
    assert json.loads(out)["last_backup"] and json.loads(out)["warning"] == ""
    code, out, err = run(capsys, "--home", str(tmp_path / "new"), "restore", str(path), "--json")
    assert code == 0, err
    restored = json.loads(out)
    assert restored["school"] == "Hill" and restored["node_id"] != restored["old_node_id"]
    code, out, _ = run(capsys, "--home", str(tmp_path / "new"), "learner", "list", "--json")
    assert [row["name"] for row in json.loads(out)] == ["Ama"]


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["backup", "--out", "{stick}/x.bak"], {"EDUNODE_ADMIN_PIN": "999999"}, "PIN"),
        (["backup", "--out", "{stick}/x.bak"], {"EDUNODE_BACKUP_PASSPHRASE": "short"}, "8 char"),
        (["backup", "--out", "{stick}/nowhere/x.bak"], {}, "does not exist"),
        (["backup"], {}, "give one of"),
        (["restore", "{stick}/missing.bak"], {}, "can't be read"),
    ],
)
def test_the_cli_refuses_bad_input_in_one_line_and_writes_nothing(
    tmp_path: Path,
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    env: dict[str, str],
    message: str,
) -> None:
    home, stick = tmp_path / "office", tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setenv("EDUNODE_ADMIN_PIN", PIN)
    monkeypatch.setenv("EDUNODE_BACKUP_PASSPHRASE", PASS)
    Node.init(home, name="Office", school_name="Hill", admin_pin=PIN).close()
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    target = tmp_path / "new"
    argv = [a.format(stick=stick) for a in args]
    where = str(target) if argv[0] == "restore" else str(home)
    code, _, err = run(capsys, "--home", where, *argv)
    assert code == 2 and message in err and err.count("\n") == 1, err
    assert list(stick.iterdir()) == [] and not target.exists()
