"""W3C Verifiable Credentials secured by a Data Integrity proof, cryptosuite eddsa-jcs-2022.

Implements W3C Recommendation "Data Integrity EdDSA Cryptosuites v1.0"
(https://www.w3.org/TR/vc-di-eddsa/), section 3.3 "eddsa-jcs-2022":

- 3.3.1 Create Proof: the proof options get the document's ``@context``;
- 3.3.5 Proof Configuration: the proof options canonicalized with JCS (RFC 8785);
- 3.3.3 Transformation: the document without its proof, canonicalized with JCS;
- 3.3.4 Hashing: SHA-256(proof configuration) || SHA-256(transformed document);
- 3.3.6 Proof Serialization: pure Ed25519 (RFC 8032) over those 64 bytes, stored as a
  multibase base58-btc (``z...``) ``proofValue``;
- 3.3.2 Verify Proof / 3.3.7 Proof Verification: the same hash data, checked with the key
  the ``verificationMethod`` names.

The signer is a did:key (W3C CCG "The did:key Method"): ``did:key:`` + multibase base58-btc
of the multicodec header ``0xed 0x01`` (ed25519-pub) and the raw 32-byte key; its
verification method is that DID with the same value as fragment. A did:key *is* the key,
so any verifier can check a credential offline, with no resolver and no network.

Deliberately narrower than the spec, because a bundle needs no more and every extra path
is attack surface: only did:key verification methods (no URL resolving), and a proof
``@context`` must equal the document's (the spec also lets it be a leading part of it, for
proof chains). No JSON-LD processing: JCS needs none. :func:`add_proof` and
:func:`verify_proof` handle a credential with this one proof; a bundle's credentials carry
it in a proof set beside an eddsa-rdfc-2022 proof (:mod:`edunode.bundle.proofset`), through
:func:`jcs_proof` and :func:`check_jcs_proof`. The spec's Appendix B.3 test vectors are
checked in ``tests/bundle/test_vc.py`` and ``tests/bundle/test_rdfc_vectors.py``.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
from typing import Any

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from edunode.bundle import jcs
from edunode.errors import BundleError

CRYPTOSUITE = "eddsa-jcs-2022"
PROOF_TYPE = "DataIntegrityProof"

_DID_KEY = "did:key:"
_ED25519_PUB = b"\xed\x01"  # multicodec 0xed (ed25519-pub) as an unsigned varint
# Lengths are checked before any decoding: base58 decoding takes time quadratic in the
# length, and a file from anywhere can hold megabytes where 48 characters belong.
MAX_KEY_TEXT = 50  # multibase of a 34-byte ed25519-pub key: "z6Mk" + 44 characters
MAX_SIGNATURE_TEXT = 89  # multibase of a 64-byte signature: "z" + at most 88 characters
_BASE58 = re.compile("[1-9A-HJ-NP-Za-km-z]*")  # the bitcoin alphabet: no 0, O, I, l
_XSD_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?"
    r"(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
)


# --- did:key ------------------------------------------------------------------------------


def did_key(public_key: bytes) -> str:
    """The did:key of a raw Ed25519 public key: an issuer id that is the key itself."""
    if not isinstance(public_key, (bytes, bytearray)) or len(public_key) != 32:
        raise BundleError("an Ed25519 public key must be 32 bytes")
    return _DID_KEY + to_multibase(_ED25519_PUB + bytes(public_key))


def verification_method(public_key: bytes) -> str:
    """``did:key:z6Mk...#z6Mk...``: the id did:key gives the one key in its DID document."""
    did = did_key(public_key)
    return f"{did}#{did[len(_DID_KEY) :]}"


def public_key_from_did(did_or_method: str) -> bytes:
    """The raw Ed25519 key a did:key (or its verification method id) names.

    Strict on purpose: a signer id has exactly one valid spelling, so anything else is
    either damage or an attempt to smuggle in another key type.
    """
    if not isinstance(did_or_method, str) or not did_or_method.startswith(_DID_KEY):
        raise BundleError(f"{show(did_or_method)} is not a did:key")
    ident, has_fragment, fragment = did_or_method[len(_DID_KEY) :].partition("#")
    if has_fragment and fragment != ident:
        raise BundleError(f"the key id after '#' in {show(did_or_method)} is not its did:key")
    data = _from_base58btc(ident, f"the did:key {show(did_or_method)}", MAX_KEY_TEXT)
    if data[:2] != _ED25519_PUB:
        raise BundleError(f"{show(did_or_method)} is not an Ed25519 did:key")
    if len(data) != 2 + 32:
        raise BundleError(f"{show(did_or_method)} does not hold a 32-byte Ed25519 key")
    return data[2:]


# --- proofs -------------------------------------------------------------------------------


def add_proof(
    credential: dict[str, Any],
    private_key: Ed25519PrivateKey,
    *,
    created: str,
    proof_purpose: str = "assertionMethod",
) -> dict[str, Any]:
    """A signed copy of ``credential`` with its one eddsa-jcs-2022 proof (spec 3.3.1); the
    input is left untouched. A bundle's credentials carry a proof set instead
    (:mod:`edunode.bundle.proofset`), made of this proof and an eddsa-rdfc-2022 one."""
    document = _as_document(credential)
    if "proof" in document:
        raise BundleError("the credential is already signed (it has a proof)")
    proof = jcs_proof(document, private_key, created=created, proof_purpose=proof_purpose)
    # Deep copies only now: the hashing proved every value is plain JSON.
    return {**copy.deepcopy(document), "proof": proof}


def jcs_proof(
    unsecured: dict[str, Any],
    private_key: Ed25519PrivateKey,
    *,
    created: str,
    proof_purpose: str = "assertionMethod",
) -> dict[str, Any]:
    """The eddsa-jcs-2022 proof of ``unsecured`` (a credential without proofs)."""
    document = _as_document(unsecured)
    if not isinstance(private_key, Ed25519PrivateKey):
        raise BundleError("signing a credential needs an Ed25519 private key")
    check_created(created)
    if not isinstance(proof_purpose, str) or not proof_purpose:
        raise BundleError("the proof purpose must be a non-empty text")
    public_key = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    check_issuer(document, public_key)
    proof: dict[str, Any] = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method(public_key),
        "proofPurpose": proof_purpose,
    }
    if "@context" in document:
        proof["@context"] = document["@context"]
    signature = private_key.sign(_hash_data(proof, document))
    proof["proofValue"] = to_multibase(signature)
    return copy.deepcopy(proof)


def verify_proof(credential: dict[str, Any], *, expected_purpose: str = "assertionMethod") -> bytes:
    """Check the credential's one eddsa-jcs-2022 proof (spec 3.3.2); the 32-byte key that
    signed it.

    Every problem is a BundleError naming it, whatever the input: this reads files that
    came from anywhere.
    """
    document = _as_document(credential)
    proof = _single_proof(document)
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    return check_jcs_proof(unsecured, proof, expected_purpose=expected_purpose)


def check_jcs_proof(
    unsecured: dict[str, Any], proof: dict[str, Any], *, expected_purpose: str = "assertionMethod"
) -> bytes:
    """Check one eddsa-jcs-2022 ``proof`` of ``unsecured`` (the credential without its proofs);
    the 32-byte key that signed it."""
    if not isinstance(proof, dict):
        raise BundleError("the credential's proof is not a JSON object")
    expect(proof, "type", PROOF_TYPE)
    expect(proof, "cryptosuite", CRYPTOSUITE)
    expect(proof, "proofPurpose", expected_purpose)
    if "created" in proof:
        check_created(proof["created"])
    public_key = proof_key(proof)
    check_issuer(unsecured, public_key)
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    _check_proof_context(options, unsecured)
    signature = signature_of(proof)
    hash_data = _hash_data(options, unsecured)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, hash_data)
    except (InvalidSignature, ValueError):
        raise BundleError(
            "the credential's signature does not match its content: it was changed after "
            "signing, or was not signed by the key it names"
        ) from None
    return public_key


def proof_key(proof: dict[str, Any]) -> bytes:
    """The Ed25519 key a proof's ``verificationMethod`` (a did:key) names."""
    method: Any = proof.get("verificationMethod")
    try:
        return public_key_from_did(method)
    except BundleError as exc:
        raise BundleError(f"the proof's signer (verificationMethod): {exc}") from None


def signature_of(proof: dict[str, Any]) -> bytes:
    """A proof's 64-byte Ed25519 signature, from its multibase ``proofValue``."""
    signature = _from_base58btc(
        proof.get("proofValue"), "the proof's signature (proofValue)", MAX_SIGNATURE_TEXT
    )
    if len(signature) != 64:
        raise BundleError(
            f"the proof's signature is {len(signature)} bytes long; an Ed25519 signature is 64"
        )
    return signature


# --- the pieces ---------------------------------------------------------------------------


def _hash_data(proof_config: dict[str, Any], unsecured: dict[str, Any]) -> bytes:
    """Spec 3.3.4: what Ed25519 signs; the proof options are bound as well as the document."""
    return (
        hashlib.sha256(_jcs(proof_config, "proof")).digest()
        + hashlib.sha256(_jcs(unsecured, "credential")).digest()
    )


def _jcs(value: object, what: str) -> bytes:
    """RFC 8785 canonical JSON: one byte string per JSON value, so signatures are stable."""
    try:
        return jcs.dumps(value)
    except (ValueError, TypeError, RecursionError) as exc:
        raise BundleError(f"the {what} holds a value that is not plain JSON ({exc})") from None


def _as_document(credential: object) -> dict[str, Any]:
    if not isinstance(credential, dict):
        raise BundleError("the credential is not a JSON object")
    return credential


def _single_proof(document: dict[str, Any]) -> dict[str, Any]:
    if "proof" not in document:
        raise BundleError("the credential is not signed (it has no proof)")
    proof = document["proof"]
    if isinstance(proof, list):
        raise BundleError("the credential carries a set of proofs; only a single proof is read")
    if not isinstance(proof, dict):
        raise BundleError("the credential's proof is not a JSON object")
    return proof


def expect(proof: dict[str, Any], field: str, wanted: str) -> None:
    value = proof.get(field)
    if value is None:
        raise BundleError(f"the proof has no {field} (expected {wanted!r})")
    if not (isinstance(value, str) and value == wanted):
        raise BundleError(f"the proof's {field} is {show(value)}, not {wanted!r}")


def check_created(value: object) -> None:
    """Spec 3.3.5 step 3: ``created`` must be an XML Schema 1.1 dateTime."""
    match = _XSD_DATETIME.fullmatch(value) if isinstance(value, str) else None
    if match is not None:
        year, month, day, hour, minute, second = (int(group) for group in match.groups())
        try:
            dt.datetime(year, month, day, hour, minute, second)
            return
        except ValueError:  # month 13, 25 o'clock, 30 February...
            pass
    raise BundleError(f"the proof's creation time {show(value)} is not a valid date and time")


def check_issuer(document: dict[str, Any], public_key: bytes) -> None:
    """A did:key issuer *is* a key: a proof by any other key is not the issuer's word."""
    issuer = document.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if not (isinstance(issuer_id, str) and issuer_id.startswith(_DID_KEY)):
        return
    try:
        issuer_key = public_key_from_did(issuer_id)
    except BundleError as exc:
        raise BundleError(f"the credential's issuer: {exc}") from None
    if issuer_key != public_key:
        raise BundleError("the credential was signed by another key than its issuer's")


def _check_proof_context(options: dict[str, Any], unsecured: dict[str, Any]) -> None:
    """Spec 3.3.2 step 4, narrowed to equality (compared canonically, so 1 is not True)."""
    if "@context" not in options:
        return
    if "@context" not in unsecured:
        raise BundleError("the proof has an @context but the credential has none")
    if _jcs(options["@context"], "proof") != _jcs(unsecured["@context"], "credential"):
        raise BundleError("the proof's @context differs from the credential's")


def to_multibase(data: bytes) -> str:
    return "z" + base58.b58encode(data).decode("ascii")


def _from_base58btc(value: object, what: str, max_length: int) -> bytes:
    """Multibase base58-btc, strictly: the library forgives trailing blanks, a signature won't.
    Text longer than ``max_length`` is refused before decoding (which is quadratic); every
    check before that is linear."""
    if not isinstance(value, str) or not value.startswith("z"):
        raise BundleError(f"{what} is not multibase base58-btc text (it must start with 'z')")
    if not _BASE58.fullmatch(value, 1):
        raise BundleError(f"{what} is not valid base58")
    if len(value) > max_length:
        raise BundleError(f"{what} is too long ({len(value):,} characters, at most {max_length})")
    try:
        data = base58.b58decode(value[1:])
    except ValueError:
        raise BundleError(f"{what} is not valid base58") from None
    if to_multibase(data) != value:
        raise BundleError(f"{what} is not valid base58")
    return data


def show(value: object) -> str:
    """A value for a message, cut short: hostile input can be megabytes long."""
    if isinstance(value, str) and len(value) > 80:
        value = value[:80]  # cut before repr: hostile input can be megabytes long
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
