"""The community fund between three schools: two linked over the network (real TLS on
loopback), one that only ever meets the others by USB stick (issue 15, decision 0012r).

Every PC must end with the same ledger and balance; approvals that together overspend,
made concurrently on two PCs, must resolve the same way on every PC once they meet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import PIN, link, make_node, service, stop_all, wait_for

from edunode.errors import PermissionDenied, ValidationError
from edunode.service import usb
from edunode.service.node import Node


def usb_link(a: Node, b: Node, stick: Path) -> None:
    usb.introduce(a, stick)
    usb.introduce(b, stick)
    usb.import_folder(b, stick)
    usb.import_folder(a, stick)
    a.approve(b.node_id, "community", PIN)
    b.approve(a.node_id, "community", PIN)


def carry(src: Node, dst: Node, stick: Path) -> None:
    """``src`` writes its package for ``dst``; ``dst`` reads the stick (nothing refused)."""
    usb.export_package(src, stick, dst.node_id, PIN)
    results = usb.import_folder(dst, stick)
    assert not [r for r in results if r["state"] == "refused"], results


def book(node: Node, fund_id: str) -> dict[str, Any]:
    """The ledger as every PC must agree on it: the entries, proposals and totals (not the
    names, which each PC knows from its own peers)."""
    full = node.fund_ledger(fund_id)
    keep = (
        "id",
        "type",
        "school_id",
        "signed_by",
        "at",
        "lamport",
        "amount",
        "status",
        "reason",
        "balance",
        "proposal",
        "need",
        "count",
        "source",
    )
    return {
        "entries": [{k: e.get(k) for k in keep} for e in full["entries"]],
        "proposals": [
            {k: p[k] for k in ("id", "status", "reason", "approved_by", "amount", "need")}
            for p in full["proposals"]
        ],
        "totals": (full["contributed"], full["allocated"], full["balance"]),
    }


@pytest.fixture
def three(tmp_path: Path):
    a = make_node(tmp_path / "a", "Alpha Office", "Alpha School")
    b = make_node(tmp_path / "b", "Beta Office", "Beta School")
    c = make_node(tmp_path / "c", "Gamma Office", "Gamma School")
    stick = tmp_path / "stick"
    stick.mkdir()
    yield a, b, c, stick
    for n in (a, b, c):
        n.close()


def test_three_schools_network_and_usb_same_ledger(three) -> None:
    a, b, c, stick = three
    sa, sb = service(a), service(b)
    try:
        link((a, sa), (b, sb), "community")
        usb_link(a, c, stick)
        need_a = a.add_need(
            item="Projector", quantity=1, priority="medium", cost="45000", currency="KES"
        )
        need_c = c.add_need(item="Textbooks", quantity=40, unit="books", priority="high")
        offer_b = b.add_offer(item="Science kit", quantity=2, note="can lend for a term")
        carry(c, a, stick)  # Gamma's need reaches Alpha, and through Alpha, Beta
        wait_for(lambda: len(b.board_entries("need")) == 2, what="needs reach Beta")
        b.respond_to_need(offer_b, need_c)

        fund = a.create_fund("Donor fund", "KES", ["Alpha School", "Beta School"], 2, PIN)
        a.contribute(fund, "10000", "District education office")
        wait_for(lambda: b.docs.store.meta(fund) is not None, what="the fund reaches Beta")
        b.contribute(fund, "2500.50", "Parents' harvest sale")
        p1 = b.propose_allocation(fund, need_c, "6000")
        wait_for(lambda: len(a.fund_ledger(fund)["proposals"]) == 1, what="the proposal")
        a.approve_allocation(p1, PIN)
        with pytest.raises(ValidationError, match="already approved"):
            a.approve_allocation(p1, PIN)  # a second approval by the same school
        wait_for(lambda: len(b.fund_ledger(fund)["entries"]) == 4, what="Alpha's approval")
        done = b.approve_allocation(p1, PIN)
        assert done["status"] == "allocated"
        wait_for(lambda: book(a, fund) == book(b, fund), what="Alpha and Beta agree")

        carry(a, c, stick)
        assert book(c, fund) == book(a, fund) == book(b, fund)
        assert book(c, fund)["totals"] == ("12500.50", "6000.00", "6500.50")
        with pytest.raises(PermissionDenied):
            c.approve_allocation(p1, PIN)  # Gamma does not hold the fund
        with pytest.raises(PermissionDenied):
            c.close_need(need_a, "met")  # nor may it touch Alpha's entries
        on_c = {r["id"]: r for r in c.board_entries()}
        assert on_c[offer_b]["responds"] == [need_c] and on_c[need_a]["school"] == "Alpha School"
        (row,) = [r for r in c.fund_ledger(fund)["entries"] if r["type"] == "allocation"]
        assert row["need"] == need_c and row["need_school_id"] == c.school_id
        report = c.fund_report(fund)
        gamma = next(s for s in report["schools"] if s["school_id"] == c.school_id)
        assert gamma["allocated"] == "6000.00" and gamma["open_needs"] == 1
        assert report["per_learner"] is None and "learner" in report["note"]
    finally:
        stop_all(sa, sb)


def test_concurrent_approvals_that_overspend_resolve_the_same_everywhere(three) -> None:
    """Alpha and Beta each give a proposal its second approval while apart: on its own PC
    each allocation fits; together they overspend. After the stick goes both ways, and on
    to Gamma, every PC refuses the same one, with the reason."""
    a, b, c, stick = three
    usb_link(a, b, stick)
    usb_link(a, c, stick)
    need_a = a.add_need(item="Chalk", quantity=50, priority="low")
    need_b = b.add_need(item="Desks", quantity=5, priority="high")
    carry(b, a, stick)  # Alpha learns of Beta (its school document) and Beta's need
    fund = a.create_fund("Term fund", "UGX", [a.school_id, b.school_id], 2, PIN)
    a.contribute(fund, "500000", "Donor")
    carry(a, b, stick)
    p_a = a.propose_allocation(fund, need_b, "300000")
    p_b = b.propose_allocation(fund, need_a, "300000")
    a.approve_allocation(p_a, PIN)
    b.approve_allocation(p_b, PIN)
    carry(a, b, stick)
    carry(b, a, stick)
    # apart now: each gives the other's proposal its second approval
    assert a.approve_allocation(p_b, PIN)["status"] == "allocated"
    assert b.approve_allocation(p_a, PIN)["status"] == "allocated"
    carry(a, b, stick)
    carry(b, a, stick)
    carry(a, c, stick)
    ledgers = [book(n, fund) for n in (a, b, c)]
    assert ledgers[0] == ledgers[1] == ledgers[2]
    statuses = {p["id"]: p["status"] for p in ledgers[0]["proposals"]}
    assert sorted(statuses.values()) == ["allocated", "refused"]
    (refused,) = [p for p in ledgers[0]["proposals"] if p["status"] == "refused"]
    assert "overspend" in refused["reason"] and "200000 UGX left" in refused["reason"]
    assert ledgers[0]["totals"] == ("500000", "300000", "200000")
    # The rule: the allocation whose K-th approval comes first in (Lamport, entry ID) wins.
    rows = [e for e in ledgers[0]["entries"] if e["type"] == "allocation"]
    first = min(rows, key=lambda e: (e["lamport"], e["id"]))
    assert first["status"] == "allocated"


def test_same_school_concurrent_approvals_count_once(tmp_path: Path) -> None:
    """Two PCs of Alpha approve one proposal while apart: the ledger counts Alpha once and
    shows the second approval refused; K=2 is not reached by one school."""
    from tests.helpers import make_school, sync_all

    a1, a2 = make_school(tmp_path / "alpha", 2, school_name="Alpha School")
    b = make_node(tmp_path / "b", "Beta Office", "Beta School")
    try:
        a1.set_admin_pin(PIN)
        a2.set_admin_pin(PIN)
        sync_all([a1, a2, b])
        fund = a1.create_fund("F", "EUR", [a1.school_id, b.school_id], 2, PIN)
        a1.contribute(fund, "100", "Donor")
        need = a1.add_need(item="Paper", quantity=1, priority="low")
        p = a1.propose_allocation(fund, need, "10")
        sync_all([a1, a2, b])
        a1.approve_allocation(p, PIN)
        a2.approve_allocation(p, PIN)  # a2 had not heard of a1's approval
        sync_all([a1, a2, b])
        ledger = b.fund_ledger(fund)
        (prop,) = ledger["proposals"]
        assert prop["status"] == "pending" and prop["approved_by"] == [a1.school_id]
        refused = [e for e in ledger["entries"] if e["status"] == "refused"]
        assert len(refused) == 1 and "already approved" in refused[0]["reason"]
        assert b.approve_allocation(p, PIN)["status"] == "allocated"
    finally:
        for n in (a1, a2, b):
            n.close()
