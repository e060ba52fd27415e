"""bundle/vc.py: eddsa-jcs-2022 Data Integrity proofs by did:key.

The known-answer vectors are the W3C's own: "Data Integrity EdDSA Cryptosuites v1.0",
W3C Recommendation, Appendix B.3 "Representation: eddsa-jcs-2022", examples 29-39
(https://www.w3.org/TR/vc-di-eddsa/#representation-eddsa-jcs-2022; the same text is in
github.com/w3c/vc-di-eddsa, transitions/2025/REC/index.html). Nothing here is computed by
this code and pasted back: every expected value is copied from the spec.
"""

from __future__ import annotations

import copy
import hashlib
import math
from typing import Any

import base58
import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import given, settings
from hypothesis import strategies as st

from edunode.bundle import vc
from edunode.errors import BundleError

# --------------------------------------------------------------------------- W3C vectors

# Example 29: the key pair.
PUBLIC_KEY_MULTIBASE = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
SECRET_KEY_MULTIBASE = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
SPEC_METHOD = f"did:key:{PUBLIC_KEY_MULTIBASE}#{PUBLIC_KEY_MULTIBASE}"
CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://www.w3.org/ns/credentials/examples/v2",
]

# Example 30: Credential without Proof.
UNSIGNED: dict[str, Any] = {
    "@context": CONTEXT,
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
}
# Example 31: Canonical Credential without Proof.
CANONICAL_UNSIGNED = (
    b'{"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/'
    b'examples/v2"],"credentialSubject":{"alumniOf":"The School of Examples","id":"did:example:'
    b'abcdefgh"},"description":"A minimum viable example of an Alumni Credential.","id":"urn:'
    b'uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33","issuer":"https://vc.example/issuers/5678",'
    b'"name":"Alumni Credential","type":["VerifiableCredential","AlumniCredential"],'
    b'"validFrom":"2023-01-01T00:00:00Z"}'
)
# Example 32: Hash of Canonical Credential without Proof.
UNSIGNED_HASH = "59b7cb6251b8991add1ce0bc83107e3db9dbbab5bd2c28f687db1a03abc92f19"
# Example 33: Proof Options Document.
PROOF_OPTIONS: dict[str, Any] = {
    "type": "DataIntegrityProof",
    "cryptosuite": "eddsa-jcs-2022",
    "created": "2023-02-24T23:36:38Z",
    "verificationMethod": SPEC_METHOD,
    "proofPurpose": "assertionMethod",
    "@context": CONTEXT,
}
# Example 34: Canonical Proof Options Document.
CANONICAL_PROOF_OPTIONS = (
    b'{"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/'
    b'examples/v2"],"created":"2023-02-24T23:36:38Z","cryptosuite":"eddsa-jcs-2022",'
    b'"proofPurpose":"assertionMethod","type":"DataIntegrityProof","verificationMethod":'
    b'"did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#'
    b'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"}'
)
# Example 35: Hash of Canonical Proof Options Document.
PROOF_OPTIONS_HASH = "66ab154f5c2890a140cb8388a22a160454f80575f6eae09e5a097cabe539a1db"
# Example 36: Combine hashes of Proof Options and Credential.
COMBINED_HASH = PROOF_OPTIONS_HASH + UNSIGNED_HASH
# Example 37: Signature of Combined Hashes (hex).
SIGNATURE_HEX = (
    "407cd12654b33d718ecbb99179a1506daaa849450bf3fc523cce3e1c96f8b803"
    "51da3f253d725c6f00b07c9e5448d50b3ef78012b9ab54255116d069c6dd2808"
)
# Example 38: Signature of Combined Hashes base58-btc.
PROOF_VALUE = (
    "z2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX"
)
# Example 39: Signed Credential.
SIGNED: dict[str, Any] = {**UNSIGNED, "proof": {**PROOF_OPTIONS, "proofValue": PROOF_VALUE}}


def spec_private_key() -> Ed25519PrivateKey:
    """Example 29's secretKeyMultibase: multicodec ed25519-priv (0x1300 = 0x80 0x26) + seed."""
    raw = base58.b58decode(SECRET_KEY_MULTIBASE[1:])
    assert raw[:2] == b"\x80\x26" and len(raw) == 34
    return Ed25519PrivateKey.from_private_bytes(raw[2:])


def raw_public(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


SPEC_PUBLIC_KEY = raw_public(spec_private_key())


def test_spec_vector_intermediates() -> None:
    assert rfc8785.dumps(UNSIGNED) == CANONICAL_UNSIGNED
    assert hashlib.sha256(CANONICAL_UNSIGNED).hexdigest() == UNSIGNED_HASH
    assert rfc8785.dumps(PROOF_OPTIONS) == CANONICAL_PROOF_OPTIONS
    assert hashlib.sha256(CANONICAL_PROOF_OPTIONS).hexdigest() == PROOF_OPTIONS_HASH
    assert vc._hash_data(PROOF_OPTIONS, UNSIGNED).hex() == COMBINED_HASH
    signature = spec_private_key().sign(bytes.fromhex(COMBINED_HASH))
    assert signature.hex() == SIGNATURE_HEX
    assert "z" + base58.b58encode(signature).decode() == PROOF_VALUE


def test_spec_did_key() -> None:
    assert vc.did_key(SPEC_PUBLIC_KEY) == f"did:key:{PUBLIC_KEY_MULTIBASE}"
    assert vc.verification_method(SPEC_PUBLIC_KEY) == SPEC_METHOD
    assert vc.public_key_from_did(SPEC_METHOD) == SPEC_PUBLIC_KEY


def test_add_proof_reproduces_the_spec_signed_credential() -> None:
    signed = vc.add_proof(UNSIGNED, spec_private_key(), created="2023-02-24T23:36:38Z")
    assert signed == SIGNED
    assert signed["proof"]["proofValue"] == PROOF_VALUE
    # Same member order as the spec's example, so the file reads the same way too.
    assert list(signed["proof"]) == [*PROOF_OPTIONS, "proofValue"]


def test_verify_accepts_the_spec_signed_credential() -> None:
    assert vc.verify_proof(copy.deepcopy(SIGNED)) == SPEC_PUBLIC_KEY


def test_spec_signed_credential_with_another_purpose_is_refused() -> None:
    with pytest.raises(BundleError, match="proofPurpose"):
        vc.verify_proof(SIGNED, expected_purpose="authentication")


# --------------------------------------------------------------------------- round trips

KEY = Ed25519PrivateKey.generate()
STAMP = "2026-03-01T08:30:00Z"


def credential(subject: dict[str, Any] | None = None, issuer: Any = None) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "issuer": vc.did_key(raw_public(KEY)) if issuer is None else issuer,
        "validFrom": STAMP,
        "credentialSubject": {"name": "Ama"} if subject is None else subject,
    }


def signed(**changes: Any) -> dict[str, Any]:
    return vc.add_proof(credential(**changes), KEY, created=STAMP)


def test_round_trip_with_a_fresh_key() -> None:
    key = Ed25519PrivateKey.generate()
    public = raw_public(key)
    doc = {**credential(), "issuer": {"id": vc.did_key(public), "name": "Hillside School"}}
    before = copy.deepcopy(doc)
    out = vc.add_proof(doc, key, created="2026-03-01T08:30:00.125+01:00", proof_purpose="x")
    assert doc == before and "proof" not in doc  # the input is untouched
    assert out["proof"]["verificationMethod"] == vc.verification_method(public)
    assert out["proof"]["@context"] == doc["@context"]
    assert out["proof"]["@context"] is not out["@context"]
    assert vc.verify_proof(out, expected_purpose="x") == public


def test_issuer_need_not_be_a_did_key() -> None:
    out = signed(issuer="https://school.example/")
    assert vc.verify_proof(out) == raw_public(KEY)


JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
SUBJECTS = st.dictionaries(st.text(max_size=8), JSON, max_size=5)


@settings(deadline=None)
@given(SUBJECTS)
def test_any_json_subject_signs_and_verifies(subject: dict[str, Any]) -> None:
    assert vc.verify_proof(signed(subject=subject)) == raw_public(KEY)


def all_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    paths = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            paths += all_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            paths += all_paths(value, (*path, index))
    return paths


def at(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def different(value: Any) -> Any:
    """A value whose canonical JSON surely differs (1 -> 1.0 would not: JCS writes both as 1)."""
    return value + "~" if isinstance(value, str) else "~"


def tamper(doc: dict[str, Any], path: tuple[Any, ...], how: str) -> None:
    """Change ``doc`` in place at ``path``: replace the value, add a member, or remove one."""
    target = at(doc, path)
    if how == "add" or not path:
        if isinstance(target, dict):
            new = "~"
            while new in target:
                new += "~"
            target[new] = 1
            return
        if isinstance(target, list):
            target.append("~")
            return
    parent, last = at(doc, path[:-1]), path[-1]
    if how == "remove":
        del parent[last]
    else:
        parent[last] = different(target)


@settings(deadline=None)
@given(SUBJECTS, st.data())
def test_any_change_breaks_the_proof(subject: dict[str, Any], data: st.DataObject) -> None:
    doc = signed(subject=subject)
    assert vc.verify_proof(doc) == raw_public(KEY)
    path = data.draw(st.sampled_from(all_paths(doc)), label="path")
    how = data.draw(st.sampled_from(["replace", "add", "remove"]), label="how")
    tamper(doc, path, how)
    with pytest.raises(BundleError):
        vc.verify_proof(doc)


@pytest.mark.parametrize(
    "path",
    [
        ("@context", 0),
        ("issuer",),
        ("validFrom",),
        ("credentialSubject", "name"),
        ("proof", "type"),
        ("proof", "cryptosuite"),
        ("proof", "created"),
        ("proof", "verificationMethod"),
        ("proof", "proofPurpose"),
        ("proof", "@context", 0),
        ("proof", "proofValue"),
    ],
)
@pytest.mark.parametrize("how", ["replace", "remove"])
def test_every_field_is_covered(path: tuple[Any, ...], how: str) -> None:
    doc = signed()
    tamper(doc, path, how)
    with pytest.raises(BundleError):
        vc.verify_proof(doc)


def test_unknown_members_added_anywhere_break_the_proof() -> None:
    for path in [(), ("proof",), ("credentialSubject",)]:
        doc = signed()
        tamper(doc, path, "add")
        with pytest.raises(BundleError, match="does not match its content"):
            vc.verify_proof(doc)


# --------------------------------------------------------------------------- hostile input


def with_proof(**changes: Any) -> dict[str, Any]:
    doc = signed()
    doc["proof"].update(changes)
    return doc


OTHER_KEY = Ed25519PrivateKey.generate()
P256_DID = "did:key:zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76"  # spec example 28
TRUNCATED_DID = "did:key:z" + base58.b58encode(b"\xed\x01" + bytes(31)).decode()


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({k: v for k, v in signed().items() if k != "proof"}, "has no proof"),
        ({**signed(), "proof": [signed()["proof"]]}, "set of proofs"),
        ({**signed(), "proof": "z2HnFSS"}, "proof is not a JSON object"),
        ({**signed(), "proof": None}, "proof is not a JSON object"),
        (with_proof(type="Ed25519Signature2020"), "type is 'Ed25519Signature2020'"),
        (with_proof(cryptosuite="eddsa-rdfc-2022"), "cryptosuite is 'eddsa-rdfc-2022'"),
        (with_proof(cryptosuite=None), "has no cryptosuite"),
        (with_proof(cryptosuite=["eddsa-jcs-2022"]), "cryptosuite is"),
        (with_proof(proofPurpose="authentication"), "proofPurpose is 'authentication'"),
        (with_proof(created="yesterday"), "not a valid date and time"),
        (with_proof(created="2026-02-30T08:30:00Z"), "not a valid date and time"),
        (with_proof(proofValue=PROOF_VALUE[1:]), "must start with 'z'"),
        (with_proof(proofValue="u" + PROOF_VALUE[1:]), "must start with 'z'"),
        (with_proof(proofValue=None), "must start with 'z'"),
        (with_proof(proofValue="z0OIl"), "not valid base58"),
        (with_proof(proofValue=PROOF_VALUE + " "), "not valid base58"),
        (with_proof(proofValue="z2HnFSSé"), "not valid base58"),
        (with_proof(proofValue="z" + base58.b58encode(bytes(63)).decode()), "63 bytes"),
        (with_proof(proofValue="z" + base58.b58encode(bytes(65)).decode()), "65 bytes"),
        (with_proof(proofValue="z"), "0 bytes"),
        (with_proof(verificationMethod=None), "verificationMethod"),
        (with_proof(verificationMethod="https://vc.example/issuers/5678#key-1"), "not a did:key"),
        (with_proof(verificationMethod=P256_DID), "not an Ed25519 did:key"),
        (with_proof(verificationMethod=f"did:key:{SECRET_KEY_MULTIBASE}"), "not an Ed25519"),
        (with_proof(verificationMethod=TRUNCATED_DID), "32-byte"),
        (with_proof(verificationMethod=SPEC_METHOD), "another key than its issuer's"),
        (with_proof(**{"@context": ["https://example.org/other"]}), "@context differs"),
        (signed(issuer="https://school.example/") | {"@context": CONTEXT}, "@context differs"),
        ({k: v for k, v in signed().items() if k != "@context"}, "credential has none"),
        (signed() | {"issuer": vc.did_key(raw_public(OTHER_KEY))}, "another key than its"),
        (signed() | {"issuer": {"id": vc.did_key(raw_public(OTHER_KEY))}}, "another key than"),
        (signed() | {"issuer": P256_DID}, "issuer: .* not an Ed25519 did:key"),
        (signed() | {"credentialSubject": {"score": math.nan}}, "not plain JSON.*nan"),
        (signed() | {"credentialSubject": {"score": math.inf}}, "not plain JSON.*inf"),
        (signed() | {"credentialSubject": {"score": 2**60}}, "not plain JSON"),
        (signed() | {"credentialSubject": {1: "one"}}, "not plain JSON"),
        (signed() | {"credentialSubject": {"photo": b"\x89PNG"}}, "not plain JSON"),
        (signed() | {"credentialSubject": {"name": "\ud800"}}, "not plain JSON"),
        (with_proof(nonce=math.nan), "proof holds a value that is not plain JSON"),
    ],
)
def test_hostile_credentials_are_refused_with_a_reason(doc: Any, message: str) -> None:
    with pytest.raises(BundleError, match=message):
        vc.verify_proof(doc)


@pytest.mark.parametrize("doc", [None, [], "{}", 42, b"{}", [SIGNED]])
def test_non_objects_are_refused(doc: Any) -> None:
    with pytest.raises(BundleError, match="not a JSON object"):
        vc.verify_proof(doc)
    with pytest.raises(BundleError, match="not a JSON object"):
        vc.add_proof(doc, KEY, created=STAMP)


def test_deeply_nested_input_is_refused_not_crashed() -> None:
    deep: Any = "x"
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(BundleError, match="not plain JSON"):
        vc.verify_proof(signed() | {"credentialSubject": {"deep": deep}})


@pytest.mark.parametrize(
    ("kwargs", "doc", "message"),
    [
        ({}, signed(), "already signed"),
        ({}, credential(subject={"score": math.nan}), "not plain JSON"),
        ({}, credential(subject={"score": -math.inf}), "not plain JSON"),
        ({}, credential(issuer=vc.did_key(raw_public(OTHER_KEY))), "another key than"),
        ({"created": "2026-03-01"}, credential(), "not a valid date and time"),
        ({"created": None}, credential(), "not a valid date and time"),
        ({"proof_purpose": ""}, credential(), "proof purpose"),
    ],
)
def test_add_proof_refuses(kwargs: dict[str, Any], doc: dict[str, Any], message: str) -> None:
    with pytest.raises(BundleError, match=message):
        vc.add_proof(doc, KEY, **{"created": STAMP, **kwargs})


def test_add_proof_needs_an_ed25519_key() -> None:
    with pytest.raises(BundleError, match="Ed25519 private key"):
        vc.add_proof(credential(), b"\x00" * 32, created=STAMP)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- did:key


@given(st.binary(min_size=32, max_size=32))
def test_did_key_round_trip(public_key: bytes) -> None:
    did = vc.did_key(public_key)
    assert did.startswith("did:key:z6Mk")
    assert vc.public_key_from_did(did) == public_key
    method = vc.verification_method(public_key)
    assert method == f"{did}#{did.removeprefix('did:key:')}"
    assert vc.public_key_from_did(method) == public_key


@pytest.mark.parametrize("size", [0, 31, 33, 64])
def test_did_key_needs_32_bytes(size: int) -> None:
    with pytest.raises(BundleError, match="32 bytes"):
        vc.did_key(bytes(size))


SPEC_DID = f"did:key:{PUBLIC_KEY_MULTIBASE}"


@pytest.mark.parametrize(
    ("did", "message"),
    [
        (None, "not a did:key"),
        (b"did:key:z6Mk", "not a did:key"),
        ("", "not a did:key"),
        ("did:web:school.example", "not a did:key"),
        ("DID:KEY:" + PUBLIC_KEY_MULTIBASE, "not a did:key"),
        ("did:key:", "must start with 'z'"),
        ("did:key:" + PUBLIC_KEY_MULTIBASE[1:], "must start with 'z'"),
        ("did:key:z", "not an Ed25519 did:key"),
        (SPEC_DID + "0", "not valid base58"),
        (SPEC_DID + " ", "not valid base58"),
        (SPEC_DID + "?service=x", "not valid base58"),
        (SPEC_DID + "#key-1", "after '#'"),
        (SPEC_DID + "#", "after '#'"),
        (SPEC_DID + "#" + PUBLIC_KEY_MULTIBASE + "#" + PUBLIC_KEY_MULTIBASE, "after '#'"),
        (P256_DID, "not an Ed25519 did:key"),
        ("did:key:" + SECRET_KEY_MULTIBASE, "not an Ed25519 did:key"),
        (TRUNCATED_DID, "32-byte"),
        ("did:key:z" + base58.b58encode(b"\xed\x01" + bytes(33)).decode(), "32-byte"),
    ],
)
def test_malformed_dids_are_refused(did: Any, message: str) -> None:
    with pytest.raises(BundleError, match=message):
        vc.public_key_from_did(did)
