"""The content rule of the board's, the fund's and the summaries' documents, for the
verification function.

``verify_batch`` asks :func:`content_rule`'s answer about every batch; for needs, offers and
funds it checks the signed entries (``signed.check_entries``) with the kind's rule
(``board.rule``, ``fund.rule``) and that a fund's terms are well formed with the founding
school among its holders; a school's community summary holds only totals of groups of at
least five learners (``summary.check``, decision 0016). Every other kind passes untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from edunode import crdt
from edunode.domain import board, fund, signed, summary
from edunode.domain.meta import COMMUNITY_KINDS, Meta
from edunode.domain.verify import ContentFn


def content_rule(members_of: Callable[[str], set[bytes]]) -> ContentFn:
    def check(doc_id: str, meta: Meta, current: crdt.Document | None, after: dict[str, Any]) -> str:
        if meta.kind not in COMMUNITY_KINDS:
            return ""
        if meta.kind == summary.KIND:
            return summary.check(meta.school, after)
        before = crdt.read(current) if current is not None else None
        if meta.kind == "fund":
            meta_map = after.get("meta")
            terms = fund.read_terms(meta_map if isinstance(meta_map, dict) else None)
            if terms is None or not fund.founding_ok(meta, terms):
                return "the fund's terms are not valid (holders, currency or approvals)"
            rule = fund.rule(doc_id, terms, members_of)
        else:
            rule = board.rule(doc_id, meta, members_of)
        return signed.check_entries(
            doc_id, before if isinstance(before, dict) else None, after, rule
        )

    return check
