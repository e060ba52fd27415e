"""GUI test fixtures: real widgets offscreen (pytest-qt), a real Node in a temp folder.

Every test in this folder fails on a Qt warning (STYLE rule 13: ``qt_log_level_fail``),
waits with ``qtbot.waitUntil`` / ``waitSignal`` instead of sleeping, and shuts its bridge
down so no worker thread outlives it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from edunode.service.node import Node  # noqa: E402

PIN = "246810"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == HERE and item.get_closest_marker("gui"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform warns about window hints it cannot honour.
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture
def node(tmp_path: Path) -> Iterator[Node]:
    n = Node.init(tmp_path / "home", name="Classroom PC", school_name="Hill School", admin_pin=PIN)
    yield n
    n.close()


@pytest.fixture
def ctx(qtbot: Any, node: Node) -> Iterator[Any]:
    from edunode.ui.bridge import Bridge
    from edunode.ui.context import Context, settings_for

    bridge = Bridge(node)
    context = Context(
        node=node, bridge=bridge, settings=settings_for(node.paths.home), home=node.paths.home
    )
    yield context
    qtbot.waitUntil(lambda: not bridge.busy, timeout=10_000)
    bridge.shutdown()


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> Iterator[Any]:
    from edunode.ui.main_window import MainWindow

    w = MainWindow(ctx, remember=False)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    yield w
    w.shutdown()
    qtbot.waitUntil(lambda: not ctx.bridge.busy, timeout=10_000)
