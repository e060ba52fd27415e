"""The bundle file: its format, its bounds and reading it (its credential: ``clr``).

See :mod:`edunode.bundle.transfer` for what a bundle is. Every number and length is bounded
before it is used, so reading a hostile file costs time in proportion to its size.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edunode.bundle import jcs
from edunode.errors import BundleError

FORMAT = "edunode-learner-bundle"
VERSION = 1
SUFFIX = ".edunode-learner.json"
MAX_BYTES = 64 * 1024 * 1024
MAX_DOCUMENTS = 500
MAX_CHANGES = 200_000
TRANSFERS = "transfers"
# Every number and length is bounded before it is used, so each bundle operation costs time
# in proportion to the file's size (a hostile bundle can't hang the PC that reads it).
MAX_ENTRIES = 50_000  # per collection of a record: enrolments, results, attendance, progress
MAX_LESSON_MINUTES = 24 * 60 * 3660  # a lesson's minutes, summed: ten years of whole days
MAX_DIGITS = 400  # a JSON integer (JCS then refuses any past 2**53, with a reason)
MAX_ID = 64  # a document ID (32 characters today)
HASH_HEX = 64  # a change hash, in hex
MAX_SIGNATURE_B64 = 88  # an Ed25519 signature, base64
MAX_DATE_TEXT = 40  # validFrom: "2025-02-03T10:00:00Z"
VERIFIER_KEY = b"\x00" * 32  # the actor set on verification forks (nothing is written)


@dataclass
class Checked:
    """What :func:`verify` established about a bundle."""

    credential: dict[str, Any]
    issuer_key: bytes
    school_id: str
    school_name: str
    learner_id: str
    record: dict[str, Any]  # learner_domain.view of the verified learner document
    courses: dict[str, str]  # course ID -> title, for the courses in the bundle
    digest: str
    documents: list[tuple[str, list[bytes], dict[bytes, bytes]]] = field(repr=False)
    # each proof suite checked: cryptosuite, verified, credentials, verification_method
    proofs: list[dict[str, Any]] = field(default_factory=list)
    # The record's newest custody entry, when it is a release by the issuing school: its
    # entry ID, the school it names ("" = open) and its date; None: no release (a bundle
    # of an older EduNode, which can be verified but not imported).
    release_id: str | None = None
    release_to: str | None = None
    release_date: str = ""
    home_school: str = ""  # the school that made the record


def history_digest(documents: list[dict[str, Any]]) -> str:
    try:
        return hashlib.sha256(jcs.dumps(documents)).hexdigest()
    except (ValueError, TypeError, RecursionError):  # NaN, 1e999, a 31-digit number...
        raise BundleError("the bundle's history holds values that are not plain JSON") from None


def load(path: Path) -> dict[str, Any]:
    """A bundle file's JSON; BundleError when it can't be one."""
    return parse(_read(path))


def _read(path: Path) -> bytes:
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise BundleError(f"the file is larger than {MAX_BYTES // 2**20} MB: not a bundle")
        return Path(path).read_bytes()
    except OSError as exc:
        raise BundleError(f"the file {path} can't be read ({exc.strerror or exc})") from None


def _integer(text: str) -> int:
    """A JSON integer, refused past MAX_DIGITS before it is converted (int() of a long run
    of digits is quadratic where Python does not limit it, as 3.10 does not)."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError("an integer too long")
    return int(text)


def parse(data: bytes) -> dict[str, Any]:
    try:
        bundle = json.loads(data.decode("utf-8"), parse_int=_integer)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("the file is not a record bundle (not JSON)") from None
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        raise BundleError("the file is not an EduNode record bundle")
    if bundle.get("version") != VERSION:
        raise BundleError(
            f"the bundle is version {bundle.get('version')!r}; this EduNode reads version "
            f"{VERSION}: update EduNode"
        )
    return bundle


def documents_of(bundle: dict[str, Any]) -> list[tuple[str, list[bytes], dict[bytes, bytes]]]:
    docs = bundle.get("documents")
    if not isinstance(docs, list) or not 2 <= len(docs) <= MAX_DOCUMENTS:
        raise BundleError("the bundle's history is missing or damaged")
    out = []
    total = 0
    try:
        for entry in docs:
            doc_id, changes, sigs = entry["id"], entry["changes"], entry["signatures"]
            if not (isinstance(doc_id, str) and isinstance(changes, list)
                    and isinstance(sigs, dict) and len(doc_id) <= MAX_ID):  # fmt: skip
                raise TypeError
            total += len(changes)
            if total > MAX_CHANGES:
                raise BundleError("the bundle's history is larger than any learner's")
            if not all(isinstance(h, str) and len(h) == HASH_HEX and isinstance(s, str)
                       and len(s) <= MAX_SIGNATURE_B64 for h, s in sigs.items()):  # fmt: skip
                raise TypeError
            out.append((
                doc_id,
                [base64.b64decode(c, validate=True) for c in changes],
                {bytes.fromhex(h): base64.b64decode(s, validate=True) for h, s in sigs.items()},
            ))  # fmt: skip
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise BundleError("the bundle's history is damaged") from None
    return out
