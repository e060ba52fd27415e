"""The data folder is private to the account that runs EduNode (issue 9, item 4).

A classroom PC is often shared: other accounts must not read the learners, the results or
the admin PIN's hash. On POSIX systems the data folder is made ``0700`` and every file in
it ``0600`` (the database and its ``-wal``/``-shm`` files, logs, kept bundles, the key and
the certificate), whenever a Node opens the folder, so folders made by an older EduNode
with the usual ``umask 022`` are fixed on their next start. Only the group's and others'
permissions are taken away, and only in the folder and one level below it: a data folder
pointed at somewhere odd (``--home ~``) loses nobody's executable bits. New files are also
created private: the database file is made ``0600`` before SQLite opens it (SQLite gives
its ``-wal`` and ``-shm`` files the database file's mode), and other writers use
:func:`write_private` and :func:`private_dir`.

On Windows the data folder lives in the user's profile, which other standard accounts
can't read; nothing is changed there.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from edunode.config import Paths

log = logging.getLogger("edunode.privacy")

DIR_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def _chmod(path: Path | str, mode: int, st_mode: int) -> None:
    if st_mode & 0o7777 != mode:
        os.chmod(path, mode)


def _strip(path: str, st_mode: int) -> None:
    """Take away every permission of the group and of others; the owner's stay as they are
    (an executable someone keeps in the folder stays executable)."""
    if st_mode & 0o077:
        os.chmod(path, stat.S_IMODE(st_mode) & ~0o077)


def protect(home: Path, *, depth: int = 2) -> None:
    """Make ``home`` and what is in it down to ``depth`` names below it (EduNode's own
    layout: ``transfers/BUNDLE``), readable by its owner only: group and other permissions are
    removed (so EduNode's own folders become ``0700`` and its files ``0600``). Symbolic
    links are left alone and not followed. A file this account can't change (another
    owner) is logged, not fatal."""
    if not POSIX or not home.is_dir():
        return
    top = str(home).rstrip(os.sep).count(os.sep)
    for root, dirs, files in os.walk(home, followlinks=False):
        names = [".", *dirs, *files]
        if root.rstrip(os.sep).count(os.sep) - top >= depth - 1:
            dirs[:] = []  # their own entries are deeper than ``depth``
        for name in names:
            path = os.path.join(root, name)
            try:
                st = os.lstat(path)
                if not stat.S_ISLNK(st.st_mode):
                    _strip(path, st.st_mode)
            except FileNotFoundError:
                continue  # removed meanwhile (a temporary file)
            except OSError as exc:
                log.warning("cannot make %s private: %s", path, exc.strerror or exc)


def private_dir(path: Path) -> Path:
    """``path`` as a folder only its owner can open (made if missing)."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if POSIX:
        _chmod(path, DIR_MODE, path.stat().st_mode)
    return path


def create_private(path: Path) -> None:
    """Make an empty file ``path`` with mode ``0600`` unless it exists (then fix its mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    try:
        if POSIX:
            _chmod(path, FILE_MODE, os.fstat(fd).st_mode)
    finally:
        os.close(fd)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (replacing it), readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        if POSIX:
            _chmod(path, FILE_MODE, os.fstat(fd).st_mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def open_home(paths: Paths, *, create: bool = False) -> None:
    """What a Node does first on opening its data folder: make it and everything in it
    private, and (``create``: a new node) make the default SQLite database file ``0600``
    before SQLite creates it. An existing node's missing database file is not made: the
    store refuses to open without it (``StoreMissing``)."""
    protect(paths.home)
    if create and paths.store_url() == f"sqlite:///{paths.db}" and not paths.db.exists():
        create_private(paths.db)
