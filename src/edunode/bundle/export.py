"""Writing a learner's record bundle (admin PIN): the signed history and its credential."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode.bundle import clr, vc
from edunode.domain import course as course_domain
from edunode.domain import custody, signed, validate
from edunode.domain import learner as learner_domain
from edunode.domain.meta import looks_like_doc_id
from edunode.errors import BundleError
from edunode.files.atomic import WriteRefused, write_atomic
from edunode.progress import CancelCheck, Progress, checkpoint, report

if TYPE_CHECKING:
    from edunode.service.node import Node
from edunode.bundle.file import FORMAT, VERSION, history_digest, parse
from edunode.bundle.verify import verify


def signed_history(node: Node, doc_id: str) -> dict[str, Any]:
    changes, signatures = node.docs.outgoing(doc_id, [])
    return {
        "id": doc_id,
        "changes": [base64.b64encode(c.data).decode("ascii") for c in changes],
        "signatures": {h.hex(): base64.b64encode(s).decode("ascii") for h, s in signatures.items()},
    }


def build(node: Node, learner_id: str, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The bundle for one learner of this node's school, as a JSON-able dict."""
    node.docs.require(learner_id, "learner")
    record = learner_domain.view(node.docs.state(learner_id))  # read once: six years is big
    meta = node.docs.get(learner_id).meta
    kept = custody.of(learner_id, meta.school, node.docs.get(learner_id).doc)
    last = kept.steps[-1] if kept.steps else None
    source = last.school if last is not None and last.kind == custody.RELEASE else kept.holder
    if source != node.school_id:
        raise BundleError("only a learner of this PC's own school can be given a bundle")
    wanted = {e["course"] for e in record["enrolments"]} | {r["course"] for r in record["results"]}
    courses: dict[str, str] = {}
    course_docs = []
    states: dict[str, dict[str, Any]] = {}  # each course read once
    for course_id in sorted(wanted):
        held = node.docs.maybe(course_id)
        if held is None:
            continue
        states[course_id] = node.docs.state(course_id)
        courses[course_id] = str(states[course_id].get("title", ""))
        if held.meta.scope == "community":  # a private course stays in its school
            course_docs.append(signed_history(node, course_id))
    schools = [node.school_id]
    for school_id in kept.chain:  # who could write the record at each point of its history
        if school_id not in schools and node.docs.maybe(school_id) is not None:
            schools.append(school_id)
    for entry in course_docs:
        owner = node.docs.get(entry["id"]).meta.school
        granted = course_domain.maintainer_schools(
            entry["id"], states[entry["id"]], node.docs.school_members(owner)
        )
        for school_id in [owner, *sorted(granted)]:
            if school_id not in schools and node.docs.maybe(school_id) is not None:
                schools.append(school_id)
    documents = [
        *(signed_history(node, s) for s in schools),
        *course_docs,
        signed_history(node, learner_id),
    ]
    issued = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    stamp = issued.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    issue = clr.Issue(
        credential_id=f"urn:uuid:{uuid.uuid4()}",
        issuer_did=vc.did_key(node.public_key),
        school_id=node.school_id,
        school_name=node.school_name,
        issued=stamp,
        learner_id=learner_id,
        history_sha256=history_digest(documents),
    )
    signed = clr.sign(clr.build(record, courses, issue), node.identity.private_key)
    return {"format": FORMAT, "version": VERSION, "credential": signed, "documents": documents}


EXPORT_STEPS = 3  # read the history and sign, check it as the new school will, write


def destination(node: Node, to: str | None) -> str:
    """The school a release names ("" = open): a school this PC knows, not its own."""
    if to is None or not to.strip():
        return ""
    to = to.strip()
    if not looks_like_doc_id(to):
        raise BundleError(f"'{to}' is not a school ID")
    held = node.docs.maybe(to)
    if held is None or held.meta.kind != "school":
        raise BundleError(
            f"this PC knows no school {to}: leave --to out for an open release, which the "
            "school that imports the bundle first takes"
        )
    if to == node.school_id:
        raise BundleError("the learner is already at this school: name the school they move to")
    return to


def release(node: Node, learner_id: str, to: str) -> str:
    """Write the signed release of ``learner_id`` to ``to`` ("" = open) into the record;
    the entry's ID. From then this school keeps the record read-only."""
    node.docs.require(learner_id, "learner")
    od = node.docs.get(learner_id)
    if custody.of(learner_id, od.meta.school, od.doc).holder != node.school_id:
        raise BundleError(
            "this learner's record is not held by this school (transferred already?): "
            "only the school holding it can give it"
        )
    today = validate.date(None)

    def edit(tx: Any) -> str:
        record = custody.release_record(
            node.school_id, to, today, custody.next_lamport(learner_id, tx)
        )
        entry_id, sealed = signed.seal(node.identity, learner_id, record)
        custody.append(tx, sealed)
        return entry_id

    result: str = node.docs.change(learner_id, edit, touched=frozenset({"transfers"}))
    return result


def export_bundle(
    node: Node,
    learner_id: str,
    path: Path,
    pin: str | None,
    *,
    to: str | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> dict[str, Any]:
    """Release the learner to ``to`` (a school ID; None: an open release) and write their
    bundle to ``path`` (admin PIN: learner data leaves the school on purpose), in one
    store transaction: the release and the file together, or neither. Written atomically;
    readable by the owner only.

    ``progress`` counts the ``EXPORT_STEPS`` steps; ``cancel`` is consulted before each, so
    a stop leaves no file and no release (the one write is the last step)."""
    what = "writing the record bundle"
    path = Path(path)
    written = False
    # The PIN's slow hash runs on the other core while the bundle is made; it is waited
    # for before anything takes effect (the file, the commit), and a wrong PIN is the
    # answer whatever else went wrong.
    with node.admin_pin.checking(pin) as pin_is_right:
        to = destination(node, to)
        report(progress, 0, EXPORT_STEPS)
        try:
            with node.batch():
                entry = release(node, learner_id, to)
                bundle = build(node, learner_id)
                data = json.dumps(bundle, ensure_ascii=False).encode("utf-8")
                report(progress, 1, EXPORT_STEPS)
                checkpoint(cancel, 1, EXPORT_STEPS, what)
                try:  # what the new school will check, checked here: no file nobody accepts
                    name = verify(parse(data)).record["name"]
                except BundleError as exc:
                    raise BundleError(
                        f"this record can't be given as a bundle yet: {exc}"
                    ) from None
                report(progress, 2, EXPORT_STEPS)
                checkpoint(cancel, 2, EXPORT_STEPS, what)
                pin_is_right()
                try:  # the folder the user chose, never through a link: it may be on a stick
                    write_atomic(path.parent, path.name, data, mode=0o600)
                except WriteRefused as exc:
                    raise BundleError(f"could not write {path}: {exc}") from None
                written = True
        except BaseException:
            if written:  # the commit failed: no release, so no bundle either
                path.unlink(missing_ok=True)
            raise
    report(progress, EXPORT_STEPS, EXPORT_STEPS)
    where = f"to school {to}" if to else "as an open release"
    node.audit(
        "bundle_export",
        f"record bundle of {name} ({learner_id}) written to {path}; released {where}",
    )
    return {"path": str(path), "learner": learner_id, "name": name, "bytes": len(data),
            "to": to, "release": entry}  # fmt: skip
