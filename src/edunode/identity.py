"""Node identity and the signing envelope. Pure functions: bytes in, bytes out.

* The node key is Ed25519; the private key file is PKCS#8 PEM, mode 0600, optionally
  encrypted with a passphrase.
* The node ID is Syncthing-style: base32 of SHA-256(public key), with a Luhn mod 32 check
  character after every 13 characters, shown in groups of seven for people to compare.
* Every change is signed over a domain-separated message naming the document, so a
  signature can never be replayed into another document.
* The admin PIN is stored as a salted scrypt hash.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import hmac
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.x509.oid import NameOID

from edunode.errors import IdentityError, ValidationError

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
CHANGE_DOMAIN = b"edunode/change-signature/v1\x00"
MEMBERSHIP_DOMAIN = b"edunode/school-membership/v1\x00"
LINK_CODE_DOMAIN = b"edunode/link-verification-code/v2\x00"
LINK_COMMIT_DOMAIN = b"edunode/link-commitment/v1\x00"
LINK_NONCE_BYTES = 32
MAINTAINER_DOMAIN = b"edunode/course-maintainer/v1\x00"
HANDOVER_DOMAIN = b"edunode/key-handover/v1\x00"


# --------------------------------------------------------------------------- node ID


def _luhn32(chars: str) -> str:
    """Luhn mod N check character over the base32 alphabet (as Syncthing does)."""
    factor, total, n = 1, 0, len(_B32)
    for ch in chars:
        addend = factor * _B32.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return _B32[(n - total % n) % n]


def node_id_from_public_key(public_key: bytes) -> str:
    """The grouped, checksummed node ID, e.g. ``ABCDEFG-HIJKLMN-…`` (8 groups of 7)."""
    if len(public_key) != 32:
        raise IdentityError("a node public key is 32 bytes")
    raw = base64.b32encode(hashlib.sha256(public_key).digest()).decode().rstrip("=")
    chunks = [raw[i : i + 13] for i in range(0, 52, 13)]
    full = "".join(c + _luhn32(c) for c in chunks)
    return "-".join(full[i : i + 7] for i in range(0, 56, 7))


def parse_node_id(text: str) -> str:
    """Normalise a node ID typed by a person; raise ValidationError naming the problem."""
    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    if len(cleaned) != 56 or any(ch not in _B32 for ch in cleaned):
        raise ValidationError(f"'{text}' is not a node ID (56 letters and digits in 8 groups)")
    for i in range(4):
        chunk = cleaned[i * 14 : i * 14 + 13]
        if _luhn32(chunk) != cleaned[i * 14 + 13]:
            raise ValidationError(f"'{text}' is not a node ID: a check character is wrong (typo?)")
    return "-".join(cleaned[i : i + 7] for i in range(0, 56, 7))


def short_id(node_id: str) -> str:
    return node_id[:7]


# --------------------------------------------------------------------------- signing


def change_message(doc_id: str, change_hash: bytes) -> bytes:
    return CHANGE_DOMAIN + doc_id.encode("ascii") + b"\x00" + change_hash


def sign_change(key: Ed25519PrivateKey, doc_id: str, change_hash: bytes) -> bytes:
    return key.sign(change_message(doc_id, change_hash))


@functools.lru_cache(maxsize=1024)
def _public_key(public_key: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(public_key)


def verify_signature(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        _public_key(public_key).verify(signature, message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# Change signatures already verified on another thread (see precheck_change_signature),
# each used once. OpenSSL's Ed25519 releases the GIL, so a bulk sync checks the signatures
# of the next frame on a helper thread while the store thread applies this one.
_PRECHECKED: set[tuple[bytes, str, bytes, bytes]] = set()
_PRECHECKED_LOCK = threading.Lock()
MAX_PRECHECKED = 100_000


def precheck_change_signature(
    public_key: bytes, doc_id: str, change_hash: bytes, signature: bytes
) -> None:
    """Verify a change signature now, so that :func:`verify_change_signature` finds the
    answer ready later (only valid signatures are kept; a bad one is checked again there)."""
    if verify_signature(public_key, change_message(doc_id, change_hash), signature):
        with _PRECHECKED_LOCK:
            if len(_PRECHECKED) >= MAX_PRECHECKED:
                _PRECHECKED.clear()  # never used (a frame rejected early): start over
            _PRECHECKED.add((public_key, doc_id, change_hash, signature))


def verify_change_signature(
    public_key: bytes, doc_id: str, change_hash: bytes, signature: bytes
) -> bool:
    key = (public_key, doc_id, change_hash, signature)
    with _PRECHECKED_LOCK:
        if key in _PRECHECKED:
            _PRECHECKED.discard(key)
            return True
    return verify_signature(public_key, change_message(doc_id, change_hash), signature)


def membership_message(school_id: str, member_key: bytes, role: str, removed: bool) -> bytes:
    state = b"removed" if removed else role.encode()
    return MEMBERSHIP_DOMAIN + school_id.encode() + b"\x00" + member_key + b"\x00" + state


def removal_message(school_id: str, member_key: bytes, cutoff: bytes) -> bytes:
    """A removal with its cut-off (``domain.school.encode_cutoff``): what the removed key
    wrote up to the removal and is still accepted. The signature covers the cut-off, so
    nobody can stretch it afterwards."""
    digest = hashlib.sha256(cutoff).digest()
    return membership_message(school_id, member_key, "", removed=True) + b"\x00" + digest


def handover_message(school_id: str, old_key: bytes, new_key: bytes, tips: bytes) -> bytes:
    """A PC's key handing its place in the school to a new key (a restored backup,
    decision 0013), with what the old key wrote up to then (cut-off and head hashes)."""
    digest = hashlib.sha256(tips).digest()
    return HANDOVER_DOMAIN + school_id.encode() + b"\x00" + old_key + new_key + digest


def maintainer_message(course_id: str, school_id: str) -> bytes:
    return MAINTAINER_DOMAIN + course_id.encode() + b"\x00" + school_id.encode()


def maintainer_change_message(
    course_id: str, school_id: str, action: str, round_: int, cutoff: bytes
) -> bytes:
    """Round ``round_`` of a school's maintenance of a course: ``grant`` or ``revoke``; a
    revocation carries the cut-off of the school's PCs' changes to the course it accepts."""
    digest = hashlib.sha256(cutoff).digest()
    return (
        MAINTAINER_DOMAIN + b"v2\x00" + course_id.encode() + b"\x00" + school_id.encode()
        + b"\x00" + action.encode() + b"\x00" + round_.to_bytes(4, "big") + digest
    )  # fmt: skip


def link_nonce() -> bytes:
    return secrets.token_bytes(LINK_NONCE_BYTES)


def link_commitment(nonce: bytes) -> bytes:
    """What a link request commits to before it learns the other side's nonce."""
    return hashlib.sha256(LINK_COMMIT_DOMAIN + nonce).digest()


def verification_code(
    requester_key: bytes, responder_key: bytes, requester_nonce: bytes, responder_nonce: bytes
) -> str:
    """Six digits both admins see and compare by voice: from both public keys and a nonce
    from each side of the link request.

    The requester commits to its nonce (:func:`link_commitment`) before the responder sends
    its own, and reveals it after: whoever sits in the middle must fix their nonce toward one
    side before learning a nonce that decides that side's code, so matching the two codes
    takes one chance in a million per attempt — instead of grinding keys offline until a
    code derived from the keys alone matches (Bluetooth's numeric comparison and ZRTP work
    the same way).
    """
    digest = hashlib.sha256(
        LINK_CODE_DOMAIN + requester_key + responder_key + requester_nonce + responder_nonce
    ).digest()
    number = int.from_bytes(digest[:8], "big") % 1_000_000
    return f"{number // 1000:03d} {number % 1000:03d}"


# --------------------------------------------------------------------------- PIN

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    check_pin_shape(pin)
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P).derive(
        pin.encode()
    )
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        actual = Scrypt(salt=salt, length=len(expected), n=int(n), r=int(r), p=int(p)).derive(
            pin.encode()
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def check_pin_shape(pin: str) -> None:
    if not (4 <= len(pin) <= 64) or not pin.isprintable():
        raise ValidationError("the admin PIN must be 4 to 64 characters")


# --------------------------------------------------------------------------- node key


@dataclass(frozen=True)
class NodeIdentity:
    private_key: Ed25519PrivateKey

    @functools.cached_property
    def public_key(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @functools.cached_property
    def node_id(self) -> str:
        return node_id_from_public_key(self.public_key)

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)

    def sign_change(self, doc_id: str, change_hash: bytes) -> bytes:
        return sign_change(self.private_key, doc_id, change_hash)

    @classmethod
    def generate(cls) -> NodeIdentity:
        return cls(Ed25519PrivateKey.generate())

    def private_pem(self, passphrase: str | None = None) -> bytes:
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase.encode())
            if passphrase
            else serialization.NoEncryption()
        )
        return self.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )

    def save(self, path: Path, passphrase: str | None = None) -> None:
        write_private_file(path, self.private_pem(passphrase))

    @classmethod
    def load(cls, path: Path, passphrase: str | None = None) -> NodeIdentity:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise IdentityError(f"no node key at {path}; run 'edunode init' first") from None
        try:
            key = serialization.load_pem_private_key(
                data, password=passphrase.encode() if passphrase else None
            )
        except TypeError:
            raise IdentityError(
                "the node key is protected by a passphrase; set EDUNODE_KEY_PASSPHRASE"
            ) from None
        except ValueError:
            raise IdentityError(
                f"the node key at {path} cannot be read (wrong passphrase or damaged file)"
            ) from None
        if not isinstance(key, Ed25519PrivateKey):
            raise IdentityError(f"the node key at {path} is not an Ed25519 key")
        return cls(key)

    def certificate_pem(self, name: str, *, now: dt.datetime | None = None) -> bytes:
        """A self-signed X.509 certificate for TLS; the subject CN is the node ID."""
        now = now or dt.datetime.now(dt.timezone.utc)
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, self.node_id),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, (name or "EduNode")[:64]),
            ]
        )
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(self.private_key.public_key())
            .serial_number(
                int.from_bytes(hashlib.sha256(self.public_key).digest()[:16], "big") >> 1
            )
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365 * 30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.private_key, None)
        )
        return cert.public_bytes(serialization.Encoding.PEM)


def public_key_from_certificate(cert_der_or_pem: bytes) -> bytes:
    """The raw Ed25519 public key inside a peer's certificate."""
    try:
        if cert_der_or_pem.lstrip().startswith(b"-----BEGIN"):
            cert = x509.load_pem_x509_certificate(cert_der_or_pem)
        else:
            cert = x509.load_der_x509_certificate(cert_der_or_pem)
        key = cert.public_key()
    except (ValueError, TypeError, UnsupportedAlgorithm, x509.InvalidVersion) as exc:
        # a certificate is bytes from outside: an unknown key algorithm or X.509 version is
        # as unreadable as garbage, and is refused the same way
        raise IdentityError(f"the peer's certificate cannot be read: {exc}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise IdentityError("the peer's certificate does not hold an Ed25519 key")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def write_private_file(path: Path, data: bytes) -> None:
    """Write a secret atomically, readable by its owner only (mode 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
