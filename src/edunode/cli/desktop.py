"""The desktop app's commands for the ``edunode`` CLI: ``gui`` and ``sample-data``.

Importing this module loads no Qt (the CLI imports it on every call); Qt is imported when
the window opens. ``main`` calls :func:`open_gui` for a bare ``edunode``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import Any

from edunode.cli.common import plural
from edunode.config import Paths, resolve_home
from edunode.errors import ValidationError

PAGES = ("courses", "learners", "community", "activity", "reports", "resources", "settings")
EXTRA_VIEWS = ("course", "learner", "register")  # a page with its first item opened
NO_DISPLAY = (
    "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot "
    "open. Use the command line instead ('edunode --help'), or run a headless node with "
    "'edunode serve'."
)


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    """Add ``gui`` and ``sample-data`` to the CLI's subcommands."""
    text = "open the EduNode window (or save a screenshot of one page and exit)"
    p = subparsers.add_parser("gui", parents=[parent], help=text, description=text)
    p.add_argument(
        "--screenshot",
        metavar="PATH",
        help="save a PNG of the window once the page has loaded, then exit",
    )
    p.add_argument(
        "--page", choices=PAGES + EXTRA_VIEWS, help="the page to show (default: the last one used)"
    )
    p.add_argument(
        "--size",
        type=window_size,
        metavar="WxH",
        help="the window's size for --screenshot, e.g. 1024x768 (default 1280x800)",
    )
    p.add_argument(
        "--lang",
        type=language_code,
        metavar="CODE",
        help="the window's language for this run: en, fr, es, pt, sw or ar "
        "(default: the one chosen in Settings, else the computer's)",
    )
    p.add_argument("--no-network", action="store_true", help="do not start the network service")
    p.set_defaults(func=cmd_gui, without_node=True)

    text = "fill the data folder with realistic sample data (a school, courses, learners)"
    p = subparsers.add_parser("sample-data", parents=[parent], help=text, description=text)
    p.add_argument(
        "--learners", type=int, default=60, metavar="N", help="how many learners (default 60)"
    )
    p.set_defaults(func=cmd_sample_data, without_node=True)


def window_size(text: str) -> tuple[int, int]:
    """``1024x768`` → (1024, 768); argparse turns the ValueError into a usage error."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1024x768")
    w, h = int(width), int(height)
    if not (320 <= w <= 10_000 and 240 <= h <= 10_000):
        raise argparse.ArgumentTypeError(f"{text!r}: a size from 320x240 to 10000x10000")
    return w, h


def language_code(text: str) -> str:
    """``fr``, ``pt-BR``, ``pt_BR``; argparse turns the error into a usage error (exit 2).
    Whether the language has a translation is checked when the window starts."""
    if not re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a language code such as fr or pt-BR")
    return text.strip()


def gui_available() -> bool:
    """Whether a window can be shown: a desktop session, or a Qt platform chosen on purpose."""
    platform = os.environ.get("QT_QPA_PLATFORM")
    if platform:  # set and not empty: chosen on purpose
        return platform not in ("offscreen", "minimal")
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def open_gui(home: str | None) -> int:
    from edunode.ui.app import run

    return run(home)


def cmd_gui(args: argparse.Namespace) -> int:
    from edunode.ui.app import run

    if not args.screenshot and not os.environ.get("QT_QPA_PLATFORM") and not gui_available():
        raise ValidationError(NO_DISPLAY)  # rather than Qt's abort in the xcb plugin
    if Paths(resolve_home(getattr(args, "home", None))).archive():
        raise ValidationError(
            "this data folder holds an archive node, which has no window: run 'edunode serve' "
            "(and 'edunode status', 'edunode peers' to look after it)"
        )

    return run(
        getattr(args, "home", None),
        screenshot=args.screenshot,
        page=args.page,
        size=args.size,
        network=not args.no_network,
        language=args.lang,
    )


def cmd_sample_data(args: argparse.Namespace) -> int:
    from edunode.demo.sample_data import make_sample

    def progress(done: int, total: int) -> None:  # a line that counts up, on a terminal only
        sys.stderr.write(f"\rmaking learners: {done} of {total}")
        sys.stderr.write("\n" if done >= total else "")
        sys.stderr.flush()

    tty = sys.stderr.isatty()
    summary = make_sample(
        getattr(args, "home", None), learners=args.learners, progress=progress if tty else None
    )
    if getattr(args, "json", False):
        import json

        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    else:
        sys.stdout.write(
            f"sample data in {summary['home']}: school {summary['school']}, "
            f"{plural(summary['courses'], 'course')}, {plural(summary['learners'], 'learner')}; "
            f"admin PIN {summary['admin_pin']}\n"
        )
    return 0
