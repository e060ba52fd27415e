"""The board's and the fund's signed entries under the one verification function, and the
strict parsing of amounts (issue 15, decision 0012r).

Real nodes with real SQLite stores; every change another PC "sends" goes through
``Node.receive_changes`` (the path of the network and the USB stick). A forged change is
made by ``forge_change`` on a PC's private fork: what a hostile or buggy PC could send.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import deliver, fingerprint, forge_change, sync_all
from tests.sync.netutil import PIN, make_node

from edunode import crdt
from edunode.domain import fund as fund_domain
from edunode.domain import money, signed
from edunode.errors import PermissionDenied, RejectedChanges, ValidationError
from edunode.service.board import put_entry
from edunode.service.node import Node


@pytest.fixture(scope="module")
def schools(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Node]:
    """Alpha and Beta hold a fund (K=2); Gamma does not. Each posted a need; synced."""
    d = tmp_path_factory.mktemp("board")
    a = make_node(d / "a", "Alpha Office", "Alpha School")
    b = make_node(d / "b", "Beta Office", "Beta School")
    c = make_node(d / "c", "Gamma Office", "Gamma School")
    nodes = {"a": a, "b": b, "c": c}
    for key, node in nodes.items():
        node.add_need(item=f"Books for {key}", quantity=10, priority="high")
    sync_all(list(nodes.values()))
    f = a.create_fund("Donor fund", "KES", [a.school_id, b.school_id], 2, PIN)
    a.contribute(f, "1000", "District office")
    sync_all(list(nodes.values()))
    nodes["fund"] = f  # type: ignore[assignment]
    yield nodes
    for node in (a, b, c):
        node.close()


def need_of(node: Node, owner: Node) -> str:
    (row,) = [r for r in node.board_entries("need") if r["school_id"] == owner.school_id]
    return str(row["id"])


def rejected(dst: Node, src: Node, doc_id: str, edit) -> RejectedChanges:
    before = fingerprint(dst)
    changes, sigs = forge_change(src, doc_id, edit)
    with pytest.raises(RejectedChanges) as caught:
        deliver(dst, doc_id, changes, sigs, src.node_id)
    assert fingerprint(dst) == before, "a rejected batch must leave nothing behind"
    return caught.value


def sealed_version(src: Node, doc_id: str, record: dict) -> tuple[str, str]:
    return signed.seal(src.identity, doc_id, record)


# --------------------------------------------------------------------------- the board


def test_every_school_sees_every_need_with_school_date_and_signer(schools) -> None:
    a, c = schools["a"], schools["c"]
    rows = c.board_entries("need")
    assert {r["school"] for r in rows} == {"Alpha School", "Beta School", "Gamma School"}
    alpha = next(r for r in rows if r["school_id"] == a.school_id)
    assert alpha["posted_by"] == a.node_id and alpha["updated_by"] == a.node_id
    assert alpha["posted"][:4].isdigit() and alpha["status"] == "open"
    assert [r["school"] for r in c.board_entries("need", school="beta school")] == ["Beta School"]


def test_another_schools_pc_cannot_change_a_need_locally(schools) -> None:
    a, b = schools["a"], schools["b"]
    need = need_of(b, a)
    with pytest.raises(PermissionDenied):
        b.close_need(need, "met")
    with pytest.raises(PermissionDenied):
        b.update_need(need, quantity="3")


def test_another_schools_pc_editing_a_need_is_refused_on_arrival(schools) -> None:
    """Beta's PC signs a version of Alpha's need as if for Alpha: every PC refuses it."""
    a, b, c = schools["a"], schools["b"], schools["c"]
    need = need_of(b, a)
    current = b.board_entry(need)
    rec = {
        k: current[k]
        for k in ("item", "quantity", "unit", "cost", "currency", "priority", "course", "note")
    }
    rec.update(status="withdrawn", type="need", school=a.school_id, lamport=9, at=signed.now())
    entry_id, sealed = sealed_version(b, need, rec)
    for dst in (a, c):
        err = rejected(dst, b, need, lambda tx: put_entry(tx, entry_id, sealed))
        assert err.facts["reason"] == "not_authorized"
    assert a.board_entry(need)["status"] == "open"


def test_a_schools_own_pc_changing_a_signed_version_is_refused(schools) -> None:
    """Even the owning school cannot rewrite history: a version is never changed."""
    a, c = schools["a"], schools["c"]
    need = need_of(a, a)
    (old_key,) = list(a.docs.state(need)["entries"])

    def rewrite(tx) -> None:
        entries = crdt.get_obj(tx, crdt.ROOT, "entries")
        crdt.put(tx, entries, old_key, "{}")

    err = rejected(c, a, need, rewrite)
    assert "never changed" in err.message


def test_a_damaged_signature_is_refused(schools) -> None:
    a, c = schools["a"], schools["c"]
    need = need_of(a, a)
    rec = {
        **{
            k: v
            for k, v in a.board_entry(need).items()
            if k
            in (
                "item",
                "quantity",
                "unit",
                "cost",
                "currency",
                "priority",
                "course",
                "note",
                "status",
            )
        },
        "type": "need",
        "school": a.school_id,
        "lamport": 5,
        "at": signed.now(),
    }
    _, sealed = sealed_version(a, need, rec)
    forged = sealed.replace('"quantity":10', '"quantity":99')
    err = rejected(c, a, need, lambda tx: put_entry(tx, signed.entry_id(forged), forged))
    assert "signature" in err.message


# --------------------------------------------------------------------------- the fund


def test_a_school_that_does_not_hold_the_fund_cannot_write_it(schools) -> None:
    a, c, f = schools["a"], schools["c"], schools["fund"]
    with pytest.raises(PermissionDenied):
        c.contribute(f, "10", "a parent")
    rec = fund_domain.record("contribution", c.school_id, 50, amount="10.00", source="x")
    entry_id, sealed = signed.seal(c.identity, f, rec)
    err = rejected(a, c, f, lambda tx: put_entry(tx, entry_id, sealed))
    assert err.facts["reason"] == "not_authorized"


def test_a_holder_pc_cannot_sign_for_the_other_holding_school(schools) -> None:
    """Alpha's PC (a writer of the fund) writes an approval saying Beta approved."""
    a, b, f = schools["a"], schools["b"], schools["fund"]
    p = a.propose_allocation(f, need_of(a, schools["c"]), "10")
    sync_all([a, b])
    rec = fund_domain.record("approval", b.school_id, 99, proposal=p)
    entry_id, sealed = signed.seal(a.identity, f, rec)
    err = rejected(b, a, f, lambda tx: put_entry(tx, entry_id, sealed))
    assert "may not sign for that school" in err.message


def test_bad_amounts_and_foreign_entries_in_a_fund_are_refused(schools) -> None:
    a, b, f = schools["a"], schools["b"], schools["fund"]
    for amount in ("-5.00", "1e3", "0.001", "NaN", 12.5):
        rec = fund_domain.record("contribution", a.school_id, 77, amount=amount, source="x")
        entry_id, sealed = signed.seal(a.identity, f, rec)
        rejected(b, a, f, lambda tx, e=entry_id, s=sealed: put_entry(tx, e, s))
    rec = fund_domain.record("approval", a.school_id, 78, proposal="a" * 24)
    entry_id, sealed = signed.seal(a.identity, f, rec)
    err = rejected(b, a, f, lambda tx: put_entry(tx, entry_id, sealed))
    assert "names no proposal" in err.message


def test_the_terms_of_a_fund_never_change(schools) -> None:
    a, b, f = schools["a"], schools["b"], schools["fund"]

    def widen(tx) -> None:
        meta = crdt.get_obj(tx, crdt.ROOT, "meta")
        crdt.put(
            tx,
            meta,
            "terms",
            fund_domain.make_terms(
                "Donor fund", "KES", [a.school_id, b.school_id, schools["c"].school_id], 1
            ).as_json(),
        )

    err = rejected(b, a, f, widen)
    assert err.facts["reason"] == "meta_changed"


# --------------------------------------------------------------------------- money


CODES = sorted(money.MINOR_UNITS)


@given(st.text(max_size=40), st.sampled_from(CODES))
def test_parse_amount_takes_any_text_and_only_refuses_in_words(text: str, code: str) -> None:
    try:
        value = money.parse_amount(text, code)
    except ValidationError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(value, Decimal) and value > 0 and value.is_finite()
    assert money.stored(money.canonical(value, code), code) == value


@given(
    st.decimals(min_value=0, max_value=Decimal("1e15") - 1, allow_nan=False, allow_infinity=False),
    st.sampled_from(CODES),
)
def test_every_amount_in_minor_units_round_trips_exactly(value: Decimal, code: str) -> None:
    value = value.quantize(Decimal(1).scaleb(-money.MINOR_UNITS[code]))
    text = money.canonical(value, code)
    if value == 0:
        with pytest.raises(ValidationError):
            money.parse_amount(text, code)
        return
    assert money.parse_amount(text, code) == value
    assert money.parse_amount(" " + text + " ", code) == value


@pytest.mark.parametrize(
    "text",
    [
        "-1",
        "+1",
        "1e3",
        "1E3",
        "NaN",
        "Infinity",
        "inf",
        "1,000",
        "1 000",
        "0x10",
        "１２",
        "1..2",
        ".5",
        "",
        " ",
        "0",
        "0.00",
        "1.234",
        "9" * 16,
        "١٢",
    ],
)
def test_hostile_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        money.parse_amount(text, "USD")


def test_minor_units_follow_iso_4217() -> None:
    assert money.parse_amount("1250", "UGX") == Decimal(1250)
    with pytest.raises(ValidationError, match="no decimals"):
        money.parse_amount("12.5", "UGX")
    assert money.canonical(money.parse_amount("1.5", "KWD"), "KWD") == "1.500"
    assert money.currency(" kes ") == "KES"
    for bad in ("XYZ", "US", "usd1", "XAU", ""):
        with pytest.raises(ValidationError):
            money.currency(bad)
    with pytest.raises(ValidationError):
        money.parse_amount(12.5, "USD")  # type: ignore[arg-type]  # a float: never


def test_a_school_with_no_need_id_known_and_k_too_large(tmp_path: Path) -> None:
    node = make_node(tmp_path / "n", "Solo", "Solo School")
    try:
        with pytest.raises(ValidationError, match="can't be reached"):
            node.create_fund("F", "USD", [node.school_id], 2, PIN)
        f = node.create_fund("F", "USD", [node.school_id], None, PIN)
        with pytest.raises(Exception, match="no need"):
            node.propose_allocation(f, "a" * 24, "10")
    finally:
        node.close()
