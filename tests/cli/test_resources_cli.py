"""``edunode need|offer|fund`` end to end through the real entry point, in process (the
commands are thin; ``test_cli.py`` covers the process boundary): round trips with --json,
and bad input that must exit 2 with one line on stderr and nothing written.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import change_rows, sync_all
from tests.sync.netutil import PIN, make_node

from edunode.cli.main import main
from edunode.service.node import Node


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    d = tmp_path_factory.mktemp("cli")
    a = make_node(d / "a", "Alpha Office", "Alpha School")
    b = make_node(d / "b", "Beta Office", "Beta School")
    sync_all([a, b])
    out = {"a": d / "a", "b": d / "b", "alpha": a.school_id, "beta": b.school_id, "nodes": (a, b)}
    yield out
    a.close()
    b.close()


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def ok(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> Any:
    code, out, err = run(capsys, home, "--json", *args)
    assert code == 0, err
    return json.loads(out)


def sync(homes: dict[str, Any]) -> None:
    a, b = homes["nodes"]
    a.docs.sync_with_log()
    b.docs.sync_with_log()
    sync_all([a, b])


@pytest.fixture(autouse=True)
def _pin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDUNODE_ADMIN_PIN", PIN)


def test_need_and_offer_round_trip(capsys, homes) -> None:
    a, b = homes["a"], homes["b"]
    need = ok(
        capsys,
        a,
        "need",
        "add",
        "--item",
        "Maths textbooks",
        "--quantity",
        "30",
        "--unit",
        "books",
        "--cost",
        "4500.5",
        "--currency",
        "kes",
        "--priority",
        "high",
        "--note",
        "Form 2",
    )
    assert need["cost"] == "4500.50" and need["currency"] == "KES" and need["status"] == "open"
    updated = ok(capsys, a, "need", "update", need["id"], "--quantity", "25")
    assert updated["quantity"] == 25 and updated["versions"] == 2
    assert updated["posted"] == need["posted"] and updated["unit"] == "books"
    offer = ok(capsys, b, "offer", "add", "--item", "Projector", "--quantity", "1")
    sync(homes)
    answered = ok(capsys, b, "offer", "respond", offer["id"], "--need", need["id"])
    assert answered["responds"] == [need["id"]]
    sync(homes)
    listed = ok(capsys, b, "need", "list", "--school", "Alpha School", "--open")
    (row,) = [r for r in listed if r["id"] == need["id"]]
    assert row["school"] == "Alpha School" and row["offers"] == [offer["id"]]
    assert row["posted_by_name"] == "Alpha Office" or row["posted_by"]
    closed = ok(capsys, a, "need", "close", need["id"], "--met")
    assert closed["status"] == "met" and not closed["open"]
    assert need["id"] not in {r["id"] for r in ok(capsys, a, "need", "list", "--open")}
    code, out, err = run(capsys, b, "need", "close", need["id"], "--withdrawn")
    assert code == 2 and out == "" and "another school" in err


def test_fund_round_trip_with_ledger_report_and_csv(capsys, homes, tmp_path: Path) -> None:
    a, b = homes["a"], homes["b"]
    need = ok(
        capsys, b, "need", "add", "--item", "Desks", "--quantity", "4", "--priority", "medium"
    )
    sync(homes)
    fund = ok(
        capsys,
        a,
        "fund",
        "create",
        "--name",
        "Donor fund",
        "--currency",
        "USD",
        "--schools",
        f"{homes['alpha']},Beta School",
        "--approvals",
        "2",
    )
    assert fund["balance"] == "0.00" and fund["approvals"] == 2
    ok(capsys, a, "fund", "contribute", fund["id"], "--amount", "250", "--from", "A donor")
    sync(homes)
    prop = ok(capsys, b, "fund", "propose", fund["id"], "--need", need["id"], "--amount", "100.25")
    assert prop["type"] == "proposal" and prop["amount"] == "100.25"
    first = ok(capsys, b, "fund", "approve", prop["id"])
    assert first["status"] == "pending" and first["approved_by"] == [homes["beta"]]
    code, out, err = run(capsys, b, "fund", "approve", prop["id"])
    assert code == 2 and "already approved" in err
    sync(homes)
    done = ok(capsys, a, "fund", "approve", prop["id"])
    assert done["status"] == "allocated"
    ledger = ok(capsys, a, "fund", "ledger", fund["id"])
    assert ledger["balance"] == "149.75"
    kinds = [e["type"] for e in ledger["entries"]]
    assert kinds == ["contribution", "proposal", "approval", "approval", "allocation"]
    assert all(e["signed_by"] and e["at"] for e in ledger["entries"])
    code, text, _ = run(capsys, a, "fund", "ledger", fund["id"])
    assert code == 0 and "balance: 149.75 USD" in text
    target = tmp_path / "report.csv"
    report = ok(capsys, a, "fund", "report", fund["id"], "--csv", str(target))
    beta = next(s for s in report["schools"] if s["school_id"] == homes["beta"])
    assert beta["allocated"] == "100.25" and report["per_learner"] is None
    rows = list(csv.DictReader(target.open()))
    assert {r["school"] for r in rows} == {"Alpha School", "Beta School"}
    assert next(r for r in rows if r["school"] == "Beta School")["allocated"] == "100.25"


BAD = [
    ("need add --item X --quantity 2 --priority high --cost -5 --currency KES", "negative"),
    ("need add --item X --quantity 2 --priority high --cost abc --currency KES", "not an amount"),
    ("need add --item X --quantity 2 --priority high --cost 5 --currency ABC", "currency code"),
    ("need add --item X --quantity 2 --priority high --cost 5", "together with its currency"),
    ("need add --item X --quantity 0 --priority high", "quantity"),
    ("need add --item X --quantity 2 --priority urgent", "invalid choice"),
    ("need update aaaaaaaaaaaaaaaaaaaaaaaa --quantity 3", "no need"),
    ("need close nonsense --met", "not a need ID"),
    ("offer respond aaaaaaaaaaaaaaaaaaaaaaaa --need aaaaaaaaaaaaaaaaaaaaaaaa", "no offer"),
    ("fund create --name F --currency KES --schools {alpha} --approvals 2", "can't be reached"),
    ("fund create --name F --currency EURO --schools {alpha}", "currency code"),
    ("fund create --name F --currency KES --schools Nowhere", "no school"),
    ("fund create --name F --currency KES --schools {beta}", "must be one of"),
    ("fund contribute {fund} --amount -1 --from X", "negative"),
    ("fund contribute {fund} --amount 1.5e3 --from X", "not an amount"),
    ("fund contribute {fund} --amount 0.001 --from X", "too many decimals"),
    ("fund contribute {fund} --amount NaN --from X", "not an amount"),
    ("fund propose {fund} --need aaaaaaaaaaaaaaaaaaaaaaaa --amount 5", "no need"),
    ("fund approve bbbbbbbbbbbbbbbbbbbbbbbb", "no proposal"),
    ("fund ledger aaaaaaaaaaaaaaaaaaaaaaaa", "no fund"),
]


@pytest.mark.parametrize(("line", "said"), BAD)
def test_bad_input_one_line_exit_2_nothing_written(capsys, homes, line: str, said: str) -> None:
    a: Node = homes["nodes"][0]
    funds = a.funds()
    fund = funds[0]["id"] if funds else a.create_fund("Spare", "KES", [a.school_id], 1, PIN)
    args = line.format(alpha=homes["alpha"], beta=homes["beta"], fund=fund).split()
    before = change_rows(a)
    code, out, err = run(capsys, homes["a"], *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and said in err, err
    assert "Traceback" not in err and "internal error" not in err
    assert change_rows(a) == before, "nothing may be written"


def test_a_wrong_pin_refuses_the_approval(capsys, homes, monkeypatch) -> None:
    a = homes["a"]
    monkeypatch.setenv("EDUNODE_ADMIN_PIN", "999999")
    code, out, err = run(
        capsys, a, "fund", "create", "--name", "G", "--currency", "KES", "--schools", homes["alpha"]
    )
    assert code == 2 and "PIN" in err
