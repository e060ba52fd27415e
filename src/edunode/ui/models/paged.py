"""A table model over a Node list call, fetched page by page as the view scrolls.

``fetch(limit, offset)`` is a plain function that calls the Node (e.g. ``list_learners``);
it always runs on the bridge's worker. Qt's incremental fetching (``canFetchMore`` /
``fetchMore``) asks for the next page of 200 rows when the view nears the end, so 10,000
learners cost what the screen shows. A generation number drops answers that arrive after
the search or filter changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from edunode.ui.bridge import Bridge

Fetch = Callable[[int, int], list[dict[str, Any]]]
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    format: Callable[[dict[str, Any]], str] | None = None
    align_right: bool = False
    tooltip: Callable[[dict[str, Any]], str] | None = None


class PagedTableModel(QAbstractTableModel):
    loaded = Signal()  # rows landed (first page, a next page, or a refresh)
    failed = Signal(object)  # the fetch raised: the exception

    def __init__(
        self,
        bridge: Bridge,
        columns: list[Column],
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.columns = columns
        self.page_size = page_size
        self._rows: list[dict[str, Any]] = []
        self._fetch: Fetch | None = None
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self._has_loaded = False
        self._refresh_pending = False

    # ------------------------------------------------------------------ source

    def set_source(self, fetch: Fetch | None) -> None:
        """Start over with a new query (search text or filters changed)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._exhausted = fetch is None
        self._loading = False
        self._refresh_pending = False
        self.endResetModel()
        if fetch is not None:
            self._request(0, self.page_size)

    def refresh(self) -> None:
        """Fetch again what is loaded (the data changed), keeping how far the user scrolled."""
        if self._fetch is None:
            return
        if self._loading:
            self._refresh_pending = True  # after the page being fetched lands
            return
        self._refresh_pending = False
        self._request(0, max(len(self._rows), self.page_size), replace=True)

    def _request(self, offset: int, limit: int, *, replace: bool = False) -> None:
        assert self._fetch is not None
        self._loading = True
        generation = self._generation
        self.bridge.run(
            self._fetch,
            limit,
            offset,
            on_ok=lambda rows: self._landed(generation, offset, limit, rows, replace),
            on_error=lambda exc: self._fetch_failed(generation, exc),
        )

    def _landed(
        self, generation: int, offset: int, limit: int, rows: list[dict[str, Any]], replace: bool
    ) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(rows) < limit
        if replace:
            if [r.get("id") for r in rows] == [r.get("id") for r in self._rows]:
                self._rows = rows
                if rows:
                    self.dataChanged.emit(
                        self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
                    )
            else:
                self.beginResetModel()
                self._rows = rows
                self.endResetModel()
        elif offset == len(self._rows) and rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._has_loaded = True
        self.loaded.emit()
        if self._refresh_pending:
            self.refresh()

    def _fetch_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.failed.emit(exc)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.format is not None:
                return col.format(row)
            value = row.get(col.key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._loading
            and self._fetch is not None
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(len(self._rows), self.page_size)

    # ------------------------------------------------------------------ helpers

    def row(self, i: int) -> dict[str, Any]:
        return self._rows[i]

    def find(self, row_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.get("id") == row_id:
                return i
        return -1

    @property
    def has_loaded(self) -> bool:
        return self._has_loaded

    @property
    def complete(self) -> bool:
        """Every row of the query is loaded."""
        return self._exhausted and not self._loading
