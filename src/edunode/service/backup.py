"""Encrypted backups of a PC's whole EduNode, and restoring one onto a new PC (decision 0013).

A backup is one file holding the store (every record, the settings, peers and audit log),
``edunode.json``, the certificate and the node key, so a school whose only PC dies starts
again from the file and a passphrase. The file:

* ``MAGIC``, then a 4-byte length and a JSON header (clear text: the format version, the
  cipher and key-derivation parameters, a check value for the passphrase, and which school,
  PC and date the backup is of, so a person can tell files apart without the passphrase);
* the payload (a tar archive, zlib-compressed) in chunks of at most ``CHUNK`` bytes, each
  sealed with AES-256-GCM (``cryptography``): the key comes from the passphrase by scrypt
  with the salt and parameters in the header; the nonce is the chunk's number (11 bytes) and
  a last-chunk flag; the associated data is the SHA-256 of the magic and the header, so no
  header field can be changed, no chunk moved, dropped or replayed from another backup;
* a last chunk (flagged) holding the payload's length and SHA-256: a file cut short (a
  crash, a pulled stick) has no last chunk and is refused.

The store is copied with SQLite's online backup, in one step, so it is one consistent
snapshot however much ``serve`` and the window write meanwhile. The file is written beside
its final name and renamed into place after an fsync (mode 0600): a backup interrupted at
any moment leaves either the previous file or none, never one that restore accepts.

Restoring (``service/restore.py``) verifies every chunk and the checksum here before it
writes anything (:func:`open_backup`, :func:`verify_backup`, :func:`unpack`).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import secrets
import shutil
import sqlite3
import struct
import tarfile
import tempfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from edunode import __version__
from edunode.config import CERT_FILE, CONFIG_FILE, DB_FILE, KEY_FILE, Paths
from edunode.errors import EdunodeError
from edunode.files import private as privacy

MAGIC = b"EDUNODE-BACKUP\r\n"  # 16 bytes; the CR LF shows a file mangled as text
FORMAT = 1
CHUNK = 1 << 20
SUFFIX = ".edunode-backup"
SCRYPT = {"n": 1 << 15, "r": 8, "p": 1}
MAX_HEADER = 64 * 1024
_LEN = struct.Struct(">I")
_TAG = 16
PASSPHRASE_ENV = "EDUNODE_BACKUP_PASSPHRASE"
MIN_PASSPHRASE = 8
# What a backup holds besides the store: the files ``init`` writes.
_FILES = (KEY_FILE, CERT_FILE, CONFIG_FILE)

Progress = Callable[[int, int], None]  # (done, total) in bytes


class BackupError(EdunodeError):
    """A backup that can't be made or restored; the message says why and what to do."""

    code = "backup"


@dataclass(frozen=True)
class Header:
    raw: bytes  # exactly as in the file (the associated data covers these bytes)
    fields: dict[str, Any]

    @property
    def aad(self) -> bytes:
        return hashlib.sha256(MAGIC + self.raw).digest()


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(
            f"a backup passphrase has at least {MIN_PASSPHRASE} characters (a short phrase "
            "you can remember: the backup can't be opened without it)"
        )
    return passphrase


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(the AES-256 key, the passphrase check value) from one scrypt run."""
    out = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return out[:32], hashlib.sha256(b"edunode-backup-check" + out[32:]).digest()


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


# --------------------------------------------------------------------------- writing


class _SealedWriter:
    """Compresses, chunks and seals what is written to it, onto ``out``."""

    def __init__(self, out: IO[bytes], key: bytes, aad: bytes) -> None:
        self.out, self.aead, self.aad = out, AESGCM(key), aad
        self.zip = zlib.compressobj(3)
        self.buffer = bytearray()
        self.index = 0
        self.plain = hashlib.sha256()
        self.length = 0

    def write(self, data: bytes) -> int:
        self.plain.update(data)
        self.length += len(data)
        self.buffer += self.zip.compress(data)
        while len(self.buffer) >= CHUNK:
            self._seal(bytes(self.buffer[:CHUNK]), final=False)
            del self.buffer[:CHUNK]
        return len(data)

    def _seal(self, data: bytes, final: bool) -> None:
        sealed = self.aead.encrypt(_nonce(self.index, final), data, self.aad)
        self.out.write(_LEN.pack(len(sealed)) + sealed)
        self.index += 1

    def finish(self) -> None:
        self.buffer += self.zip.flush()
        for i in range(0, len(self.buffer), CHUNK):
            self._seal(bytes(self.buffer[i : i + CHUNK]), final=False)
        trailer = {"bytes": self.length, "sha256": self.plain.hexdigest()}
        self._seal(json.dumps(trailer).encode(), final=True)


def _snapshot_store(paths: Paths, into: Path) -> Path:
    """A consistent copy of the SQLite store in ``into`` (SQLite's online backup, one step:
    one read transaction, so writers elsewhere go on and the copy is one moment's state)."""
    source = _sqlite_file(paths)
    if source is None:
        raise BackupError(
            "this PC keeps its store in a database server; back that database up with its own "
            "tools (e.g. pg_dump), and this data folder with 'edunode backup' once the store "
            "is SQLite"
        )
    if not source.is_file() or source.stat().st_size == 0:
        raise BackupError(f"there is no store to back up at {source}; run 'edunode check'")
    target = into / DB_FILE
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=15)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)  # pages=-1: all of it in one step
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"the store could not be read for the backup ({exc}); run 'edunode check'"
        ) from None
    finally:
        dst.close()
        src.close()
    return target


def _add(tar: tarfile.TarFile, path: Path, name: str) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = path.stat().st_size, 0o600, int(path.stat().st_mtime)
    with path.open("rb") as f:
        tar.addfile(info, f)


def make_backup(
    paths: Paths,
    out: Path,
    passphrase: str,
    about: dict[str, str],
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Write a backup of the data folder ``paths`` to ``out``; ``about`` names the school
    and PC for the clear header (``school``, ``school_id``, ``pc``, ``node_id``)."""
    check_passphrase(passphrase)
    out = Path(out).expanduser()
    if out.is_dir():
        raise BackupError(f"{out} is a folder: give the backup file's name, e.g. {out / 'x'}"
                          f"{SUFFIX}")  # fmt: skip
    if not out.parent.is_dir():
        raise BackupError(f"the folder {out.parent} does not exist (is the stick plugged in?)")
    salt = secrets.token_bytes(16)
    key, check = _derive(passphrase, salt, **SCRYPT)
    fields = {
        "format": FORMAT, "cipher": "AES-256-GCM", "chunk": CHUNK, "compression": "zlib",
        "kdf": {"name": "scrypt", **SCRYPT, "salt": base64.b64encode(salt).decode()},
        "check": check.hex(),
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "edunode": __version__, **{k: str(v) for k, v in about.items()},
    }  # fmt: skip
    header = Header(json.dumps(fields, sort_keys=True).encode(), fields)
    with tempfile.TemporaryDirectory(prefix="edunode-backup-") as tmp:
        os.chmod(tmp, 0o700)
        db = _snapshot_store(paths, Path(tmp))
        members = [(db, DB_FILE)] + [
            (paths.home / name, name) for name in _FILES if (paths.home / name).is_file()
        ]
        total = sum(p.stat().st_size for p, _ in members)
        with _atomic_file(out) as f:
            f.write(MAGIC + _LEN.pack(len(header.raw)) + header.raw)
            sealed = _SealedWriter(f, key, header.aad)
            counted = _Counting(sealed, total, progress)
            with tarfile.open(fileobj=counted, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                for path, name in members:
                    _add(tar, path, name)
            sealed.finish()
    return {"path": str(out), "bytes": out.stat().st_size, "store_bytes": db_size(paths),
            "created": fields["created"]}  # fmt: skip


def _sqlite_file(paths: Paths) -> Path | None:
    """The store's SQLite file, or None when the store is in a database server."""
    url = paths.store_url()
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def db_size(paths: Paths) -> int:
    path = _sqlite_file(paths)
    return path.stat().st_size if path is not None and path.is_file() else 0


class _Counting(io.RawIOBase):
    def __init__(self, inner: _SealedWriter, total: int, progress: Progress | None) -> None:
        self.inner, self.total, self.progress, self.done = inner, total, progress, 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        n = self.inner.write(bytes(data))
        self.done += n
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)
        return n


@contextmanager
def _atomic_file(out: Path) -> Iterator[IO[bytes]]:
    """A new file beside ``out`` (0600), fsynced and renamed over it at the end; removed on
    any failure, so ``out`` is either the previous file or this whole one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        with _quiet():
            os.unlink(tmp)
        raise


def _quiet() -> contextlib.suppress:
    return contextlib.suppress(OSError)


def fsync_dir(folder: Path) -> None:
    with _quiet():
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --------------------------------------------------------------------------- reading


def read_header(path: Path) -> Header:
    """The clear header of a backup file (no passphrase needed); BackupError if it is not one."""
    try:
        with Path(path).open("rb") as f:
            return _header(f, path)
    except OSError as exc:
        raise BackupError(f"{path} can't be read: {exc.strerror}") from None


def header_of(start: bytes) -> Header:
    """The clear header at the start of a backup file's bytes (an archive checks what it
    is sent without any key: decision 0017); BackupError if they do not start one."""
    return _header(io.BytesIO(start), Path("the file"))


def _header(f: IO[bytes], path: Path) -> Header:
    start = f.read(len(MAGIC) + _LEN.size)
    if len(start) < len(MAGIC) + _LEN.size or start[: len(MAGIC)] != MAGIC:
        raise BackupError(f"{path} is not an EduNode backup")
    (size,) = _LEN.unpack(start[len(MAGIC) :])
    raw = f.read(size) if size <= MAX_HEADER else b""
    try:
        fields = json.loads(raw)
    except ValueError:
        fields = None
    if len(raw) != size or not isinstance(fields, dict):
        raise BackupError(f"{path} is damaged: its header can't be read")
    if fields.get("format") != FORMAT:
        raise BackupError(
            f"{path} is a backup in format {fields.get('format')!r}, which this EduNode "
            f"({__version__}) can't read: restore it with a newer EduNode"
        )
    if not _sane_kdf(fields):
        raise BackupError(f"{path} is damaged: its header is not one EduNode writes")
    return Header(raw, fields)


def _sane_kdf(fields: dict[str, Any]) -> bool:
    """Parameters EduNode could have written (a damaged header can't make restore spend a
    gigabyte of memory on scrypt)."""
    kdf = fields.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        return False
    n, r, p = (kdf.get(k) for k in ("n", "r", "p"))
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
        return False
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    return (
        2 <= n <= 1 << 18 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4
        and isinstance(kdf.get("salt"), str) and isinstance(fields.get("check"), str)
    )  # fmt: skip


def _chunks(f: IO[bytes], path: Path, key: bytes, header: Header) -> Iterator[bytes]:
    """The payload, chunk by chunk, every chunk authenticated; then checks the trailer."""
    aead, index = AESGCM(key), 0
    digest, length = hashlib.sha256(), 0
    unzip = zlib.decompressobj()
    while True:
        start = f.read(_LEN.size)
        if len(start) < _LEN.size:
            raise BackupError(
                f"{path} is cut short (part {index + 1} is missing): the backup was not "
                "finished or the copy is incomplete; use another backup"
            )
        (size,) = _LEN.unpack(start)
        sealed = f.read(size) if _TAG <= size <= CHUNK + _TAG else b""
        if len(sealed) != size or not sealed:
            raise BackupError(f"{path} is cut short or damaged at part {index + 1}")
        final = False
        try:
            data = aead.decrypt(_nonce(index, False), sealed, header.aad)
        except InvalidTag:
            try:
                data = aead.decrypt(_nonce(index, True), sealed, header.aad)
                final = True
            except InvalidTag:
                raise BackupError(
                    f"{path} is damaged: part {index + 1} does not check out (changed or "
                    "corrupted bytes); use another backup"
                ) from None
        index += 1
        if final:
            break
        plain = unzip.decompress(data)
        digest.update(plain)
        length += len(plain)
        yield plain
    rest = unzip.flush()
    digest.update(rest)
    length += len(rest)
    if rest:
        yield rest
    try:
        trailer = json.loads(data)
    except ValueError:
        trailer = None
    if not isinstance(trailer, dict) or trailer.get("bytes") != length \
            or trailer.get("sha256") != digest.hexdigest() or f.read(1):  # fmt: skip
        raise BackupError(f"{path} is damaged: its checksum does not match its contents")


def open_backup(path: Path, passphrase: str) -> tuple[Header, bytes]:
    """The header and the key, the passphrase checked against the header."""
    header = read_header(path)
    kdf = header.fields["kdf"]
    try:
        salt = base64.b64decode(kdf["salt"], validate=True)
    except ValueError:
        raise BackupError(f"{path} is damaged: its header is not one EduNode writes") from None
    key, check = _derive(passphrase, salt, kdf["n"], kdf["r"], kdf["p"])
    if not secrets.compare_digest(check.hex(), str(header.fields["check"])):
        raise BackupError("wrong passphrase for this backup (nothing was restored)")
    return header, key


class _ChunkReader(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks, self.buffer, self.at = chunks, memoryview(b""), 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while self.at >= len(self.buffer):
            try:
                self.buffer, self.at = memoryview(next(self.chunks)), 0
            except StopIteration:
                return 0
        n = min(len(target), len(self.buffer) - self.at)
        target[:n] = self.buffer[self.at : self.at + n]
        self.at += n
        return n


def verify_backup(path: Path, passphrase: str, progress: Progress | None = None) -> Header:
    """Read and authenticate the whole file (nothing is written); BackupError on any fault."""
    header, key = open_backup(path, passphrase)
    check_contents(path, header, key, progress)
    return header


def check_contents(path: Path, header: Header, key: bytes, progress: Progress | None) -> None:
    total = Path(path).stat().st_size
    names: list[str] = []
    with Path(path).open("rb") as f:
        _header(f, path)
        reader = io.BufferedReader(_ChunkReader(_chunks(f, path, key, header)))
        try:
            with tarfile.open(fileobj=reader, mode="r|") as tar:
                for member in tar:
                    names.append(member.name)
                    if progress is not None:
                        progress(f.tell(), total)
        except tarfile.TarError:
            raise BackupError(f"{path} is damaged: its contents can't be unpacked") from None
        reader.read()  # to the end: the trailer's checksum is checked there
    if DB_FILE not in names or KEY_FILE not in names:
        raise BackupError(f"{path} does not hold a store and a node key")


def unpack(path: Path, header: Header, key: bytes, into: Path) -> None:
    """Unpack a backup already verified into the empty private folder ``into``."""
    allowed = {DB_FILE, *_FILES}
    with Path(path).open("rb") as f:
        _header(f, path)
        reader = io.BufferedReader(_ChunkReader(_chunks(f, path, key, header)))
        with tarfile.open(fileobj=reader, mode="r|") as tar:
            for member in tar:
                if member.name not in allowed or not member.isfile():
                    raise BackupError(f"{path} holds a file EduNode did not write ({member.name})")
                source = tar.extractfile(member)
                assert source is not None
                target = into / member.name
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as out:
                    shutil.copyfileobj(source, out, 1 << 20)
                    out.flush()
                    os.fsync(out.fileno())
        reader.read()


def integrity(db: Path) -> str:
    """SQLite's own check of a store file: "ok" or its first complaint."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA integrity_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return str(row[0]) if row else "no answer"


def staging_for(target: Path) -> Path:
    """A private folder beside ``target`` to restore into before it is renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return privacy.private_dir(
        Path(tempfile.mkdtemp(prefix=f".{target.name}.restoring-", dir=target.parent))
    )


def backup_name(about: dict[str, str], when: dt.datetime | None = None) -> str:
    """A file name that says whose backup it is and when: school, PC, date and time."""
    when = when or dt.datetime.now()
    words = "-".join(_slug(about.get(k, "")) for k in ("school", "pc") if about.get(k))
    return f"{words or 'edunode'}-{when:%Y-%m-%d-%H%M%S}{SUFFIX}"


def _slug(text: str) -> str:
    kept = "".join(ch if ch.isalnum() else "-" for ch in text.strip())
    return "-".join(part for part in kept.split("-") if part)[:40]
