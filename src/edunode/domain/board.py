"""The community board: a school's needs and offers, each its own signed document.

A *need* (textbooks, a projector, a teacher's training) or an *offer* (something a school can
lend or give) is a community document of kind ``need`` or ``offer`` owned by the school that
posted it: only that school's PCs may write it (the one verification function's rule for
every document, DESIGN §4), and every version is a signed entry (``signed.py``) naming the
PC that wrote it and when. An update or a closing is one more version; the newest by
(Lamport number, entry ID) is the entry as it stands, the oldest says who posted it. An
offer answers a need by a version of the *offer* naming the need: the offering school
writes it (a school changes only its own entries).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from edunode import identity
from edunode.domain import money, signed, validate
from edunode.domain.meta import Meta, looks_like_doc_id
from edunode.errors import ValidationError

KINDS = ("need", "offer")
PRIORITIES = ("high", "medium", "low")
NEED_STATUSES = ("open", "met", "withdrawn")
OFFER_STATUSES = ("open", "closed")
MAX_QUANTITY = 1_000_000
# Fields a version of each kind carries besides type, school, lamport and at.
NEED_FIELDS = (
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
OFFER_FIELDS = ("item", "quantity", "note", "status", "responds")


def quantity(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError(f"the quantity must be a whole number, not '{value}'") from None
    if not 1 <= value <= MAX_QUANTITY:
        raise ValidationError(f"the quantity must be between 1 and {MAX_QUANTITY:,}")
    return value


def priority(value: str | None) -> str:
    cleaned = (value or "").strip().lower()
    if cleaned not in PRIORITIES:
        raise ValidationError("the priority is one of high, medium, low")
    return cleaned


def clean_need(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A need's fields from people's input, checked; ValidationError names the problem."""
    out: dict[str, Any] = {
        "item": validate.text(fields.get("item"), "item", required=True),
        "quantity": quantity(fields.get("quantity")),
        "unit": validate.text(fields.get("unit"), "unit", limit=40),
        "priority": priority(fields.get("priority")),
        "course": (fields.get("course") or "").strip(),
        "note": validate.text(fields.get("note"), "note", limit=1000),
        "status": fields.get("status") or "open",
    }
    cost, code = fields.get("cost"), fields.get("currency")
    if (cost in (None, "")) != (code in (None, "")):
        raise ValidationError("give a cost together with its currency (--cost 120 --currency KES)")
    if cost not in (None, ""):
        out["currency"] = money.currency(str(code))
        out["cost"] = money.canonical(
            money.parse_amount(cost, out["currency"], what="cost"), out["currency"]
        )
    else:
        out["currency"], out["cost"] = "", ""
    if out["course"] and not looks_like_doc_id(out["course"]):
        raise ValidationError(f"'{out['course']}' is not a course ID")
    if out["status"] not in NEED_STATUSES:
        raise ValidationError("a need is open, met or withdrawn")
    return out


def clean_offer(fields: Mapping[str, Any]) -> dict[str, Any]:
    responds = fields.get("responds") or []
    if not isinstance(responds, list) or not all(
        isinstance(r, str) and looks_like_doc_id(r) for r in responds
    ):
        raise ValidationError("an offer responds to needs by their IDs")
    out = {
        "item": validate.text(fields.get("item"), "item", required=True),
        "quantity": quantity(fields.get("quantity")),
        "note": validate.text(fields.get("note"), "note", limit=1000),
        "status": fields.get("status") or "open",
        "responds": sorted(set(responds)),
    }
    if out["status"] not in OFFER_STATUSES:
        raise ValidationError("an offer is open or closed")
    return out


def record(kind: str, school_id: str, fields: Mapping[str, Any], lamport: int) -> dict[str, Any]:
    """A version to seal: the cleaned fields with the school, a Lamport number and the time."""
    clean = clean_need(fields) if kind == "need" else clean_offer(fields)
    return {**clean, "type": kind, "school": school_id, "lamport": lamport, "at": signed.now()}


def rule(doc_id: str, meta: Meta, members_of: Callable[[str], set[bytes]]) -> signed.EntryRule:
    """What the verification function asks of a new version: the document's own kind and
    school, signed by a PC of that school, fields as people's input would have been."""

    def check(entry: signed.Entry, after: Mapping[str, Any]) -> str:
        rec = entry.record
        if rec.get("type") != meta.kind or rec.get("school") != meta.school:
            return "a board entry names another school or kind than its document"
        if entry.by not in members_of(meta.school):
            return f"node {entry.node_id} may not sign entries for that school"
        try:
            clean = clean_need(rec) if meta.kind == "need" else clean_offer(rec)
        except ValidationError as exc:
            return f"a board entry is not valid ({exc})"
        if any(rec.get(k) != v for k, v in clean.items()) or not isinstance(rec.get("at"), str):
            return "a board entry holds values people could not have typed"
        return ""

    return check


def view(doc_id: str, meta: Meta, state: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The entry as it stands (newest version) with who posted it and when, and who wrote
    the newest version; None when the document has no valid version."""
    versions = [e for e in signed.entries(doc_id, state) if e.record.get("type") == meta.kind]
    if not versions:
        return None
    first, last = versions[0], versions[-1]
    fields = NEED_FIELDS if meta.kind == "need" else OFFER_FIELDS
    out: dict[str, Any] = {"id": doc_id, "kind": meta.kind, "school_id": meta.school}
    out.update({k: last.record.get(k) for k in fields})
    out.update(
        {
            "posted": first.record.get("at", ""),
            "posted_by": first.node_id,
            "updated": last.record.get("at", ""),
            "updated_by": last.node_id,
            "versions": len(versions),
            "open": last.record.get("status") == "open",
        }
    )
    return out


def signer_ids(entries: list[signed.Entry]) -> list[str]:
    return [identity.node_id_from_public_key(e.by) for e in entries]
