"""``edunode repair``: mend a damaged store from what it still holds, and say what is missing.

The steps, each safe to run again:

1. **The file.** When the database's own checks (``store/health.py``) find damage in a table
   that is not derived, or its indexes don't heal by rebuilding, every row that still reads
   is copied into a new file that replaces the damaged one (kept beside it). A damaged index
   alone is rebuilt (``REINDEX``).
2. **The log.** A change whose bytes don't hash to its recorded hash is dropped, and with it
   every change built on it (they can't be applied without it): the log stays closed under
   dependencies, so the document's *clock* (``store/clocks.py``) falls back to the last
   change held whole and the next sync with a peer that holds the rest sends it again. What
   each document still misses is remembered (setting ``repair.missing``) until it is back;
   ``edunode check`` names it meanwhile.
3. **Derived data.** Snapshots and read projections are rebuilt from the log.

When changes were lost and no peer may hold them, the report points to the latest backup
(:func:`latest_backup`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edunode import crdt, identity
from edunode.config import Paths
from edunode.errors import StoreDamaged
from edunode.service.documents import Documents
from edunode.store import Store, health

MISSING = "repair.missing"  # {doc_id: {"hashes": [hex], "from": {node_id: seq}}}
BACKUP_FOLDER = "backup.folder"  # the auto-backup folder (settings; also edunode.json)
BACKUP_SUFFIX = ".edunode-backup"


def latest_backup(home: Path, store: Store | None = None) -> Path | None:
    """The newest backup file in the auto-backup folder: the folder named by the store's
    setting ``backup.folder`` or, when the store can't be read, by ``backup_folder`` in
    ``edunode.json``; files named ``*.edunode-backup``. None when there is none."""
    folders: list[str] = []
    if store is not None:
        try:
            value = store.setting(BACKUP_FOLDER)
        except Exception:  # noqa: BLE001 - a damaged store: the config file may still say
            value = None
        if isinstance(value, str) and value:
            folders.append(value)
    config = Paths(home).config
    try:
        data = json.loads(config.read_text()) if config.exists() else {}
    except (OSError, ValueError):
        data = {}
    if isinstance(data, dict) and isinstance(data.get("backup_folder"), str):
        folders.append(data["backup_folder"])
    found: list[tuple[float, Path]] = []
    for folder in folders:
        try:
            for entry in Path(folder).expanduser().iterdir():
                if entry.name.endswith(BACKUP_SUFFIX) and entry.is_file():
                    found.append((entry.stat().st_mtime, entry))
        except OSError:
            continue
    return max(found)[1] if found else None


@dataclass
class Report:
    """What a repair did and what is still missing (plain values, for the CLI and window)."""

    steps: list[str] = field(default_factory=list)
    lost: dict[str, int] = field(default_factory=dict)  # rows that could not be read, by table
    missing: dict[str, dict[str, Any]] = field(default_factory=dict)
    backup: str = ""
    kept_at: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "steps": self.steps,
            "lost": self.lost,
            "missing": self.missing,
            "backup": self.backup,
            "kept_damaged_file": self.kept_at,
        }


def mend_file(store: Store) -> Report:
    """Step 1 on the store's file (see the module's text). The store is closed meanwhile."""
    report = Report()
    found = health.findings(store)
    if not found:
        return report
    if all(f.index for f in found):
        try:
            health.rebuild_indexes(store)
        except StoreDamaged:
            pass  # the index's pages don't even let it be dropped: salvage the file
        else:
            report.steps.append("rebuilt the damaged indexes from their tables")
            found = health.findings(store)
            if not found:
                return report
    path = health.sqlite_file(store)
    if path is None:
        report.steps.append(
            "the database reports damage EduNode can't mend in place: "
            + "; ".join(f"{f.table or 'the file'}: {f.what}" for f in found)
        )
        return report
    store.engine.dispose()
    saved = health.salvage(path)
    store.reset_caches()
    report.kept_at = saved.kept_at
    report.lost = {k: v for k, v in saved.lost.items() if v}
    report.steps.append(
        "copied every record that still reads into a new records file "
        f"(the damaged one is kept as {saved.kept_at})"
    )
    return report


def salvage_home(paths: Paths) -> Report:
    """Step 1 for a store so damaged that it does not open: salvage the data folder's
    SQLite file (nothing else may have it open). Another database: nothing to do here."""
    report = Report()
    if paths.store_url() != f"sqlite:///{paths.db}":
        return report
    saved = health.salvage(paths.db)
    report.kept_at = saved.kept_at
    report.lost = {k: v for k, v in saved.lost.items() if v}
    report.steps.append(
        "copied every record that still reads into a new records file "
        f"(the damaged one is kept as {saved.kept_at})"
    )
    return report


def mend_log(store: Store, docs: Documents, report: Report) -> None:
    """Steps 2 and 3 (see the module's text)."""
    drop, missing = _gaps(store)
    if drop:
        health.drop_changes(store, drop)
        report.steps.append(
            f"took {len(drop)} damaged change(s), or change(s) built on one, out of the log: "
            "the next sync fetches them again from a PC that has them"
        )
    held = {d for d, _ in _docs_with_changes(store)}
    empty = [d for d, _ in store.documents() if d not in held]
    if empty:
        health.forget_documents(store, empty)
        for doc_id in empty:  # every change of it was lost: it comes back whole, as new
            missing[doc_id] = {"hashes": [], "from": {}, "whole": True}
        report.steps.append(
            f"took {len(empty)} document(s) with no change left off the list: a PC that "
            "holds them sends them again as new"
        )
    before = store.setting(MISSING, {}) or {}
    merged = {**before, **missing}
    store.set_setting(MISSING, merged)
    health.clear_derived(store)
    docs.reload()
    store.extras.pop("clocks", None)  # the clocks went back: read them again
    count = docs.rebuild_projections()
    report.steps.append(
        f"rebuilt the read projections of {count} document(s) from the log (snapshots are "
        "made again from it as documents grow)"
    )
    report.missing = still_missing(store)


def _docs_with_changes(store: Store) -> list[tuple[str, int]]:
    return store.changed_documents(0)


def _gaps(store: Store) -> tuple[list[int], dict[str, dict[str, Any]]]:
    """The change rows to drop (bytes that don't match their hash, or built on a change not
    held whole) and, per document, what it then misses."""
    drop: list[int] = []
    missing: dict[str, dict[str, Any]] = {}
    by_doc: dict[str, list[Any]] = defaultdict(list)
    for row in store.all_changes():
        by_doc[row.doc_id].append((row.seq_no, bytes(row.hash), bytes(row.data), row.actor,
                                   row.seq))  # fmt: skip
    for doc_id, rows in by_doc.items():
        kept: set[bytes] = set()
        gone: list[tuple[bytes, bytes, int]] = []  # hash, actor, seq
        for seq_no, h, data, actor, seq in rows:  # log order: dependencies first
            whole = crdt.well_formed(data) and crdt.change_hash(data) == h
            deps = crdt.parse_header(data).deps if whole else ()
            if whole and all(d in kept for d in deps):
                kept.add(h)
                continue
            drop.append(seq_no)
            gone.append((h, bytes(actor), int(seq)))
        if gone:
            first: dict[str, int] = {}
            for _h, actor, seq in gone:
                node = identity.node_id_from_public_key(actor)
                first[node] = min(seq, first.get(node, seq))
            missing[doc_id] = {"hashes": [h.hex() for h, _, _ in gone], "from": first}
    return drop, missing


def still_missing(store: Store) -> dict[str, dict[str, Any]]:
    """What repaired documents still miss (and forget what came back)."""
    recorded = store.setting(MISSING, {}) or {}
    left: dict[str, dict[str, Any]] = {}
    for doc_id, entry in recorded.items():
        if entry.get("whole"):
            if store.meta(doc_id) is None:
                left[doc_id] = entry
            continue
        hashes = [bytes.fromhex(h) for h in entry.get("hashes", [])]
        known = set(store.known_hashes(doc_id, hashes))
        rest = [h.hex() for h in hashes if h not in known]
        if rest:
            left[doc_id] = {"hashes": rest, "from": entry.get("from", {})}
    if left != recorded:
        store.set_setting(MISSING, left)
    return left


def describe_missing(doc_id: str, entry: dict[str, Any], kind: str = "") -> str:
    authors = ", ".join(
        f"PC {identity.short_id(node)} from change #{seq}"
        for node, seq in sorted(entry.get("from", {}).items())
    )
    what = f"{kind} {doc_id}" if kind else doc_id
    if entry.get("whole"):
        return (
            f"document {doc_id} lost every change: it comes back at the next sync with a PC "
            "of the school that has it, or from the latest backup"
        )
    return (
        f"{what} still misses {len(entry.get('hashes', []))} change(s)"
        + (f" ({authors})" if authors else "")
        + ": they come back at the next sync with a PC of the school that has them"
    )
