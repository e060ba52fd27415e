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

Speed (a six-year learner's CLR is about 4,000 quads, and pyld is pure Python): processed
contexts are remembered per loader (:class:`_ProcessedContexts`), the expanded document is
turned into RDF without pyld expanding it again, and canonical forms are remembered by the
document's JSON text. :func:`canonicalize_union` canonicalizes a dataset made of parts whose
canonical quads are known (``clr.canonical``: a CLR from its members). Each of these is
checked against pyld's own ``normalize`` in ``tests/bundle/test_canonical_parts.py``.

The spec's test vectors (``tests/bundle/vectors/``) are checked in
``tests/bundle/test_rdfc_vectors.py``.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cachetools import LRUCache  # type: ignore[import-untyped]
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyld import jsonld  # type: ignore[import-untyped]
from pyld.canon import URDNA2015  # type: ignore[import-untyped]
from pyld.context_resolver import ContextResolver  # type: ignore[import-untyped]
from pyld.identifier_issuer import IdentifierIssuer  # type: ignore[import-untyped]

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
    load.processed = _ProcessedContexts()  # type: ignore[attr-defined]
    return load


class _ProcessedContexts:
    """Active contexts this loader's contexts were processed into, remembered.

    pyld processes a type-scoped context again for every node of that type (and, to
    validate a context, every scoped context inside it): a credential of 300 results is
    about 1,700 context processings, most of the time canonicalizing takes. Processing is a
    pure function of the active context, the local context and three flags, so the result
    is kept, keyed by the active context's identity (held here, so the identity is not
    reused while the entry lives; the active contexts pyld then gets are these same
    objects, never changed after processing) and the local context's JSON text. Per
    loader: another loader may serve other documents at the same URLs. Bounded, in count
    and in the size of what is kept (a hostile inline context of thousands of terms is
    processed the ordinary way)."""

    MAX_TERMS = 2_000  # the shipped contexts define about 300

    def __init__(self) -> None:
        self._kept: LRUCache = LRUCache(maxsize=256)
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], active: object) -> Any:
        with self._lock:
            found = self._kept.get(key)
        return found[1] if found is not None and found[0] is active else None

    def put(self, key: tuple[Any, ...], active: object, processed: Any) -> None:
        if isinstance(processed, dict) and len(processed.get("mappings", ())) <= self.MAX_TERMS:
            with self._lock:
                self._kept[key] = (active, processed)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


class _RDFC(URDNA2015):  # type: ignore[misc]
    """pyld's RDFC-1.0 (its URDNA2015 class), without a deep copy per blank node of every
    quad it hashes: a blank node term is a flat {"type", "value"}, so a shallow copy is the
    same copy."""

    def modify_first_degree_component(self, id_: str, component: Any, key: str) -> Any:
        if component["type"] != "blank node":
            return component
        return {**component, "value": "_:a" if component["value"] == id_ else "_:z"}


class _Processor(jsonld.JsonLdProcessor):  # type: ignore[misc]
    """pyld's JSON-LD processor with processed contexts remembered (above), and RDF made
    from the expanded document without expanding it a second time (pyld's ``to_rdf``
    expands whatever it is given)."""

    MAX_IRIS = 100_000  # IRI expansions remembered per document

    def __init__(
        self, processed: _ProcessedContexts | None, *, trusted: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._processed = processed
        self._trusted = trusted  # the loader serves only the shipped contexts (SHIPPED)
        self._in_shipped = 0  # how deep inside the processing of shipped contexts
        # The active contexts context processing gave (by identity, held), which pyld never
        # changes afterwards, and the IRIs expanded against them: a credential expands the
        # same few dozen terms and types thousands of times.
        self._finished: dict[int, Any] = {}
        self._iris: dict[tuple[int, str, Any, bool], tuple[Any, Any]] = {}
        self._texts: dict[int, tuple[Any, str]] = {}

    def _expand_iri(  # pyld's signature
        self,
        active_ctx: Any,
        value: Any,
        base: Any = None,
        vocab: bool = False,
        local_ctx: Any = None,
        defined: Any = None,
    ) -> Any:
        if (
            local_ctx is not None  # during context processing: may define terms
            or defined is not None
            or type(value) is not str
            or id(active_ctx) not in self._finished
            or not (base is None or type(base) is str)
        ):
            return super()._expand_iri(active_ctx, value, base, vocab, local_ctx, defined)
        key = (id(active_ctx), value, base, bool(vocab))
        found = self._iris.get(key)
        if found is not None and found[0] is active_ctx:
            return found[1]
        expanded = super()._expand_iri(active_ctx, value, base, vocab)
        if len(self._iris) < self.MAX_IRIS:
            self._iris[key] = (active_ctx, expanded)
        return expanded

    def _finish(self, processed: Any) -> Any:
        if isinstance(processed, dict):
            self._finished[id(processed)] = processed
        return processed

    def _process_context(  # pyld's signature
        self,
        active_ctx: Any,
        local_ctx: Any,
        options: Any,
        override_protected: bool = False,
        propagate: bool = True,
        validate_scoped: bool = True,
        cycles: Any = None,
    ) -> Any:
        if cycles is not None and self._in_shipped:
            # pyld checking, while it processes a context EduNode ships, that each scoped
            # context in it can be processed (against the half-made context; the result is
            # thrown away): the shipped contexts are known to be valid (pyld's own normalize
            # uses them in tests/bundle), so the check can only pass. Each scoped context is
            # processed for real when a node uses it.
            return active_ctx
        key = None
        if self._processed is not None:
            text = self._text_of(local_ctx)
            if text is not None:
                key = (id(active_ctx), text, override_protected, propagate, validate_scoped)
                found = self._processed.get(key, active_ctx)
                if found is not None:
                    return self._finish(found)
        shipped = self._trusted and _names_shipped_contexts(local_ctx)
        self._in_shipped += shipped
        try:
            processed = super()._process_context(
                active_ctx, local_ctx, options, override_protected, propagate, validate_scoped,
                cycles,
            )  # fmt: skip
        finally:
            self._in_shipped -= shipped
        if key is not None and self._processed is not None:
            self._processed.put(key, active_ctx, processed)
        return self._finish(processed)

    def _text_of(self, local_ctx: Any) -> str | None:
        """The local context's JSON text (sorted keys), the key it is remembered under; once
        per context object while this document is expanded (held, so its identity is not
        reused; nothing changes a context while a document is expanded: pyld changes none
        it is given, and the document is not changed while it is canonicalized)."""
        kept = self._texts.get(id(local_ctx))
        if kept is not None and kept[0] is local_ctx:
            return kept[1]
        try:
            text = json.dumps(local_ctx, sort_keys=True)
        except (TypeError, ValueError):
            return None
        if isinstance(local_ctx, (dict, list)):
            self._texts[id(local_ctx)] = (local_ctx, text)
        return text

    def dataset_of(self, expanded: Any, options: Any) -> dict[str, Any]:
        """JSON-LD 1.1 "Deserialize JSON-LD to RDF" (what ``to_rdf`` does after expanding):
        :func:`_plain_dataset` for documents of plain node and value objects (a
        credential), pyld's node map for anything else."""
        plain = _plain_dataset(self, expanded, options)
        if plain is not None:
            return {"@default": plain}
        issuer = IdentifierIssuer("_:b")
        node_map: dict[str, Any] = {"@default": {}}
        self._create_node_map(expanded, node_map, "@default", issuer)
        return {
            name: self._graph_to_rdf(graph, issuer, options)
            for name, graph in sorted(node_map.items())
            if name == "@default" or jsonld._is_absolute_iri(name)
        }


class _NotPlain(Exception):
    """The expanded document holds what :func:`_plain_dataset` leaves to pyld."""


# Keys of expanded node objects (and value objects) that only pyld's node map handles.
_LEFT_TO_PYLD = frozenset(
    {"@list", "@set", "@graph", "@reverse", "@included", "@index", "@direction", "@value"}
)
_VALUE_KEYS = frozenset({"@value", "@type", "@language"})
_RDF_TYPE = jsonld.RDF_TYPE


def _plain_dataset(
    processor: _Processor, expanded: Any, options: Any
) -> list[dict[str, Any]] | None:
    """The default graph's triples of an expanded document whose nodes are plain node
    objects (``@id``, ``@type``, properties) holding value objects (``@value`` with a
    ``@type`` or ``@language``), node objects and references: pyld's node map and
    ``_graph_to_rdf`` without the map. The node map merges the nodes of one ``@id`` and
    keeps one of equal values (pyld's ``compare_values``: same type and language and
    ``==`` values, so 1 and 1.0 are one, true and 1 are not); here each (subject,
    property) keeps the keys of the values it had, met in the node map's order (arrays in
    order, properties sorted), and each value is made an RDF term by pyld's own
    ``_object_to_rdf``. Blank nodes are labeled in another order, which RDF
    canonicalization does not see. Anything else raises _NotPlain: lists, graphs, reverse
    properties, indexes, directions, JSON literals, a value that is not text, a number or
    a boolean, numbers that are not finite, blank node datatypes: None then."""
    try:
        return _plain_triples(processor, expanded, options)
    except _NotPlain:
        return None


def _plain_triples(processor: _Processor, expanded: Any, options: Any) -> list[dict[str, Any]]:
    """:func:`_plain_dataset`'s triples; _NotPlain where it leaves the document to pyld."""
    issuer = IdentifierIssuer("_:b")
    triples: list[dict[str, Any]] = []
    had: dict[tuple[str, str], set[tuple[Any, ...]]] = {}
    object_to_rdf = processor._object_to_rdf
    absolute = jsonld._is_absolute_iri

    def add(subject: str, predicate: str, key: tuple[Any, ...], item: Any) -> None:
        seen = had.setdefault((subject, predicate), set())
        if key in seen:
            return
        seen.add(key)
        if predicate.startswith("_:") or not (absolute(subject) and absolute(predicate)):
            return  # a relative IRI, or a blank node predicate: not RDF
        term = object_to_rdf(item, issuer, triples, options)
        if term is not None:  # None: a relative IRI
            triples.append({
                "subject": {"type": "blank node" if subject.startswith("_:") else "IRI",
                            "value": subject},
                "predicate": {"type": "IRI", "value": predicate},
                "object": term,
            })  # fmt: skip

    def node(element: Any) -> str:
        if type(element) is not dict or not _LEFT_TO_PYLD.isdisjoint(element):
            raise _NotPlain
        ident = element.get("@id")
        if ident is None or (type(ident) is str and ident.startswith("_:")):
            ident = issuer.get_id(ident)
        elif type(ident) is not str:
            raise _NotPlain
        for key, values in sorted(element.items()):
            if key == "@id":
                continue
            if type(values) is not list:
                raise _NotPlain
            if key == "@type":
                for kind in values:
                    if type(kind) is not str:
                        raise _NotPlain
                    kind = issuer.get_id(kind) if kind.startswith("_:") else kind
                    add(ident, _RDF_TYPE, (kind,), kind)
                continue
            if key.startswith("@"):
                raise _NotPlain
            predicate = issuer.get_id(key) if key.startswith("_:") else key
            for value in values:
                if type(value) is dict and "@value" in value:
                    add(ident, predicate, _value_key(value), value)
                else:
                    target = node(value)
                    add(ident, predicate, ("@id", target), {"@id": target})
        return ident

    if type(expanded) is not list:
        raise _NotPlain
    for element in expanded:
        node(element)
    return triples


def _value_key(value: dict[str, Any]) -> tuple[Any, ...]:
    """What pyld's ``compare_values`` compares of a value object, as a key; _NotPlain for
    one it does not handle here."""
    if not value.keys() <= _VALUE_KEYS:
        raise _NotPlain
    data, kind, language = value["@value"], value.get("@type"), value.get("@language")
    if type(data) is float and not math.isfinite(data):
        raise _NotPlain  # NaN is not equal to itself
    if type(data) not in (str, int, float, bool) or kind == "@json":
        raise _NotPlain
    if kind is not None and (type(kind) is not str or kind.startswith("_:")):
        raise _NotPlain
    if language is not None and type(language) is not str:
        raise _NotPlain
    return ("@value", type(data) is bool, data, kind, language)


SHIPPED = document_loader()


def _names_shipped_contexts(local_ctx: Any) -> bool:
    """Whether a local context is only the URLs of contexts EduNode ships."""
    urls = local_ctx if isinstance(local_ctx, list) else [local_ctx]
    return bool(urls) and all(isinstance(u, str) and u in contexts.FILES for u in urls)


# Canonical forms already computed with the shipped contexts, by the SHA-256 of the
# document's JSON text (sorted keys; only for plain JSON, whose text is the value): the same
# credential is canonicalized when it is signed and again when the file just written is
# verified, and RDFC is the slow part of a bundle. A pure function of the document, so a hit
# gives exactly what canonicalizing would; bounded, and guarded for worker threads.
_CANONICAL: LRUCache = LRUCache(maxsize=64)
_CANONICAL_LOCK = threading.Lock()


def forget_canonical_forms() -> None:
    """Empty the caches above (a benchmark playing another PC, which has computed nothing)."""
    with _CANONICAL_LOCK:
        _CANONICAL.clear()
    SHIPPED.processed.clear()  # type: ignore[attr-defined]


# One quad of a canonical form: subject (kind, value), predicate IRI, object (kind, value,
# datatype, language), graph (kind, value) or None for the default graph; kinds are pyld's
# ("IRI", "blank node", "literal"), blank nodes labelled canonically (_:c14n0, ...).
Term = tuple[str, str]
Quad = tuple[Term, str, tuple[str, str, str | None, str | None], Term | None]


@dataclass(frozen=True)
class Canonical:
    """A document's RDFC-1.0 canonical form: its N-Quads text and the same quads as tuples
    (which :func:`canonicalize_union` combines)."""

    text: str
    quads: tuple[Quad, ...]


def canonicalize(document: dict[str, Any], loader: Loader = SHIPPED) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document, strictly: a term the contexts
    don't define, an unknown context or anything else JSON-LD can't read is a BundleError."""
    return canonical_form(document, loader).text


def canonical_form(document: dict[str, Any], loader: Loader = SHIPPED) -> Canonical:
    """:func:`canonicalize`, with the quads."""
    plain = _check_depth(document)
    key = _key(document) if loader is SHIPPED and plain else None  # else: the slow way
    found: Canonical = _remembered(key, lambda: _canonicalize(document, loader))
    return found


def canonicalize_by(
    document: dict[str, Any], method: str, compute: Callable[[dict[str, Any]], str]
) -> str:
    """``compute(document)``, remembered like :func:`canonicalize`'s forms (under the name of
    the ``method``, never given for another): export signs a credential and then checks the
    file it wrote, whose credential is the same."""
    key = _key(document) if _check_depth(document) else None
    named = method.encode("utf-8") + b"\0" + key if key is not None else None
    found: str = _remembered(named, lambda: compute(document))
    return found


def _remembered(key: bytes | None, compute: Callable[[], Any]) -> Any:
    """What ``compute()`` gives, kept in the cache under ``key`` (None: not kept)."""
    if key is not None:
        with _CANONICAL_LOCK:
            found = _CANONICAL.get(key)
        if found is not None:
            return found
    value = compute()
    if key is not None:
        with _CANONICAL_LOCK:
            _CANONICAL[key] = value
    return value


def _key(document: dict[str, Any]) -> bytes | None:
    """The SHA-256 of a plain JSON document's text (sorted keys), or None."""
    try:  # the text of a plain JSON value is that value, and quick
        text = json.dumps(
            document, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
            allow_nan=False,
        )  # fmt: skip
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def canonicalize_union(parts: list[tuple[Quad, ...] | list[Quad]]) -> str:
    """RDFC-1.0 canonical N-Quads of the union of several datasets, each given as quads
    (a :class:`Canonical`'s, or ground quads): a blank node belongs to its own part, a quad
    found in several parts is one quad. Canonicalizing a document whose parts are already
    canonicalized is then one RDFC run, without expanding any part again."""
    dataset: dict[str, list[dict[str, Any]]] = {}
    seen: set[Quad] = set()
    add = seen.add
    for number, quads in enumerate(parts):
        prefix = f"_:u{number}_"  # never _:c14n..., which pyld takes as already canonical
        for quad in quads:
            subject, predicate, obj, graph = quad
            if subject[0] == _BLANK or obj[0] == _BLANK or graph is not None:
                if subject[0] == _BLANK:
                    subject = (_BLANK, prefix + subject[1][2:])
                if obj[0] == _BLANK:
                    obj = (_BLANK, prefix + obj[1][2:], None, None)
                if graph is not None and graph[0] == _BLANK:
                    graph = (_BLANK, prefix + graph[1][2:])
                quad = (subject, predicate, obj, graph)
            if quad in seen:
                continue
            add(quad)
            kind, value, datatype, language = obj
            term: dict[str, Any] = {"type": kind, "value": value}
            if datatype is not None:
                term["datatype"] = datatype
            if language is not None:
                term["language"] = language
            triple = {
                "subject": {"type": subject[0], "value": subject[1]},
                "predicate": {"type": "IRI", "value": predicate},
                "object": term,
            }
            dataset.setdefault("@default" if graph is None else graph[1], []).append(triple)
    try:
        canonical = _RDFC().main(dataset, {"format": "application/n-quads"})
    except RecursionError:
        raise BundleError("the credential is nested too deeply") from None
    if not isinstance(canonical, str):
        raise BundleError("the credential could not be canonicalized")
    return canonical


def _canonicalize(document: dict[str, Any], loader: Loader) -> Canonical:
    dropped: list[str | None] = []
    processor = _Processor(
        getattr(loader, "processed", None), trusted=loader is SHIPPED,
        on_property_dropped=dropped.append,
    )  # fmt: skip
    options = {
        "documentLoader": loader,
        "base": None,  # pyld would resolve relative IRIs against an example base
        "processingMode": "json-ld-1.1",
        # Processed contexts are kept per loader, never in pyld's process-wide cache: a
        # context one loader served can't be reused by another that would refuse it.
        "contextResolver": ContextResolver(getattr(loader, "cache", {}), loader),
    }
    rdfc = _RDFC()
    try:
        expanded = processor.expand(document, options)
        if dropped:
            raise BundleError(
                f"the credential uses a term its contexts do not define ({_show(dropped[0])})"
            )
        _check_expanded(expanded)
        dataset = processor.dataset_of(
            expanded, {**options, "produceGeneralizedRdf": False, "rdfDirection": None}
        )
        canonical = rdfc.main(dataset, {"format": "application/n-quads"})
    except jsonld.JsonLdError as exc:
        raise BundleError(
            f"the credential is not JSON-LD its contexts can read ({_cause(exc)})"
        ) from None
    except RecursionError:
        raise BundleError("the credential is nested too deeply") from None
    if not isinstance(canonical, str):
        raise BundleError("the credential could not be canonicalized")
    # pyld's RDFC relabels the quads it was given in place: they are the canonical ones
    return Canonical(canonical, tuple(_quad(q) for q in rdfc.quads))


_BLANK = "blank node"


def _quad(quad: dict[str, Any]) -> Quad:
    subject, obj, name = quad["subject"], quad["object"], quad.get("name")
    return (
        (subject["type"], subject["value"]),
        quad["predicate"]["value"],
        (obj["type"], obj["value"], obj.get("datatype"), obj.get("language")),
        (name["type"], name["value"]) if name is not None else None,
    )


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


# How a document is canonicalized: :func:`canonicalize`, or a quicker way to the same form
# for documents of a known shape (``clr.canonical``, from the canonical forms of its parts).
Canonicalizer = Callable[[dict[str, Any]], str]


def hash_data(
    options: dict[str, Any],
    unsecured: dict[str, Any],
    loader: Loader = SHIPPED,
    *,
    canonical: Canonicalizer | None = None,
) -> bytes:
    """Spec 3.2.4 and 3.2.5: SHA-256 of the canonical proof configuration (the options with
    the document's ``@context``), then SHA-256 of the canonical document."""
    config = {**options, "@context": unsecured.get("@context")}
    document = canonical(unsecured) if canonical is not None else canonicalize(unsecured, loader)
    return (
        hashlib.sha256(canonicalize(config, loader).encode("utf-8")).digest()
        + hashlib.sha256(document.encode("utf-8")).digest()
    )


def make_proof(
    unsecured: dict[str, Any],
    private_key: Ed25519PrivateKey,
    *,
    created: str,
    purpose: str = "assertionMethod",
    loader: Loader = SHIPPED,
    canonical: Canonicalizer | None = None,
) -> dict[str, Any]:
    """An eddsa-rdfc-2022 proof of ``unsecured`` (a credential without proofs)."""
    if "proof" in unsecured:
        raise BundleError("an rdfc proof is made over the credential without its proofs")
    public_key = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    options = proof_options(unsecured, public_key, created=created, purpose=purpose)
    signature = private_key.sign(hash_data(options, unsecured, loader, canonical=canonical))
    return {**options, "proofValue": vc.to_multibase(signature)}


def check_proof(
    unsecured: dict[str, Any],
    proof: dict[str, Any],
    *,
    expected_purpose: str = "assertionMethod",
    loader: Loader = SHIPPED,
    canonical: Canonicalizer | None = None,
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
    data = hash_data(options, unsecured, loader, canonical=canonical)
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


def _check_depth(document: object) -> bool:
    """Refuse nesting deeper than MAX_DEPTH; whether ``document`` is plain JSON as
    ``json.loads`` gives it (objects with text keys, lists, text, numbers, true, false,
    null), so that its JSON text stands for it in the cache of canonical forms. Walked a
    level at a time (a credential is walked several times per export: kept quick)."""
    plain = True
    level: list[object] = [document]
    for _ in range(MAX_DEPTH + 1):
        below: list[object] = []
        extend = below.extend
        for item in level:
            kind = type(item)
            if kind is dict:
                if plain and not all(type(k) is str for k in item):  # type: ignore[attr-defined]
                    plain = False
                extend(item.values())  # type: ignore[attr-defined]
            elif kind is list:
                extend(item)  # type: ignore[arg-type]
            elif kind in _SCALARS or item is None:
                continue
            elif isinstance(item, dict):
                plain = False
                extend(item.values())
            elif isinstance(item, (list, tuple)):
                plain = False
                extend(item)
            else:
                plain = False
        if not below:
            return plain
        level = below
    raise BundleError("the credential is nested too deeply")


_SCALARS = (str, int, float, bool)


def _cause(exc: BaseException) -> str:
    """The innermost message of a pyld error chain, short."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _show(value: object) -> str:
    return vc.show(value)
