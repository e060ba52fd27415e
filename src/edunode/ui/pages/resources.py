"""The Resources page (issue 15): every school's needs and offers, the community fund's
ledger and balance, and the equity view (per school: open needs, what was allocated).

Three tabs. *Board*: needs and offers from every school, filtered by school, priority and
open; this school's admin adds needs and offers and closes this school's needs (other
schools' rows can't be closed here: only their own PCs may). *Fund*: the ledger of the fund
chosen, each entry with the school and PC that signed it, allocations and refusals with the
reason, and the balance; contribute, propose an allocation, approve one (admin PIN, the
shared PIN dialog). *Equity*: per school, a table and a bar chart, and CSV export.
Every Node call goes through the bridge.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from edunode.ui.bridge import describe
from edunode.ui.context import Context
from edunode.ui.widgets.dialogs import PinDialog
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.tables import cell, fit_columns, read_only_table


def load(node: Any, fund_id: str | None) -> dict[str, Any]:
    """Everything the page shows, read on the bridge's worker thread."""
    funds = node.funds()
    chosen = (
        fund_id if any(f["id"] == fund_id for f in funds) else (funds[0]["id"] if funds else None)
    )
    return {
        "entries": node.board_entries(),
        "schools": node.school_names(),
        "my_school": node.school_id,
        "funds": funds,
        "fund": chosen,
        "ledger": node.fund_ledger(chosen) if chosen else None,
        "report": node.fund_report(chosen) if chosen else None,
    }


class FormDialog(QDialog):
    """A small form: fields added by the caller, OK runs ``submit`` through the bridge, an
    error stays in the dialog under the fields; Esc or Cancel closes it, nothing written."""

    # The fields each action's dialog has (the tests type into them).
    item: QLineEdit
    quantity: QSpinBox
    cost: QLineEdit
    currency: QLineEdit
    amount: QLineEdit
    source: QLineEdit
    need: QComboBox
    how: QComboBox

    def __init__(self, parent: QWidget, title: str, action: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(action)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def line(self, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        self.form.addRow(label, edit)
        return edit

    def combo(self, label: str, items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        for text, data in items:
            box.addItem(text, data)
        self.form.addRow(label, box)
        return box

    def show_error(self, text: str) -> None:
        self.ok.setEnabled(True)
        self.error.setText(text)
        self.error.show()


class BarChart(QWidget):
    """Horizontal bars, one per school, painted with QPainter; ``bars`` is what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float, str]] = []  # label, value, value as text
        self.setMinimumHeight(self.fontMetrics().height() * 6)

    def set_bars(self, bars: list[tuple[str, float, str]]) -> None:
        self.bars = bars
        self.setMinimumHeight(self.fontMetrics().height() * (2 * len(bars) + 2))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        row = fm.height() * 2
        label_w = max((fm.horizontalAdvance(b[0]) for b in self.bars), default=0) + 12
        value_w = max((fm.horizontalAdvance(b[2]) for b in self.bars), default=0) + 12
        room = max(self.width() - label_w - value_w, 10)
        top_value = max((b[1] for b in self.bars), default=0.0) or 1.0
        for n, (label, value, text) in enumerate(self.bars):
            y = n * row + fm.height() // 2
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_w - 6, row * 0.75),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            width = room * value / top_value
            painter.fillRect(QRectF(label_w, y + 2, width, row * 0.75 - 4), QColor("#2e7d6b"))
            painter.drawText(
                QRectF(label_w + width + 6, y, value_w, row * 0.75),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.end()


class ResourcesPage(Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Resources"))
        self.data: dict[str, Any] = {}
        self.dialog: QDialog | None = None
        self.tabs = QTabWidget()
        self.outer.addWidget(self.tabs, 1)
        self._board_tab()
        self._fund_tab()
        self._equity_tab()
        self.bridge.changesApplied.connect(
            lambda _d, kind, _o: (
                self.reload_soon() if kind in ("need", "offer", "fund", "school") else None
            )
        )

    def title(self) -> str:
        return self.tr("Resources")

    # ------------------------------------------------------------------ building

    def _board_tab(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.school_filter = QComboBox()
        self.school_filter.setAccessibleName(self.tr("School"))
        self.school_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.priority_filter = QComboBox()
        self.priority_filter.setAccessibleName(self.tr("Priority"))
        self.priority_filter.addItem(self.tr("Any priority"), "")
        for value, text in (
            ("high", self.tr("High")),
            ("medium", self.tr("Medium")),
            ("low", self.tr("Low")),
        ):
            self.priority_filter.addItem(text, value)
        self.open_only = QCheckBox(self.tr("&Open only"))
        self.open_only.setChecked(True)
        filters.addWidget(QLabel(self.tr("School:")))
        filters.addWidget(self.school_filter)
        filters.addWidget(QLabel(self.tr("Priority:")))
        filters.addWidget(self.priority_filter)
        filters.addWidget(self.open_only)
        filters.addStretch(1)
        self.add_need_button = QPushButton(self.tr("Add &need…"))
        self.add_offer_button = QPushButton(self.tr("Add o&ffer…"))
        self.close_need_button = QPushButton(self.tr("&Close need…"))
        self.close_need_button.setEnabled(False)
        for b in (self.add_need_button, self.add_offer_button, self.close_need_button):
            filters.addWidget(b)
        layout.addLayout(filters)
        self.board = read_only_table(
            [
                self.tr("Item"),
                self.tr("Kind"),
                self.tr("School"),
                self.tr("Quantity"),
                self.tr("Priority"),
                self.tr("Cost"),
                self.tr("Status"),
                self.tr("Posted"),
                self.tr("Posted by"),
            ]
        )
        self.board.setAccessibleName(self.tr("Needs and offers of every school"))
        layout.addWidget(self.board, 1)
        self.tabs.addTab(tab, self.tr("&Board"))
        for box in (self.school_filter, self.priority_filter):
            box.currentIndexChanged.connect(lambda _i: self._fill_board())
        self.open_only.toggled.connect(lambda _c: self._fill_board())
        self.board.itemSelectionChanged.connect(self._selection_changed)
        self.add_need_button.clicked.connect(self.add_need)
        self.add_offer_button.clicked.connect(self.add_offer)
        self.close_need_button.clicked.connect(self.close_need)

    def _fund_tab(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.fund_choice = QComboBox()
        self.fund_choice.setAccessibleName(self.tr("Fund"))
        self.balance = QLabel()
        self.balance.setObjectName("figure")
        self.contribute_button = QPushButton(self.tr("Con&tribute…"))
        self.propose_button = QPushButton(self.tr("&Propose allocation…"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.setEnabled(False)
        top.addWidget(QLabel(self.tr("Fund:")))
        top.addWidget(self.fund_choice, 1)
        top.addWidget(self.balance)
        for b in (self.contribute_button, self.propose_button, self.approve_button):
            top.addWidget(b)
        layout.addLayout(top)
        self.fund_terms = QLabel()
        self.fund_terms.setObjectName("muted")
        self.fund_terms.setWordWrap(True)
        layout.addWidget(self.fund_terms)
        self.ledger = read_only_table(
            [
                self.tr("Entry"),
                self.tr("Amount"),
                self.tr("School"),
                self.tr("Signed by"),
                self.tr("When"),
                self.tr("Status"),
                self.tr("Why"),
            ]
        )
        self.ledger.setAccessibleName(self.tr("The fund's ledger"))
        layout.addWidget(self.ledger, 1)
        self.tabs.addTab(tab, self.tr("F&und"))
        self.fund_choice.activated.connect(lambda _i: self.reload())
        self.ledger.itemSelectionChanged.connect(self._selection_changed)
        self.contribute_button.clicked.connect(self.contribute)
        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(self.approve)

    def _equity_tab(self) -> None:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.equity_note = QLabel()
        self.equity_note.setWordWrap(True)
        self.equity_note.setObjectName("muted")
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        top.addWidget(self.equity_note, 1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.equity = read_only_table(
            [
                self.tr("School"),
                self.tr("Open needs"),
                self.tr("Their cost"),
                self.tr("Allocated"),
                self.tr("Allocations"),
                self.tr("Refused"),
            ]
        )
        self.equity.setAccessibleName(self.tr("Per school: open needs and allocations"))
        layout.addWidget(self.equity, 1)
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Chart of the amount allocated per school"))
        layout.addWidget(self.chart)
        self.tabs.addTab(tab, self.tr("&Equity"))
        self.export_button.clicked.connect(self._export_clicked)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.bridge.run(
            load,
            self.node,
            self.fund_choice.currentData(),
            on_ok=self._got,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        self.mark_loaded()

    def _got(self, data: dict[str, Any]) -> None:
        self.data = data
        wanted = self.school_filter.currentData()
        self.school_filter.blockSignals(True)
        self.school_filter.clear()
        self.school_filter.addItem(self.tr("Every school"), "")
        for sid, name in sorted(data["schools"].items(), key=lambda kv: kv[1].casefold()):
            self.school_filter.addItem(name, sid)
        self.school_filter.setCurrentIndex(max(self.school_filter.findData(wanted or ""), 0))
        self.school_filter.blockSignals(False)
        self.fund_choice.clear()
        for f in data["funds"]:
            self.fund_choice.addItem(f"{f['name']} ({f['currency']})", f["id"])
        self.fund_choice.setCurrentIndex(max(self.fund_choice.findData(data["fund"]), 0))
        self._fill_board()
        self._fill_ledger()
        self._fill_equity()
        self._selection_changed()
        self.mark_loaded()

    def _fill_board(self) -> None:
        school, priority = self.school_filter.currentData(), self.priority_filter.currentData()
        rows = [
            r
            for r in self.data.get("entries", [])
            if (not school or r["school_id"] == school)
            and (not priority or r.get("priority") == priority)
            and (r["open"] or not self.open_only.isChecked())
        ]
        kinds = {"need": self.tr("Need"), "offer": self.tr("Offer")}
        priorities = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}
        statuses = {
            "open": self.tr("open"),
            "met": self.tr("met"),
            "withdrawn": self.tr("withdrawn"),
            "closed": self.tr("closed"),
        }
        self.board.setRowCount(len(rows))
        for n, r in enumerate(rows):
            cost = f"{r['cost']} {r['currency']}" if r.get("cost") else ""
            unit = f" {r['unit']}" if r.get("unit") else ""
            values = [
                r["item"],
                kinds[r["kind"]],
                r["school"],
                f"{r['quantity']}{unit}",
                priorities.get(r.get("priority", ""), ""),
                cost,
                statuses.get(r["status"], r["status"]),
                str(r["posted"])[:10],
                r["posted_by_name"],
            ]
            for c, v in enumerate(values):
                self.board.setItem(n, c, cell(v, r if c == 0 else None, right=c in (3, 5)))
        fit_columns(self.board)

    def _fill_ledger(self) -> None:
        book: dict[str, Any] = self.data.get("ledger") or {}
        has = bool(book)
        mine = has and self.data["my_school"] in book["holders"]
        for b in (self.contribute_button, self.propose_button):
            b.setEnabled(bool(mine))
        if not has:
            self.balance.setText("")
            self.fund_terms.setText(
                self.tr("No fund yet. An admin founds one with 'edunode fund create'.")
            )
            self.ledger.setRowCount(0)
            return
        self.balance.setText(
            self.tr("Balance: {amount} {currency}").format(
                amount=book["balance"], currency=book["currency"]
            )
        )
        self.fund_terms.setText(
            self.tr(
                "Held by {schools}; an allocation takes effect once {k} of them approved it, if "
                "the balance covers it at that point (decision 0012r)."
            ).format(schools=", ".join(book["holder_names"]), k=book["approvals"])
        )
        names = {
            "contribution": self.tr("Contribution"),
            "proposal": self.tr("Proposal"),
            "approval": self.tr("Approval"),
            "allocation": self.tr("Allocation"),
        }
        rows = book["entries"]
        self.ledger.setRowCount(len(rows))
        for n, e in enumerate(rows):
            what = names.get(e["type"], e["type"])
            if e["type"] == "contribution":
                what += f" — {e['source']}"
            elif e["type"] in ("proposal", "allocation"):
                what += f" — {e.get('item') or e.get('need', '')}"
            school = e.get("need_school_name") if e["type"] == "allocation" else None
            values = [
                what,
                e.get("amount", ""),
                school or e.get("school_name", ""),
                e.get("signed_by_name", ""),
                str(e.get("at", ""))[:16].replace("T", " "),
                e["status"],
                e.get("reason", ""),
            ]
            for c, v in enumerate(values):
                self.ledger.setItem(n, c, cell(v, e if c == 0 else None, right=c == 1))
        fit_columns(self.ledger)

    def _fill_equity(self) -> None:
        report = self.data.get("report")
        rows = report["schools"] if report else []
        self.equity.setRowCount(len(rows))
        for n, r in enumerate(rows):
            values = [
                r["school"],
                r["open_needs"],
                r["open_needs_cost"],
                r["allocated"],
                r["allocations"],
                r["refused"],
            ]
            for c, v in enumerate(values):
                self.equity.setItem(n, c, cell(v, right=c > 0))
        fit_columns(self.equity)
        code = report["currency"] if report else ""
        self.chart.set_bars(
            [(r["school"], float(r["allocated"]), f"{r['allocated']} {code}") for r in rows]
        )
        self.export_button.setEnabled(report is not None)
        self.equity_note.setText(
            self.tr(
                "Allocated per school. Allocation per learner needs the schools' "
                "published learner counts, which schools do not share yet."
            )
            if report
            else self.tr("No fund yet.")
        )

    # ------------------------------------------------------------------ selection

    def selected(self, table: Any) -> dict[str, Any] | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 and table.selectedItems() else None
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        return data if isinstance(data, dict) else None

    def _selection_changed(self) -> None:
        entry = self.selected(self.board)
        self.close_need_button.setEnabled(
            bool(entry and entry["kind"] == "need" and entry["mine"] and entry["open"])
        )
        e = self.selected(self.ledger)
        book: dict[str, Any] = self.data.get("ledger") or {}
        pending = (
            {p["id"] for p in book["proposals"] if p["status"] == "pending"} if book else set()
        )
        self.approve_button.setEnabled(
            bool(
                e
                and e["type"] == "proposal"
                and e["id"] in pending
                and self.data["my_school"] in book["holders"]
            )
        )

    # ------------------------------------------------------------------ actions

    def _run_form(self, dialog: FormDialog, work: Any, done: str) -> None:
        self.dialog = dialog

        def submit() -> None:
            dialog.ok.setEnabled(False)

            def ok(_result: Any) -> None:
                dialog.accept()
                self.show_info(done)
                self.reload()

            self.bridge.run(work, on_ok=ok, on_error=lambda exc: dialog.show_error(describe(exc)))

        dialog.buttons.accepted.connect(submit)
        dialog.open()

    def add_need(self) -> FormDialog:
        d = FormDialog(self, self.tr("Add a need"), self.tr("Add need"))
        item = d.line(self.tr("&Item:"))
        qty = QSpinBox()
        qty.setRange(1, 1_000_000)
        d.form.addRow(self.tr("&Quantity:"), qty)
        unit = d.line(self.tr("&Unit:"))
        priority = d.combo(
            self.tr("P&riority:"),
            [(self.tr("High"), "high"), (self.tr("Medium"), "medium"), (self.tr("Low"), "low")],
        )
        cost = d.line(self.tr("&Cost (optional):"))
        currency = d.line(self.tr("Cu&rrency:"))
        currency.setPlaceholderText(self.tr("e.g. KES, UGX, USD"))
        note = d.line(self.tr("&Note:"))
        d.item, d.quantity, d.cost, d.currency = item, qty, cost, currency  # for tests
        self._run_form(
            d,
            lambda: self.node.add_need(
                item=item.text(),
                quantity=qty.value(),
                unit=unit.text(),
                priority=priority.currentData(),
                cost=cost.text() or None,
                currency=currency.text() or None,
                note=note.text(),
            ),
            self.tr("The need is on the board."),
        )
        return d

    def add_offer(self) -> FormDialog:
        d = FormDialog(self, self.tr("Add an offer"), self.tr("Add offer"))
        item = d.line(self.tr("&Item:"))
        qty = QSpinBox()
        qty.setRange(1, 1_000_000)
        d.form.addRow(self.tr("&Quantity:"), qty)
        note = d.line(self.tr("&Note:"))
        d.item = item
        self._run_form(
            d,
            lambda: self.node.add_offer(item=item.text(), quantity=qty.value(), note=note.text()),
            self.tr("The offer is on the board."),
        )
        return d

    def close_need(self) -> FormDialog | None:
        entry = self.selected(self.board)
        if entry is None:
            return None
        d = FormDialog(self, self.tr("Close the need"), self.tr("Close need"))
        d.form.addRow(QLabel(self.tr("“{item}” is:").format(item=entry["item"])))
        how = d.combo(
            self.tr("&Closed as:"), [(self.tr("met"), "met"), (self.tr("withdrawn"), "withdrawn")]
        )
        d.how = how
        self._run_form(
            d,
            lambda: self.node.close_need(entry["id"], how.currentData()),
            self.tr("The need is closed."),
        )
        return d

    def contribute(self) -> FormDialog | None:
        fund_id = self.data.get("fund")
        if not fund_id:
            return None
        d = FormDialog(self, self.tr("Record a contribution"), self.tr("Record"))
        amount = d.line(
            self.tr("&Amount ({currency}):").format(currency=self.data["ledger"]["currency"])
        )
        source = d.line(self.tr("&From:"))
        d.amount, d.source = amount, source
        self._run_form(
            d,
            lambda: self.node.contribute(fund_id, amount.text(), source.text()),
            self.tr("The contribution is in the ledger."),
        )
        return d

    def propose(self) -> FormDialog | None:
        fund_id = self.data.get("fund")
        if not fund_id:
            return None
        d = FormDialog(self, self.tr("Propose an allocation"), self.tr("Propose"))
        needs = [r for r in self.data["entries"] if r["kind"] == "need" and r["open"]]
        need = d.combo(
            self.tr("&Need:"), [(f"{r['item']} — {r['school']}", r["id"]) for r in needs]
        )
        amount = d.line(
            self.tr("&Amount ({currency}):").format(currency=self.data["ledger"]["currency"])
        )
        d.need, d.amount = need, amount
        self._run_form(
            d,
            lambda: self.node.propose_allocation(fund_id, need.currentData() or "", amount.text()),
            self.tr("The proposal is in the ledger; it needs the holding schools' approval."),
        )
        return d

    def approve(self) -> PinDialog | None:
        e = self.selected(self.ledger)
        if e is None or e["type"] != "proposal":
            return None
        dialog = PinDialog(
            self,
            self.tr("Approve the allocation"),
            self.tr(
                "Approve {amount} for “{item}” on behalf of this school? It takes effect "
                "once enough holding schools approved, if the balance covers it then."
            ).format(amount=e["amount"], item=e.get("item", "")),
            action=self.tr("Approve"),
        )
        self.dialog = dialog

        def submitted(pin: str, _role: str) -> None:
            def ok(result: dict[str, Any]) -> None:
                dialog.accept()
                self.show_info(
                    self.tr("Approved. The proposal is {status}.").format(status=result["status"])
                )
                self.reload()

            self.bridge.run(
                self.node.approve_allocation,
                e["id"],
                pin,
                on_ok=ok,
                on_error=lambda exc: dialog.show_error(
                    describe(exc), wait=getattr(exc, "wait", 0.0)
                ),
            )

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def _export_clicked(self) -> None:
        fund_id = self.data.get("fund")
        if not fund_id:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the equity report"), "fund-report.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        fund_id = self.data.get("fund")
        self.bridge.run(
            self.node.fund_report_csv,
            fund_id,
            path,
            on_ok=lambda _t: self.show_info(self.tr("Report written to {path}.").format(path=path)),
            on_error=self.show_error,
        )
