"""The Node: composition root and the one API for the UI, the CLI and tests.

Everything a person can do goes through a method here. The Node builds the parts once and
wires them (STYLE §4); each use case lives in the service named for its role, and the
methods here delegate to it:

- ``settings`` and ``audit_trail`` (admin.py): the node's name, school, admin PIN, audit;
- ``docs`` (documents.py): open documents, local commits, received batches;
- ``courses`` (courses.py) and ``learners`` (learners.py): the school's records;
- ``membership`` (membership.py): founding the school, its members;
- ``peers`` (peers.py) and ``links`` (links.py): link records, the admin's decisions,
  what each link shares;
- ``board`` (board.py) and ``fund`` (fund.py): needs and offers, the community fund;
- ``summaries`` (summary.py): this school's community summary and the comparison.

Nothing here imports Qt, opens a socket directly or writes SQL: those live in ui/, sync/
and store/.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from edunode import crdt, identity
from edunode.collation import system_locale
from edunode.config import Paths, resolve_home
from edunode.domain import validate
from edunode.domain.meta import Meta
from edunode.errors import EdunodeError, IdentityError, RejectedChanges, ValidationError
from edunode.events import ChangesApplied, ChangesRejected, EventBus
from edunode.files import private as privacy
from edunode.identity import NodeIdentity
from edunode.service import class_list, repair
from edunode.service import export as school_export
from edunode.service.activity import Activity
from edunode.service.adapt import Adaptations
from edunode.service.admin import AuditTrail, NodeSettings
from edunode.service.admin_pin import check_new_pin
from edunode.service.auto_backup import AutoBackups
from edunode.service.board import Board
from edunode.service.check import check
from edunode.service.courses import Courses
from edunode.service.documents import Documents
from edunode.service.fund import Fund
from edunode.service.learners import Learners
from edunode.service.links import Links
from edunode.service.membership import SchoolMembership
from edunode.service.peers import Peers
from edunode.service.plans import Plans
from edunode.service.purge import Purges
from edunode.service.summary import Summaries
from edunode.store import ActivityRecords, CourseRecords, LearnerRecords, Store
from edunode.store.health import findings as health_findings


class Node:
    def __init__(
        self,
        home: str | os.PathLike[str] | None = None,
        *,
        passphrase: str | None = None,
        create: bool = False,
    ) -> None:
        self.paths = Paths(resolve_home(home))
        if not self.paths.initialised():
            raise IdentityError(
                f"no EduNode here yet ({self.paths.home}); run 'edunode init' first",
                home=str(self.paths.home),
            )
        # 0700 folder, 0600 files: also fixes older folders
        privacy.open_home(self.paths, create=create)
        passphrase = (
            passphrase if passphrase is not None else os.environ.get("EDUNODE_KEY_PASSPHRASE")
        )
        self.identity = NodeIdentity.load(self.paths.key, passphrase)
        self.bus = EventBus()
        # A missing or empty store beside a key is refused (StoreMissing), never made anew:
        # only ``init`` creates one.
        self.store = Store(self.paths.store_url(), create=create)
        if self.store.collation_locale() is None:  # until the window chooses: the system's
            self.store.use_collation(system_locale(dict(os.environ)))
        self.audit_trail = AuditTrail(self.store, self.bus)
        self.settings = NodeSettings(self.store, self.audit)
        self.docs = Documents(self.store, self.identity, self._committed)
        self.purges = Purges(self.store, self.docs, self.settings, self.audit, self.paths, self.bus)
        self.docs.refuses, self.docs.foreign_news = self.purges.refuses, self.purges.on_news
        self.peers = Peers(self.store, self.identity, self.bus, self.audit)
        self.membership = SchoolMembership(
            self.store, self.docs, self.identity, self.settings, self.audit
        )
        self.courses = Courses(
            self.docs, CourseRecords(self.store), self.identity, self.settings, self.audit
        )
        self.learners = Learners(
            self.docs, LearnerRecords(self.store), self.identity, self.settings, self.courses
        )
        self.plans = Plans(self.docs, self.learners, self.courses)
        self.adaptations = Adaptations(self.docs, self.courses, self.settings, self.audit)
        self.links = Links(self.peers, self.docs, self.identity, self.settings, self.membership)
        self.links.archive = self.archive
        self.admin_pin = self.settings.pin  # the lock-out counter: admin_pin.py
        self.activity = Activity(ActivityRecords(self.store), self.pc_names)
        self.board = Board(self.docs, self.identity, self.settings, self.audit, self.pc_names)
        self.fund = Fund(self.docs, self.identity, self.settings, self.audit, self.board)
        self.backups = AutoBackups(self)  # Settings → Backup; run by the window and serve
        self.summaries = Summaries(  # published daily by the window and serve (``tick``)
            self.docs, self.settings, self.audit, self.learners, self.courses,
            self.school_names,
        )  # fmt: skip
        self._closed = threading.Event()
        with suppress(EdunodeError):  # purge instructions that arrived while closed
            self.purges.apply()

    # ------------------------------------------------------------------ set-up

    @classmethod
    def init(
        cls,
        home: str | os.PathLike[str] | None,
        *,
        name: str,
        school_name: str | None,
        admin_pin: str | None = None,
        passphrase: str | None = None,
        store_url: str | None = None,
        archive: bool = False,
    ) -> Node:
        """Make a new node: key, certificate, store and (unless joining) a new school.

        ``store_url``: keep the store there (any supported SQLAlchemy URL) rather than in
        SQLite in the data folder; written to ``edunode.json`` (0600: it may hold a
        password). ``archive``: a headless archive node (decision 0012a) that belongs to no
        school and that schools link to as a community peer."""
        paths = Paths(resolve_home(home))
        name = validate.text(name, "node name", required=True, limit=100)
        if school_name is not None:
            school_name = validate.text(school_name, "school name", required=True)
        if archive and school_name is not None:
            raise ValidationError(
                "an archive node belongs to no school: leave out --school (schools link to "
                "it as a community peer)"
            )
        if store_url is not None and not store_url.strip():
            raise ValidationError("--store-url needs a database URL, e.g. postgresql://HOST/DB")
        if admin_pin is not None:
            check_new_pin(admin_pin)
        if paths.initialised():
            raise ValidationError(f"{paths.home} already holds an EduNode; use another --home")
        if passphrase is None:  # as __init__ does: else the key is saved plain, then loaded with it
            passphrase = os.environ.get("EDUNODE_KEY_PASSPHRASE") or None
        privacy.private_dir(paths.home)
        if store_url is not None or archive:
            config = {**paths.settings(), "archive": archive}
            if store_url is not None:
                config["store_url"] = store_url.strip()
            store = Store(str(config.get("store_url") or paths.store_url()))  # reachable?
            try:
                if store.documents() or store.setting("node_name") is not None:
                    raise ValidationError(
                        f"the store at {store.public_url()} already holds the data of another "
                        "EduNode: give an empty database (more 'serve' processes of one "
                        "archive share its data folder, see 'edunode serve --help')"
                    )
            finally:
                store.close()
            privacy.write_private(paths.config, json.dumps(config, indent=2).encode())
        me = NodeIdentity.generate()
        me.save(paths.key, passphrase)
        privacy.write_private(paths.cert, me.certificate_pem(name))
        node = cls(paths.home, passphrase=passphrase, create=True)
        node.settings.set_name(name)
        if admin_pin is not None:
            node.settings.set_pin(admin_pin)
        if school_name is not None:
            node.membership.found(school_name)
        what = " as an archive" if archive else ""
        node.audit(
            "init",
            f"node {name} created{what}" + (f" for school {school_name}" if school_name else ""),
        )
        return node

    def close(self) -> None:
        if not self._closed.is_set():
            self._closed.set()
            self.store.close()

    def __enter__(self) -> Node:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ identity & settings

    @property
    def node_id(self) -> str:
        return self.identity.node_id

    @property
    def public_key(self) -> bytes:
        return self.identity.public_key

    @property
    def name(self) -> str:
        return self.settings.name

    @property
    def school_id(self) -> str:
        return self.settings.school_id

    @property
    def school_name(self) -> str:
        return self.membership.school_name

    def certificate_pem(self) -> bytes:
        return self.paths.cert.read_bytes()

    def info(self) -> dict[str, Any]:
        return {
            "id": self.node_id,
            "node_id": self.node_id,
            "name": self.name,
            "school": self.school_name,
            "school_id": self.school_id,
            "home": str(self.paths.home),
            "admin_pin_set": self.settings.admin_pin_set(),
            "archive": self.archive,
        }

    @property
    def archive(self) -> bool:
        """A headless archive node: no school, no window, schools link to it as a
        community peer (decision 0012a)."""
        return self.paths.archive()

    def rename(self, name: str) -> None:
        self.settings.rename(name)

    def check_admin_pin(self, pin: str | None) -> None:
        self.settings.check_admin_pin(pin)

    def set_admin_pin(self, new_pin: str, old_pin: str | None = None) -> None:
        self.settings.set_admin_pin(new_pin, old_pin)

    # ------------------------------------------------------------------ events & audit

    def _committed(self, doc_id: str, kind: str, count: int, origin: str) -> None:
        self.bus.publish(ChangesApplied(doc_id=doc_id, kind=kind, count=count, origin=origin))
        self.purges.on_commit(doc_id, kind)  # the school document may hold a purge instruction

    # ------------------------------------------------------------------ backups

    def backup_about(self) -> dict[str, str]:
        """What a backup's clear header says it is of."""
        return {"school": self.membership.school_name, "school_id": self.school_id,
                "pc": self.name, "node_id": self.node_id}  # fmt: skip

    def backup(
        self,
        out: str | os.PathLike[str],
        passphrase: str,
        pin: str | None,
        progress: Callable[[int, int], None] | None = None,
    ) -> dict[str, Any]:
        """Write an encrypted backup of this PC's EduNode to ``out`` (admin PIN;
        ``service/backup.py``, decision 0013); a folder gets a file named for the school,
        PC and time."""
        return self.backups.backup_now(Path(out), passphrase, pin, progress)

    def audit(self, action: str, detail: str, peer_id: str = "") -> None:
        self.audit_trail.record(action, detail, peer_id)

    def audit_log(self, limit: int = 500, action: str | None = None) -> list[dict[str, Any]]:
        return self.audit_trail.log(limit, action)

    def teaching_activity(
        self, limit: int = 5000, *, received_only: bool = False
    ) -> list[dict[str, Any]]:
        """Courses, lessons and learner records created or changed here or received from
        other PCs, newest first: what, which, how many changes, by which PC, from where,
        when (derived from the change log; see ``service/activity.py``)."""
        return self.activity.feed(limit, received_only=received_only)

    def pc_names(self) -> dict[str, str]:
        """Node ID → name of the PCs this one knows: itself, its school's PCs, its peers."""
        names = {p["node_id"]: p["name"] for p in self.peers.list() if p.get("name")}
        if self.school_id:
            with suppress(EdunodeError):  # the school's document may not have arrived yet
                names.update({m["node_id"]: m["name"] for m in self.membership.view()["members"]})
        names[self.node_id] = self.name
        return names

    def pc_name(self, node_id: str) -> str:
        """A PC's name as this one knows it, else its short ID."""
        return self.pc_names().get(node_id) or identity.short_id(node_id)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Make several writes in one durable transaction (much faster for bulk entry)."""
        with self.docs.batch():
            yield

    # ------------------------------------------------------------------ receiving

    def receive_changes(
        self,
        doc_id: str,
        changes: list[bytes],
        signatures: dict[bytes, bytes],
        origin: str,
        headers: Sequence[crdt.Header | None] | None = None,
    ) -> int:
        """Verify and apply a batch from a peer, a USB folder or a bundle; reject it whole.
        ``headers``, when given, were read from exactly these bytes (the wire decoder)."""
        try:
            return self.docs.receive(doc_id, changes, signatures, origin, headers)
        except RejectedChanges as exc:
            reason = str(exc.facts.get("reason", ""))
            self.audit("rejected", f"{exc.message} (reason: {reason})", peer_id=origin)
            self.bus.publish(ChangesRejected(doc_id=doc_id, peer_id=origin, reason=reason))
            raise

    # ------------------------------------------------------------------ courses

    def create_course(
        self,
        title: str,
        subject: str = "",
        level: str = "",
        language: str = "",
        summary: str = "",
        *,
        shared: bool = True,
    ) -> str:
        return self.courses.create(title, subject, level, language, summary, shared=shared)

    def update_course(self, course_id: str, **fields: str | None) -> None:
        self.courses.update(course_id, **fields)

    def add_module(self, course_id: str, title: str) -> str:
        return self.courses.add_module(course_id, title)

    def add_lesson(self, course_id: str, module: str, title: str, body: str = "") -> str:
        """Add a lesson to the module named (title or ID); the module is created if new."""
        return self.courses.add_lesson(course_id, module, title, body)

    def lesson_course(self, lesson_id: str) -> str:
        return self.courses.lesson_course(lesson_id)

    def edit_lesson(
        self, lesson_id: str, *, body: str | None = None, title: str | None = None
    ) -> None:
        self.courses.edit_lesson(lesson_id, body=body, title=title)

    def lesson_body(self, lesson_id: str) -> str:
        return self.courses.lesson_body(lesson_id)

    def rename_module(self, course_id: str, module_id: str, title: str) -> None:
        self.courses.rename_module(course_id, module_id, title)

    def move_item(self, course_id: str, item_id: str, position: float, *, lesson: bool) -> None:
        self.courses.move_item(course_id, item_id, position, lesson=lesson)

    def delete_item(self, course_id: str, item_id: str, *, lesson: bool) -> None:
        self.courses.delete_item(course_id, item_id, lesson=lesson)

    def course(self, course_id: str) -> dict[str, Any]:
        return self.courses.view(course_id)

    def list_courses(
        self, search: str = "", limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        return self.courses.find(search, limit, offset)

    def lessons(self, course_id: str) -> list[dict[str, Any]]:
        return self.courses.lessons(course_id)

    def add_maintainer(self, course_id: str, school_id: str) -> None:
        """Let another school's PCs edit a course of this school (a signed grant)."""
        self.courses.add_maintainer(course_id, school_id)

    def share_course(self, course_id: str, school_id: str, pin: str | None) -> dict[str, Any]:
        """Make another school a maintainer of a course of this school (admin PIN)."""
        self.settings.check_admin_pin(pin)
        return self.courses.share(course_id, school_id)

    def unshare_course(self, course_id: str, school_id: str, pin: str | None) -> dict[str, Any]:
        """Stop another school maintaining a course of this school (admin PIN)."""
        self.settings.check_admin_pin(pin)
        return self.courses.unshare(course_id, school_id)

    def adapt_course(self, course_id: str, title: str | None = None, *, shared: bool = True) -> str:
        """A new course of this school copied from any course held here (issue 14 item 2)."""
        return self.adaptations.adapt(course_id, title, shared=shared)

    def course_updates(self, course_id: str) -> dict[str, Any]:
        """The lessons changed in an adapted course's original since they were copied."""
        return self.adaptations.updates(course_id)

    def take_course_update(
        self, course_id: str, lesson_id: str, use: str | None = None, text: str | None = None
    ) -> dict[str, Any]:
        """Bring one lesson's change from the original in (see ``Adaptations.take``)."""
        return self.adaptations.take(course_id, lesson_id, use, text)

    # ------------------------------------------------------------------ learners

    def add_learner(
        self, name: str, birth_year: int | None = None, guardian: str | None = None, notes: str = ""
    ) -> str:
        return self.learners.add(name, birth_year, guardian, notes)

    def update_learner(
        self,
        learner_id: str,
        *,
        name: str | None = None,
        birth_year: int | None = None,
        guardian: str | None = None,
        notes: str | None = None,
    ) -> None:
        self.learners.update(
            learner_id, name=name, birth_year=birth_year, guardian=guardian, notes=notes
        )

    def enrol(self, learner_id: str, course_id: str, date: str | None = None) -> None:
        self.learners.enrol(learner_id, course_id, date)

    def set_enrolment_status(self, learner_id: str, course_id: str, status: str) -> None:
        self.learners.set_enrolment_status(learner_id, course_id, status)

    def record_progress(
        self,
        learner_id: str,
        lesson_id: str,
        minutes: int = 0,
        *,
        completed: bool = True,
        date: str | None = None,
    ) -> None:
        self.learners.record_progress(
            learner_id, lesson_id, minutes, completed=completed, date=date
        )

    def record_result(
        self,
        learner_id: str,
        course_id: str,
        title: str,
        score: float,
        max_score: float,
        date: str | None = None,
    ) -> str:
        return self.learners.record_result(learner_id, course_id, title, score, max_score, date)

    def record_attendance(self, learner_id: str, date: str | None, present: bool) -> None:
        self.learners.record_attendance(learner_id, date, present)

    def learner(self, learner_id: str) -> dict[str, Any]:
        return self.learners.view(learner_id)

    def purge_learner(self, learner_id: str, pin: str | None) -> dict[str, Any]:
        """Delete a learner transferred away from every PC of this school (admin PIN): a
        signed instruction in the school's document, applied by each PC (service/purge.py,
        decision 0018). Returns ``id``, ``date`` and ``removed`` (False: done before)."""
        return self.purges.purge(learner_id, pin)

    def set_plan(self, learner_id: str, course_id: str, pace: int) -> None:
        self.plans.set_plan(learner_id, course_id, pace)

    def add_goal(
        self, learner_id: str, text: str, course_id: str | None = None, by: str | None = None
    ) -> str:
        return self.plans.add_goal(learner_id, text, course_id, by)

    def edit_goal(
        self, goal_id: str, *, text: str | None = None, by: str | None = None,
        done: bool | None = None,
    ) -> None:  # fmt: skip
        self.plans.edit_goal(goal_id, text=text, by=by, done=done)

    def goal(self, goal_id: str) -> dict[str, Any]:
        return self.plans.goal(goal_id)

    def pathway_status(
        self, learner_id: str, today: str | dt.date | None = None
    ) -> list[dict[str, Any]]:
        return self.plans.pathway_status(learner_id, today)

    def needs_help(self, today: str | dt.date | None = None) -> list[dict[str, Any]]:
        return self.plans.needs_help(self.school_id, today)

    def list_learners(
        self,
        search: str = "",
        *,
        course_id: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        everyone: bool = False,
    ) -> list[dict[str, Any]]:
        """The learners this school holds (``everyone``: those transferred away too)."""
        return self.learners.find(
            search, course_id=course_id, status=status, limit=limit, offset=offset,
            everyone=everyone,
        )  # fmt: skip

    def read_class_list(self, source: bytes | str | Path) -> class_list.ClassList:
        """A class list's rows (from its bytes or its file), each with its problem, and
        nothing written: the preview."""
        return class_list.preview(self, source)

    def import_class_list(
        self, rows: class_list.ClassList, course_id: str | None = None
    ) -> list[str]:
        """Add a whole class (enrolled in ``course_id`` if given) in one transaction; any
        bad row refuses the whole list, nothing written."""
        return class_list.import_class_list(self, rows, course_id)

    def enrol_many(self, learner_ids: list[str], course_id: str) -> int:
        """Enrol many learners in a course at once (one transaction)."""
        return class_list.enrol_many(self, learner_ids, course_id)

    def learner_summaries(self) -> dict[str, dict[str, Any]]:
        """Every learner's record as plain views, read from the projections (not the
        documents): what reports need, at 10,000 learners, in a handful of queries."""
        return self.learners.summaries()

    def count_learners(self) -> int:
        return self.learners.count()

    def export_school(self, out: str | os.PathLike[str], pin: str | None) -> dict[str, Any]:
        """Write every course, lesson and learner record of this school to the new folder
        ``out`` as CSV files and ``school.json`` (admin PIN; ``service/export.py``)."""
        return school_export.export_school(self, Path(out), pin)

    def use_collation(self, locale: str) -> bool:
        """Sort every list for ``locale`` (e.g. ``fr_FR``; the window passes its language)
        from now on; the stored sort keys are rebuilt when the rules differ."""
        return self.store.use_collation(locale)

    def collation_locale(self) -> str:
        return self.store.collation_locale() or ""

    # ------------------------------------------------------------------ school

    def school(self) -> dict[str, Any]:
        return self.membership.view()

    def add_school_member(self, public_key: bytes, name: str, role: str = "member") -> None:
        self.membership.add_member(public_key, name, role)

    def remove_school_member(self, node_id: str) -> None:
        """Sign the PC out of the school, after endorsing its last accepted changes."""
        self.membership.remove_member(node_id)

    def adopt_school(self, school_id: str) -> bool:
        """Take ``school_id`` as this node's school once its document lists us as a member
        (and apply the purges its document holds: decision 0018)."""
        adopted = self.membership.adopt(school_id)
        if adopted:
            with suppress(EdunodeError):
                self.purges.apply()
        return adopted

    # ------------------------------------------------------------------ misc

    def today(self) -> str:
        return dt.date.today().isoformat()

    def home(self) -> Path:
        return self.paths.home

    # ------------------------------------------------------------------ maintenance

    def check(self) -> list[str]:
        """Every problem found in the store, in words; empty when sound."""
        return [str(p) for p in check(self.store, self.docs)]

    def rebuild_projections(self) -> int:
        return self.docs.rebuild_projections()

    def repair(self, before: repair.Report | None = None) -> dict[str, Any]:
        """Mend the store from what it holds (``service/repair.py``): the file, the log,
        the derived data; returns what was done, what was lost and what is still missing
        (with the latest backup when changes were lost). ``before``: what was done to the
        file before it would open (``repair.salvage_home``)."""
        report = repair.mend_file(self.store)
        if before is not None:
            report.steps[:0] = before.steps
            report.lost = {**before.lost, **report.lost}
            report.kept_at = report.kept_at or before.kept_at
        repair.mend_log(self.store, self.docs, report)
        if report.lost.get("changes") or report.missing:
            found = repair.latest_backup(self.paths.home, self.store)
            report.backup = str(found) if found else ""
        self.audit("repair", "; ".join(report.steps) or "nothing to mend")
        return report.as_dict()

    def damage(self) -> list[str]:
        """What the database's own integrity check finds (quick: no document is loaded)."""
        return [str(f) for f in health_findings(self.store)]

    # ------------------------------------------------------------------ links

    def approve(self, node_id: str, role: str, pin: str | None) -> dict[str, Any]:
        """Approve a link. ``school`` also makes that PC a member of this school (signed)."""
        return self.links.approve(node_id, role, pin)

    def refuse(self, node_id: str, pin: str | None, *, block: bool = False) -> dict[str, Any]:
        return self.links.refuse(node_id, pin, block=block)

    def revoke(self, node_id: str, pin: str | None) -> dict[str, Any]:
        """Revoke a link at once; a PC of this school is also removed from the school."""
        return self.links.revoke(node_id, pin)

    def shares_with(self, node_id: str, doc_id: str, meta: Meta) -> bool:
        """DESIGN §4: community documents go to every approved peer; school documents only
        to approved members of the owning school."""
        return self.links.sharing_rule(node_id)(meta, doc_id)

    def sharing_rule(self, node_id: str) -> Callable[[Meta, str], bool]:
        return self.links.sharing_rule(node_id)

    def documents_for(self, node_id: str) -> list[tuple[str, Meta]]:
        """Every document in the scope of the link with ``node_id``, school documents first."""
        return self.links.documents_for(node_id)

    def accepts_from(self, node_id: str, meta: Meta, doc_id: str = "") -> bool:
        """Whether we take a document of this kind from that peer at all."""
        return self.links.accepting_rule(node_id)(meta, doc_id)

    def accepting_rule(self, node_id: str) -> Callable[[Meta, str], bool]:
        return self.links.accepting_rule(node_id)

    # ------------------------------------------------------------------ resources (issue 15)

    def add_need(self, **fields: Any) -> str:
        """Post a need of this school (item, quantity, unit, cost, currency, priority,
        course, note): a signed community document only this school's PCs may change."""
        return self.board.add_need(**fields)

    def update_need(self, need_id: str, **change: Any) -> dict[str, Any]:
        return self.board.update_need(need_id, **change)

    def close_need(self, need_id: str, status: str) -> dict[str, Any]:
        """Close a need of this school as ``met`` or ``withdrawn``."""
        return self.board.close_need(need_id, status)

    def add_offer(self, **fields: Any) -> str:
        return self.board.add_offer(**fields)

    def respond_to_need(self, offer_id: str, need_id: str) -> dict[str, Any]:
        """This school's offer answers a need (of any school)."""
        return self.board.respond(offer_id, need_id)

    def board_entries(
        self,
        kind: str | None = None,
        *,
        school: str | None = None,
        open_only: bool = False,
        priority: str | None = None,
    ) -> list[dict[str, Any]]:
        """Every school's needs and offers held here, with school, dates and signers."""
        return self.board.entries(kind, school=school, open_only=open_only, priority=priority)

    def board_entry(self, doc_id: str) -> dict[str, Any]:
        return self.board.entry(doc_id)

    def school_names(self) -> dict[str, str]:
        return self.board.school_names()

    def create_fund(
        self,
        name: str,
        currency: str,
        schools: list[str],
        approvals: int | None,
        pin: str | None,
    ) -> str:
        return self.fund.create(name, currency, schools, approvals, pin)

    def contribute(self, fund_id: str, amount: str, source: str) -> str:
        return self.fund.contribute(fund_id, amount, source)

    def propose_allocation(self, fund_id: str, need_id: str, amount: str) -> str:
        return self.fund.propose(fund_id, need_id, amount)

    def approve_allocation(self, proposal_id: str, pin: str | None) -> dict[str, Any]:
        return self.fund.approve(proposal_id, pin)

    def funds(self) -> list[dict[str, Any]]:
        return self.fund.funds()

    def fund_ledger(self, fund_id: str) -> dict[str, Any]:
        """Every entry with who signed it and when, the derived allocations (decision
        0012r) and the balance."""
        return self.fund.ledger(fund_id)

    def fund_report(self, fund_id: str) -> dict[str, Any]:
        return self.fund.report(fund_id)

    def fund_report_csv(self, fund_id: str, path: str | Path | None = None) -> str:
        return self.fund.report_csv(fund_id, path)

    # ------------------------------------------------------------------ community summary

    def publish_summary(self, start: str | None = None, end: str | None = None) -> dict[str, Any]:
        """Publish this school's community summary: per shared course, groups of at least
        five learners only, no learner's data (decision 0016)."""
        return self.summaries.publish(start, end)

    def community_report(self, course: str | None = None) -> dict[str, Any]:
        """Every school's latest summary held here, compared course by course."""
        return self.summaries.community(course)

    def community_report_csv(self, path: str | Path | None = None) -> str:
        return self.summaries.community_csv(path)
