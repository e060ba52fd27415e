"""What every command family of ``edunode`` shares: the result type, output, the PIN.

A family module (``records``, ``network``, ``usb``, ``bundle``, ``resources``, ``desktop``)
registers its subcommands with :func:`add_command`; each handler runs as ``func(node, args)`` (or
``func(args)`` when the parser sets ``without_node``) and returns an :class:`Out`, which
``main`` prints. Families import this module and never each other.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from typing import Any, NamedTuple, NoReturn

from edunode.controls import BEYOND_C0, CONTROL, CONTROL_BUT_LINES
from edunode.errors import ValidationError

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
    return escape(" ".join(str(text).split()))


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    ch = match.group()
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def escape(text: str, *, lines: bool = False) -> str:
    """``text`` made safe for a terminal: every control character (:mod:`edunode.controls`)
    shown as a visible escape such as ``\\x1b`` or ``\\n``, so text from another PC or a file on
    a stick can't move the cursor, recolour, hide or forge output. ``lines``: keep newlines
    and tabs (a lesson's text, a whole report made of lines the CLI wrote itself)."""
    return (CONTROL_BUT_LINES if lines else CONTROL).sub(_escaped, text)


def _json_safe(text: str) -> str:
    """JSON escapes C0 controls itself; the others become ``\\uXXXX`` (still valid JSON:
    they can only stand inside strings)."""
    return BEYOND_C0.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class LogFormatter(logging.Formatter):
    """Log lines for a terminal (``edunode serve``): the message part is escaped, so a
    peer's name can't forge or hide a line; a traceback after it keeps its lines."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        return escape(super().formatMessage(record))


# Values that are text of several lines (a lesson's body, notes): their newlines and tabs
# are shown as such; every other value is one line, so a newline in it is escaped.
MULTILINE = frozenset({"body", "upstream_body", "notes"})


def _escape_values(obj: Any, key: str = "") -> Any:
    """``obj`` with every string in it escaped (see :func:`escape`): a command's text output
    is built from these, so a name can't add a line or a terminal command wherever it is
    printed."""
    if isinstance(obj, str):
        return escape(obj, lines=key in MULTILINE)
    if isinstance(obj, dict):
        return {_escape_values(k): _escape_values(v, k if isinstance(k, str) else "")
                for k, v in obj.items()}  # fmt: skip
    if isinstance(obj, list):
        return [_escape_values(v, key) for v in obj]
    if type(obj) is tuple:
        return tuple(_escape_values(v, key) for v in obj)
    return obj


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 course``, ``2 courses``: a count with the word that goes with it."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def emit(obj: Any, as_json: bool, human: Callable[[Any], str] | None = None) -> None:
    """Print ``obj`` as JSON, or as text via ``human`` (default: str); either way with no
    control character a terminal would act on (:func:`escape`): ``human`` gets ``obj``
    with its strings escaped, and what it makes is checked once more."""
    if as_json:
        text = _json_safe(json.dumps(obj, ensure_ascii=False, indent=2, default=str))
    else:
        safe = _escape_values(obj)
        text = escape(human(safe) if human else str(safe), lines=True)
    if text:
        sys.stdout.write(text.rstrip("\n") + "\n")


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str]], empty: str) -> str:
    """Aligned columns; each cell is escaped whole (a newline in a name can't make a row)."""
    if not rows:
        return empty
    cells = [[h for _, h in columns]]
    cells += [["" if r.get(k) is None else escape(str(r.get(k))) for k, _ in columns]
              for r in rows]  # fmt: skip
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    lines = ("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells)
    return "\n".join(line.rstrip() for line in lines)


def fields(pairs: list[tuple[str, Any]]) -> str:
    """``key: value`` lines; each value is escaped whole (one line each)."""
    width = max(len(k) for k, _ in pairs) + 1
    return "\n".join(
        f"{(k + ':').ljust(width)} {'' if v is None else escape(str(v))}" for k, v in pairs
    )


def command_group(commands: Any, name: str) -> Any:
    """The subcommands group of a command another family registered (e.g. ``course``), so
    a family adds actions to it without importing that family."""
    parser = commands.choices[name]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_command(
    group: Any, common: argparse.ArgumentParser, name: str, func: Callable[..., Out], text: str
) -> argparse.ArgumentParser:
    """A subcommand in ``group`` (a subparsers group) that runs ``func(node, args)``."""
    p: argparse.ArgumentParser = group.add_parser(
        name, parents=[common], help=text, description=text
    )
    p.set_defaults(func=func)
    return p


# --------------------------------------------------------------------------- the admin PIN
#
# A PIN on the command line is visible to every user of the PC (``ps``, /proc/PID/cmdline),
# so a command that needs it asks at a prompt when a terminal is attached, else reads
# ``$EDUNODE_ADMIN_PIN`` or one line of standard input. ``--pin`` still works, for scripts
# written before, with a warning.

VISIBLE_WARNING = (
    "edunode: warning: {option} is visible to other users of this PC (in the process list); "
    f"type it at the prompt or set ${PIN_ENV} instead"
)
# Said on stderr once the command succeeded (a refused command prints its one line only).
_pending: list[str] = []


def pin_option(p: argparse.ArgumentParser) -> None:
    """``--pin`` for a command that needs the admin PIN (kept for old scripts)."""
    p.add_argument(
        "--pin", metavar="PIN",
        help=f"admin PIN; visible to other users, so better: the prompt, ${PIN_ENV} or stdin",
    )  # fmt: skip


def new_pin_option(p: argparse.ArgumentParser) -> None:
    """``--admin-pin [PIN]`` for ``init``: without a value, asked for (twice on a terminal,
    else one line of stdin); not given, ``$EDUNODE_ADMIN_PIN`` when set, else no PIN."""
    p.add_argument(
        "--admin-pin", metavar="PIN", nargs="?", const="", default=None,
        help=f"set the admin PIN (at least 6 digits): asked for without a value; or ${PIN_ENV}",
    )  # fmt: skip


def _read_secret(prompt: str) -> str:
    stdin = sys.stdin
    if stdin is None:
        return ""
    if stdin.isatty():
        return getpass.getpass(prompt)
    return stdin.readline().rstrip("\r\n")


def pin(args: argparse.Namespace) -> str | None:
    """The admin PIN for this command: ``--pin`` (with a warning), ``$EDUNODE_ADMIN_PIN``,
    else the prompt (a terminal) or one line of standard input."""
    if args.pin:
        _pending.append(VISIBLE_WARNING.format(option="--pin"))
        return str(args.pin)
    return os.environ.get(PIN_ENV) or _read_secret("Admin PIN: ") or None


def new_pin(args: argparse.Namespace) -> str | None:
    """The admin PIN ``init`` sets (None: no PIN yet)."""
    given = args.admin_pin
    if given:
        _pending.append(VISIBLE_WARNING.format(option="--admin-pin"))
        return str(given)
    if given is None:
        return os.environ.get(PIN_ENV) or None
    first = _read_secret("New admin PIN (at least 6 digits): ")
    on_terminal = sys.stdin is not None and sys.stdin.isatty()
    if on_terminal and first and getpass.getpass("The same PIN again: ") != first:
        raise ValidationError("the two PINs are not the same; nothing was set up")
    if not first:
        raise ValidationError("no admin PIN was typed; nothing was set up")
    return first


def notices(node: Any) -> None:
    """After a command succeeded: the warnings it gave and what the Node noticed along the
    way (an old, short admin PIN was used), on stderr."""
    for warning in _pending:
        sys.stderr.write(warning + "\n")
    _pending.clear()
    notice = getattr(getattr(node, "admin_pin", None), "notice", "")
    if notice:
        sys.stderr.write(f"edunode: notice: {notice}\n")
