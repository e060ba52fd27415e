"""The log file in the data folder: ``edunode.log``, rotated, readable only by its owner.

The window (from the first run, before the wizard has made anything else), ``edunode serve``
and the CLI commands that start the network write here, so that "the details were written
to the log" is true and names a file a helper can ask for. The file rotates at
``MAX_BYTES`` and keeps ``BACKUPS`` old ones (``edunode.log.1`` …), each made mode 0600: the
data folder holds learners' records and its log names PCs, schools and addresses.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
from collections.abc import Iterator
from pathlib import Path

LOG_FILE = "edunode.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose every file (the first and each after a rotation) is
    created mode 0600, not 0666 less the umask."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with contextlib.suppress(OSError):  # a file made earlier under another umask
            os.fchmod(fd, 0o600)
        stream = os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)
        assert isinstance(stream, io.TextIOWrapper)
        return stream


def _ours() -> list[PrivateRotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler)]


def current() -> Path | None:
    """The log file this process writes, if any."""
    handlers = _ours()
    return Path(handlers[-1].baseFilename) if handlers else None


def start(home: Path, level: int = logging.INFO) -> Path:
    """Log to ``home/edunode.log`` (making ``home``, private, if it is new). Idempotent."""
    home = Path(home)
    if not home.exists():
        home.mkdir(parents=True, mode=0o700)
    path = home / LOG_FILE
    root = logging.getLogger()
    for handler in _ours():
        if Path(handler.baseFilename) == path.resolve():
            return path
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.getLogger("zeroconf").setLevel(logging.WARNING)
    return path


def stop(home: Path) -> None:
    """Stop logging to ``home``'s file (and close it)."""
    path = (Path(home) / LOG_FILE).resolve()
    root = logging.getLogger()
    for handler in _ours():
        if Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()


@contextlib.contextmanager
def to_folder(home: Path, level: int = logging.INFO) -> Iterator[Path]:
    """Log to ``home``'s file while the block runs."""
    root = logging.getLogger()
    before = root.level
    path = start(home, level)
    try:
        yield path
    finally:
        stop(home)
        root.setLevel(before)
