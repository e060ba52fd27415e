"""The node's own settings (its name, its school, the admin PIN) and the audit trail.

Settings live in the store's ``settings`` table so that every process on the same data
folder (the desktop app, ``edunode serve``, a CLI command) sees the same ones. The audit
trail records what an admin did or refused, and what peers did that deserves a note, and
tells listeners (the UI's audit page) at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from edunode import identity
from edunode.domain import validate
from edunode.errors import PermissionDenied
from edunode.events import AuditRecorded, EventBus
from edunode.service.admin_pin import AdminPin
from edunode.store import Store

#: ``audit(action, detail, peer_id)``: how the other services write to the audit trail.
Audit = Callable[[str, str, str], None]


class AuditTrail:
    def __init__(self, store: Store, bus: EventBus) -> None:
        self.store = store
        self.bus = bus

    def record(self, action: str, detail: str, peer_id: str = "") -> None:
        self.store.audit(action, detail, peer_id)
        self.bus.publish(AuditRecorded(action=action, detail=detail))

    def log(self, limit: int = 500, action: str | None = None) -> list[dict[str, Any]]:
        """The newest entries first; ``action`` keeps only those of that action."""
        return [dict(r) for r in self.store.audit_log(limit, action)]


class NodeSettings:
    def __init__(self, store: Store, audit: Audit) -> None:
        self.store = store
        self._audit = audit
        self.pin = AdminPin(store, lambda action, detail: audit(action, detail, ""))

    # ------------------------------------------------------------------ name and school

    @property
    def name(self) -> str:
        return str(self.store.setting("node_name", ""))

    def set_name(self, name: str) -> None:
        self.store.set_setting("node_name", name)

    def rename(self, name: str) -> None:
        name = validate.text(name, "node name", required=True, limit=100)
        self.set_name(name)
        self._audit("rename", f"node renamed to {name}", "")

    @property
    def school_id(self) -> str:
        return str(self.store.setting("school_id", ""))

    def set_school(self, school_id: str) -> None:
        self.store.set_setting("school_id", school_id)

    def require_school(self) -> str:
        """This node's school, or a refusal a teacher can read when it has none yet."""
        if not self.school_id:
            raise PermissionDenied("this node does not belong to a school yet")
        return self.school_id

    # ------------------------------------------------------------------ admin PIN

    def admin_pin_set(self) -> bool:
        return self.store.setting("admin_pin") is not None

    def set_pin(self, pin: str) -> None:
        """Store the PIN's hash (no check, no audit: for ``Node.init``)."""
        self.store.set_setting("admin_pin", identity.hash_pin(pin))

    def check_admin_pin(self, pin: str | None) -> None:
        """Every admin action's PIN check, counted with a growing wait (admin_pin.py)."""
        self.pin.check(pin)

    def set_admin_pin(self, new_pin: str, old_pin: str | None = None) -> None:
        self.pin.change(new_pin, old_pin)
