"""The quick ways to a credential's canonical form give exactly the slow one.

RDF canonicalization is most of what a bundle costs, so bundle/rdfc.py remembers processed
JSON-LD contexts and canonical forms, and bundle/clr.py canonicalizes a ClrCredential from
its members' canonical forms instead of expanding every member a second time. Each is
checked here against pyld's own ``normalize`` (URDNA2015, the algorithm RDFC-1.0
standardised), run with a fresh loader that remembers nothing: on a real node's credential,
on credentials built from records hypothesis makes up (any text, in any script, including
text that looks like N-Quads), and on credentials of another shape, which must be
canonicalized whole.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pyld import jsonld
from pyld.canon import URDNA2015
from tests.sync.netutil import make_node

from edunode.bundle import clr, contexts, rdfc, transfer, vc
from edunode.errors import BundleError

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PUBLIC = KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def stock(document: dict[str, Any]) -> str:
    """pyld's normalize as it comes, with a loader of the shipped contexts that has seen
    nothing: no remembered contexts, no remembered forms, no splicing."""
    loader = rdfc.document_loader()
    out = jsonld.normalize(
        copy.deepcopy(document),
        {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": loader,
         "base": None, "processingMode": "json-ld-1.1"},
    )  # fmt: skip
    assert isinstance(out, str) and out
    return out


def unsecured(credential: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in credential.items() if key != "proof"}


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    node = make_node(tmp_path_factory.mktemp("parts") / "hill", "Hill Office", "Hill School")
    try:
        maths = node.create_course("Fractions")
        lesson = node.add_lesson(maths, "Unit 1", "Halves", "One half.")
        hindi = node.create_course("हिन्दी पढ़ना", shared=False)
        learner = node.add_learner('Amina "_:c14n0" <urn:x> Mwangi', birth_year=2012)
        node.enrol(learner, maths, "2025-01-06")
        node.enrol(learner, hindi, "2025-01-07")
        node.record_result(learner, maths, "Quiz 1", 7, 10, "2025-02-03")
        node.record_result(learner, maths, "Quiz 1", 7, 10, "2025-02-04")  # the same twice
        node.record_result(learner, hindi, "पहला", 8.5, 10, "2025-02-10")
        node.record_progress(learner, lesson, 25, date="2025-02-03")
        node.record_attendance(learner, "2025-02-03", True)
        node.record_attendance(learner, "2025-02-04", False)
        credential: dict[str, Any] = transfer.build(node, learner)["credential"]
        return credential
    finally:
        node.close()


def test_the_clr_from_its_parts_is_the_clr_canonicalized_whole(signed) -> None:
    whole = stock(unsecured(signed))
    rdfc.forget_canonical_forms()
    assert clr.canonical(unsecured(signed)) == whole
    assert clr.canonical(unsecured(signed)) == whole  # remembered, the same
    assert rdfc.canonicalize(unsecured(signed)) == whole  # the ordinary way, remembering
    assert len(whole.splitlines()) > 100 and "_:c14n0" in whole


def test_each_member_and_its_proofs_canonicalize_as_pyld_does(signed) -> None:
    rdfc.forget_canonical_forms()
    for member in signed["credentialSubject"]["verifiableCredential"]:
        assert rdfc.canonicalize(unsecured(member)) == stock(unsecured(member))
        assert rdfc.canonicalize(member) == stock(member)


def test_a_credential_of_another_shape_is_canonicalized_whole(signed) -> None:
    """Whatever ``clr.canonical`` does not recognise as build's shape it canonicalizes whole:
    the result is pyld's, even where splicing would not be."""
    changes = [
        # a member typed as a CLR: embedded, its type reads with the CLR context's terms
        lambda c: c["credentialSubject"]["verifiableCredential"][0].update(
            type=["VerifiableCredential", "ClrCredential"]
        ),
        # a proof holding a node of its own
        lambda c: c["credentialSubject"]["verifiableCredential"][0]["proof"][0].update(
            nonce={"id": "urn:nonce:1", "name": "N"}
        ),
        # a member without an id: its nodes can't be joined to the CLR's by name
        lambda c: c["credentialSubject"]["verifiableCredential"][1].pop("id"),
        # another context on a member
        lambda c: c["credentialSubject"]["verifiableCredential"][0].update(
            {"@context": [contexts.VC_V2, contexts.CLR_V2, contexts.OB_V3]}
        ),
    ]
    for change in changes:
        document = unsecured(copy.deepcopy(signed))
        change(document)
        assert clr._parts(document) is None
        rdfc.forget_canonical_forms()
        assert clr.canonical(document) == stock(document)


def test_inline_contexts_expand_as_pyld_expands_them(signed) -> None:
    """What the expansion remembers (each context's text, each IRI against each processed
    context) gives pyld's own result where contexts change inside a document: terms and a
    prefix defined by inline contexts, one term meaning one thing in one node and another
    in the next, a context that @imports a shipped one, and the same context object at
    two places."""
    shared = {"extScore": "https://example.org/other#score", "ex": "https://example.org/ext#"}
    other = {"extScore": "https://example.org/another#score"}
    document = unsecured(copy.deepcopy(signed["credentialSubject"]["verifiableCredential"][0]))
    subject = document["credentialSubject"]
    subject["@context"] = shared
    subject["ex:note"] = "a"
    subject["result"] = [
        {**r, "@context": {"@import": contexts.OB_V3, "weight": "https://example.org/w"},
         "weight": "1"}
        for r in subject.get("result", [])
    ] + [{"type": ["Result"], "@context": other, "extScore": "2"},
         {"type": ["Result"], "extScore": "3", "ex:n": "4"}]  # fmt: skip
    subject["achievement"]["@context"] = shared  # the same object again, elsewhere
    subject["achievement"]["extScore"] = "5"
    expected = stock(document)
    assert "<https://example.org/another#score>" in expected
    assert "<https://example.org/other#score>" in expected
    assert "<https://example.org/w>" in expected  # the results' own context, with @import
    for _ in range(2):  # and again, with what the first run remembered
        assert rdfc.canonicalize(document) == expected


def test_a_scoped_context_that_cannot_be_processed_is_refused_even_unused() -> None:
    """The check pyld makes of every scoped context when it processes a context is skipped
    only for the contexts EduNode ships (which pass it: every ``stock`` normalize above
    makes it). A document's own context is checked as pyld checks it: a term with a broken
    scoped context refuses the document even where no node uses the term."""
    broken = {"unused": {"@id": "https://example.org/unused", "@context": {"@version": 2.0}}}
    document = {"@context": [contexts.VC_V2, broken], "id": "urn:x",
                "type": ["VerifiableCredential"]}  # fmt: skip
    with pytest.raises(jsonld.JsonLdError):
        stock(document)
    for loader in (rdfc.SHIPPED, rdfc.document_loader()):
        with pytest.raises(BundleError, match="not JSON-LD its contexts can read"):
            rdfc.canonicalize(document, loader)


VOCAB = {"@vocab": "https://example.org/v#", "link": {"@type": "@id"},
         "when": {"@type": "http://www.w3.org/2001/XMLSchema#date"}, "said": {"@language": "sw"},
         "items": {"@container": "@list"}}  # fmt: skip
ids = st.sampled_from(["urn:a", "urn:b", "_:x", "_:y", "relative", "https://example.org/n"])
literals = st.one_of(
    st.sampled_from([1, 1.0, True, False, 0, "1", "true", 1e21, 2.5, -0.0, ""]),
    st.integers(-(2**40), 2**40), st.text(max_size=8),
    st.floats(allow_nan=False, allow_infinity=False),
)  # fmt: skip
properties = st.sampled_from(["name", "score", "link", "when", "said", "p", "q"])


def nodes(depth: int) -> Any:
    children = st.lists(nodes(depth - 1), max_size=2) if depth else st.just([])

    @st.composite
    def make(draw: Any) -> dict[str, Any]:
        node: dict[str, Any] = {}
        if draw(st.booleans()):
            node["@id"] = draw(ids)
        if draw(st.booleans()):
            node["@type"] = draw(st.lists(st.sampled_from(["T", "U", "_:t", "urn:T"]), max_size=2))
        for prop in draw(st.lists(properties, max_size=4)):
            node[prop] = draw(st.lists(literals | ids, max_size=3))
        for kid in draw(children):
            node.setdefault("child", []).append(kid)
        if draw(st.integers(0, 9)) == 0:  # now and then a list: pyld's own way
            node["items"] = draw(st.lists(literals, max_size=2))
        return node

    return make()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(nodes(2), min_size=1, max_size=3))
@example([{"@id": "urn:a", "score": [1, True, 1.0, "1", False, 0, 0.0]}])
@example([{"@id": "urn:a", "score": [True, 1]}, {"@id": "urn:a", "score": [1.0, 2]}])
@example([{"@id": "_:x", "p": ["_:y"], "child": [{"@id": "_:x", "p": ["_:y", "urn:b"]}]}])
@example([{"@id": "relative", "name": ["a"]}, {"@id": "urn:a", "link": ["relative"]}])
@example([{"@type": ["_:t", "T", "_:t"], "when": ["2025-01-01", "2025-01-01"]}])
@example([{"said": ["habari", "habari"], "name": ["habari"]}, {}])
def test_any_document_of_plain_nodes_gives_pyld_s_rdf(made: list[dict[str, Any]]) -> None:
    """The dataset made without pyld's node map is pyld's: nodes met twice under one id
    (merged), equal values kept once (1 and 1.0 are one, true and 1 are not), blank and
    relative ids, typed and language-tagged literals, blank node types; a document with a
    list is left to pyld."""
    document = {"@context": VOCAB, "@graph": made}
    options = {"documentLoader": rdfc.document_loader(), "base": None,
               "processingMode": "json-ld-1.1"}  # fmt: skip
    expanded = jsonld.expand(copy.deepcopy(document), options)
    pyld_s = jsonld.to_rdf(copy.deepcopy(document), options)  # its node map
    triples = rdfc._plain_dataset(
        rdfc._Processor(None), expanded,
        {**options, "produceGeneralizedRdf": False, "rdfDirection": None},
    )  # fmt: skip
    if triples is None:
        assert any("items" in node for node in _all_nodes(made))  # only lists go to pyld
        return
    assert canonical({"@default": triples}) == canonical(pyld_s)


def canonical(dataset: dict[str, Any]) -> str:
    out = URDNA2015().main(copy.deepcopy(dataset), {"format": "application/n-quads"})
    assert isinstance(out, str)
    return out


def _all_nodes(made: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = list(made)
    for node in made:
        found += _all_nodes(node.get("child", []))
    return found


def test_processed_contexts_are_kept_per_loader() -> None:
    """Two loaders serving different contexts at one URL never share what they processed."""
    url = "https://example.org/terms"
    a = rdfc.document_loader({url: {"@context": {"name": "https://a.example/name"}}})
    b = rdfc.document_loader({url: {"@context": {"name": "https://b.example/name"}}})
    document = {"@context": [url], "@id": "urn:x", "name": "N"}
    for _ in range(2):
        assert "<https://a.example/name>" in rdfc.canonicalize(document, a)
        assert "<https://b.example/name>" in rdfc.canonicalize(document, b)
    with pytest.raises(BundleError, match="not one EduNode ships"):
        rdfc.canonicalize(document)


def test_only_plain_json_is_remembered() -> None:
    """A remembered form is found by the document's JSON text, which stands for the document
    only when it is plain JSON: anything else is canonicalized as if nothing were kept."""

    def outcome(document: dict[str, Any], loader: rdfc.Loader = rdfc.SHIPPED) -> str:
        try:
            return rdfc.canonicalize(document, loader)
        except BundleError as exc:
            return f"refused: {exc}"

    listed = {"@context": [contexts.VC_V2], "id": "urn:x", "type": ["VerifiableCredential"]}
    tupled = {**listed, "type": ("VerifiableCredential",)}
    rdfc.forget_canonical_forms()
    assert outcome(listed).startswith("<urn:x>")
    assert outcome(tupled) == outcome(tupled, rdfc.document_loader())
    assert outcome(tupled) != outcome(listed)


def test_a_union_keeps_each_parts_blank_nodes_apart() -> None:
    """Two parts with a blank node each, and a quad they share: the union is the document
    holding both, canonicalized (two blank nodes, the shared quad once)."""
    base = {"@context": [contexts.VC_V2], "id": "urn:a", "type": "VerifiableCredential"}
    one = {**base, "credentialSubject": {"name": "X"}}
    two = {**base, "credentialSubject": {"name": "X"}}
    both = {**base, "credentialSubject": [{"name": "X"}, {"name": "X"}]}
    union = rdfc.canonicalize_union(
        [rdfc.canonical_form(one).quads, rdfc.canonical_form(two).quads]
    )
    assert union == stock(both)
    assert union.count("_:c14n0 <https://schema.org/name>") == 1
    assert union.count("_:c14n1 <https://schema.org/name>") == 1


# --------------------------------------------------------------------------- made-up records

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=24)
DATE = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat)
SCORE = st.one_of(
    st.integers(0, 100), st.floats(0, 100, allow_nan=False).map(lambda f: round(f, 2))
)
COURSE = st.sampled_from(["c" + "a" * 23, "c" + "b" * 23, "c" + "d" * 23])


@st.composite
def records(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, str]]:
    courses = draw(st.lists(COURSE, min_size=1, max_size=3, unique=True))
    enrolments = [
        {"course": c, "status": draw(st.sampled_from(["active", "completed", "withdrawn"])),
         "date": draw(DATE)}
        for c in courses
    ]  # fmt: skip
    results = [
        {"id": f"r{i}", "course": draw(st.sampled_from(courses)), "title": draw(TEXT),
         "score": draw(SCORE), "max": 100}
        for i in range(draw(st.integers(0, 6)))
    ]  # fmt: skip
    progress = [
        {"course": draw(st.sampled_from(courses)), "completed": draw(st.booleans())}
        for _ in range(draw(st.integers(0, 4)))
    ]
    attendance = [
        {"date": day, "present": draw(st.booleans())}
        for day in sorted(set(draw(st.lists(DATE, max_size=5))))
    ]
    record = {
        "name": draw(TEXT),
        "birth_year": draw(st.one_of(st.none(), st.integers(1990, 2025))),
        "enrolments": enrolments,
        "results": results,
        "progress": progress,
        "attendance": attendance,
    }
    titles = {c: draw(TEXT) for c in courses}
    return record, titles


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), TEXT)
def test_any_record_canonicalizes_from_its_parts_as_whole(made: Any, school: str) -> None:
    record, titles = made
    issue = clr.Issue(
        credential_id="urn:uuid:2b2b5b7e-0c0a-4f5e-9d55-1d7f0c7f9f11",
        issuer_did=vc.did_key(PUBLIC),
        school_id="s" + "e" * 23,
        school_name=school,
        issued="2026-12-08T10:00:00Z",
        learner_id="l" + "f" * 23,
        history_sha256="00" * 32,
    )
    signed = clr.sign(clr.build(record, titles, issue), KEY)
    assert clr._parts(unsecured(signed)) is not None
    assert clr.canonical(unsecured(signed)) == stock(unsecured(signed))


def test_the_clr_is_canonicalized_without_expanding_a_member_twice(signed, monkeypatch) -> None:
    """The CLR from its parts: each member expanded once, on its own, and the CLR never
    with its members inside."""
    expanded: list[Any] = []
    original = rdfc._Processor.expand

    def counting(self: Any, document: Any, options: Any) -> Any:
        expanded.append(document)
        return original(self, document, options)

    monkeypatch.setattr(rdfc._Processor, "expand", counting)
    rdfc.forget_canonical_forms()
    document = unsecured(signed)
    clr.canonical(document)
    members = document["credentialSubject"]["verifiableCredential"]
    bodies = [d for d in expanded if d.get("@context") == clr.OB_CONTEXT and "@graph" not in d
              and "proof" not in d]  # fmt: skip
    assert bodies == [unsecured(m) for m in members]  # each member once, on its own
    clrs = [d for d in expanded if d.get("@context") == clr.CLR_CONTEXT]
    assert len(clrs) == 1 and "verifiableCredential" not in clrs[0]["credentialSubject"]
