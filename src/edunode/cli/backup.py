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
from edunode.service.backup import PASSPHRASE_ENV, BackupError

if TYPE_CHECKING:
    from edunode.service.node import Node


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        commands, common, "backup", cmd_backup,
        "write an encrypted backup of this PC's records, settings and key (admin PIN)",
    )  # fmt: skip
    p.add_argument(
        "--out", required=True, metavar="FILE",
        help="the backup file (a folder: a file named for the school, PC and time)",
    )  # fmt: skip
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
    admin_pin = pin(args)
    done = node.backup(Path(args.out), passphrase(new=True), admin_pin)
    return Out(done, lambda d: f"backup written to {d['path']} ({d['bytes']:,} bytes)")


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
