"""The USB stick commands of ``edunode``: ``usb introduce|export|import FOLDER`` — the same
signed changes as the network, through a folder (docs/decisions/0008-usb-sneakernet.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode.cli.common import Out, add_command, pin, pin_option, plural
from edunode.errors import ValidationError

if TYPE_CHECKING:
    from edunode.service.node import Node


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    usb = commands.add_parser(
        "usb", parents=[common], help="exchange changes with PCs off the network, on a USB stick"
    )
    usb_cmds = usb.add_subparsers(dest="subcommand", metavar="ACTION", required=True)

    def usb_add(name: str, func: Any, text: str) -> argparse.ArgumentParser:
        p = add_command(usb_cmds, common, name, func, text)
        p.add_argument("folder", metavar="FOLDER", help="the USB stick (or any folder)")
        return p

    usb_add("introduce", cmd_usb_introduce, "write this PC's introduction (a link request)")
    p = usb_add("export", cmd_usb_export, "write a package for approved peers")
    p.add_argument(
        "--to",
        metavar="NODE_ID",
        action="append",
        help="only for this peer (repeatable; default: every approved peer)",
    )
    pin_option(p)
    usb_add("import", cmd_usb_import, "read the introductions and packages for this PC")


def cmd_usb_introduce(node: Node, args: argparse.Namespace) -> Out:
    from edunode.service import usb

    done = usb.introduce(node, _folder(args.folder))
    return Out(
        done,
        lambda d: (
            f"introduction of {d['name']} written to {d['path']}\n"
            "on the other PC: 'edunode usb import' this folder, compare the verification code "
            "by phone, approve"
        ),
    )


def cmd_usb_export(node: Node, args: argparse.Namespace) -> Out:
    from edunode.service import usb

    targets = args.to or [p["id"] for p in node.peers.list() if p["state"] == "approved"]
    if not targets:
        raise ValidationError(
            "no approved peers to write a package for: link with a PC first "
            "('edunode usb introduce' works without a network)"
        )
    folder = _folder(args.folder)
    done = [usb.export_package(node, folder, target, pin(args)) for target in targets]
    return Out(
        done,
        lambda rows: "\n".join(
            f"{r['name']} ({r['to'][:15]}, {r['role']}): {plural(r['documents'], 'document')}, "
            f"{plural(r['changes'], 'change')}, {plural(r['bytes'], 'byte')} -> {r['path']}"
            for r in rows
        ),
    )


def cmd_usb_import(node: Node, args: argparse.Namespace) -> Out:
    """Exit 0 when nothing was refused (another PC's package is skipped, not refused)."""
    from edunode.service import usb

    results = usb.import_folder(node, _folder(args.folder))

    def text(rows: list[dict[str, Any]]) -> str:
        lines = []
        for r in rows:
            who = f"{r['name'] or '?'} ({r['from'][:15] or '?'})"
            name = Path(r["path"]).name
            if r["state"] == "imported":
                lines.append(f"{name}: from {who}, {r['received']} new changes")
            elif r["state"] == "introduced":
                lines.append(
                    f"{name}: link request from {who}, verification code {r['code']}; "
                    f"approve with 'edunode approve {r['from'][:15]} --role community|school'"
                )
            else:
                lines.append(f"{name}: {r['state']}: {r['reason']}")
        return "\n".join(lines)

    refused = any(r["state"] == "refused" for r in results)
    return Out(results, text, 1 if refused else 0)


def _folder(text: str) -> Path:
    folder = Path(text).expanduser()
    if not folder.is_dir():
        raise ValidationError(f"the folder {folder} does not exist (is the USB stick plugged in?)")
    return folder
