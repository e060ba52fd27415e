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
        "--keep", metavar="N", type=int, default=7,
        help="with --schedule: how many backups of this PC to keep (default: 7)",
    )  # fmt: skip
    p.add_argument("--no-schedule", action="store_true", help="turn automatic backups off")
    p.add_argument(
        "--offsite", action="store_true",
        help="with --schedule: also send each automatic backup to the archive this PC links to",
    )  # fmt: skip
    p.add_argument("--send", metavar="FILE",
                   help="send a backup file, as it is (encrypted), to the archive")  # fmt: skip
    p.add_argument("--archive-list", action="store_true",
                   help="list the backups the archive keeps for this school")  # fmt: skip
    p.add_argument(
        "--fetch", metavar="NAME",
        help="fetch a backup file from the archive into --out (then: edunode restore)",
    )  # fmt: skip
    p.add_argument("--archive", metavar="NODE_ID",
                   help="which archive (default: the one this PC links to)")  # fmt: skip
    p.add_argument(
        "--school", metavar="SCHOOL_ID", default="",
        help="with --archive-list/--fetch on a PC with no school yet: the school to rebuild",
    )  # fmt: skip
    pin_option(p)
    p = add_command(
        commands, common, "vault", cmd_vault,
        "on an archive: the schools' encrypted backups it keeps (list; allow a rebuild)",
    )  # fmt: skip
    p.add_argument("action", choices=("list", "allow"))
    p.add_argument("node", metavar="NODE_ID", nargs="?",
                   help="allow: the new PC that may fetch a school's backups")  # fmt: skip
    p.add_argument("--school", metavar="SCHOOL_ID", default="",
                   help="allow: whose backups it may fetch (for 7 days)")  # fmt: skip
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
    chosen = [bool(args.out and not args.fetch), args.auto_status, bool(args.schedule),
              args.no_schedule, bool(args.send), args.archive_list, bool(args.fetch)]  # fmt: skip
    if sum(chosen) != 1:
        raise ValidationError(
            "give one of --out FILE, --auto-status, --schedule FOLDER, --no-schedule, "
            "--send FILE, --archive-list or --fetch NAME --out FILE"
        )
    if args.offsite and not args.schedule:
        raise ValidationError("--offsite goes with --schedule FOLDER")
    if args.send or args.archive_list or args.fetch:
        return _offsite(node, args)
    if args.auto_status:
        return Out(node.backups.status(), _status_text)
    if args.no_schedule:
        return Out(node.backups.disable(pin(args)), _status_text)
    if args.schedule:
        admin_pin = pin(args)
        done = node.backups.configure(
            args.schedule, passphrase(new=True), admin_pin, every_hours=args.every,
            keep=args.keep, offsite=args.offsite,
        )  # fmt: skip
        return Out(done, _status_text)
    admin_pin = pin(args)
    done = node.backup(Path(args.out), passphrase(new=True), admin_pin)
    return Out(done, lambda d: f"backup written to {d['path']} ({d['bytes']:,} bytes)")


def _offsite(node: Node, args: argparse.Namespace) -> Out:
    from edunode.service.vault import OffsiteBackups

    offsite = OffsiteBackups(node)
    if args.send:
        path = Path(args.send)
        if not path.is_file():
            raise ValidationError(f"{path} is not a file")
        done = offsite.send(path, args.archive)
        return Out(done, lambda d: f"sent {d['name']} to the archive; it keeps "
                   f"{len(d['kept'])} backup(s) of this school")  # fmt: skip
    if args.archive_list:
        return Out(offsite.list(args.archive, args.school), _files_text)
    if not args.out:
        raise ValidationError("--fetch NAME needs --out FILE or FOLDER")
    done = offsite.fetch(args.fetch, Path(args.out), args.archive, args.school)
    return Out(done, lambda d: f"fetched {d['name']} into {d['path']} ({d['size']:,} bytes); "
               "restore it with: edunode restore FILE --home NEW_FOLDER")  # fmt: skip


def _files_text(files: list[dict[str, Any]]) -> str:
    if not files:
        return "the archive keeps no backup of this school yet"
    return "\n".join(
        f"{f['name']}  {f['size']:,} bytes  made {f['created'] or '?'}" for f in files
    )


def cmd_vault(node: Node, args: argparse.Namespace) -> Out:
    from edunode.service.vault import ArchiveKeeper

    if not node.archive:
        raise ValidationError("'edunode vault' is for an archive node (edunode init --archive)")
    keeper = ArchiveKeeper(node)
    if args.action == "list":
        return Out(keeper.files(), lambda fs: "\n".join(
            f"{f['school_id']}  {f['name']}  {f['size']:,} bytes" for f in fs
        ) or "this archive keeps no backups yet")  # fmt: skip
    if not args.node or not args.school:
        raise ValidationError("vault allow needs NODE_ID and --school SCHOOL_ID")
    done = keeper.allow(args.node, args.school, pin(args))
    return Out(done, lambda d: f"node {d['node_id']} may fetch the backups of school "
               f"{d['school_id']} for 7 days")  # fmt: skip


def _status_text(s: dict[str, Any]) -> str:
    lines = [
        "automatic backups: "
        + (f"every {s['every_hours']:g} h into {s['folder']}, keeping {s['keep']}"
           if s["configured"] else "not set up (edunode backup --schedule FOLDER)"),
        f"last backup: {s['last_backup'] or 'never'}",
    ]  # fmt: skip
    if s["configured"]:
        lines.append(f"next due: {s['next_due']}")
        if s.get("offsite"):
            lines.append("each backup is also sent to the archive")
    if s["warning"]:
        lines.append(f"warning: {s['warning']}")
    return "\n".join(lines)


def cmd_restore(args: argparse.Namespace) -> Out:
    from edunode.service import restore

    target = resolve_home(args.home)
    done = restore.restore(Path(args.file), passphrase(new=False), target)
    return Out(
        done,
        lambda d: (
            f"restored {d['school'] or 'the PC'} from the backup made {d['created']} into "
            f"{d['home']}\nthis PC's new node ID: {d['node_id']} (it took the place of "
            f"{d['old_node_id']}); the school's other PCs approve its link once"
        ),
    )
