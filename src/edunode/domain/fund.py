"""The community fund: a signed ledger held jointly by several schools.

A fund is a community document of kind ``fund``. Its *terms* (name, currency, the holding
schools, K approvals) are written in the genesis ``meta`` map and can never change (the
verification function refuses any change to ``meta``). Its content is signed entries
(``signed.py``) of three types, each naming the holding school it speaks for:

- ``contribution``: money came in (amount, from whom);
- ``proposal``: allocate an amount to a need (any school's need on the board);
- ``approval``: a holding school's admin approves a proposal.

Allocations are not written: every PC derives them from the entries with the same rule
(:func:`ledger`, decision 0012r). Entries are taken in (Lamport number, entry ID) order;
a contribution adds to the balance; a proposal's approvals are counted one per school (a
second approval by the same school is refused); at its K-th distinct school's approval the
allocation takes effect if the balance at that point covers it, else it is refused with the
reason, for good. Two PCs that hold the same entries show the same ledger, whatever order
the entries arrived in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from edunode import identity
from edunode.domain import money, signed, validate
from edunode.domain.meta import Meta, looks_like_doc_id
from edunode.errors import ValidationError

TYPES = ("contribution", "proposal", "approval")
MAX_HOLDERS = 32


@dataclass(frozen=True)
class Terms:
    name: str
    currency: str
    holders: tuple[str, ...]  # school document IDs, sorted
    approvals: int  # K

    def as_json(self) -> str:
        return signed.canonical_json(
            {
                "name": self.name,
                "currency": self.currency,
                "holders": list(self.holders),
                "approvals": self.approvals,
            }
        )


def make_terms(name: str, currency: str, holders: list[str], approvals: int | None) -> Terms:
    """Terms from people's input; ValidationError names the problem."""
    name = validate.text(name, "fund name", required=True, limit=100)
    code = money.currency(currency)
    cleaned = sorted({h.strip() for h in holders if h.strip()})
    if not cleaned:
        raise ValidationError("name the schools that hold the fund (--schools S1,S2)")
    if len(cleaned) > MAX_HOLDERS:
        raise ValidationError(f"a fund is held by at most {MAX_HOLDERS} schools")
    for h in cleaned:
        if not looks_like_doc_id(h):
            raise ValidationError(f"'{h}' is not a school ID")
    k = len(cleaned) if approvals is None else approvals
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValidationError("the number of approvals must be at least 1")
    if k > len(cleaned):
        raise ValidationError(
            f"{k} approvals can't be reached: the fund has only {len(cleaned)} holding "
            f"school{'s' if len(cleaned) != 1 else ''}"
        )
    return Terms(name=name, currency=code, holders=tuple(cleaned), approvals=k)


def read_terms(meta_map: Mapping[str, Any] | None) -> Terms | None:
    """A fund's terms from its ``meta`` map, or None when they are not well formed."""
    raw = meta_map.get("terms") if meta_map else None
    if not isinstance(raw, str) or len(raw) > 4000:
        return None
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or not isinstance(data.get("holders"), list):
            return None
        terms = make_terms(
            data.get("name", ""), data.get("currency", ""), data["holders"], data.get("approvals")
        )
    except (ValueError, ValidationError, TypeError, AttributeError):
        return None
    return terms if terms.as_json() == raw else None


def founding_ok(meta: Meta, terms: Terms | None) -> bool:
    return terms is not None and meta.school in terms.holders


def record(kind: str, school_id: str, lamport: int, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "school": school_id, "lamport": lamport, "at": signed.now(), **fields}


def _problem(doc_id: str, rec: Mapping[str, Any], terms: Terms, after: Mapping[str, Any]) -> str:
    kind = rec.get("type")
    if kind not in TYPES:
        return "a fund entry of an unknown type"
    if not isinstance(rec.get("at"), str):
        return "a fund entry without its time"
    if kind in ("contribution", "proposal"):
        amount = money.stored(rec.get("amount"), terms.currency)
        if amount is None or amount <= 0:
            return "a fund entry's amount is not a positive amount in the fund's currency"
    if kind == "contribution" and not isinstance(rec.get("source"), str):
        return "a contribution does not say where the money came from"
    if kind == "proposal":
        if not (isinstance(rec.get("need"), str) and looks_like_doc_id(rec["need"])):
            return "a proposal does not name a need"
        if not isinstance(rec.get("need_school"), str) or not isinstance(rec.get("item"), str):
            return "a proposal does not say whose need it is"
    if kind == "approval":
        raw = after.get("entries")
        target = raw.get(rec.get("proposal")) if isinstance(raw, dict) else None
        if not isinstance(rec.get("proposal"), str) or target is None:
            return "an approval names no proposal of this fund"
        proposal = signed.unseal(doc_id, rec["proposal"], target)
        if proposal is None or proposal.record.get("type") != "proposal":
            return "an approval names no proposal of this fund"
        if not isinstance(rec.get("lamport"), int) or rec["lamport"] <= proposal.lamport:
            return "an approval is numbered before the proposal it approves"
    return ""


def rule(doc_id: str, terms: Terms, members_of: Callable[[str], set[bytes]]) -> signed.EntryRule:
    """What the verification function asks of a new fund entry: it speaks for a holding
    school, is signed by a PC of that school, and is well formed."""

    def check(entry: signed.Entry, after: Mapping[str, Any]) -> str:
        school = entry.record.get("school")
        if not isinstance(school, str) or school not in terms.holders:
            return "a fund entry speaks for a school that does not hold the fund"
        if entry.by not in members_of(school):
            return f"node {entry.node_id} may not sign for that school"
        return _problem(doc_id, entry.record, terms, after)

    return check


# --------------------------------------------------------------------------- the ledger


def _row(e: signed.Entry, **more: Any) -> dict[str, Any]:
    rec = e.record
    return {
        "id": e.id,
        "type": rec.get("type"),
        "school_id": rec.get("school"),
        "signed_by": identity.node_id_from_public_key(e.by),
        "at": rec.get("at"),
        "lamport": e.lamport,
        **more,
    }


def ledger(fund_id: str, terms: Terms, state: Mapping[str, Any] | None) -> dict[str, Any]:
    """Every entry with who signed it and when, the allocations derived from them by the
    rule of decision 0012r, each proposal's standing, and the balance. Deterministic: the
    same entries give the same ledger on every PC."""
    code = terms.currency
    balance = Decimal(0)
    contributed = allocated = Decimal(0)
    rows: list[dict[str, Any]] = []
    proposals: dict[str, dict[str, Any]] = {}
    held = _entries_of(state)
    for e in signed.entries(fund_id, state):
        rec, kind = e.record, e.record.get("type")
        if rec.get("school") not in terms.holders or _problem(fund_id, rec, terms, held):
            continue  # the verification function refused such entries; never counted
        if kind == "contribution":
            amount = money.stored(rec["amount"], code) or Decimal(0)
            balance += amount
            contributed += amount
            rows.append(
                _row(
                    e,
                    amount=rec["amount"],
                    source=rec["source"],
                    status="received",
                    balance=money.canonical(balance, code),
                )
            )
        elif kind == "proposal":
            p = {
                "id": e.id,
                "need": rec["need"],
                "need_school_id": rec["need_school"],
                "item": rec["item"],
                "amount": rec["amount"],
                "proposed_by_school": rec["school"],
                "signed_by": identity.node_id_from_public_key(e.by),
                "at": rec["at"],
                "approved_by": [],
                "status": "pending",
                "reason": "",
            }
            proposals[e.id] = p
            rows.append(
                _row(
                    e,
                    amount=rec["amount"],
                    need=rec["need"],
                    item=rec["item"],
                    need_school_id=rec["need_school"],
                    status="proposed",
                )
            )
        elif kind == "approval":
            found = proposals.get(rec["proposal"])
            if found is None:
                continue
            p = found
            school = rec["school"]
            if school in p["approved_by"]:
                rows.append(
                    _row(
                        e,
                        proposal=p["id"],
                        status="refused",
                        reason="this school had already approved the proposal",
                    )
                )
                continue
            if p["status"] != "pending":
                rows.append(
                    _row(
                        e,
                        proposal=p["id"],
                        status="too late",
                        reason=f"the proposal was already {p['status']}",
                    )
                )
                continue
            p["approved_by"].append(school)
            rows.append(_row(e, proposal=p["id"], status="counted", count=len(p["approved_by"])))
            if len(p["approved_by"]) < terms.approvals:
                continue
            amount = money.stored(p["amount"], code) or Decimal(0)
            if amount > balance:
                p["status"] = "refused"
                p["reason"] = (
                    f"it would overspend: {p['amount']} {code} asked, "
                    f"{money.canonical(balance, code)} {code} left when it reached "
                    f"{terms.approvals} approval{'s' if terms.approvals != 1 else ''}"
                )
                rows.append(
                    _row(
                        e,
                        type="allocation",
                        proposal=p["id"],
                        need=p["need"],
                        item=p["item"],
                        need_school_id=p["need_school_id"],
                        amount=p["amount"],
                        status="refused",
                        reason=p["reason"],
                        balance=money.canonical(balance, code),
                    )
                )
            else:
                balance -= amount
                allocated += amount
                p["status"] = "allocated"
                rows.append(
                    _row(
                        e,
                        type="allocation",
                        proposal=p["id"],
                        need=p["need"],
                        item=p["item"],
                        need_school_id=p["need_school_id"],
                        amount=p["amount"],
                        status="allocated",
                        balance=money.canonical(balance, code),
                    )
                )
    return {
        "id": fund_id,
        "name": terms.name,
        "currency": code,
        "minor_units": money.MINOR_UNITS[code],
        "holders": list(terms.holders),
        "approvals": terms.approvals,
        "entries": rows,
        "proposals": list(proposals.values()),
        "contributed": money.canonical(contributed, code),
        "allocated": money.canonical(allocated, code),
        "balance": money.canonical(balance, code),
    }


def _entries_of(state: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return {"entries": (state or {}).get("entries") or {}}
