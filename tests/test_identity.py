"""identity.py: node IDs, the change-signing envelope, PIN hashes, key files, certificates.

Known-answer vectors use the RFC 8032 §7.1 test keys. Vectors marked "pinned" were
computed once with this code and pasted here: they catch any accidental change to a format
that other nodes (and people comparing IDs) depend on.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from edunode import identity
from edunode.errors import IdentityError, ValidationError
from edunode.identity import NodeIdentity
from edunode.service.node import Node

# RFC 8032 §7.1, TEST 1 and TEST 2.
SK1 = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
PK1 = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
SIG1_EMPTY = bytes.fromhex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
)
SK2 = bytes.fromhex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
PK2 = bytes.fromhex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")

NODE_ID_RE = re.compile(r"^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$")
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def key(secret: bytes) -> NodeIdentity:
    return NodeIdentity(Ed25519PrivateKey.from_private_bytes(secret))


# --------------------------------------------------------------------------- node ID


def test_node_id_known_answer() -> None:
    assert key(SK1).public_key == PK1
    # pinned
    assert (
        identity.node_id_from_public_key(PK1)
        == "EH7DDX5-BKSRGCK-YTL7BKA-I36SE4E-NXX3KLN-K7ELKS5-YQ57PI7-4XEG4QG"
    )
    assert (
        identity.node_id_from_public_key(PK2)
        == "HH3RHUF-GIQST6M-BCSSQQ3-T5I3TMW-EJPHIIF-FMVTRHS-TTEHOMF-7VCOPQV"
    )
    assert key(SK1).node_id == identity.node_id_from_public_key(PK1)
    assert identity.short_id(key(SK1).node_id) == "EH7DDX5"


def test_node_id_is_base32_of_sha256_with_check_characters() -> None:
    node_id = identity.node_id_from_public_key(PK1)
    plain = node_id.replace("-", "")
    without_checks = "".join(plain[i * 14 : i * 14 + 13] for i in range(4))
    expected = base64.b32encode(hashlib.sha256(PK1).digest()).decode().rstrip("=")
    assert without_checks == expected


def test_check_characters_match_syncthing() -> None:
    # Syncthing's own device ID test vector (lib/protocol/deviceid_test.go): the same
    # Luhn mod 32 check characters, so IDs look and behave as people know them.
    formatted = "P56IOI7-MZJNU2Y-IQGDREY-DM2MGTI-MGL3BXN-PQ6W5BM-TBBZ4TJ-XZWICQ2"
    assert identity.parse_node_id(formatted) == formatted
    raw = "P56IOI7MZJNU2IQGDREYDM2MGTMGL3BXNPQ6W5BTBBZ4TJXZWICQ"
    assert [identity._luhn32(raw[i : i + 13]) for i in range(0, 52, 13)] == ["Y", "I", "M", "2"]


@given(st.binary(min_size=32, max_size=32))
def test_node_id_format(public_key: bytes) -> None:
    node_id = identity.node_id_from_public_key(public_key)
    assert NODE_ID_RE.match(node_id)
    assert len(node_id) == 63
    assert identity.parse_node_id(node_id) == node_id


@given(
    st.binary(min_size=32, max_size=32),
    st.integers(0, 55),
    st.sampled_from(B32 + "0189"),
)
def test_single_character_typo_is_detected(public_key: bytes, position: int, typo: str) -> None:
    plain = identity.node_id_from_public_key(public_key).replace("-", "")
    if plain[position] == typo:
        typo = B32[(B32.index(typo) + 1) % 32]
    mistyped = plain[:position] + typo + plain[position + 1 :]
    with pytest.raises(ValidationError):
        identity.parse_node_id(mistyped)


@given(
    st.binary(min_size=32, max_size=32), st.sampled_from(["lower", "nodash", "spaces", "padded"])
)
def test_parse_node_id_accepts_how_people_type_it(public_key: bytes, style: str) -> None:
    node_id = identity.node_id_from_public_key(public_key)
    typed = {
        "lower": node_id.lower(),
        "nodash": node_id.replace("-", "").lower(),
        "spaces": node_id.replace("-", " "),
        "padded": f"  {node_id}\n",
    }[style]
    assert identity.parse_node_id(typed) == node_id


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "hello",
        "EH7DDX5-BKSRGCK",
        "EH7DDX5-BKSRGCK-YTL7BKA-I36SE4E-NXX3KLN-K7ELKS5-YQ57PI7-4XEG4QGA",
        "!" * 56,
        "1" * 56,
        "EH7DDX5_BKSRGCK_YTL7BKA_I36SE4E_NXX3KLN_K7ELKS5_YQ57PI7_4XEG4QG",
        "é" * 56,
    ],
)
def test_parse_node_id_rejects_garbage(garbage: str) -> None:
    with pytest.raises(ValidationError, match="not a node ID"):
        identity.parse_node_id(garbage)


def test_node_id_of_a_wrong_sized_key() -> None:
    with pytest.raises(IdentityError):
        identity.node_id_from_public_key(b"\x01" * 31)


# --------------------------------------------------------------------------- signing


def test_ed25519_known_answer() -> None:
    assert key(SK1).sign(b"") == SIG1_EMPTY
    assert identity.verify_signature(PK1, b"", SIG1_EMPTY)
    assert not identity.verify_signature(PK2, b"", SIG1_EMPTY)
    assert not identity.verify_signature(PK1, b"x", SIG1_EMPTY)
    assert not identity.verify_signature(b"short", b"", SIG1_EMPTY)
    assert not identity.verify_signature(PK1, b"", SIG1_EMPTY[:-1])


def test_change_signature_known_answer() -> None:
    doc_id, change_hash = "a" * 24, bytes(32)
    message = identity.change_message(doc_id, change_hash)
    assert message == b"edunode/change-signature/v1\x00" + b"a" * 24 + b"\x00" + bytes(32)
    sig = key(SK1).sign_change(doc_id, change_hash)
    # pinned (Ed25519 is deterministic)
    assert sig.hex() == (
        "c3839bfd1ac9fad6850f5f5baad20007ffbe49f78e21fb16c8e5a774ae0f83e0"
        "0d11744c1b0def9a88bc5c75be0824eaf29a09ee8103fb5528f0188925c44001"
    )
    assert (
        identity.sign_change(Ed25519PrivateKey.from_private_bytes(SK1), doc_id, change_hash) == sig
    )


def test_change_signature_cannot_be_replayed_into_another_document() -> None:
    me = key(SK1)
    change_hash = hashlib.sha256(b"some change").digest()
    sig = me.sign_change("x" * 24, change_hash)
    assert identity.verify_change_signature(PK1, "x" * 24, change_hash, sig)
    assert not identity.verify_change_signature(PK1, "y" * 24, change_hash, sig)
    assert not identity.verify_change_signature(PK1, "x" * 24, bytes(32), sig)
    assert not identity.verify_change_signature(PK2, "x" * 24, change_hash, sig)
    # Nor is it a valid signature over the bare hash or a membership message.
    assert not identity.verify_signature(PK1, change_hash, sig)
    member = identity.membership_message("x" * 24, PK2, "member", removed=False)
    assert not identity.verify_signature(PK1, member, sig)


def test_prechecked_signatures_are_used_once_and_only_valid_ones_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bulk sync checks signatures ahead on a helper thread; verification then finds the
    answer ready. Only a signature that verified is remembered, it answers exactly its own
    (key, document, hash, signature) once, and the memory stays bounded."""
    calls: list[bytes] = []
    real = identity.verify_signature

    def counting(public_key: bytes, message: bytes, signature: bytes) -> bool:
        calls.append(message)
        return real(public_key, message, signature)

    monkeypatch.setattr(identity, "verify_signature", counting)
    me = key(SK1)
    doc, h = "p" * 24, hashlib.sha256(b"prechecked").digest()
    sig = me.sign_change(doc, h)
    identity.precheck_change_signature(PK1, doc, h, sig)
    assert len(calls) == 1
    assert identity.verify_change_signature(PK1, doc, h, sig)
    assert len(calls) == 1  # answered from the pre-check
    assert identity.verify_change_signature(PK1, doc, h, sig)
    assert len(calls) == 2  # used once: checked again
    assert not identity.verify_change_signature(PK2, doc, h, sig)  # another key: not cached
    forged = bytes(64)
    identity.precheck_change_signature(PK1, doc, h, forged)
    assert not identity.verify_change_signature(PK1, doc, h, forged)
    monkeypatch.setattr(identity, "MAX_PRECHECKED", 3)
    for n in range(10):
        hn = hashlib.sha256(b"%d" % n).digest()
        identity.precheck_change_signature(PK1, doc, hn, me.sign_change(doc, hn))
    assert len(identity._PRECHECKED) <= 3


def test_membership_message_distinguishes_role_and_removal() -> None:
    messages = {
        identity.membership_message("s" * 24, PK2, "member", removed=False),
        identity.membership_message("s" * 24, PK2, "admin", removed=False),
        identity.membership_message("s" * 24, PK2, "member", removed=True),
        identity.membership_message("t" * 24, PK2, "member", removed=False),
        identity.membership_message("s" * 24, PK1, "member", removed=False),
    }
    assert len(messages) == 5


# --------------------------------------------------------------------------- verification code


N1, N2 = b"\x01" * 32, b"\x02" * 32


def test_verification_code() -> None:
    code = identity.verification_code(PK1, PK2, N1, N2)
    assert code == identity.verification_code(PK1, PK2, N1, N2)
    assert re.fullmatch(r"\d{3} \d{3}", code) and len(code) == 7
    digest = hashlib.sha256(b"edunode/link-verification-code/v2\x00" + PK1 + PK2 + N1 + N2).digest()
    number = int.from_bytes(digest[:8], "big") % 1_000_000
    assert code == f"{number // 1000:03d} {number % 1000:03d}"


def test_verification_code_depends_on_every_input() -> None:
    """Keys alone don't decide the code: a man in the middle can't grind keys offline
    until his code matches; each side's nonce changes it."""
    base = identity.verification_code(PK1, PK2, N1, N2)
    variants = {
        identity.verification_code(PK2, PK1, N1, N2),  # who requested matters
        identity.verification_code(PK1, PK2, N2, N1),
        identity.verification_code(PK1, PK2, b"\x03" * 32, N2),
        identity.verification_code(PK1, PK2, N1, b"\x03" * 32),
    }
    assert base not in variants


def test_link_commitment_binds_the_nonce() -> None:
    nonce = identity.link_nonce()
    assert len(nonce) == identity.LINK_NONCE_BYTES and nonce != identity.link_nonce()
    assert identity.link_commitment(nonce) == identity.link_commitment(bytes(nonce))
    assert identity.link_commitment(nonce) != identity.link_commitment(identity.link_nonce())
    assert identity.link_commitment(nonce) != nonce  # reveals nothing by itself


@given(st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32))
def test_verification_code_shape(a: bytes, b: bytes) -> None:
    assert re.fullmatch(r"\d{3} \d{3}", identity.verification_code(a, b, N1, N2))


# --------------------------------------------------------------------------- PIN


def test_pin_hash_known_answer() -> None:
    salt = bytes(range(16))
    stored = identity.hash_pin("2468", salt=salt)
    # pinned
    assert (
        stored
        == "scrypt$32768$8$1$AAECAwQFBgcICQoLDA0ODw==$pIUAer6Oxlsj1y6H/jjZh+98Ty3c4yb6EGAIZbJ42tU="
    )
    digest = hashlib.scrypt(b"2468", salt=salt, n=2**15, r=8, p=1, maxmem=2**26, dklen=32)
    assert stored.endswith(base64.b64encode(digest).decode())


def test_pin_hash_salt_differs_and_verifies() -> None:
    one, two = identity.hash_pin("2468"), identity.hash_pin("2468")
    assert one != two
    assert one.split("$")[4] != two.split("$")[4]
    assert identity.verify_pin("2468", one) and identity.verify_pin("2468", two)
    assert not identity.verify_pin("2469", one)
    assert not identity.verify_pin("", one)


@pytest.mark.parametrize(
    "stored", ["", "garbage", "md5$x", "scrypt$1$2$3$!!$!!", "bcrypt$32768$8$1$AAAA$AAAA"]
)
def test_verify_pin_with_a_damaged_hash_is_false(stored: str) -> None:
    assert identity.verify_pin("2468", stored) is False


@pytest.mark.parametrize("pin", ["", "123", "x" * 65, "12\n34"])
def test_pin_shape(pin: str) -> None:
    with pytest.raises(ValidationError):
        identity.hash_pin(pin)


# --------------------------------------------------------------------------- key file


def test_key_file_is_private(tmp_path: Path) -> None:
    me = NodeIdentity.generate()
    path = tmp_path / "keys" / "node.key"
    me.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert NodeIdentity.load(path).public_key == me.public_key
    # Saving again replaces the file atomically and keeps it private.
    path.chmod(0o644)
    me.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not (tmp_path / "keys" / "node.key.tmp").exists()


def test_node_init_key_file_is_private(tmp_path: Path) -> None:
    node = Node.init(tmp_path / "n", name="PC", school_name="S")
    try:
        assert stat.S_IMODE(node.paths.key.stat().st_mode) == 0o600
    finally:
        node.close()


def test_passphrase_protected_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    me = NodeIdentity.generate()
    path = tmp_path / "node.key"
    me.save(path, passphrase="correct horse")
    assert b"ENCRYPTED" in path.read_bytes()
    assert NodeIdentity.load(path, "correct horse").public_key == me.public_key
    with pytest.raises(IdentityError, match="passphrase"):
        NodeIdentity.load(path)
    with pytest.raises(IdentityError, match="wrong passphrase"):
        NodeIdentity.load(path, "wrong horse")
    with pytest.raises(IdentityError, match="edunode init"):
        NodeIdentity.load(tmp_path / "missing.key")
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    with pytest.raises(IdentityError, match="cannot be read"):
        NodeIdentity.load(path)


def test_node_with_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EDUNODE_KEY_PASSPHRASE", raising=False)
    Node.init(tmp_path / "n", name="PC", school_name="S", passphrase="s3cret!").close()
    with pytest.raises(IdentityError, match="passphrase"):
        Node(tmp_path / "n")
    with pytest.raises(IdentityError, match="wrong passphrase"):
        Node(tmp_path / "n", passphrase="nope")
    Node(tmp_path / "n", passphrase="s3cret!").close()
    monkeypatch.setenv("EDUNODE_KEY_PASSPHRASE", "s3cret!")
    Node(tmp_path / "n").close()


def test_non_ed25519_key_file_is_refused(tmp_path: Path) -> None:
    other = ec.generate_private_key(ec.SECP256R1())
    path = tmp_path / "node.key"
    path.write_bytes(
        other.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(IdentityError, match="not an Ed25519 key"):
        NodeIdentity.load(path)


# --------------------------------------------------------------------------- certificate


def test_certificate_names_the_node_and_carries_its_key() -> None:
    me = key(SK1)
    now = dt.datetime(2026, 3, 14, 12, 0, tzinfo=dt.timezone.utc)
    pem = me.certificate_pem("Hill School PC 1", now=now)
    cert = x509.load_pem_x509_certificate(pem)
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert cn == me.node_id
    assert (
        cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
        == "Hill School PC 1"
    )
    assert cert.issuer == cert.subject
    cert.verify_directly_issued_by(cert)  # self-signed with the node key
    assert cert.not_valid_before_utc == now - dt.timedelta(days=1)
    assert cert.not_valid_after_utc > now + dt.timedelta(days=365 * 29)
    assert identity.public_key_from_certificate(pem) == PK1
    der = cert.public_bytes(serialization.Encoding.DER)
    assert identity.public_key_from_certificate(der) == PK1
    # Deterministic for a fixed clock: same key, name and time give the same certificate.
    assert me.certificate_pem("Hill School PC 1", now=now) == pem


def test_public_key_from_a_bad_certificate() -> None:
    with pytest.raises(IdentityError, match="cannot be read"):
        identity.public_key_from_certificate(b"not a certificate")
    with pytest.raises(IdentityError, match="cannot be read"):
        identity.public_key_from_certificate(
            b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
        )
    # A well-formed certificate whose key is not Ed25519.
    ec_key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "not a node")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(ec_key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(ec_key, hashes.SHA256())
    )
    with pytest.raises(IdentityError, match="Ed25519"):
        identity.public_key_from_certificate(cert.public_bytes(serialization.Encoding.PEM))


@settings(max_examples=10)
@given(st.text(max_size=100))
def test_certificate_for_any_node_name(name: str) -> None:
    me = key(SK2)
    pem = me.certificate_pem(name.replace("\x00", ""))
    assert identity.public_key_from_certificate(pem) == PK2
