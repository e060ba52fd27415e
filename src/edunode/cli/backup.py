"""The backup commands of ``edunode``: ``backup --out FILE`` and ``restore FILE --home DIR``.

The passphrase comes from ``$EDUNODE_BACKUP_PASSPHRASE``, else the prompt (asked twice for
a new backup), else one line of standard input (after the admin PIN's line, when that is
read from standard input too). Decision 0013 says what a backup holds and how a restore
takes the old PC's place.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode.cli.common import Out, _read_secret, add_command, pin, pin_option
from edunode.config import resolve_home
from edunode.errors import ValidationError
from edunode.service.backup import PASSPHRASE_ENV, BackupError

if TYPE_CHECKING:
    from edunode.service.node import Node


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        commands, common, "backup", cmd_backup,
        "write an encrypted backup of this PC's records, settings and key (admin PIN)",
    )  # fmt: skip
    p.add_argument(
        "--out", metavar="FILE",
        help="the backup file (a folder: a file named for the school, PC and time)",
    )  # fmt: skip
    p.add_argument(
        "--auto-status", action="store_true",
        help="say whether automatic backups are set up, when the last one was made, what is due",
    )  # fmt: skip
    p.add_argument(
        "--schedule", metavar="FOLDER",
        help="back up by itself into FOLDER while the window or 'serve' runs (admin PIN)",
    )  # fmt: skip
    p.add_argument("--every", metavar="HOURS", type=float, default=24.0,
                   help="with --schedule: how often (default: 24 hours)")  # fmt: skip
    p.add_argument(
        "--keep",
        metavar="N",
        type=int,
        default=7,
        help="with --schedule: how many backups of this PC to keep (default: 7)",
    )
    p.add_argument("--no-schedule", action="store_true", help="turn automatic backups off")
    pin_option(p)
    p = add_command(
        commands, common, "restore", cmd_restore,
        "restore a backup into a new data folder (--home), with a new key for this PC",
    )  # fmt: skip
    p.add_argument("file", metavar="FILE")
    p.set_defaults(without_node=True)


def passphrase(*, new: bool) -> str:
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    first = _read_secret("Backup passphrase: ")
    on_terminal = sys.stdin is not None and sys.stdin.isatty()
    if new and first and on_terminal and getpass.getpass("The same passphrase again: ") != first:
        raise BackupError("the two passphrases are not the same; no backup was written")
    if not first:
        raise BackupError(
            f"no backup passphrase was given (type it at the prompt or set ${PASSPHRASE_ENV})"
        )
    return first


def cmd_backup(node: Node, args: argparse.Namespace) -> Out:
    chosen = [bool(args.out), args.auto_status, bool(args.schedule), args.no_schedule]
    if sum(chosen) != 1:
        raise ValidationError(
            "give one of --out FILE, --auto-status, --schedule FOLDER or --no-schedule"
        )
    if args.auto_status:
        return Out(node.backups.status(), _status_text)
    if args.no_schedule:
        return Out(node.backups.disable(pin(args)), _status_text)
    if args.schedule:
        admin_pin = pin(args)
        done = node.backups.configure(
            args.schedule, passphrase(new=True), admin_pin, every_hours=args.every, keep=args.keep
        )
        return Out(done, _status_text)
    admin_pin = pin(args)
    done = node.backup(Path(args.out), passphrase(new=True), admin_pin)
    return Out(done, lambda d: f"backup written to {d['path']} ({d['bytes']:,} bytes)")


def _status_text(s: dict[str, Any]) -> str:
    lines = [
        "automatic backups: "
        + (f"every {s['every_hours']:g} h into {s['folder']}, keeping {s['keep']}"
           if s["configured"] else "not set up (edunode backup --schedule FOLDER)"),
        f"last backup: {s['last_backup'] or 'never'}",
    ]  # fmt: skip
    if s["configured"]:
        lines.append(f"next due: {s['next_due']}")
    if s["warning"]:
        lines.append(f"warning: {s['warning']}")
    return "\n".join(lines)


def cmd_restore(args: argparse.Namespace) -> Out:
    from edunode.service import backup

    target = resolve_home(args.home)
    done = backup.restore(Path(args.file), passphrase(new=False), target)
    return Out(
        done,
        lambda d: (
            f"restored {d['school'] or 'the PC'} from the backup made {d['created']} into "
            f"{d['home']}\nthis PC's new node ID: {d['node_id']} (it took the place of "
            f"{d['old_node_id']}); the school's other PCs approve its link once"
        ),
    )
