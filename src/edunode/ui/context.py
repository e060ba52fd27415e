"""What every page is given: the Node (only ever called through the bridge), the bridge,
the window's settings and, when it runs, the network service."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from edunode.ui.bridge import Bridge


@dataclass
class Context:
    node: Any  # edunode.service.node.Node — call it only through ``bridge.run``
    bridge: Bridge
    settings: QSettings
    home: Path
    network: Any = None  # edunode.service.network.NetworkService when running


def settings_for(home: Path) -> QSettings:
    """Window settings kept in the data folder, so two nodes on one PC don't share them."""
    return QSettings(str(Path(home) / "desktop.ini"), QSettings.Format.IniFormat)
