"""Restoring a backup onto a new PC (decision 0013): ``edunode restore FILE --home DIR``.

The whole file is verified first (``service/backup.py``); then it is unpacked into a private
folder beside the target, the store is checked with ``PRAGMA integrity_check``, the PC gets a
*new* key and the old key signs a handover to it in the school document
(``domain.school.hand_over``, through ``SchoolMembership.take_over_from``), and only then is
the folder renamed into place. Any failure removes the folder: nothing half-restored is left.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from edunode.config import DB_FILE, Paths
from edunode.files import private as privacy
from edunode.identity import NodeIdentity
from edunode.service import backup
from edunode.service.node import Node


def restore(
    path: Path, passphrase: str, target: Path, progress: backup.Progress | None = None
) -> dict[str, Any]:
    """Restore a backup into the new (or empty) data folder ``target`` with a new key.

    The whole file is verified first; on any fault nothing is left behind."""
    path, target = Path(path).expanduser(), Path(target).expanduser().resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise backup.BackupError(
            f"{target} is not empty: restore into a new folder (nothing was written)"
        )
    header, key = backup.open_backup(path, passphrase)
    backup.check_contents(path, header, key, progress)  # the whole file, before anything is written
    staging = backup.staging_for(target)
    try:
        backup.unpack(path, header, key, staging)
        problem = backup.integrity(staging / DB_FILE)
        if problem != "ok":
            raise backup.BackupError(
                f"the store inside {path} is damaged ({problem}): use an older backup"
            )
        paths = Paths(staging)
        config = paths.settings()
        if "store_url" in config:  # the store now lives in this folder
            del config["store_url"]
            privacy.write_private(paths.config, json.dumps(config, indent=2).encode())
        key_passphrase = os.environ.get("EDUNODE_KEY_PASSPHRASE") or None
        old = NodeIdentity.load(paths.key, key_passphrase)
        new = NodeIdentity.generate()
        new.save(paths.key, key_passphrase)
        with Node(staging, passphrase=key_passphrase) as node:
            privacy.write_private(paths.cert, new.certificate_pem(node.name or "EduNode"))
            took = node.membership.take_over_from(old) if node.school_id else {}
            node.audit(
                "restored",
                f"restored from the backup of {header.fields.get('pc', '?')} made "
                f"{header.fields.get('created', '?')}; new node ID {new.node_id}",
                old.node_id,
            )
            school = node.membership.school_name
        if target.exists():
            target.rmdir()  # empty, checked above
        os.rename(staging, target)
        backup.fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return {
        "home": str(target), "school": school, "old_node_id": old.node_id,
        "node_id": new.node_id, "created": header.fields.get("created", ""),
        "documents_handed_over": took.get("documents", 0),
    }  # fmt: skip
