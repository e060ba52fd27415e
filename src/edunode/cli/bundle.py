"""The learner record bundle commands of ``edunode``: ``bundle export|verify|import``.

Each handler runs as ``func(node, args)`` (``verify`` needs no node) and returns an
:class:`~edunode.cli.common.Out`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode.cli.common import Out, add_command, pin, pin_option, plural

if TYPE_CHECKING:
    from edunode.service.node import Node


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    bundle = commands.add_parser(
        "bundle", parents=[common], help="a learner's signed record, to carry to a new school"
    )
    cmds = bundle.add_subparsers(dest="subcommand", metavar="ACTION", required=True)

    def add(name: str, func: Any, text: str) -> argparse.ArgumentParser:
        return add_command(cmds, common, name, func, text)

    p = add("export", cmd_export, "write a learner's record bundle (admin PIN)")
    p.add_argument("learner_id", metavar="LEARNER_ID")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the bundle")
    pin_option(p)
    p = add("verify", cmd_verify, "check a record bundle completely, offline (no node needed)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(without_node=True)
    p = add("import", cmd_import, "verify a bundle and enrol the learner in this school")
    p.add_argument("file", metavar="FILE")
    pin_option(p)


def _text(d: dict[str, Any]) -> str:
    courses = (
        ", ".join(
            f"{c['title'] or c['id']} ({plural(c['results'], 'result')})" for c in d["courses"]
        )
        or "none"
    )
    proofs = "".join(
        f"\nproof {p['cryptosuite']}: checks out on the record and the "
        f"{plural(p['credentials'] - 1, 'credential')} inside it"
        for p in d.get("proofs", [])
    )
    return (
        f"record of {d['learner']} from {d['school']} (school ID {d['school_id']}), "
        f"issued {d['issued']}\n"
        f"courses: {courses}\n"
        f"results: {d['results']}, attendance days: {d['attendance_days']}\n"
        f"signed by {d['issuer'][:32]}…; every change and the credential check out"
        f"{proofs}"
    )


def cmd_export(node: Node, args: argparse.Namespace) -> Out:
    from edunode.bundle import transfer

    done = transfer.export_bundle(node, args.learner_id, Path(args.out), pin(args))
    return Out(done, lambda d: f"record bundle of {d['name']} written to {d['path']}")


def cmd_verify(args: argparse.Namespace) -> Out:
    """Runs on any PC, EduNode set up there or not: the bundle is all it needs."""
    from edunode.bundle import transfer

    return Out(transfer.describe(transfer.verify(transfer.load(Path(args.file)))), _text)


def cmd_import(node: Node, args: argparse.Namespace) -> Out:
    from edunode.bundle import transfer

    done = transfer.import_bundle(node, Path(args.file), pin(args))
    return Out(done, lambda d: _text(d) + f"\nnew learner in this school: {d['id']}")
