"""The resources commands of ``edunode`` (issue 15): ``need``, ``offer`` and ``fund``.

No business rules live here: each command calls a Node method, which validates and writes
(bad input: one line, exit 2, nothing written). Founding a fund and approving an allocation
ask for the admin PIN like every admin action (``cli/common.pin``).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from edunode.cli.common import Out, add_command, fields, pin, pin_option, table

if TYPE_CHECKING:  # the Node is imported only once a command runs
    from edunode.service.node import Node


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    def add(group: Any, name: str, func: Any, help: str) -> argparse.ArgumentParser:
        return add_command(group, common, name, func, help)

    def need_fields(p: argparse.ArgumentParser, *, required: bool) -> None:
        p.add_argument("--item", required=required, metavar="TEXT", help="what is needed")
        p.add_argument("--quantity", required=required, metavar="N", help="how many")
        p.add_argument("--unit", metavar="U", help="e.g. books, boxes, days")
        p.add_argument("--cost", metavar="AMOUNT", help="what it would cost, e.g. 1250.50")
        p.add_argument("--currency", metavar="CODE", help="ISO 4217 code of the cost, e.g. KES")
        p.add_argument("--priority", required=required, choices=("high", "medium", "low"))
        p.add_argument("--course", metavar="COURSE_ID", help="the course it serves")
        p.add_argument("--note", metavar="TEXT")

    need = commands.add_parser("need", parents=[common], help="post and list the school's needs")
    need_cmds = need.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    p = add(need_cmds, "add", cmd_need_add, "post a need of this school on the community board")
    need_fields(p, required=True)
    p = add(need_cmds, "update", cmd_need_update, "change an open need of this school")
    p.add_argument("need_id", metavar="NEED_ID")
    need_fields(p, required=False)
    p = add(need_cmds, "close", cmd_need_close, "close a need of this school")
    p.add_argument("need_id", metavar="NEED_ID")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--met", action="store_const", const="met", dest="status")
    how.add_argument("--withdrawn", action="store_const", const="withdrawn", dest="status")
    p = add(need_cmds, "list", cmd_need_list, "every school's needs held on this PC")
    p.add_argument("--school", metavar="S", help="one school (its ID or name)")
    p.add_argument("--open", action="store_true", help="open needs only")
    p.add_argument("--priority", choices=("high", "medium", "low"))
    p = add(need_cmds, "show", cmd_entry_show, "show one need with who wrote it and when")
    p.add_argument("entry_id", metavar="NEED_ID")

    offer = commands.add_parser("offer", parents=[common], help="post offers, answer needs")
    offer_cmds = offer.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    p = add(offer_cmds, "add", cmd_offer_add, "offer something this school can lend or give")
    p.add_argument("--item", required=True, metavar="TEXT")
    p.add_argument("--quantity", required=True, metavar="N")
    p.add_argument("--note", metavar="TEXT")
    p = add(offer_cmds, "respond", cmd_offer_respond, "let this school's offer answer a need")
    p.add_argument("offer_id", metavar="OFFER_ID")
    p.add_argument("--need", required=True, metavar="NEED_ID")
    p = add(offer_cmds, "list", cmd_offer_list, "every school's offers held on this PC")
    p.add_argument("--school", metavar="S")
    p.add_argument("--open", action="store_true")

    fund = commands.add_parser("fund", parents=[common], help="the community fund and its ledger")
    fund_cmds = fund.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    p = add(fund_cmds, "create", cmd_fund_create, "found a fund held jointly by schools (PIN)")
    p.add_argument("--name", required=True)
    p.add_argument("--currency", required=True, metavar="CODE", help="ISO 4217, e.g. KES, USD")
    p.add_argument(
        "--schools",
        required=True,
        metavar="S1,S2,...",
        help="the holding schools (IDs or names), this PC's school among them",
    )
    p.add_argument(
        "--approvals",
        type=int,
        metavar="K",
        help="holding schools that must approve an allocation (default: all)",
    )
    pin_option(p)
    add(fund_cmds, "list", cmd_fund_list, "the funds held on this PC with their balance")
    p = add(fund_cmds, "contribute", cmd_fund_contribute, "record money paid into the fund")
    p.add_argument("fund_id", metavar="FUND_ID")
    p.add_argument("--amount", required=True, metavar="A")
    p.add_argument("--from", required=True, dest="source", metavar="TEXT", help="who gave it")
    p = add(fund_cmds, "propose", cmd_fund_propose, "propose an allocation to a need")
    p.add_argument("fund_id", metavar="FUND_ID")
    p.add_argument("--need", required=True, metavar="NEED_ID")
    p.add_argument("--amount", required=True, metavar="A")
    p = add(fund_cmds, "approve", cmd_fund_approve, "approve a proposal for this school (PIN)")
    p.add_argument("proposal_id", metavar="PROPOSAL_ID")
    pin_option(p)
    p = add(fund_cmds, "ledger", cmd_fund_ledger, "every entry, who signed it, and the balance")
    p.add_argument("fund_id", metavar="FUND_ID")
    p = add(fund_cmds, "report", cmd_fund_report, "per school: open needs, allocated amounts")
    p.add_argument("fund_id", metavar="FUND_ID")
    p.add_argument("--csv", metavar="FILE", help="also write the report as CSV to FILE")


# --------------------------------------------------------------------------- board

_NEED_KEYS = ("item", "quantity", "unit", "cost", "currency", "priority", "course", "note")


def _need_fields(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in _NEED_KEYS if getattr(args, k, None) is not None}


def _entry_text(e: dict[str, Any]) -> str:
    pairs: list[tuple[str, Any]] = [
        ("id", e["id"]),
        ("kind", e["kind"]),
        ("school", e["school"]),
        ("item", e["item"]),
        ("quantity", e["quantity"]),
    ]
    if e["kind"] == "need":
        pairs += [
            ("unit", e["unit"]),
            ("priority", e["priority"]),
            ("cost", f"{e['cost']} {e['currency']}" if e["cost"] else ""),
            ("course", e["course"]),
        ]
    else:
        pairs.append(("answers needs", ", ".join(e["responds"])))
    pairs += [
        ("note", e["note"]),
        ("status", e["status"]),
        ("posted", f"{e['posted']} by {e['posted_by_name']} ({e['posted_by']})"),
        ("updated", f"{e['updated']} by {e['updated_by_name']} ({e['updated_by']})"),
    ]
    return fields(pairs)


def cmd_need_add(node: Node, args: argparse.Namespace) -> Out:
    need_id = node.add_need(**_need_fields(args))
    return Out(node.board_entry(need_id), lambda e: e["id"])


def cmd_need_update(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.update_need(args.need_id, **_need_fields(args)), _entry_text)


def cmd_need_close(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.close_need(args.need_id, args.status), _entry_text)


def cmd_entry_show(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.board_entry(args.entry_id), _entry_text)


def cmd_need_list(node: Node, args: argparse.Namespace) -> Out:
    rows = node.board_entries(
        "need", school=args.school, open_only=args.open, priority=args.priority
    )
    cols = [
        ("id", "ID"),
        ("school", "SCHOOL"),
        ("item", "ITEM"),
        ("quantity", "QTY"),
        ("priority", "PRIORITY"),
        ("cost_text", "COST"),
        ("status", "STATUS"),
        ("posted_day", "POSTED"),
        ("posted_by_name", "BY"),
    ]
    return Out(rows, lambda rs: table([_shown(r) for r in rs], cols, "no needs"))


def _shown(r: dict[str, Any]) -> dict[str, Any]:
    cost = f"{r['cost']} {r['currency']}" if r.get("cost") else ""
    return {**r, "cost_text": cost, "posted_day": str(r.get("posted", ""))[:10]}


def cmd_offer_add(node: Node, args: argparse.Namespace) -> Out:
    offer_id = node.add_offer(item=args.item, quantity=args.quantity, note=args.note)
    return Out(node.board_entry(offer_id), lambda e: e["id"])


def cmd_offer_respond(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.respond_to_need(args.offer_id, args.need), _entry_text)


def cmd_offer_list(node: Node, args: argparse.Namespace) -> Out:
    rows = node.board_entries("offer", school=args.school, open_only=args.open)
    cols = [
        ("id", "ID"),
        ("school", "SCHOOL"),
        ("item", "ITEM"),
        ("quantity", "QTY"),
        ("status", "STATUS"),
        ("posted_day", "POSTED"),
        ("posted_by_name", "BY"),
    ]
    return Out(rows, lambda rs: table([_shown(r) for r in rs], cols, "no offers"))


# --------------------------------------------------------------------------- fund


def cmd_fund_create(node: Node, args: argparse.Namespace) -> Out:
    schools = [s for s in args.schools.split(",") if s.strip()]
    fund_id = node.create_fund(args.name, args.currency, schools, args.approvals, pin(args))
    return Out(node.fund_ledger(fund_id), lambda f: f["id"])


def cmd_fund_list(node: Node, args: argparse.Namespace) -> Out:
    cols = [
        ("id", "ID"),
        ("name", "NAME"),
        ("currency", "CURRENCY"),
        ("balance", "BALANCE"),
        ("approvals", "K"),
    ]
    return Out(node.funds(), lambda rs: table(rs, cols, "no funds"))


def cmd_fund_contribute(node: Node, args: argparse.Namespace) -> Out:
    entry = node.contribute(args.fund_id, args.amount, args.source)
    return Out(_entry(node, args.fund_id, entry), lambda e: e["id"])


def cmd_fund_propose(node: Node, args: argparse.Namespace) -> Out:
    entry = node.propose_allocation(args.fund_id, args.need, args.amount)
    return Out(_entry(node, args.fund_id, entry), lambda e: e["id"])


def _entry(node: Node, fund_id: str, entry_id: str) -> dict[str, Any]:
    book = node.fund_ledger(fund_id)
    found = next(e for e in book["entries"] if e["id"] == entry_id)
    return {**found, "balance": book["balance"], "currency": book["currency"]}


def cmd_fund_approve(node: Node, args: argparse.Namespace) -> Out:
    done = node.approve_allocation(args.proposal_id, pin(args))

    def text(p: dict[str, Any]) -> str:
        status = p["status"] + (f": {p['reason']}" if p["reason"] else "")
        return f"approved ({len(p['approved_by'])} school(s) so far); proposal {status}"

    return Out(done, text)


def _ledger_text(book: dict[str, Any]) -> str:
    cols = [
        ("lamport", "#"),
        ("type", "ENTRY"),
        ("amount", "AMOUNT"),
        ("school_name", "SCHOOL"),
        ("signed_by_name", "SIGNED BY"),
        ("at", "WHEN"),
        ("status", "STATUS"),
        ("reason", "WHY"),
    ]
    head = (
        f"{book['name']} ({book['currency']}), held by {', '.join(book['holder_names'])}; "
        f"{book['approvals']} approval(s) allocate"
    )
    rows = [{**e, "at": str(e.get("at", ""))[:19].replace("T", " ")} for e in book["entries"]]
    return "\n".join(
        [
            head,
            table(rows, cols, "no entries yet"),
            f"balance: {book['balance']} {book['currency']}",
        ]
    )


def cmd_fund_ledger(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.fund_ledger(args.fund_id), _ledger_text)


def cmd_fund_report(node: Node, args: argparse.Namespace) -> Out:
    report = node.fund_report(args.fund_id)
    if args.csv:
        node.fund_report_csv(args.fund_id, args.csv)
        report = {**report, "csv": args.csv}
    cols = [
        ("school", "SCHOOL"),
        ("open_needs", "OPEN NEEDS"),
        ("open_needs_cost", "THEIR COST"),
        ("allocated", "ALLOCATED"),
        ("allocations", "ALLOCATIONS"),
    ]

    def text(r: dict[str, Any]) -> str:
        return "\n".join(
            [
                f"{r['name']} ({r['currency']}): balance {r['balance']}",
                table(r["schools"], cols, "no schools"),
                f"note: {r['note']}",
            ]
        )

    return Out(report, text)
