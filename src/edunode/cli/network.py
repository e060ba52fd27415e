"""The network commands of ``edunode``: serve, peers, link, approve, refuse, revoke, sync.

Every command works whether or not ``edunode serve`` runs on the same data folder: decisions
are written to the store, and a running node picks them up within a second. The network stack
is imported only when a command needs it, so ``edunode --help`` stays quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from edunode.cli.common import LogFormatter, Out, add_command, pin, pin_option, plural
from edunode.errors import ValidationError
from edunode.files import log as logfile
from edunode.sync import DEFAULT_PORT
from edunode.sync.links import ROLES

if TYPE_CHECKING:
    from edunode.service.node import Node


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the network subcommands to ``commands`` (an argparse subparsers group)."""

    def add(name: str, func: Any, text: str) -> argparse.ArgumentParser:
        return add_command(commands, common, name, func, text)

    p = add("serve", cmd_serve, "run this node on the network until stopped (SIGTERM/Ctrl-C)")
    p.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        metavar="P",
        help=f"TCP port to listen on (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    p.add_argument(
        "--interfaces",
        metavar="LIST",
        default=None,
        help="comma-separated local addresses or connection names to use, e.g. 127.0.0.1, "
        "or 'all' (default: the choice made at setup or in Settings)",
    )
    p.add_argument(
        "--for",
        dest="for_seconds",
        type=float,
        metavar="SECONDS",
        help="stop after this many seconds",
    )
    p = add("peers", cmd_peers, "list discovered, pending, approved and refused nodes")
    p.add_argument(
        "--summary",
        action="store_true",
        help="with --json: an object with the peers and the count of dropped link requests",
    )
    p = add("link", cmd_link, "send a link request to another node")
    p.add_argument("target", metavar="NODE_ID|HOST:PORT")
    p.add_argument("--timeout", type=float, default=15.0, metavar="S")
    p = add("approve", cmd_approve, "approve a link (after comparing the verification code)")
    p.add_argument("node_id", metavar="NODE_ID")
    p.add_argument(
        "--role",
        required=True,
        choices=ROLES,
        help="community: shared courses; school: a PC of this school (also learners)",
    )
    pin_option(p)
    p = add("refuse", cmd_refuse, "refuse a link request")
    p.add_argument("node_id", metavar="NODE_ID")
    p.add_argument("--block", action="store_true", help="drop that node's future requests silently")
    pin_option(p)
    p = add("revoke", cmd_revoke, "revoke a link: its connection drops at once")
    p.add_argument("node_id", metavar="NODE_ID")
    pin_option(p)
    p = add("sync", cmd_sync, "sync with every reachable approved peer")
    p.add_argument(
        "--once", action="store_true", help="connect, reconcile, and exit (0: all in sync)"
    )
    p.add_argument("--timeout", type=float, default=30.0, metavar="S")


# ---------------------------------------------------------------------- output


def _when(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


def _peer_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no other nodes known yet (run 'edunode serve' to discover them)"
    cols = ["ID", "NAME", "SCHOOL", "STATE", "ROLE", "CODE", "ONLINE", "LAST SYNC", "IN/OUT"]
    cells = [cols] + [
        [
            p["id"][:15],
            p["name"],
            p["school"],
            p["state"],
            p["role"] or "-",
            p["code"] or "-",
            "yes" if p["online"] else "no",
            _when(p["last_sync"]),
            f"{p['changes_in']}/{p['changes_out']}",
        ]
        for p in rows
    ]
    widths = [max(len(str(r[i])) for r in cells) for i in range(len(cols))]
    return "\n".join(
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells
    )


def _dropped_line(dropped: dict[str, Any]) -> str:
    """The footer under the peers table: link requests dropped in floods, if any."""
    count = dropped["count"]
    if not count:
        return ""
    what = "link request" if count == 1 else "link requests"
    return (
        f"\n{count} {what} dropped (too many waiting, or replaced by newer ones from the same "
        f"address); the last at {_when(dropped['last'])}"
    )


def _peer_text(verb: str) -> Any:
    def text(p: dict[str, Any]) -> str:
        role = f" as {p['role']}" if p.get("role") else ""
        code = f", code {p['code']}" if p.get("code") else ""
        return f"{verb} {p['name']} ({p['id']}): {p['state']}{role}{code}"

    return text


def _log_to_stderr(level: int) -> None:
    """Log lines of ``level`` and above on stderr (the log file gets INFO and above)."""
    root = logging.getLogger()
    if not any(type(h) is logging.StreamHandler for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(LogFormatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
        handler.setLevel(level)
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger("zeroconf").setLevel(max(level, logging.WARNING))


# ---------------------------------------------------------------------- commands


def cmd_peers(node: Node, args: argparse.Namespace) -> Out:
    """The peers; ``--summary`` wraps them in an object with the dropped-requests count (the
    plain ``--json`` listing stays a list, as scripts expect)."""
    node.peers.from_store = True  # "online" as a serve in another process last saw it
    rows, dropped = node.peers.list(), node.peers.dropped_requests()
    footer = _dropped_line(dropped)
    if args.summary:
        summary = {"peers": rows, "dropped_requests": dropped}
        return Out(summary, lambda s: _peer_table(s["peers"]) + footer)
    return Out(rows, lambda r: _peer_table(r) + footer)


def cmd_approve(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.approve(args.node_id, args.role, pin(args)), _peer_text("approved"))


def cmd_refuse(node: Node, args: argparse.Namespace) -> Out:
    peer = node.refuse(args.node_id, pin(args), block=args.block)
    return Out(peer, _peer_text("blocked" if args.block else "refused"))


def cmd_revoke(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.revoke(args.node_id, pin(args)), _peer_text("revoked"))


def cmd_link(node: Node, args: argparse.Namespace) -> Out:
    from edunode.service.network import NetworkService

    service = NetworkService(node, serve=False, discover=False, dial=False)
    with logfile.to_folder(node.paths.home):
        try:
            service.start()
            peer = service.link(args.target, args.timeout)
        finally:
            service.stop()
    return Out(
        peer,
        lambda p: (
            f"link request sent to {p['name']} ({p['school'] or 'no school'}), node {p['id']}\n"
            f"verification code: {p['code']}  (both screens must show the same code)\n"
            f"the other node says: {p['reply']}; approve it here with "
            f"'edunode approve {p['id'][:15]} --role community|school'"
        ),
    )


def _sync_text(results: list[dict[str, Any]]) -> str:
    lines = [
        f"{r['name']} ({r['id'][:15]}): {r['result'].replace('_', ' ')}"
        + (
            f", sent {r['sent']}, received {plural(r['received'], 'change')}"
            if r["result"] == "in_sync"
            else ""
        )
        + (f" ({r['detail']})" if r["detail"] else "")
        for r in results
    ]
    return "\n".join(lines) or "no approved peers"


def cmd_sync(node: Node, args: argparse.Namespace) -> Out:
    """Exit 0 when every reachable approved peer is in sync (unreachable ones are listed)."""
    from edunode.service.network import NetworkService

    if not args.once:
        raise ValidationError("use 'edunode sync --once' (or 'edunode serve' to keep syncing)")
    _log_to_stderr(logging.WARNING)
    service = NetworkService(node, serve=False, discover=False, dial=False)
    with logfile.to_folder(node.paths.home):
        try:
            service.start()
            results = service.sync_once(args.timeout)
        finally:
            service.stop()
    ok = all(r["result"] in ("in_sync", "unreachable") for r in results)
    return Out(results, _sync_text, 0 if ok else 1)


def _interfaces(node: Node, text: str | None) -> list[str] | None:
    """Where to listen: ``--interfaces`` (``all`` or a list), else the saved choice."""
    from edunode.service import interfaces

    if text is None:
        chosen = interfaces.choice(node.store)
        if chosen == []:
            raise ValidationError(
                "this PC is set up to use no network (USB sticks only); choose its network "
                "connections in Settings › Network, or give --interfaces (e.g. --interfaces all)"
            )
        return chosen
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        raise ValidationError("--interfaces needs addresses or connection names, or 'all'")
    return None if parts == ["all"] else parts


def cmd_serve(node: Node, args: argparse.Namespace) -> Out:
    """Run until SIGTERM/SIGINT or ``--for``. Stopping lets an apply in progress finish
    (commit or roll back) and tells peers; anything committed is durable."""
    from edunode.service.network import NetworkService
    from edunode.service.vault import OffsiteBackups

    if args.for_seconds is not None and args.for_seconds < 0:
        raise ValidationError("--for must be a number of seconds, 0 or more")
    # An archive (decision 0012a) is reached by address, not found on a school's network,
    # and may run as several `serve` processes over one database: none of them announces
    # itself on mDNS (they would clash) or dials out (schools dial it), so each school's
    # connection lands on the process whose address it was given; all share the store.
    archive = node.archive
    node.backups.offsite = OffsiteBackups(node).send_to_all  # with --schedule ... --offsite
    service = NetworkService(
        node,
        port=args.port,
        interfaces=_interfaces(node, args.interfaces),
        discover=not archive,
        dial=not archive,
    )
    _log_to_stderr(logging.INFO)
    if archive:
        logging.getLogger("edunode").info(
            "archive node: not announced on the network and not dialing out; schools link "
            "to this address and port"
        )
    stop = threading.Event()
    previous: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            previous[sig] = signal.signal(sig, lambda _s, _f: stop.set())
    started = time.monotonic()
    with logfile.to_folder(node.paths.home):
        try:
            service.start()
            deadline = None if args.for_seconds is None else started + args.for_seconds
            while not stop.is_set():
                node.backups.tick()  # automatic backups, when Settings → Backup set them up
                node.summaries.tick()  # the school's community summary, once a day
                left = 0.5 if deadline is None else min(0.5, deadline - time.monotonic())
                if left <= 0 or stop.wait(left):
                    break
        finally:
            service.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    summary = {**node.info(), "port": service.port, "seconds": round(time.monotonic() - started, 1)}
    return Out(summary, lambda s: f"{s['name']} stopped after {s['seconds']} s")
