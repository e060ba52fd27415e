"""The ``edunode`` entry point: the parser, built from the command families, and the run.

Every command takes ``--home DIR`` and ``--json`` (before or after the subcommand). Output
goes to stdout; with ``--json`` a created object prints as a JSON object with its ``id`` and a
``list`` prints a JSON array. Bad input prints one line on stderr and exits 2 with nothing
written; an unexpected failure prints one line ("internal error: ...") and exits 1
(``EDUNODE_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Sequence

from edunode.cli import adapt, backup, bundle, desktop, network, plans, records, resources, usb
from edunode.cli.common import USAGE_ERROR, LogFormatter, Out, Parser, emit, notices, one_line
from edunode.config import Paths, resolve_home
from edunode.errors import EdunodeError
from edunode.explain import explain, system_cause

FAMILIES = (records, adapt, plans, network, usb, bundle, backup, resources, desktop)
_DISK = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)  # exit 2, as the store's disk errors


def _common(sub: bool) -> Parser:
    """--home and --json; on subcommands they default to 'not given' so either place works."""
    p = Parser(add_help=False)
    home_help = "data folder (default: $EDUNODE_HOME, else the user data folder)"
    p.add_argument(
        "--home", metavar="DIR", default=argparse.SUPPRESS if sub else None, help=home_help
    )
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS if sub else False,
                   help="machine-readable output")  # fmt: skip
    return p


def build_parser() -> Parser:
    common = _common(sub=True)
    parser = Parser(
        prog="edunode",
        parents=[_common(sub=False)],
        description="EduNode: courses and learner records for community schools.",
    )
    parser.add_argument(
        "--version", action="store_true", help="print the version (with --json: and the libraries')"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for family in FAMILIES:
        family.register(commands, common)
    return parser


def _version(as_json: bool) -> int:
    from edunode import about

    facts = about.facts()
    emit(facts, as_json, lambda f: f"edunode {f['edunode']}")
    return 0


def _no_display_note() -> None:
    """Bare ``edunode`` on a PC with no display (a server, an SSH session): say so on stderr,
    and what works instead, before the status (a platform chosen on purpose says nothing)."""
    if os.environ.get("QT_QPA_PLATFORM") or desktop.gui_available():
        return
    sys.stderr.write(f"edunode: {desktop.NO_DISPLAY}\n")


def _run(args: argparse.Namespace) -> int:
    from edunode.service.node import Node

    if getattr(args, "version", False):
        return _version(args.json)

    headless = Paths(resolve_home(args.home)).archive()  # an archive node has no window
    if args.command is None and desktop.gui_available() and not headless:
        return desktop.open_gui(args.home)  # bare `edunode`: the desktop app
    if getattr(args, "without_node", False):  # init, gui, sample-data, bundle verify
        result = args.func(args)
        notices(None)
        if not isinstance(result, Out):
            return int(result)
        emit(result.obj, args.json, result.human)
        return result.code
    if args.command is None:  # no display (a server, a test): status instead of the window
        _no_display_note()
        if not Paths(resolve_home(args.home)).initialised():
            hint = "EduNode is not set up here yet; run 'edunode init --name NAME --school SCHOOL'"
            emit({"initialised": False, "hint": hint}, args.json, lambda o: hint)
            return 0
        args.func = records.cmd_status
    with Node(args.home) as node:
        out = args.func(node, args)
        notices(node)  # e.g. an old, short admin PIN was used
    emit(out.obj, args.json, out.human)
    return int(out.code)


def _escaped_last_resort() -> None:
    """Warnings logged while no handler is set up (a USB file refused, say) go to stderr
    through Python's last-resort handler: escaped, like everything else the CLI prints."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(LogFormatter("%(message)s"))
    logging.lastResort = handler


def main(argv: Sequence[str] | None = None) -> int:
    _escaped_last_resort()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors (2) and --help (0)
        return exc.code if isinstance(exc.code, int) else USAGE_ERROR
    try:
        return _run(args)
    except EdunodeError as exc:
        text = explain(exc, capital=False) if system_cause(exc) is not None else str(exc)
        sys.stderr.write(f"edunode: {one_line(text)}\n")
        return USAGE_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("edunode: interrupted\n")
        return 130
    except BrokenPipeError:  # e.g. `edunode learner list | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a system error (network, file, store): a sentence, exit 1
        if system_cause(exc) is None or os.environ.get("EDUNODE_DEBUG") == "1":
            return _internal(exc)
        sys.stderr.write(f"edunode: {one_line(explain(exc, capital=False))}\n")
        cause = system_cause(exc)  # a full disk or a read-only folder: as for the store's
        return USAGE_ERROR if getattr(cause, "errno", None) in _DISK else 1
    except BaseException as exc:  # noqa: BLE001 - a Rust panic from automerge is a BaseException
        return _internal(exc)


def _internal(exc: BaseException) -> int:
    """An error EduNode did not expect: one line (``EDUNODE_DEBUG=1``: the traceback)."""
    if isinstance(exc, SystemExit) or os.environ.get("EDUNODE_DEBUG") == "1":
        raise exc
    sys.stderr.write(f"edunode: internal error: {one_line(f'{type(exc).__name__}: {exc}')}\n")
    return 1
