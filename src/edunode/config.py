"""Where a node keeps its files, and the settings it reads at start-up.

The data folder is, in order: ``--home DIR``, ``$EDUNODE_HOME``, the platform's user data
directory (platformdirs). The store URL defaults to SQLite inside the data folder and can be
any SQLAlchemy URL through ``$EDUNODE_STORE_URL`` or ``store_url`` in ``edunode.json``
(SQLite or PostgreSQL: decision 0012a). ``"archive": true`` there marks a headless archive
node (``edunode init --archive``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from edunode.errors import ValidationError

KEY_FILE = "node.key"
CERT_FILE = "node.crt"
DB_FILE = "edunode.db"
CONFIG_FILE = "edunode.json"


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    if home:
        return Path(home).expanduser().resolve()
    env = os.environ.get("EDUNODE_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("EduNode", "EduNode"))


@dataclass(frozen=True)
class Paths:
    home: Path

    @property
    def key(self) -> Path:
        return self.home / KEY_FILE

    @property
    def cert(self) -> Path:
        return self.home / CERT_FILE

    @property
    def db(self) -> Path:
        return self.home / DB_FILE

    @property
    def config(self) -> Path:
        return self.home / CONFIG_FILE

    def settings(self) -> dict[str, object]:
        """What ``edunode.json`` holds (empty when there is none)."""
        if not self.config.exists():
            return {}
        try:
            data = json.loads(self.config.read_text())
        except (OSError, ValueError):
            raise ValidationError(f"{self.config} is not valid JSON") from None
        return data if isinstance(data, dict) else {}

    def store_url(self) -> str:
        env = os.environ.get("EDUNODE_STORE_URL")
        if env:
            return env
        url = self.settings().get("store_url")
        if isinstance(url, str):
            return url
        return f"sqlite:///{self.db}"

    def archive(self) -> bool:
        """Whether this node is a headless archive (``edunode init --archive``)."""
        return self.settings().get("archive") is True

    def initialised(self) -> bool:
        return self.key.exists()
