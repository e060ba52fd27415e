"""Errors in words a teacher can act on: what happened, and what to try.

One function, :func:`explain`, turns any exception that reaches a person (the window's
banners, the CLI's one line on stderr) into sentences. An :class:`EdunodeError` keeps its
own message, which says what EduNode was doing; when a system error is underneath it (an
``OSError``, a TLS failure, a timeout, SQLite), the raw system text ("[Errno 101] Network is
unreachable") is taken out and replaced by a sentence for that errno and a hint. Nothing here
imports Qt or SQLAlchemy: an SQLAlchemy error is recognised by the ``sqlite3`` error it wraps.
"""

from __future__ import annotations

import errno
import re
import socket
import sqlite3
import ssl
from collections.abc import Iterator

from edunode.errors import EdunodeError

# errno → (what happened, what to try)
_NET_DOWN = (
    "This PC is not connected to that network.",
    "Check the network cable or the Wi-Fi connection, then try again.",
)
_NO_ROUTE = (
    "There is no way to reach that PC from this one.",
    "Check that both PCs are on the same network (the same Wi-Fi or switch), then try again.",
)
_REFUSED = (
    "The other PC did not accept the connection: EduNode may not be running there.",
    "Check that EduNode is open on the other PC and that the address is right, then try again.",
)
_TIMED_OUT = (
    "The other PC took too long to answer.",
    "Check that it is switched on and on the same network, then try again.",
)
_CUT = (
    "The connection was cut.",
    "Try again; if it keeps happening, check the network cable or Wi-Fi.",
)
_DNS = (
    "That computer name could not be found on the network.",
    "Check the spelling, or use the PC's address (such as 192.168.1.20) instead.",
)
_DENIED = (
    "EduNode is not allowed to use that file or folder.",
    "Choose another folder, or ask the person who looks after this PC to give access.",
)
_FULL = (
    "The disk or USB stick is full.",
    "Free some space or use another USB stick, then try again.",
)
_READ_ONLY = (
    "The disk or USB stick can only be read, not written.",
    "Use another USB stick, or slide its write-protect switch off, then try again.",
)
_MISSING = (
    "That file or folder does not exist (any more).",
    "Check that the USB stick is plugged in, then choose the folder again.",
)
_NOT_A_FOLDER = (
    "Part of that path is a file where a folder was expected.",
    "Choose a folder (for a USB stick, the stick itself), then try again.",
)
_IN_USE = (
    "The network port is already in use: another EduNode may be running on this PC.",
    "Close the other EduNode window or stop 'edunode serve', then start EduNode again.",
)
_NOT_MINE = (
    "That network address does not belong to this PC (any more).",
    "Choose this PC's network connections again in Settings › Network, then restart EduNode.",
)
_IO = (
    "The disk or USB stick could not be read or written.",
    "Check that the USB stick is plugged in firmly, or try another one.",
)
_TLS = (
    "A secure connection with the other PC could not be set up.",
    "Check that the link with that PC is approved on both PCs, then try again.",
)

_BY_ERRNO: dict[int, tuple[str, str]] = {
    errno.ENETUNREACH: _NET_DOWN,
    errno.ENETDOWN: _NET_DOWN,
    errno.EHOSTUNREACH: _NO_ROUTE,
    errno.EHOSTDOWN: _NO_ROUTE,
    errno.ECONNREFUSED: _REFUSED,
    errno.ETIMEDOUT: _TIMED_OUT,
    errno.ECONNRESET: _CUT,
    errno.ECONNABORTED: _CUT,
    errno.EPIPE: _CUT,
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
    errno.ENOSPC: _FULL,
    errno.EDQUOT: _FULL,
    errno.EROFS: _READ_ONLY,
    errno.ENOENT: _MISSING,
    errno.ENOTDIR: _NOT_A_FOLDER,
    errno.EISDIR: (
        "There is a folder where a file was expected.",
        "Move or rename that folder, or choose another place, then try again.",
    ),
    errno.EADDRINUSE: _IN_USE,
    errno.EADDRNOTAVAIL: _NOT_MINE,
    errno.EIO: _IO,
}

_SQLITE = (  # words in SQLite's message → sentences
    ("locked", ("The records are busy: another EduNode program is writing them.",
                "Wait a moment and try again.")),
    ("busy", ("The records are busy: another EduNode program is writing them.",
              "Wait a moment and try again.")),
    ("full", _FULL),
    ("readonly", _READ_ONLY),
    ("malformed", ("The records file is damaged.",
                   "Run 'edunode check' and ask for help before changing anything else.")),
    ("not a database", ("The records file is damaged.",
                        "Run 'edunode check' and ask for help before changing anything else.")),
    ("unable to open", ("The records file could not be opened.",
                        "Check that the data folder exists and that EduNode may write in it.")),
    ("disk i/o", _IO),
)  # fmt: skip

_ERRNO_TEXT = re.compile(r"\[Errno -?\d+\][^;)]*")
_GENERIC = (
    "Something went wrong that EduNode did not expect ({kind}). Nothing was changed by this step."
)


def explain(exc: BaseException, *, log_path: str | None = None, capital: bool = True) -> str:
    """Sentences for a person: what happened, why (for a system error), what to try.

    An EduNode message that carries raw system text gets that text replaced by the sentence
    for its errno; one already in words keeps its words and gains only what to try.
    ``log_path`` (the log file, when there is one) is named for errors EduNode did not
    expect, whose details are in the log. ``capital=False`` keeps EduNode's message as it
    starts (the CLI's lines are lower case)."""
    cause = system_cause(exc)
    own = str(exc) if isinstance(exc, EdunodeError) else ""
    first = _capital if capital else (lambda t: t)
    if own and getattr(exc, "worded", False):  # already says what happened and what to do
        return first(own)
    if cause is not None:
        found = reason(cause)
        if found is not None and own and not _has_raw(own, exc):
            if cause_is_known(cause):  # EduNode said what happened; add what to try
                return " ".join([first(_sentence(own, upper=False)), found[1]])
            return first(own)
        if found is not None:
            what = first(_sentence(_clean(own, exc), upper=False)) if own else ""
            return " ".join(s for s in (what, *found) if s)
    if own:  # EduNode's own message, as it is
        return first(own)
    if isinstance(exc, EdunodeError):
        return type(exc).__name__
    text = _GENERIC.format(kind=type(exc).__name__)
    if log_path:
        text += f" The details were written to the log: {log_path}"
    return text


def cause_is_known(cause: BaseException) -> bool:
    """Whether the system error is one with a specific sentence (not the catch-all)."""
    return (
        not isinstance(cause, OSError)
        or cause.errno in _BY_ERRNO
        or isinstance(cause, socket.gaierror | ssl.SSLError | TimeoutError | ConnectionError)
    )


def reason(cause: BaseException) -> tuple[str, str] | None:
    """(what happened, what to try) for a system error, or None when it is not one."""
    if isinstance(cause, socket.gaierror):
        return _DNS
    if isinstance(cause, ssl.SSLError) and not isinstance(cause, ssl.SSLEOFError):
        return _TLS
    if isinstance(cause, TimeoutError | socket.timeout):  # asyncio.TimeoutError too (3.11+)
        return _TIMED_OUT
    if isinstance(cause, OSError):
        if cause.errno in _BY_ERRNO:
            return _BY_ERRNO[cause.errno]
        if isinstance(cause, ConnectionError | ssl.SSLEOFError):
            return _CUT
        return (
            "The computer refused the request"
            + (f" ({cause.strerror.lower()})." if cause.strerror else "."),
            "Try again; if it keeps happening, restart the PC.",
        )
    if isinstance(cause, sqlite3.Error):
        text = str(cause).lower()
        for words, found in _SQLITE:
            if words in text:
                return found
        return (
            "The records could not be read or written.",
            "Try again; if it keeps happening, run 'edunode check'.",
        )
    return None


def system_cause(exc: BaseException) -> BaseException | None:
    """The first system error (OSError, timeout, TLS, SQLite) in ``exc`` or what caused it."""
    for e in _chain(exc):
        if isinstance(e, OSError | TimeoutError | sqlite3.Error) and not isinstance(
            e, EdunodeError
        ):
            return e
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        for nxt in (getattr(e, "orig", None), e.__cause__, e.__context__):  # orig: SQLAlchemy
            if isinstance(nxt, BaseException):
                todo.append(nxt)


def _raw_texts(exc: BaseException) -> list[str]:
    """The raw texts of the system errors behind ``exc`` (not EduNode's own messages)."""
    texts = []
    for e in list(_chain(exc))[1:]:
        if isinstance(e, EdunodeError):
            continue
        for raw in (str(e), getattr(e, "strerror", None)):
            if isinstance(raw, str) and len(raw) > 3:
                texts.append(raw)
    return sorted(texts, key=len, reverse=True)


def _has_raw(message: str, exc: BaseException) -> bool:
    return bool(_ERRNO_TEXT.search(message)) or any(t in message for t in _raw_texts(exc))


def _clean(message: str, exc: BaseException) -> str:
    """``message`` without the raw system text of the errors in ``exc``'s chain."""
    text = message
    for raw in _raw_texts(exc):
        text = text.replace(raw, "")
    text = _ERRNO_TEXT.sub("", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s*:\s*(?=[;,.)]|$)", "", text)
    text = re.sub(r"\s*;\s*(?=$)", "", text)
    return re.sub(r"\s+", " ", text).strip(" ;:,")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str, *, upper: bool = True) -> str:
    text = text.strip()
    if not text:
        return ""
    if upper:
        text = _capital(text)
    return text if text.endswith((".", "?", "!", "…", ".)")) else text + "."
