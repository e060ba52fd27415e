"""The community board: posting, updating and closing a school's needs and offers, and
reading every school's entries (``domain/board.py``).

Each need or offer is its own community document owned by the school that posted it, so
it travels to every linked PC (network or USB stick) like a shared course, and only that
school's PCs may change it: ``Documents.change`` refuses here, the verification function
on every other PC. Each write is one signed version (who, when).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from edunode import crdt, identity
from edunode.domain import board, signed
from edunode.domain.meta import Meta, looks_like_doc_id
from edunode.errors import NotFoundError, ValidationError
from edunode.identity import NodeIdentity
from edunode.service.admin import Audit, NodeSettings
from edunode.service.documents import Documents
from edunode.service.opendoc import Tx


def put_entry(tx: Tx, entry_id: str, sealed: str) -> None:
    entries = crdt.get_obj(tx, crdt.ROOT, "entries")
    if entries is None:
        entries = tx.put_object(crdt.ROOT, "entries", crdt.O.Map)
    crdt.put(tx, entries, entry_id, sealed)


class Board:
    def __init__(
        self,
        docs: Documents,
        me: NodeIdentity,
        settings: NodeSettings,
        audit: Audit,
        pc_names: Callable[[], dict[str, str]],
    ) -> None:
        self.docs = docs
        self.me = me
        self.settings = settings
        self._audit = audit
        self._pc_names = pc_names

    # ------------------------------------------------------------------ writing

    def _post(self, kind: str, fields: dict[str, Any]) -> str:
        school_id = self.settings.require_school()
        rec = board.record(kind, school_id, fields, 1)  # checks every field first
        meta = Meta(kind=kind, school=school_id, scope="community")

        def build(tx: Tx, doc_id: str) -> None:
            put_entry(tx, *signed.seal(self.me, doc_id, rec))

        doc_id, _ = self.docs.create(meta, build, pass_id=True)
        self._audit(f"{kind}_posted", f"{kind} {doc_id} posted: {rec['item']}", "")
        return doc_id

    def add_need(self, **fields: Any) -> str:
        if fields.get("course"):
            self.docs.require(str(fields["course"]).strip(), "course")
        return self._post("need", fields)

    def add_offer(self, **fields: Any) -> str:
        return self._post("offer", {**fields, "responds": []})

    def _revise(self, doc_id: str, kind: str, change: dict[str, Any]) -> dict[str, Any]:
        current = self.entry(doc_id, kind)
        fields = board.NEED_FIELDS if kind == "need" else board.OFFER_FIELDS
        merged = {k: current[k] for k in fields}
        merged.update({k: v for k, v in change.items() if v is not None})
        school_id = current["school_id"]

        def edit(tx: Tx) -> None:
            state = crdt.read(tx)
            lamport = signed.next_lamport(signed.entries(doc_id, state))  # type: ignore[arg-type]
            rec = board.record(kind, school_id, merged, lamport)
            put_entry(tx, *signed.seal(self.me, doc_id, rec))

        board.record(kind, school_id, merged, 1)  # the checks, before anything is written
        self.docs.change(doc_id, edit)
        return self.entry(doc_id, kind)

    def update_need(self, need_id: str, **change: Any) -> dict[str, Any]:
        current = self.entry(need_id, "need")
        if not current["open"]:
            raise ValidationError(f"the need {need_id} is closed ({current['status']})")
        if change.get("course"):
            self.docs.require(str(change["course"]).strip(), "course")
        if change.get("cost") is not None and change.get("currency") is None:
            change["currency"] = current["currency"] or None
        return self._revise(need_id, "need", change)

    def close_need(self, need_id: str, status: str) -> dict[str, Any]:
        if status not in ("met", "withdrawn"):
            raise ValidationError("a need closes as met or withdrawn")
        current = self.entry(need_id, "need")
        if not current["open"]:
            raise ValidationError(f"the need {need_id} is already closed ({current['status']})")
        return self._revise(need_id, "need", {"status": status})

    def respond(self, offer_id: str, need_id: str) -> dict[str, Any]:
        """Our school's offer answers a need (any school's): a new version of the offer."""
        offer = self.entry(offer_id, "offer")
        need = self.entry(need_id, "need")
        if not need["open"]:
            raise ValidationError(f"the need {need_id} is closed ({need['status']})")
        if need_id in offer["responds"]:
            raise ValidationError(f"the offer {offer_id} already answers the need {need_id}")
        return self._revise(offer_id, "offer", {"responds": [*offer["responds"], need_id]})

    def close_offer(self, offer_id: str) -> dict[str, Any]:
        return self._revise(offer_id, "offer", {"status": "closed"})

    # ------------------------------------------------------------------ reading

    def entry(self, doc_id: str, kind: str | None = None) -> dict[str, Any]:
        doc_id = (doc_id or "").strip()
        what = kind or "board entry"
        if not looks_like_doc_id(doc_id):
            raise ValidationError(f"'{doc_id}' is not a {what} ID")
        meta = self.docs.store.meta(doc_id)
        if meta is None or meta.kind not in board.KINDS or (kind and meta.kind != kind):
            raise NotFoundError(f"there is no {what} with ID {doc_id} on this PC", doc_id=doc_id)
        found = board.view(doc_id, meta, self.docs.state(doc_id))
        if found is None:
            raise NotFoundError(f"the {what} {doc_id} has no valid entry", doc_id=doc_id)
        return self._decorate(found, self.school_names(), self._pc_names())

    def school_names(self) -> dict[str, str]:
        """School ID → name, from the school documents held here."""
        out = {}
        for doc_id, _ in self.docs.store.documents("school"):
            name = school_name(self.docs.state(doc_id))
            out[doc_id] = name or identity.short_id(doc_id)
        return out

    def _decorate(
        self, row: dict[str, Any], schools: dict[str, str], pcs: dict[str, str]
    ) -> dict[str, Any]:
        return {
            **row,
            "school": schools.get(row["school_id"], row["school_id"]),
            "posted_by_name": pcs.get(row["posted_by"], identity.short_id(row["posted_by"])),
            "updated_by_name": pcs.get(row["updated_by"], identity.short_id(row["updated_by"])),
            "mine": row["school_id"] == self.settings.school_id,
        }

    def entries(
        self,
        kind: str | None = None,
        *,
        school: str | None = None,
        open_only: bool = False,
        priority: str | None = None,
    ) -> list[dict[str, Any]]:
        """Every school's needs and offers held here, newest first; ``school`` is a school
        ID or name (ValidationError when no school held here matches)."""
        schools, pcs = self.school_names(), self._pc_names()
        wanted = self.resolve_school(school, schools) if school else None
        if priority:
            priority = board.priority(priority)
        rows = []
        for k in (kind,) if kind else board.KINDS:
            for doc_id, meta in self.docs.store.documents(k):
                if wanted and meta.school != wanted:
                    continue
                found = board.view(doc_id, meta, self.docs.state(doc_id))
                if found is None or (open_only and not found["open"]):
                    continue
                if priority and found.get("priority") != priority:
                    continue
                rows.append(self._decorate(found, schools, pcs))
        rows.sort(key=lambda r: (r["posted"], r["id"]), reverse=True)
        if kind != "need":  # which offers answer each need
            return rows
        answers: dict[str, list[str]] = {}
        for doc_id, meta in self.docs.store.documents("offer"):
            found = board.view(doc_id, meta, self.docs.state(doc_id))
            for need_id in found["responds"] if found else []:
                answers.setdefault(need_id, []).append(doc_id)
        return [{**r, "offers": sorted(answers.get(r["id"], []))} for r in rows]

    def resolve_school(self, text: str, schools: dict[str, str] | None = None) -> str:
        """A school held here by its ID or (unique, any case) name."""
        schools = schools if schools is not None else self.school_names()
        cleaned = text.strip()
        if cleaned in schools:
            return cleaned
        matches = [sid for sid, name in schools.items() if name.casefold() == cleaned.casefold()]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise ValidationError(f"several schools are called '{cleaned}': use the school's ID")
        raise ValidationError(f"no school '{cleaned}' is known on this PC")


def school_name(state: dict[str, Any]) -> str:
    name = state.get("name")
    return name if isinstance(name, str) else ""


__all__ = ["Board", "put_entry"]
