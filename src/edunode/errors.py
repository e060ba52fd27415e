"""One error tree for the whole application.

Every exception carries facts (fields) and a message a teacher could read. The CLI prints
``str(error)`` on one line; the UI shows it in a dialog. Nothing here imports Qt.
"""

from __future__ import annotations


class EdunodeError(Exception):
    """Root of every error EduNode raises on purpose."""

    code = "error"

    def __init__(self, message: str, **facts: object) -> None:
        super().__init__(message)
        self.message = message
        self.facts = facts
        for key, value in facts.items():
            setattr(self, key, value)

    def __str__(self) -> str:
        return self.message


class ValidationError(EdunodeError):
    """Input from a person (CLI, form) is not acceptable; nothing was written."""

    code = "invalid"


class NotFoundError(EdunodeError):
    code = "not_found"


class IdentityError(EdunodeError):
    code = "identity"


class PermissionDenied(EdunodeError):
    """An admin action without the right PIN, or a write this node may not make."""

    code = "permission"


class StoreError(EdunodeError):
    code = "store"


class IntegrityError(StoreError):
    """The store holds something that does not check out (see ``edunode check``)."""

    code = "integrity"


class RejectedChanges(EdunodeError):
    """A batch of received changes failed verification and was rejected whole.

    ``reason`` is a short machine word (``bad_signature``, ``hash_mismatch``,
    ``not_authorized``, ``malformed``, ``missing_signature``, ``wrong_document``,
    ``missing_dependencies``), ``doc_id`` the document, ``actor`` the offending actor (hex).
    """

    code = "rejected"


class SyncError(EdunodeError):
    code = "sync"


class LocalProtocolError(SyncError):
    """We were asked to do something the protocol does not allow (our bug)."""


class RemoteProtocolError(SyncError):
    """The peer broke the protocol; the connection is closed."""


class BundleError(EdunodeError):
    code = "bundle"


class ExportError(EdunodeError):
    """The school's data could not be exported where asked (``edunode export``): the folder
    is not empty, is a file, can't be written. Nothing was left behind."""

    code = "export"


class Cancelled(EdunodeError):
    """Long work stopped because the person asked, at a safe point: what was committed
    before is whole, nothing after it was started. ``done`` and ``total`` say how far."""

    code = "cancelled"


class StoreUnavailable(StoreError):
    """The database could not be read or written for a reason outside EduNode: the disk is
    full, the folder is read-only, another program holds the lock, or the file is damaged.
    The message says what happened and what to do; ``kind`` is ``full``, ``read_only``,
    ``locked``, ``damaged`` or ``missing``. Nothing half-written stays behind: the
    transaction that failed is rolled back whole."""

    code = "store_unavailable"
    worded = True  # the message already says what to do: explain() keeps it as it is


class DiskFull(StoreUnavailable):
    code = "disk_full"


class StoreReadOnly(StoreUnavailable):
    code = "read_only"


class StoreLocked(StoreUnavailable):
    code = "locked"


class StoreDamaged(StoreUnavailable):
    """The database file is damaged (``edunode check`` lists what, ``edunode repair`` mends
    what can be mended)."""

    code = "damaged"


class StoreMissing(StoreUnavailable):
    """The data folder holds this PC's key and settings but its records file is missing or
    empty: never recreated silently (that would hide the loss)."""

    code = "missing"
