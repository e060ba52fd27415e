"""Database errors in words: a full disk, a read-only folder, a lock held by another program
and a damaged file each become a :class:`~edunode.errors.StoreUnavailable` whose message says
what happened and what to do.

Every read and write transaction of the :class:`~edunode.store.repo.Store` passes the errors
it meets through :func:`translate`, so nothing above store/ ever sees an SQLAlchemy or
``sqlite3`` error for these, and the CLI, the window and ``serve`` show one sentence instead of
"internal error: OperationalError …". A constraint violation (our bug) is not translated.

SQLite is recognised by its result code (``sqlite_errorcode``, Python 3.11+) and otherwise by
the words of its message; other databases by the words of theirs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from edunode.errors import (
    DiskFull,
    StoreDamaged,
    StoreLocked,
    StoreReadOnly,
    StoreUnavailable,
)

# SQLite primary result codes (https://sqlite.org/rescode.html)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26

_WORDS: tuple[tuple[str, str], ...] = (
    ("disk is full", "full"),
    ("no space left", "full"),
    ("could not extend", "full"),  # PostgreSQL
    ("readonly", "read_only"),
    ("read-only", "read_only"),
    ("read only", "read_only"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("lock timeout", "locked"),
    ("deadlock", "locked"),
    ("malformed", "damaged"),
    ("not a database", "damaged"),
    ("could not decode", "damaged"),  # a damaged text cell (Python's sqlite3)
    ("corrupt", "damaged"),
    ("unable to open", "cant_open"),
    ("disk i/o", "io"),
)

_CODES = {
    _FULL: "full",
    _READONLY: "read_only",
    _BUSY: "locked",
    _LOCKED: "locked",
    _CORRUPT: "damaged",
    _NOTADB: "damaged",
    _CANTOPEN: "cant_open",
    _IOERR: "io",
}


def kind_of(exc: BaseException) -> str | None:
    """``full``, ``read_only``, ``locked``, ``damaged``, ``cant_open``, ``io`` or None."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None  # a constraint or an API misuse: our bug, not the disk's
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _CODES:
        found = _CODES[code & 0xFF]
        if found != "io" or "full" not in text:
            return found
    for words, kind in _WORDS:
        if words in text:
            return kind
    return None


def where(url: str) -> Path | None:
    """The SQLite file of ``url`` (None for other databases or an in-memory one)."""
    if not url.startswith("sqlite:///") or url in ("sqlite:///", "sqlite:///:memory:"):
        return None
    return Path(url[len("sqlite:///") :].split("?", 1)[0])


def translate(exc: BaseException, url: str) -> StoreUnavailable | None:
    """The error in words for ``exc``, or None when it is not a disk or database trouble."""
    kind = kind_of(exc)
    if kind is None:
        return None
    path = where(url)
    file = f" ({path})" if path else ""
    folder = f" ({path.parent})" if path else ""
    if kind == "full":
        return DiskFull(
            "The disk is full: the last change could not be saved (everything saved before is "
            "safe). Free some space on this PC — empty the recycle bin, move videos or old "
            "downloads elsewhere — then try again.",
            kind=kind,
        )
    if kind == "read_only":
        return StoreReadOnly(
            f"EduNode's data folder{folder} can only be read, not written: the change could "
            "not be saved. Check that the disk is not write-protected and that this user may "
            "write in that folder, then start EduNode again.",
            kind=kind,
        )
    if kind == "locked":
        return StoreLocked(
            "The records are busy: another EduNode program (the window or 'edunode serve') "
            "kept them locked for too long. Wait a moment and try again; if it keeps "
            "happening, close the other EduNode program or restart the PC.",
            kind=kind,
        )
    if kind == "damaged":
        return StoreDamaged(
            f"The records file{file} is damaged. Run 'edunode check' to see what is affected "
            "and 'edunode repair' to mend it (the window offers Repair too); copy the whole "
            "data folder somewhere safe first.",
            kind=kind,
        )
    if kind == "cant_open":
        return StoreReadOnly(
            f"The records file{file} could not be opened. Check that the data folder exists, "
            "that its disk is plugged in and that this user may write in it, then try again.",
            kind=kind,
        )
    return StoreUnavailable(
        f"The disk holding the records{file} could not be read or written. Check that the "
        "disk is plugged in firmly; if it keeps happening, run 'edunode check' and make a "
        "backup on another disk.",
        kind=kind,
    )
