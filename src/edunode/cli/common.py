"""What every command family of ``edunode`` shares: the result type, output, the PIN.

A family module (``records``, ``network``, ``usb``, ``bundle``, ``desktop``) registers its
subcommands with :func:`add_command`; each handler runs as ``func(node, args)`` (or
``func(args)`` when the parser sets ``without_node``) and returns an :class:`Out`, which
``main`` prints. Families import this module and never each other.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any, NamedTuple, NoReturn

USAGE_ERROR = 2
PIN_ENV = "EDUNODE_ADMIN_PIN"


class Out(NamedTuple):
    """What a command prints (``obj``, or ``human(obj)`` without --json) and its exit code."""

    obj: Any
    human: Callable[[Any], str]
    code: int = 0


class Parser(argparse.ArgumentParser):
    """argparse, but its usage errors are one line on stderr (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE_ERROR, f"{self.prog}: error: {one_line(message)}\n")


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 course``, ``2 courses``: a count with the word that goes with it."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def emit(obj: Any, as_json: bool, human: Callable[[Any], str] | None = None) -> None:
    """Print ``obj`` as JSON, or as text via ``human`` (default: str)."""
    if as_json:
        text = json.dumps(obj, ensure_ascii=False, indent=2, default=str)
    else:
        text = human(obj) if human else str(obj)
    if text:
        sys.stdout.write(text.rstrip("\n") + "\n")


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str]], empty: str) -> str:
    if not rows:
        return empty
    cells = [[h for _, h in columns]]
    cells += [["" if r.get(k) is None else str(r.get(k)) for k, _ in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = ("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells)
    return "\n".join(line.rstrip() for line in lines)


def fields(pairs: list[tuple[str, Any]]) -> str:
    width = max(len(k) for k, _ in pairs) + 1
    return "\n".join(f"{(k + ':').ljust(width)} {'' if v is None else v}" for k, v in pairs)


def add_command(
    group: Any, common: argparse.ArgumentParser, name: str, func: Callable[..., Out], text: str
) -> argparse.ArgumentParser:
    """A subcommand in ``group`` (a subparsers group) that runs ``func(node, args)``."""
    p: argparse.ArgumentParser = group.add_parser(
        name, parents=[common], help=text, description=text
    )
    p.set_defaults(func=func)
    return p


def pin_option(p: argparse.ArgumentParser) -> None:
    """``--pin`` for a command that needs the admin PIN."""
    p.add_argument("--pin", metavar="PIN", help=f"admin PIN (default: ${PIN_ENV})")


def pin(args: argparse.Namespace) -> str | None:
    """The admin PIN given for this command: ``--pin``, else ``$EDUNODE_ADMIN_PIN``."""
    return args.pin or os.environ.get(PIN_ENV) or None
