"""Importing a verified bundle at the new school (admin PIN), in one store transaction."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode import crdt
from edunode.domain import custody, signed, validate
from edunode.errors import BundleError, RejectedChanges
from edunode.files import private as privacy
from edunode.files.atomic import WriteRefused, write_atomic
from edunode.progress import CancelCheck, Progress, checkpoint, report

if TYPE_CHECKING:
    from edunode.service.node import Node
from edunode.bundle.file import SUFFIX, TRANSFERS, Checked, _read, parse
from edunode.bundle.verify import describe, verify

CLAIM_KEY = "claim/"  # + a release's entry ID, in the claiming school's document


def import_bundle(
    node: Node,
    path: Path,
    pin: str | None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> dict[str, Any]:
    """Verify the bundle at ``path`` and take the learner's record into this school (admin
    PIN): the same learner document continues here (decision 0009).

    Everything the import stores — the bundle's school and course documents, the learner's
    changes, the claim of an open release and the kept bundle — goes in one store
    transaction after the last check: a refused import leaves the store as it was (nothing
    planted to sync on to peers). Importing a bundle imported before changes nothing.

    ``progress(done, total)`` counts the bundle's documents (verified, then each stored)
    and the learner; ``cancel`` is consulted between them, inside the one transaction,
    and last just before its commit: a stop rolls back everything."""
    # The PIN's slow hash runs on the other core while the bundle is checked; it is waited
    # for before anything is stored, and a wrong PIN is the answer whatever else was wrong.
    with node.admin_pin.checking(pin) as pin_is_right:
        raw = _read(path)
        checked = verify(parse(raw))
        pin_is_right()
    steps = len(checked.documents) + 1  # the documents kept, then the learner
    what = "importing the record bundle"
    report(progress, 0, steps)
    home = node.paths.home
    archive = home / TRANSFERS / f"{checked.digest[:32]}{SUFFIX}"
    if archive.exists() or _held_here(node, checked):  # imported before (here or on
        report(progress, steps, steps)  # another PC of this school): nothing to do
        return {**describe(checked), "id": checked.learner_id, "archive": str(archive),
                "unchanged": True}  # fmt: skip
    _check_destination(node, checked)
    origin = f"bundle:{checked.digest[:16]}"
    kept = False
    try:
        with node.batch():  # one transaction; any refusal below rolls it all back
            for n, (doc_id, changes, sigs) in enumerate(checked.documents[:-1]):
                checkpoint(cancel, n, steps, what)  # verified community documents first:
                node.receive_changes(doc_id, changes, sigs, origin)  # records refer to them
                report(progress, n + 1, steps)
            _check_against_what_we_know(node, checked)
            report(progress, steps - 1, steps)
            checkpoint(cancel, steps - 1, steps, what)
            _take(node, checked, origin)
            checkpoint(cancel, steps - 1, steps, what)  # the last point before the commit
            _write_archive(home, archive, raw)  # last, so only a commit can follow it
            kept = True
    except BaseException:
        node.purges.records.forget_cache()  # a lifted purge was rolled back with the rest
        if kept:  # the commit itself failed: the bundle was not imported after all
            archive.unlink(missing_ok=True)
        raise
    report(progress, steps, steps)
    node.audit(
        "bundle_import",
        f"{checked.record['name']} transferred from {checked.school_name} by record bundle "
        f"{checked.digest[:12]}; learner {checked.learner_id} continues here",
    )
    return {**describe(checked), "id": checked.learner_id, "archive": str(archive),
            "unchanged": False}  # fmt: skip


def _check_destination(node: Node, checked: Checked) -> None:
    """Whether this school may take the record: the bundle releases it to this school, or
    openly and nobody this PC knows of took that release before."""
    name = checked.record["name"]
    if not node.school_id:
        raise BundleError("this PC has no school yet: join or found one first")
    if checked.release_id is None:
        raise BundleError(
            f"this bundle does not give {name}'s record to another school (an older EduNode "
            f"made it): ask {checked.school_name} for a new one"
        )
    if checked.school_id == node.school_id:
        raise BundleError(
            f"this bundle was given by this school ({checked.school_name}): it is for the "
            "school the learner moves to"
        )
    if checked.release_to and checked.release_to != node.school_id:
        raise BundleError(
            f"this bundle gives {name} to {node.docs.school_name(checked.release_to)}, not to "
            "this school: ask the school for a bundle made out to this one, or an open one"
        )
    if not checked.release_to:
        for school_id, meta in node.store.documents():
            if meta.kind != "school" or school_id == node.school_id:
                continue
            taken = crdt.get_value(node.docs.get(school_id).doc, crdt.ROOT,
                                   CLAIM_KEY + checked.release_id)  # fmt: skip
            if isinstance(taken, str):
                raise BundleError(
                    f"{node.docs.school_name(school_id)} already took this open bundle of {name} "
                    f"(on {taken.partition(' ')[2] or 'an earlier day'}): one release moves "
                    "a learner to one school"
                )
    held = node.docs.maybe(checked.learner_id)
    if held is not None:
        now = custody.of(checked.learner_id, held.meta.school, held.doc)
        if now.last_release == checked.release_id and now.holder:
            raise BundleError(
                f"{node.docs.school_name(now.holder)} already took this open bundle of {name}: "
                "one release moves a learner to one school"
            )


def _held_here(node: Node, checked: Checked) -> bool:
    """This school holds the learner already, with every change the bundle carries."""
    held = node.docs.maybe(checked.learner_id)
    if held is None or not node.school_id:
        return False
    if custody.of(checked.learner_id, held.meta.school, held.doc).holder != node.school_id:
        return False
    changes = checked.documents[-1][1]
    hashes = [crdt.parse_header(c).hash for c in changes]
    return len(node.docs.known_hashes(checked.learner_id, hashes)) == len(set(hashes))


def _take(node: Node, checked: Checked, origin: str) -> None:
    """The learner's document, continued here: its changes as the old school signed them,
    then, for an open release, this school's signed claim (and a note of it in this
    school's document, which every school receives: a second school can't take it too)."""
    doc_id, changes, sigs = checked.documents[-1]
    node.purges.lift(doc_id)  # a learner purged here who comes back: the admin's import
    try:  # verified by what this PC knows of the schools (their members and removals)
        node.receive_changes(doc_id, changes, sigs, origin)
    except RejectedChanges as exc:
        raise BundleError(
            f"the record does not check out against what this PC knows of "
            f"{checked.school_name}: {exc}"
        ) from None
    if checked.release_to:
        return
    assert checked.release_id is not None
    today = validate.date(None)
    release_id = checked.release_id

    def claim(tx: Any) -> None:
        record = custody.claim_record(
            node.school_id, release_id, today, custody.next_lamport(doc_id, tx)
        )
        custody.append(tx, signed.seal(node.identity, doc_id, record)[1])

    # In transit nobody writes the record but the claim itself (the verification rule).
    node.docs.change(doc_id, claim, check_writer=False, touched=frozenset({"transfers"}))
    node.docs.change(
        node.school_id,
        lambda tx: crdt.put(tx, crdt.ROOT, CLAIM_KEY + release_id, f"{doc_id} {today}"),
    )


def _check_against_what_we_know(node: Node, checked: Checked) -> None:
    """``verify`` judged the bundle by the school document it carries. This PC may know that
    school's document better (a community peer gets every update): a PC removed from the
    school — a stolen laptop — can't have signed the credential (nor written the record:
    ``_take`` verifies it again, by this PC's own authority)."""
    if checked.issuer_key not in node.docs.school_members(checked.school_id):
        raise BundleError(
            f"the bundle was signed by a PC that {checked.school_name} no longer counts as its "
            "own (removed from the school): ask the school for a new bundle"
        )


def _write_archive(home: Path, archive: Path, raw: bytes) -> None:
    """Keep the bundle, atomically (its presence is what refuses a second import)."""
    try:  # the data folder may itself be a link the user made (its real place is meant);
        real = Path(os.path.realpath(home))  # transfers/ below it must not be one
        privacy.private_dir(real / archive.parent.relative_to(home))
        write_atomic(real, archive.relative_to(home), raw, mode=0o600, make_folders=True)
    except WriteRefused as exc:
        raise BundleError(f"the bundle could not be kept in {archive.parent}: {exc}") from None
    except OSError as exc:
        raise BundleError(
            f"the learner was enrolled, but the bundle could not be kept in {archive.parent}: "
            f"{exc.strerror or exc}"
        ) from None
