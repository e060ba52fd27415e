"""bundle/rdfc.py and bundle/proofset.py against the W3C's published test vectors.

The files in ``tests/bundle/vectors/`` are copied unchanged from github.com/w3c/vc-di-eddsa
(``TestVectors/``, commit abb673eb, the vectors of "Data Integrity EdDSA Cryptosuites v1.0",
W3C Recommendation): the key pair, the unsigned credential, and for each of eddsa-rdfc-2022
and eddsa-jcs-2022 the proof configuration, the canonical forms, their hashes, the
signature and the signed credential. ``credentials-examples-v2.jsonld`` is the examples
context the vectors use (github.com/w3c/vc-data-model ``contexts/credentials/examples/v2``);
the test loader serves it beside the shipped contexts, which must give the spec's exact
canonical N-Quads for the VC v2 terms.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import base58
import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from edunode.bundle import contexts, proofset, rdfc, vc
from edunode.errors import BundleError

VECTORS = Path(__file__).parent / "vectors"
EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"
LOADER = rdfc.document_loader(
    {EXAMPLES_V2: json.loads((VECTORS / "credentials-examples-v2.jsonld").read_text())}
)
CREATED = "2023-02-24T23:36:38Z"


def text(name: str) -> str:
    return (VECTORS / name).read_text(encoding="utf-8")


def data(name: str) -> Any:
    return json.loads(text(name))


def spec_key() -> Ed25519PrivateKey:
    """keyPair.json's privateKeyMultibase: multicodec ed25519-priv (0x80 0x26) + the seed."""
    raw = base58.b58decode(data("keyPair.json")["privateKeyMultibase"][1:])
    assert raw[:2] == b"\x80\x26" and len(raw) == 34
    return Ed25519PrivateKey.from_private_bytes(raw[2:])


def public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


UNSIGNED = data("unsigned.json")


# --------------------------------------------------------------------------- eddsa-rdfc-2022


def test_rdfc_key_pair_is_the_vectors_did_key() -> None:
    method = data("eddsa-rdfc-2022/proofConfigDataInt.json")["verificationMethod"]
    multibase = data("keyPair.json")["publicKeyMultibase"]
    assert (
        vc.verification_method(public(spec_key())) == method == f"did:key:{multibase}#{multibase}"
    )


def test_rdfc_canonical_document_and_hash() -> None:
    canonical = rdfc.canonicalize(UNSIGNED, LOADER)
    assert canonical == text("eddsa-rdfc-2022/canonDocDataInt.txt")
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    assert digest == text("eddsa-rdfc-2022/docHashDataInt.txt").strip()


def test_rdfc_canonical_proof_configuration_and_hash() -> None:
    config = data("eddsa-rdfc-2022/proofConfigDataInt.json")
    canonical = rdfc.canonicalize(config, LOADER)
    assert canonical == text("eddsa-rdfc-2022/proofCanonDataInt.txt")
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    assert digest == text("eddsa-rdfc-2022/proofHashDataInt.txt").strip()


def test_rdfc_combined_hash_signature_and_proof_value() -> None:
    config = data("eddsa-rdfc-2022/proofConfigDataInt.json")
    options = {k: v for k, v in config.items() if k != "@context"}
    assert options == rdfc.proof_options(
        UNSIGNED, public(spec_key()), created=CREATED, purpose="assertionMethod"
    )
    combined = rdfc.hash_data(options, UNSIGNED, LOADER)
    assert combined.hex() == text("eddsa-rdfc-2022/combinedHashDataInt.txt").strip()
    signature = spec_key().sign(combined)
    assert signature.hex() == text("eddsa-rdfc-2022/sigHexDataInt.txt").strip()
    assert vc.to_multibase(signature) == text("eddsa-rdfc-2022/sigBTC58DataInt.txt").strip()


def test_rdfc_signer_reproduces_the_signed_credential() -> None:
    proof = rdfc.make_proof(UNSIGNED, spec_key(), created=CREATED, loader=LOADER)
    assert {**UNSIGNED, "proof": proof} == data("eddsa-rdfc-2022/signedDataInt.json")


def test_rdfc_verifier_accepts_the_signed_credential() -> None:
    signed = data("eddsa-rdfc-2022/signedDataInt.json")
    proof = signed.pop("proof")
    assert rdfc.check_proof(signed, proof, loader=LOADER) == public(spec_key())


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("credentialSubject", "alumniOf"), "The School of Other Examples"),
        (("validFrom",), "2023-01-02T00:00:00Z"),
        (("issuer",), "https://vc.example/issuers/5679"),
        (("type", 1), "OtherCredential"),
        (("proof", "created"), "2023-02-24T23:36:39Z"),
        (("proof", "verificationMethod"), vc.verification_method(bytes(32))),
    ],
)
def test_rdfc_verifier_refuses_a_changed_vector(path: tuple[Any, ...], value: Any) -> None:
    signed = data("eddsa-rdfc-2022/signedDataInt.json")
    node = signed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    proof = signed.pop("proof")
    with pytest.raises(BundleError):
        rdfc.check_proof(signed, proof, loader=LOADER)


def test_rdfc_canonical_form_ignores_json_member_order() -> None:
    reordered = dict(reversed(list(copy.deepcopy(UNSIGNED).items())))
    assert rdfc.canonicalize(reordered, LOADER) == text("eddsa-rdfc-2022/canonDocDataInt.txt")


# --------------------------------------------------------------------------- eddsa-jcs-2022


def test_jcs_vector_intermediates_from_the_files() -> None:
    config = data("eddsa-jcs-2022/proofConfigJCS.json")
    assert rfc8785.dumps(UNSIGNED).decode() == text("eddsa-jcs-2022/canonDocJCS.txt").strip()
    assert rfc8785.dumps(config).decode() == text("eddsa-jcs-2022/proofCanonJCS.txt").strip()
    assert (
        hashlib.sha256(rfc8785.dumps(UNSIGNED)).hexdigest()
        == text("eddsa-jcs-2022/docHashJCS.txt").strip()
    )
    assert (
        hashlib.sha256(rfc8785.dumps(config)).hexdigest()
        == text("eddsa-jcs-2022/proofHashJCS.txt").strip()
    )
    combined = vc._hash_data(config, UNSIGNED)
    assert combined.hex() == text("eddsa-jcs-2022/combinedHashJCS.txt").strip()
    signature = spec_key().sign(combined)
    assert signature.hex() == text("eddsa-jcs-2022/sigHexJCS.txt").strip()
    assert vc.to_multibase(signature) == text("eddsa-jcs-2022/sigBTC58JCS.txt").strip()


def test_jcs_signer_and_verifier_with_the_signed_file() -> None:
    signed = data("eddsa-jcs-2022/signedJCS.json")
    assert vc.add_proof(UNSIGNED, spec_key(), created=CREATED) == signed
    proof = signed.pop("proof")
    assert vc.check_jcs_proof(signed, proof) == public(spec_key())


# --------------------------------------------------------------------------- the proof set


def test_the_proof_set_is_the_two_vector_proofs() -> None:
    """Over the vector credential, the set holds exactly the two published proofs."""
    signed = proofset.sign(UNSIGNED, spec_key(), created=CREATED, loader=LOADER)
    assert signed["proof"] == [
        data("eddsa-rdfc-2022/signedDataInt.json")["proof"],
        data("eddsa-jcs-2022/signedJCS.json")["proof"],
    ]
    assert proofset.verify(signed, loader=LOADER) == public(spec_key())


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("credentialSubject", "alumniOf"), "The School of Other Examples"),
        (("name",), "Another Credential"),
        (("validFrom",), "2024-01-01T00:00:00Z"),
    ],
)
def test_a_changed_claim_fails_both_proofs(path: tuple[str, ...], value: str) -> None:
    signed = proofset.sign(UNSIGNED, spec_key(), created=CREATED, loader=LOADER)
    node = signed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    checks = proofset.check_each(signed, loader=LOADER)
    assert [c.cryptosuite for c in checks] == ["eddsa-rdfc-2022", "eddsa-jcs-2022"]
    assert all(not c.ok and "does not match its content" in (c.error or "") for c in checks)
    with pytest.raises(BundleError, match="eddsa-rdfc-2022 proof"):
        proofset.verify(signed, loader=LOADER)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(proof=d["proof"][0]), "single proof"),
        (lambda d: d["proof"].pop(), r"proofs are \['eddsa-rdfc-2022'\]"),
        (lambda d: d["proof"].append(d["proof"][1]), "one eddsa-rdfc-2022 and one"),
        (lambda d: d["proof"].__setitem__(1, d["proof"][0]), "one eddsa-rdfc-2022 and one"),
        (lambda d: d["proof"].__setitem__(0, "z2YwC8"), "not a proof"),
        (lambda d: d.pop("proof"), "no proof"),
    ],
)
def test_a_proof_set_other_than_ours_is_refused(change: Any, message: str) -> None:
    signed = proofset.sign(UNSIGNED, spec_key(), created=CREATED, loader=LOADER)
    change(signed)
    with pytest.raises(BundleError, match=message):
        proofset.verify(signed, loader=LOADER)


def test_proofs_by_two_different_keys_are_refused() -> None:
    other = Ed25519PrivateKey.generate()
    mine = proofset.sign(UNSIGNED, spec_key(), created=CREATED, loader=LOADER)
    theirs = proofset.sign(UNSIGNED, other, created=CREATED, loader=LOADER)
    mixed = {**mine, "proof": [mine["proof"][0], theirs["proof"][1]]}
    with pytest.raises(BundleError, match="different keys"):
        proofset.verify(mixed, loader=LOADER)


# --------------------------------------------------------------------------- the loader


def test_the_loader_serves_only_shipped_contexts() -> None:
    """The vector's own context is not shipped: without the test's extra it is refused, not
    fetched."""
    with pytest.raises(BundleError, match="examples/v2.* not one EduNode ships"):
        rdfc.canonicalize(UNSIGNED)
    for url in [
        "https://example.org/ctx",
        "http://www.w3.org/ns/credentials/v2",
        "file:///etc/passwd",
    ]:
        doc = {**UNSIGNED, "@context": [contexts.VC_V2, url]}
        with pytest.raises(BundleError, match="not one EduNode ships"):
            rdfc.canonicalize(doc)


def test_shipped_contexts_match_their_pins() -> None:
    for url, digest in contexts.SHA256.items():
        assert hashlib.sha256(contexts.raw(url)).hexdigest() == digest
        assert contexts.get(url) is not contexts.get(url)  # a fresh copy each time
    assert list(contexts.FILES) == [contexts.VC_V2, contexts.CLR_V2, contexts.OB_V3]


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"@context": [contexts.VC_V2], "type": "VerifiableCredential", "score": 3}, "score"),
        ({"@context": [contexts.VC_V2], "type": "NoSuchType"}, "NoSuchType"),
        (
            {
                "@context": [contexts.VC_V2],
                "type": "VerifiableCredential",
                "credentialSubject": {"type": "Nope"},
            },
            "Nope",
        ),  # fmt: skip
        ({"@context": [contexts.VC_V2], "id": "relative/id", "name": "A"}, "relative/id"),
        ({"@context": {"@version": 2}}, "not JSON-LD"),
        ({"@context": [contexts.VC_V2, {"name": "https://other.example/name"}]}, "not JSON-LD"),
    ],
)
def test_canonicalize_is_strict(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(BundleError, match=message):
        rdfc.canonicalize(doc)


def test_deep_nesting_is_refused_not_crashed() -> None:
    deep: Any = {"name": "x"}
    for _ in range(10_000):
        deep = {"credentialSubject": deep}
    with pytest.raises(BundleError, match="nested too deeply"):
        rdfc.canonicalize({"@context": [contexts.VC_V2], **deep})

