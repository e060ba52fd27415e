"""eddsa-rdfc-2022 Data Integrity proofs: RDF Dataset Canonicalization with shipped contexts.

Implements W3C Recommendation "Data Integrity EdDSA Cryptosuites v1.0"
(https://www.w3.org/TR/vc-di-eddsa/), section 3.2 "eddsa-rdfc-2022":

- 3.2.3 Transformation: the document without its proofs, expanded as JSON-LD and
  canonicalized with RDFC-1.0 (pyld's ``normalize``, algorithm URDNA2015, which RDFC-1.0
  standardised unchanged) into canonical N-Quads;
- 3.2.5 Proof Configuration: the proof options, given the document's ``@context``,
  canonicalized the same way;
- 3.2.4 Hashing: SHA-256(canonical proof configuration) || SHA-256(canonical document);
- 3.2.6 Proof Serialization: pure Ed25519 over those 64 bytes, multibase base58-btc.

The JSON-LD contexts come from :mod:`edunode.bundle.contexts`, files shipped inside the
package: the document loader serves those and nothing else, so canonicalizing never
touches the network and a credential naming any other context is refused.

Canonicalization is *strict*: RDF keeps only what the contexts define, and a term they do
not define is silently dropped by a JSON-LD processor, so a signature would not cover it.
Here any property that does not expand to an absolute IRI, and any ``type`` or ``id`` that
does not, is an error (what JSON-LD "safe mode" refuses): the proof covers every claim.

The spec's test vectors (``tests/bundle/vectors/``) are checked in
``tests/bundle/test_rdfc_vectors.py``.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections.abc import Callable, Mapping
from typing import Any

import rfc8785
from cachetools import LRUCache  # type: ignore[import-untyped]
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyld import jsonld  # type: ignore[import-untyped]
from pyld.canon import URDNA2015  # type: ignore[import-untyped]
from pyld.context_resolver import ContextResolver  # type: ignore[import-untyped]

from edunode.bundle import contexts, vc
from edunode.errors import BundleError

CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_TYPE = vc.PROOF_TYPE
MAX_DEPTH = 64  # JSON nesting a credential may have (ours has 12): recursion is bounded

Loader = Callable[[str, Any], dict[str, Any]]


def document_loader(extra: Mapping[str, dict[str, Any]] | None = None) -> Loader:
    """A pyld document loader serving the shipped contexts (and ``extra``, for tests) only:
    any other URL is an error, never a fetch."""
    known = dict(extra or {})

    def load(url: str, options: Any = None) -> dict[str, Any]:
        document = copy.deepcopy(known[url]) if url in known else contexts.get(url)
        if document is None:
            raise jsonld.JsonLdError(
                f"the JSON-LD context {url!r} is not one EduNode ships",
                "jsonld.LoadDocumentError",
                code="loading document failed",
            )
        # "tag" lets pyld keep the processed context in this loader's own cache (below)
        return {"contextUrl": None, "documentUrl": url, "document": document, "tag": "static"}

    load.cache = LRUCache(maxsize=32)  # type: ignore[attr-defined]
    return load


SHIPPED = document_loader()


# Canonical forms already computed with the shipped contexts, by the SHA-256 of the
# document's JCS bytes: the same credential is canonicalized when it is signed and again when
# the file just written is verified (and the CLR, which embeds every course's credential,
# repeats their work), and RDFC is the slow part of a bundle. A pure function of the bytes,
# so a hit gives exactly what canonicalizing would; bounded, and guarded for worker threads.
_CANONICAL: LRUCache = LRUCache(maxsize=64)
_CANONICAL_LOCK = threading.Lock()


def forget_canonical_forms() -> None:
    """Empty the cache above (a benchmark playing another PC, which has computed nothing)."""
    with _CANONICAL_LOCK:
        _CANONICAL.clear()


def canonicalize(document: dict[str, Any], loader: Loader = SHIPPED) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document, strictly: a term the contexts
    don't define, an unknown context or anything else JSON-LD can't read is a BundleError."""
    _check_depth(document)
    key = None
    if loader is SHIPPED:
        try:
            key = hashlib.sha256(rfc8785.dumps(document)).digest()
        except (rfc8785.CanonicalizationError, TypeError, ValueError):
            key = None  # not plain JSON: canonicalize (and fail) the slow way
        else:
            with _CANONICAL_LOCK:
                found = _CANONICAL.get(key)
            if found is not None:
                return str(found)
    canonical = _canonicalize(document, loader)
    if key is not None:
        with _CANONICAL_LOCK:
            _CANONICAL[key] = canonical
    return canonical


def _canonicalize(document: dict[str, Any], loader: Loader) -> str:
    dropped: list[str | None] = []
    processor = jsonld.JsonLdProcessor(on_property_dropped=dropped.append)
    options = {
        "documentLoader": loader,
        "base": None,  # pyld would resolve relative IRIs against an example base
        "processingMode": "json-ld-1.1",
        # Processed contexts are kept per loader, never in pyld's process-wide cache: a
        # context one loader served can't be reused by another that would refuse it.
        "contextResolver": ContextResolver(getattr(loader, "cache", {}), loader),
    }
    try:
        expanded = processor.expand(document, options)
        if dropped:
            raise BundleError(
                f"the credential uses a term its contexts do not define ({_show(dropped[0])})"
            )
        _check_expanded(expanded)
        dataset = processor.to_rdf(expanded, {**options, "produceGeneralizedRdf": False})
        canonical = URDNA2015().main(dataset, {"format": "application/n-quads"})
    except jsonld.JsonLdError as exc:
        raise BundleError(
            f"the credential is not JSON-LD its contexts can read ({_cause(exc)})"
        ) from None
    except RecursionError:
        raise BundleError("the credential is nested too deeply") from None
    if not isinstance(canonical, str):
        raise BundleError("the credential could not be canonicalized")
    return canonical


# --- proofs -------------------------------------------------------------------------------


def proof_options(
    document: dict[str, Any], public_key: bytes, *, created: str, purpose: str
) -> dict[str, Any]:
    """The proof before its value (spec 3.2.1 step 1); ``@context`` is added for hashing."""
    return {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": vc.verification_method(public_key),
        "proofPurpose": purpose,
    }


def hash_data(
    options: dict[str, Any], unsecured: dict[str, Any], loader: Loader = SHIPPED
) -> bytes:
    """Spec 3.2.4 and 3.2.5: SHA-256 of the canonical proof configuration (the options with
    the document's ``@context``), then SHA-256 of the canonical document."""
    config = {**options, "@context": unsecured.get("@context")}
    return (
        hashlib.sha256(canonicalize(config, loader).encode("utf-8")).digest()
        + hashlib.sha256(canonicalize(unsecured, loader).encode("utf-8")).digest()
    )


def make_proof(
    unsecured: dict[str, Any],
    private_key: Ed25519PrivateKey,
    *,
    created: str,
    purpose: str = "assertionMethod",
    loader: Loader = SHIPPED,
) -> dict[str, Any]:
    """An eddsa-rdfc-2022 proof of ``unsecured`` (a credential without proofs)."""
    if "proof" in unsecured:
        raise BundleError("an rdfc proof is made over the credential without its proofs")
    public_key = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    options = proof_options(unsecured, public_key, created=created, purpose=purpose)
    signature = private_key.sign(hash_data(options, unsecured, loader))
    return {**options, "proofValue": vc.to_multibase(signature)}


def check_proof(
    unsecured: dict[str, Any],
    proof: dict[str, Any],
    *,
    expected_purpose: str = "assertionMethod",
    loader: Loader = SHIPPED,
) -> bytes:
    """Verify one eddsa-rdfc-2022 proof of ``unsecured`` (spec 3.2.2); the 32-byte key."""
    vc.expect(proof, "type", PROOF_TYPE)
    vc.expect(proof, "cryptosuite", CRYPTOSUITE)
    vc.expect(proof, "proofPurpose", expected_purpose)
    if "@context" in proof:
        raise BundleError("an eddsa-rdfc-2022 proof carries no @context of its own")
    if "created" in proof:
        vc.check_created(proof["created"])
    public_key = vc.proof_key(proof)
    vc.check_issuer(unsecured, public_key)
    signature = vc.signature_of(proof)
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    data = hash_data(options, unsecured, loader)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        raise BundleError(
            "the credential's eddsa-rdfc-2022 signature does not match its content: it was "
            "changed after signing, or was not signed by the key it names"
        ) from None
    return public_key


# --- the pieces ---------------------------------------------------------------------------


def _check_expanded(expanded: Any) -> None:
    """Every node's ``@id`` and ``@type`` an absolute IRI or a blank node: RDF drops any other
    silently. Iterative, so a hostile document can't exhaust the stack."""
    stack = [expanded]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "@value" in item:
                continue
            ids = [item["@id"]] if "@id" in item else []
            for value in [*ids, *item.get("@type", [])]:
                if not (isinstance(value, str) and (value.startswith("_:") or _absolute(value))):
                    raise BundleError(
                        f"the credential names a type or id its contexts do not define "
                        f"({_show(value)})"
                    )
            stack.extend(v for k, v in item.items() if k not in ("@id", "@type"))


def _absolute(iri: str) -> bool:
    scheme, colon, _ = iri.partition(":")
    return bool(colon) and scheme[:1].isalpha() and all(c.isalnum() or c in "+-." for c in scheme)


def _check_depth(document: object) -> None:
    stack: list[tuple[object, int]] = [(document, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BundleError("the credential is nested too deeply")
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)


def _cause(exc: BaseException) -> str:
    """The innermost message of a pyld error chain, short."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _show(value: object) -> str:
    return vc.show(value)
