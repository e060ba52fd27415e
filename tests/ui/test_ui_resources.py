"""Resources page: every school's needs and offers with filters; adding and closing this
school's entries; a fund's ledger with contribute, propose and approve (admin PIN); the
equity table and chart with CSV export. Real widgets offscreen, a real Node; every dialog
is also closed with Esc, which must write nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.helpers import change_rows, sync_all
from tests.ui.uihelpers import PIN, idle, page, submit

from edunode.service.node import Node

pytestmark = pytest.mark.gui


@pytest.fixture
def river(tmp_path: Path, node: Node) -> Iterator[Node]:
    n = Node.init(tmp_path / "river", name="River PC", school_name="River School")
    n.add_need(item="Football", quantity=2, priority="low")
    n.add_offer(item="Microscope", quantity=1)
    sync_all([node, n])
    yield n
    n.close()


def column(table: Any, col: int = 0) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def select(table: Any, text: str) -> None:
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(text)]
    table.selectRow(row)


def esc_writes_nothing(qtbot: Any, resources: Any, node: Node, open_dialog: Any) -> None:
    before = change_rows(node)
    dialog = open_dialog()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, resources.bridge)
    assert change_rows(node) == before


def test_board_add_filter_and_close(qtbot: Any, window: Any, node: Node, river: Node) -> None:
    res = page(qtbot, window, "resources")
    assert sorted(column(res.board)) == ["Football", "Microscope"]

    esc_writes_nothing(qtbot, res, node, res.add_need)
    esc_writes_nothing(qtbot, res, node, res.add_offer)

    d = res.add_need()
    qtbot.keyClicks(d.item, "Science textbooks")
    d.quantity.setValue(30)
    qtbot.keyClicks(d.cost, "12,50")
    qtbot.keyClicks(d.currency, "KES")
    before = change_rows(node)
    d.ok.click()
    qtbot.waitUntil(lambda: d.error.isVisible())
    assert "not an amount" in d.error.text() and change_rows(node) == before
    d.cost.clear()
    qtbot.keyClicks(d.cost, "1250.50")
    d.ok.click()
    qtbot.waitUntil(lambda: "Science textbooks" in column(res.board), timeout=5000)
    assert not d.isVisible()
    (row,) = [
        r for r in range(res.board.rowCount()) if res.board.item(r, 0).text() == "Science textbooks"
    ]
    assert res.board.item(row, 2).text() == "Hill School"
    assert res.board.item(row, 5).text() == "1250.50 KES"

    # filters: school, priority, open
    res.school_filter.setCurrentIndex(res.school_filter.findText("River School"))
    assert sorted(column(res.board)) == ["Football", "Microscope"]
    res.school_filter.setCurrentIndex(0)
    res.priority_filter.setCurrentIndex(res.priority_filter.findData("low"))
    assert column(res.board) == ["Football"]
    res.priority_filter.setCurrentIndex(0)

    # another school's need can't be closed here
    select(res.board, "Football")
    assert not res.close_need_button.isEnabled()
    select(res.board, "Science textbooks")
    assert res.close_need_button.isEnabled()
    esc_writes_nothing(qtbot, res, node, res.close_need)
    select(res.board, "Science textbooks")
    d = res.close_need()
    d.how.setCurrentIndex(d.how.findData("withdrawn"))
    d.ok.click()
    qtbot.waitUntil(lambda: "Science textbooks" not in column(res.board), timeout=5000)
    res.open_only.click()  # show closed ones too
    select(res.board, "Science textbooks")
    row = res.board.currentRow()
    assert res.board.item(row, 6).text() == "withdrawn"


def test_fund_ledger_propose_approve_and_equity(
    qtbot: Any, window: Any, node: Node, river: Node, tmp_path: Path
) -> None:
    need = node.add_need(item="Desks", quantity=4, priority="high")
    fund = node.create_fund("Donor fund", "USD", [node.school_id], 1, PIN)
    res = page(qtbot, window, "resources")
    res.tabs.setCurrentIndex(1)
    assert res.fund_choice.currentData() == fund
    assert res.balance.text().endswith("0.00 USD")

    esc_writes_nothing(qtbot, res, node, res.contribute)
    d = res.contribute()
    qtbot.keyClicks(d.amount, "-3")
    qtbot.keyClicks(d.source, "District office")
    d.ok.click()
    qtbot.waitUntil(lambda: d.error.isVisible())
    assert "negative" in d.error.text()
    d.amount.clear()
    qtbot.keyClicks(d.amount, "500")
    d.ok.click()
    qtbot.waitUntil(lambda: res.balance.text().endswith("500.00 USD"), timeout=5000)

    esc_writes_nothing(qtbot, res, node, res.propose)
    d = res.propose()
    d.need.setCurrentIndex(d.need.findData(need))
    qtbot.keyClicks(d.amount, "120.75")
    d.ok.click()
    qtbot.waitUntil(lambda: any(t.startswith("Proposal") for t in column(res.ledger)), timeout=5000)

    select(res.ledger, "Proposal")
    assert res.approve_button.isEnabled()
    esc_writes_nothing(qtbot, res, node, res.approve)
    select(res.ledger, "Proposal")
    pin = res.approve()
    submit(qtbot, pin, "000000")
    qtbot.waitUntil(lambda: pin.error.isVisible())
    assert node.fund_ledger(fund)["proposals"][0]["status"] == "pending"
    qtbot.waitUntil(lambda: pin.waiting() <= 0, timeout=10_000)
    submit(qtbot, pin, PIN)
    qtbot.waitUntil(lambda: res.balance.text().endswith("379.25 USD"), timeout=5000)
    statuses = column(res.ledger, 5)
    assert "allocated" in statuses
    signers = set(column(res.ledger, 3))
    assert signers == {"Classroom PC"}

    res.tabs.setCurrentIndex(2)
    assert "Hill School" in column(res.equity)
    (row,) = [
        r for r in range(res.equity.rowCount()) if res.equity.item(r, 0).text() == "Hill School"
    ]
    assert res.equity.item(row, 3).text() == "120.75"
    assert ("Hill School", 120.75, "120.75 USD") in res.chart.bars
    assert res.chart.grab().width() > 0  # paints without a warning
    target = tmp_path / "equity.csv"
    res.export_csv(str(target))
    qtbot.waitUntil(target.exists, timeout=5000)
    assert "Hill School" in target.read_text()
