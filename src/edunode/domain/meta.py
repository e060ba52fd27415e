"""Document identity and the ``meta`` map every document carries.

A document ID is self-certifying: it is derived from the hash of the document's genesis
change (the one change with no dependencies), which writes the ``meta`` map with a random
nonce. Whoever holds the genesis change can check the ID; the ID says nothing about the
school that owns the document, so a learner keeps their ID when they move school.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass

from edunode import crdt

SCHEMA_VERSION = 1
KINDS = ("school", "course", "learner", "need", "offer", "fund", "summary")
# the board, the fund and a school's community summary: always community
COMMUNITY_KINDS = ("need", "offer", "fund", "summary")
SCOPES = ("community", "school")


def doc_id_from_hash(genesis_hash: bytes) -> str:
    return base64.b32encode(genesis_hash[:15]).decode().lower()


def random_id() -> str:
    """Short random ID for things inside a document (modules, lessons, results)."""
    return base64.b32encode(secrets.token_bytes(5)).decode().lower()


def looks_like_doc_id(text: str) -> bool:
    return len(text) == 24 and all(c in "abcdefghijklmnopqrstuvwxyz234567" for c in text)


@dataclass(frozen=True)
class Meta:
    kind: str
    school: str  # owning school's document ID ("" for a school document itself)
    scope: str
    schema: int = SCHEMA_VERSION
    founder: bytes = b""  # school documents: the founding node's public key

    def well_scoped(self) -> bool:
        """School profiles are community documents; learners always belong to one school."""
        if self.kind == "school":
            return self.scope == "community" and self.school == "" and len(self.founder) == 32
        if self.kind == "learner":
            return self.scope == "school" and bool(self.school)
        if self.kind in COMMUNITY_KINDS:
            return self.scope == "community" and bool(self.school)
        return bool(self.school)

    @classmethod
    def read(cls, doc: crdt.Document) -> Meta | None:
        obj = crdt.get_obj(doc, crdt.ROOT, "meta")
        if obj is None:
            return None
        kind, school, scope = (crdt.get_value(doc, obj, k) for k in ("kind", "school", "scope"))
        schema = crdt.get_value(doc, obj, "schema")
        founder = crdt.get_value(doc, obj, "founder") or b""
        if not isinstance(kind, str) or kind not in KINDS:
            return None
        if not isinstance(scope, str) or scope not in SCOPES or not isinstance(school, str):
            return None
        if not isinstance(schema, int) or not isinstance(founder, bytes):
            return None
        return cls(kind=kind, school=school, scope=scope, schema=schema, founder=founder)


def meta_map(doc: crdt.Document) -> dict[str, crdt.Plain] | None:
    """The whole ``meta`` map as plain values (its extra keys too: a fund's terms)."""
    obj = crdt.get_obj(doc, crdt.ROOT, "meta")
    found = crdt.read(doc, obj) if obj is not None else None
    return found if isinstance(found, dict) else None


def genesis(
    actor: bytes, meta: Meta, extra: dict[str, str] | None = None
) -> tuple[str, crdt.Document]:
    """Create a document whose first change writes ``meta`` (and ``extra`` keys in the
    same map, fixed for good like the rest of it); return (doc_id, document)."""
    doc = crdt.new_document(actor)
    with doc.transaction() as tx:
        crdt.put_map(
            tx,
            crdt.ROOT,
            "meta",
            {
                "kind": meta.kind,
                "school": meta.school,
                "scope": meta.scope,
                "schema": meta.schema,
                "founder": meta.founder,
                "nonce": secrets.token_bytes(16),
                **(extra or {}),
            },
        )
    (first,) = crdt.changes_since(doc, [])
    return doc_id_from_hash(first.hash), doc
