"""Backups that run by themselves (issue 11 item 2; decision 0013 says what a backup is).

An admin chooses a folder (a USB stick, a second disk), how often (default: daily) and how
many to keep (default: 7), and types the passphrase once. While the window or ``serve``
runs, :meth:`AutoBackups.run_if_due` makes a backup when one is due, names it for the
school, PC and time, and deletes this PC's oldest ones beyond the number to keep (only
files whose clear header names this PC). A folder that is missing (the stick is not
plugged in) is tried again an hour later; the status says what went wrong.

The passphrase is kept in the data folder (``backup-passphrase``, 0600), beside the node
key and the unencrypted store, which whoever can read that folder can read anyway; it is
never put into a backup. The backup on the stick stays sealed against whoever finds it;
a person must still remember the passphrase to restore.

A school with one PC and no backup in :data:`STALE_DAYS` days is warned, in the window's
banner and in ``status``: if that PC breaks, the records are gone.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from edunode.config import Paths
from edunode.errors import EdunodeError, ValidationError
from edunode.files import private as privacy
from edunode.service import backup
from edunode.service.admin import NodeSettings
from edunode.service.documents import Documents
from edunode.store import Store


class Host(Protocol):
    """What backups need of the Node (which builds ``AutoBackups`` and so can't be
    imported here: ``tests/test_layering.py``)."""

    paths: Paths
    store: Store
    docs: Documents
    settings: NodeSettings

    @property
    def school_id(self) -> str: ...

    @property
    def node_id(self) -> str: ...

    def audit(self, action: str, detail: str, peer_id: str = "") -> None: ...

    def backup_about(self) -> dict[str, str]: ...

SCHEDULE = "backup_schedule"
LAST = "last_backup"
ATTEMPT = "last_backup_attempt"
PASSPHRASE_FILE = "backup-passphrase"
EVERY_HOURS, KEEP, STALE_DAYS = 24.0, 7, 7
RETRY_S = 3600.0  # a failed automatic backup is tried again after this long
CHECK_S = 60.0  # how often ``tick`` looks at the schedule

Clock = Callable[[], float]


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).replace(microsecond=0).isoformat()


def _ts(iso: object) -> float | None:
    try:
        return dt.datetime.fromisoformat(str(iso)).timestamp()
    except ValueError:
        return None


class AutoBackups:
    def __init__(self, node: Host, clock: Clock = time.time) -> None:
        self.node = node
        self.clock = clock
        self._checked = 0.0
        # Sends a finished backup to the archives this PC links to (decision 0017); set by
        # whoever runs the network (``serve``, the window): service/vault.py needs the Node.
        self.offsite: Callable[[Path], list[dict[str, Any]]] | None = None

    @property
    def _passfile(self) -> Path:
        return self.node.paths.home / PASSPHRASE_FILE

    # ------------------------------------------------------------------ by hand

    def backup_now(
        self,
        out: str | Path,
        passphrase: str,
        pin: str | None,
        progress: backup.Progress | None = None,
    ) -> dict[str, Any]:
        """A backup made by a person (admin PIN) to ``out``; a folder gets a file named for
        the school, PC and time. Counts as the last backup."""
        self.node.settings.check_admin_pin(pin)
        backup.check_passphrase(passphrase)
        about = self.node.backup_about()
        target = Path(out).expanduser()
        if target.is_dir():
            target = target / backup.backup_name(about)
        done = backup.make_backup(self.node.paths, target, passphrase, about, progress)
        self.node.store.set_setting(LAST, {"at": done["created"], "path": done["path"]})
        self.node.audit("backup_made", f"backup written to {done['path']}")
        return done

    # ------------------------------------------------------------------ set-up

    def configure(
        self,
        folder: str | Path,
        passphrase: str,
        pin: str | None,
        *,
        every_hours: float = EVERY_HOURS,
        keep: int = KEEP,
        offsite: bool = False,
    ) -> dict[str, Any]:
        """Turn automatic backups on (or change them): admin PIN, and the passphrase the
        backups are sealed with (the person keeps it to restore)."""
        self.node.settings.check_admin_pin(pin)
        backup.check_passphrase(passphrase)
        where = Path(folder).expanduser()
        if not where.is_dir():
            raise ValidationError(f"the folder {where} does not exist (is the stick plugged in?)")
        if not 1 <= every_hours <= 24 * 31:
            raise ValidationError("back up every 1 hour to every 31 days")
        if not 1 <= keep <= 365:
            raise ValidationError("keep between 1 and 365 backups")
        privacy.write_private(self._passfile, passphrase.encode("utf-8"))
        schedule = {"folder": str(where.resolve()), "every_hours": every_hours, "keep": keep,
                    "offsite": offsite}  # fmt: skip
        self.node.store.set_setting(SCHEDULE, schedule)
        self.node.audit(
            "backup_scheduled",
            f"automatic backups to {schedule['folder']} every {every_hours:g} h, keeping {keep}"
            + (", each also sent to the archive" if offsite else ""),
        )
        return self.status()

    def disable(self, pin: str | None) -> dict[str, Any]:
        self.node.settings.check_admin_pin(pin)
        self.node.store.set_setting(SCHEDULE, None)
        if self._passfile.exists():
            self._passfile.unlink()
        self.node.audit("backup_scheduled", "automatic backups turned off")
        return self.status()

    def schedule(self) -> dict[str, Any] | None:
        found = self.node.store.setting(SCHEDULE)
        return found if isinstance(found, dict) and found.get("folder") else None

    # ------------------------------------------------------------------ status

    def status(self) -> dict[str, Any]:
        """What the window, ``status`` and ``backup --auto-status`` show."""
        now = self.clock()
        schedule = self.schedule()
        last = self.node.store.setting(LAST) or {}
        attempt = self.node.store.setting(ATTEMPT) or {}
        last_ts = _ts(last.get("at")) if last else None
        days = None if last_ts is None else max(0, int((now - last_ts) // 86400))
        one_pc = len(self.node.docs.school_members(self.node.school_id)) == 1
        out: dict[str, Any] = {
            "configured": schedule is not None,
            "folder": schedule["folder"] if schedule else "",
            "every_hours": schedule["every_hours"] if schedule else None,
            "keep": schedule["keep"] if schedule else None,
            "offsite": bool(schedule and schedule.get("offsite")),
            "last_offsite": last.get("offsite", []),
            "last_backup": last.get("at", ""),
            "last_path": last.get("path", ""),
            "days_since_last": days,
            "last_error": attempt.get("error", "") if attempt.get("failed") else "",
            "next_due": _iso(self._next_due(now, schedule)) if schedule else "",
            "due": self.due(),
            "one_pc": one_pc,
            "warning": "",
        }
        if one_pc and self.node.school_id and (days is None or days >= STALE_DAYS):
            since = "never been backed up" if days is None else f"no backup in {days} days"
            out["warning"] = (
                f"This school's records are only on this PC and have {since}. If the PC "
                "breaks, they are lost. Settings → Backup: choose a USB stick or a second "
                "disk and back up now."
            )
        elif out["last_error"]:
            out["warning"] = f"The last automatic backup failed: {out['last_error']}"
        elif any(sent.get("failed") for sent in out["last_offsite"]):
            failed = next(sent for sent in out["last_offsite"] if sent.get("failed"))
            out["warning"] = (
                f"The last backup was made but not sent to the archive: {failed['error']}"
            )
        return out

    def _next_due(self, now: float, schedule: dict[str, Any] | None = None) -> float:
        """When the next backup is due (``schedule``: the one already read, so a schedule
        turned off meanwhile by another thread can't make it infinite)."""
        schedule = schedule or self.schedule()
        if schedule is None:
            return float("inf")
        last = _ts((self.node.store.setting(LAST) or {}).get("at"))
        due = now if last is None else last + float(schedule["every_hours"]) * 3600
        attempt = self.node.store.setting(ATTEMPT) or {}
        tried = _ts(attempt.get("at"))
        if attempt.get("failed") and tried is not None:
            due = max(due, tried + RETRY_S)
        return due

    def due(self) -> bool:
        now = self.clock()
        return self.schedule() is not None and now >= self._next_due(now)

    # ------------------------------------------------------------------ running

    def tick(self, progress: backup.Progress | None = None) -> dict[str, Any] | None:
        """Called often (the window's timer, ``serve``'s loop); looks at most every
        ``CHECK_S`` and backs up when due."""
        now = time.monotonic()
        if now - self._checked < CHECK_S:
            return None
        self._checked = now
        return self.run_if_due(progress)

    def run_if_due(self, progress: backup.Progress | None = None) -> dict[str, Any] | None:
        """Make the backup that is due (None when none is); failures are recorded and
        retried later, never raised (a missing stick must not stop ``serve``)."""
        schedule = self.schedule()
        if schedule is None or not self.due():
            return None
        folder = Path(schedule["folder"])
        try:
            if not self._passfile.is_file():
                raise ValidationError("the backup passphrase is missing; set up backups again")
            passphrase = self._passfile.read_text("utf-8")
            if not folder.is_dir():
                raise ValidationError(f"the folder {folder} is not there (plug the stick in)")
            about = self.node.backup_about()
            out = folder / backup.backup_name(about)
            done = backup.make_backup(self.node.paths, out, passphrase, about, progress)
        except (EdunodeError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.node.store.set_setting(
                ATTEMPT, {"at": _iso(self.clock()), "failed": True, "error": reason}
            )
            self.node.audit("backup_failed", f"automatic backup failed: {reason}")
            return {"failed": True, "error": reason}
        self.node.audit("backup_made", f"automatic backup written to {done['path']}")
        last: dict[str, Any] = {"at": _iso(self.clock()), "path": done["path"]}
        if schedule.get("offsite") and self.offsite is not None:
            last["offsite"] = self.offsite(Path(done["path"]))  # failures are in the list
            for sent in last["offsite"]:
                if sent.get("failed"):
                    self.node.audit(
                        "backup_failed",
                        f"backup not sent to the archive: {sent['error']}",
                        sent["archive"],
                    )
        self.node.store.set_setting(LAST, last)
        self.node.store.set_setting(ATTEMPT, {"at": _iso(self.clock()), "failed": False})
        removed = self.prune(folder, int(schedule["keep"]))
        return {**done, "removed": removed, "offsite": last.get("offsite", [])}

    def prune(self, folder: Path, keep: int) -> list[str]:
        """Delete this PC's oldest backups in ``folder`` beyond ``keep`` (files whose
        clear header names this PC's node ID; anything else is left alone)."""
        mine: list[tuple[str, Path]] = []
        for path in folder.glob(f"*{backup.SUFFIX}"):
            try:
                header = backup.read_header(path).fields
            except backup.BackupError:
                continue
            if header.get("node_id") == self.node.node_id:
                mine.append((str(header.get("created", "")), path))
        mine.sort()
        removed = []
        for _, path in mine[: max(0, len(mine) - keep)]:
            try:
                path.unlink()
                removed.append(str(path))
            except OSError:
                continue
        return removed
