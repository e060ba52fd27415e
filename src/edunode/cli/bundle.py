"""The learner record bundle commands of ``edunode``: ``bundle export|verify|import|transcript``.

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
    p.add_argument(
        "--to", metavar="SCHOOL_ID",
        help="the school the learner moves to (left out: an open release, for whichever "
        "school imports the bundle first)",
    )  # fmt: skip
    p.add_argument("--pdf", metavar="FILE", help="also write its printable transcript (PDF)")
    pin_option(p)
    p = add("verify", cmd_verify, "check a record bundle completely, offline (no node needed)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(without_node=True)
    p = add("import", cmd_import, "verify a bundle and enrol the learner in this school")
    p.add_argument("file", metavar="FILE")
    pin_option(p)
    p = add("transcript", cmd_transcript, "write the printable transcript of a verified bundle")
    p.add_argument("file", metavar="BUNDLE")
    p.add_argument("--pdf", required=True, metavar="FILE", help="where to write the PDF")
    p.set_defaults(without_node=True)


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

    done = transfer.export_bundle(node, args.learner_id, Path(args.out), pin(args), to=args.to)
    if args.pdf:  # from the file just written and verified, as any PC would make it
        from edunode.bundle.transcript import write_transcript_pdf
        from edunode.errors import BundleError

        try:
            write_transcript_pdf(Path(done["path"]).read_bytes(), Path(args.pdf))
        except (BundleError, OSError) as exc:
            raise BundleError(
                f"the record bundle was written to {done['path']}, but not its transcript: {exc}"
            ) from None
        done = {**done, "pdf": args.pdf}
    return Out(
        done,
        lambda d: (
            f"record bundle of {d['name']} written to {d['path']}"
            + (f"; released to school {d['to']}" if d["to"] else "; an open release")
            + " (this school now keeps the record read-only)"
            + (f"\ntranscript written to {d['pdf']}" if d.get("pdf") else "")
        ),
    )


def cmd_verify(args: argparse.Namespace) -> Out:
    """Runs on any PC, EduNode set up there or not: the bundle is all it needs."""
    from edunode.bundle import transfer

    return Out(transfer.describe(transfer.verify(transfer.load(Path(args.file)))), _text)


def cmd_transcript(args: argparse.Namespace) -> Out:
    """Any PC, EduNode set up there or not: the bundle is verified completely first."""
    from edunode.bundle.file import _read
    from edunode.bundle.transcript import write_transcript_pdf

    write_transcript_pdf(_read(Path(args.file)), Path(args.pdf))
    return Out({"bundle": args.file, "pdf": args.pdf},
               lambda d: f"transcript of {d['bundle']} written to {d['pdf']}")  # fmt: skip


def cmd_import(node: Node, args: argparse.Namespace) -> Out:
    from edunode.bundle import transfer

    done = transfer.import_bundle(node, Path(args.file), pin(args))
    return Out(
        done,
        lambda d: _text(d) + (
            f"\nimported before: nothing changed (learner {d['id']})" if d["unchanged"]
            else f"\nthe learner's record continues in this school: {d['id']}"
        ),
    )  # fmt: skip
