"""The community fund: founding one, contributions, proposals, approvals, the ledger and
the equity report (``domain/fund.py``; the allocation rule is decision 0012r).

A fund is one community document written by the PCs of its holding schools. Founding and
approving need this PC's admin PIN (checked here, locally); every entry is signed by the
PC's key and names the school it speaks for, and every PC checks both on arrival.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from edunode import crdt, identity
from edunode.domain import fund, money, signed, validate
from edunode.domain.meta import Meta, looks_like_doc_id, meta_map
from edunode.errors import NotFoundError, PermissionDenied, ValidationError
from edunode.files import atomic
from edunode.identity import NodeIdentity
from edunode.service.admin import Audit, NodeSettings
from edunode.service.board import Board, put_entry
from edunode.service.documents import Documents
from edunode.service.opendoc import Tx

PER_LEARNER_NOTE = (
    "allocation per learner needs each school's published learner count, which schools do "
    "not share yet (no community-insight summary); amounts are shown per school"
)


class Fund:
    def __init__(
        self,
        docs: Documents,
        me: NodeIdentity,
        settings: NodeSettings,
        audit: Audit,
        board: Board,
    ) -> None:
        self.docs = docs
        self.me = me
        self.settings = settings
        self._audit = audit
        self.board = board

    # ------------------------------------------------------------------ founding

    def create(
        self, name: str, currency: str, schools: list[str], approvals: int | None, pin: str | None
    ) -> str:
        school_id = self.settings.require_school()
        known = self.board.school_names()
        holders = [self.board.resolve_school(s, known) for s in schools if s.strip()]
        terms = fund.make_terms(name, currency, holders, approvals)
        if school_id not in terms.holders:
            raise ValidationError("this PC's school must be one of the schools holding the fund")
        self.settings.check_admin_pin(pin)
        meta = Meta(kind="fund", school=school_id, scope="community")
        fund_id, _ = self.docs.create(
            meta,
            lambda tx: tx.put_object(crdt.ROOT, "entries", crdt.O.Map),
            {"terms": terms.as_json()},
        )
        self._audit("fund_created", f"fund {fund_id} '{terms.name}' in {terms.currency}", "")
        return fund_id

    # ------------------------------------------------------------------ reading

    def terms(self, fund_id: str) -> fund.Terms:
        fund_id = (fund_id or "").strip()
        if not looks_like_doc_id(fund_id):
            raise ValidationError(f"'{fund_id}' is not a fund ID")
        meta = self.docs.store.meta(fund_id)
        if meta is None or meta.kind != "fund":
            raise NotFoundError(f"there is no fund with ID {fund_id} on this PC", doc_id=fund_id)
        terms = fund.read_terms(meta_map(self.docs.get(fund_id).doc))
        if terms is None:
            raise NotFoundError(f"the fund {fund_id} has no valid terms", doc_id=fund_id)
        return terms

    def ledger(self, fund_id: str) -> dict[str, Any]:
        terms = self.terms(fund_id)
        out = fund.ledger(fund_id.strip(), terms, self.docs.state(fund_id.strip()))
        schools, pcs = self.board.school_names(), self.board._pc_names()
        out["holder_names"] = [schools.get(h, h) for h in terms.holders]
        for row in [*out["entries"], *out["proposals"]]:
            for key in ("school_id", "need_school_id", "proposed_by_school"):
                if row.get(key):
                    row[key.replace("_id", "") + "_name"] = schools.get(row[key], row[key])
            if row.get("signed_by"):
                row["signed_by_name"] = pcs.get(
                    row["signed_by"], identity.short_id(row["signed_by"])
                )
        for p in out["proposals"]:
            p["approved_by_names"] = [schools.get(s, s) for s in p["approved_by"]]
        return out

    def funds(self) -> list[dict[str, Any]]:
        out = []
        for doc_id, _ in self.docs.store.documents("fund"):
            with_terms = fund.read_terms(meta_map(self.docs.get(doc_id).doc))
            if with_terms is None:
                continue
            book = fund.ledger(doc_id, with_terms, self.docs.state(doc_id))
            out.append(
                {
                    "id": doc_id,
                    "name": with_terms.name,
                    "currency": with_terms.currency,
                    "holders": list(with_terms.holders),
                    "approvals": with_terms.approvals,
                    "balance": book["balance"],
                    "mine": self.settings.school_id in with_terms.holders,
                }
            )
        return sorted(out, key=lambda f: (f["name"].casefold(), f["id"]))

    def find_proposal(self, proposal_id: str) -> tuple[str, dict[str, Any]]:
        """(fund ID, proposal) for a proposal ID, searched in every fund held here."""
        proposal_id = (proposal_id or "").strip().lower()
        if not looks_like_doc_id(proposal_id):
            raise ValidationError(f"'{proposal_id}' is not a proposal ID")
        for doc_id, _ in self.docs.store.documents("fund"):
            terms = fund.read_terms(meta_map(self.docs.get(doc_id).doc))
            if terms is None:
                continue
            for p in fund.ledger(doc_id, terms, self.docs.state(doc_id))["proposals"]:
                if p["id"] == proposal_id:
                    return doc_id, p
        raise NotFoundError(f"there is no proposal {proposal_id} in a fund on this PC")

    # ------------------------------------------------------------------ writing

    def _holder(self, fund_id: str) -> tuple[str, fund.Terms]:
        terms = self.terms(fund_id)
        school_id = self.settings.require_school()
        if school_id not in terms.holders:
            raise PermissionDenied(
                f"this PC's school does not hold the fund '{terms.name}'", doc_id=fund_id
            )
        return school_id, terms

    def _add(self, fund_id: str, kind: str, school_id: str, **fields: Any) -> str:
        written: list[str] = []

        def edit(tx: Tx) -> None:
            state = crdt.read(tx)
            lamport = signed.next_lamport(signed.entries(fund_id, state))  # type: ignore[arg-type]
            entry_id, sealed = signed.seal(
                self.me, fund_id, fund.record(kind, school_id, lamport, **fields)
            )
            put_entry(tx, entry_id, sealed)
            written.append(entry_id)

        self.docs.change(fund_id, edit)
        self._audit(f"fund_{kind}", f"{kind} {written[0]} in fund {fund_id}", "")
        return written[0]

    def contribute(self, fund_id: str, amount: str, source: str) -> str:
        fund_id = (fund_id or "").strip()
        school_id, terms = self._holder(fund_id)
        value = money.parse_amount(amount, terms.currency)
        source = validate.text(source, "source of the money", required=True, limit=200)
        return self._add(
            fund_id,
            "contribution",
            school_id,
            amount=money.canonical(value, terms.currency),
            source=source,
        )

    def propose(self, fund_id: str, need_id: str, amount: str) -> str:
        fund_id = (fund_id or "").strip()
        school_id, terms = self._holder(fund_id)
        value = money.parse_amount(amount, terms.currency)
        need = self.board.entry(need_id, "need")
        if not need["open"]:
            raise ValidationError(f"the need {need['id']} is closed ({need['status']})")
        return self._add(
            fund_id,
            "proposal",
            school_id,
            need=need["id"],
            need_school=need["school_id"],
            item=need["item"],
            amount=money.canonical(value, terms.currency),
        )

    def approve(self, proposal_id: str, pin: str | None) -> dict[str, Any]:
        fund_id, proposal = self.find_proposal(proposal_id)
        school_id, _ = self._holder(fund_id)
        if school_id in proposal["approved_by"]:
            raise ValidationError("this PC's school has already approved that proposal")
        if proposal["status"] != "pending":
            raise ValidationError(f"that proposal is already {proposal['status']}")
        self.settings.check_admin_pin(pin)
        entry_id = self._add(fund_id, "approval", school_id, proposal=proposal["id"])
        _, after = self.find_proposal(proposal["id"])
        return {**after, "approval": entry_id, "fund": fund_id}

    # ------------------------------------------------------------------ equity

    def report(self, fund_id: str) -> dict[str, Any]:
        """Per school: open needs (how many, their cost in the fund's currency), what the
        fund allocated to its needs, how many allocations; per learner: not available."""
        book = self.ledger(fund_id)
        code = book["currency"]
        schools = self.board.school_names()
        per: dict[str, dict[str, Any]] = {}

        def row(sid: str) -> dict[str, Any]:
            return per.setdefault(
                sid,
                {
                    "school_id": sid,
                    "school": schools.get(sid, sid),
                    "open_needs": 0,
                    "open_needs_cost": Decimal(0),
                    "allocated": Decimal(0),
                    "allocations": 0,
                    "refused": 0,
                },
            )

        for sid in book["holders"]:
            row(sid)
        for need in self.board.entries("need", open_only=True):
            r = row(need["school_id"])
            r["open_needs"] += 1
            if need["currency"] == code and need["cost"]:
                r["open_needs_cost"] += money.stored(need["cost"], code) or Decimal(0)
        for e in book["entries"]:
            if e["type"] == "allocation":
                r = row(e["need_school_id"])
                if e["status"] == "allocated":
                    r["allocated"] += money.stored(e["amount"], code) or Decimal(0)
                    r["allocations"] += 1
                else:
                    r["refused"] += 1
        rows = []
        for r in sorted(per.values(), key=lambda r: (r["school"].casefold(), r["school_id"])):
            rows.append(
                {
                    **r,
                    "open_needs_cost": money.canonical(r["open_needs_cost"], code),
                    "allocated": money.canonical(r["allocated"], code),
                    "per_learner": None,
                }
            )
        return {
            "fund": book["id"],
            "name": book["name"],
            "currency": code,
            "balance": book["balance"],
            "contributed": book["contributed"],
            "allocated": book["allocated"],
            "schools": rows,
            "per_learner": None,
            "note": PER_LEARNER_NOTE,
        }

    def report_csv(self, fund_id: str, path: str | Path | None = None) -> str:
        """The report as CSV (one row per school) for the district or the donor; written
        safely to ``path`` when given. Returns the text."""
        report = self.report(fund_id)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(
            [
                "fund",
                "currency",
                "school_id",
                "school",
                "open_needs",
                "open_needs_cost",
                "allocated",
                "allocations",
                "refused",
                "per_learner",
            ]
        )
        for r in report["schools"]:
            writer.writerow(
                [
                    report["name"],
                    report["currency"],
                    r["school_id"],
                    _cell(r["school"]),
                    r["open_needs"],
                    r["open_needs_cost"],
                    r["allocated"],
                    r["allocations"],
                    r["refused"],
                    "n/a (no published learner counts)",
                ]
            )
        text = out.getvalue()
        if path is not None:
            target = Path(path)
            if target.is_dir():
                raise ValidationError(f"{target} is a folder: name the CSV file to write")
            atomic.write_atomic(target.parent, target.name, text.encode("utf-8"), mode=0o644)
        return text


def _cell(text: str) -> str:
    """A name as a spreadsheet cell: a leading = + - @ would be read as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


__all__ = ["Fund", "PER_LEARNER_NOTE"]
