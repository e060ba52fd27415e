"""The Node: composition root and the one API for the UI, the CLI and tests.

Everything a person can do goes through a method here. Nothing here imports Qt, opens a
socket directly or writes SQL: those live in ui/, sync/ and store/.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, or_, select

from edunode import crdt, identity, privacy
from edunode.config import Paths, resolve_home
from edunode.domain import course, learner, school, validate
from edunode.domain.meta import Meta, looks_like_doc_id
from edunode.errors import IdentityError, NotFoundError, PermissionDenied, ValidationError
from edunode.events import AuditRecorded, ChangesApplied, ChangesRejected, EventBus
from edunode.identity import NodeIdentity
from edunode.service.admin_pin import AdminPin, check_new_pin
from edunode.service.documents import Documents
from edunode.service.peers import Peers
from edunode.store import Store
from edunode.store import schema as t

# Built once: recording progress looks a lesson's course up for every record.
_LESSON_COURSE = select(t.p_lessons.c.course_id).where(t.p_lessons.c.id == bindparam("lesson_id"))


class Node:
    def __init__(
        self, home: str | os.PathLike[str] | None = None, *, passphrase: str | None = None
    ) -> None:
        self.paths = Paths(resolve_home(home))
        if not self.paths.initialised():
            raise IdentityError(
                f"no EduNode here yet ({self.paths.home}); run 'edunode init' first",
                home=str(self.paths.home),
            )
        privacy.open_home(self.paths)  # 0700 folder, 0600 files: also fixes older folders
        passphrase = (
            passphrase if passphrase is not None else os.environ.get("EDUNODE_KEY_PASSPHRASE")
        )
        self.identity = NodeIdentity.load(self.paths.key, passphrase)
        self.bus = EventBus()
        self.store = Store(self.paths.store_url())
        self.docs = Documents(self.store, self.identity, self._committed)
        self.peers = Peers(self.store, self.identity, self.bus, self.audit)
        self.admin_pin = AdminPin(self.store, self.audit)
        self._closed = threading.Event()

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
    ) -> Node:
        """Make a new node: key, certificate, store and (unless joining) a new school."""
        paths = Paths(resolve_home(home))
        name = validate.text(name, "node name", required=True, limit=100)
        if school_name is not None:
            school_name = validate.text(school_name, "school name", required=True)
        if admin_pin is not None:
            check_new_pin(admin_pin)
        if paths.initialised():
            raise ValidationError(f"{paths.home} already holds an EduNode; use another --home")
        if passphrase is None:  # as __init__ does: else the key is saved plain, then loaded with it
            passphrase = os.environ.get("EDUNODE_KEY_PASSPHRASE") or None
        privacy.private_dir(paths.home)
        me = NodeIdentity.generate()
        me.save(paths.key, passphrase)
        privacy.write_private(paths.cert, me.certificate_pem(name))
        node = cls(paths.home, passphrase=passphrase)
        node.store.set_setting("node_name", name)
        if admin_pin is not None:
            node.store.set_setting("admin_pin", identity.hash_pin(admin_pin))
        if school_name is not None:
            node._found_school(school_name)
        node.audit(
            "init", f"node {name} created" + (f" for school {school_name}" if school_name else "")
        )
        return node

    def _found_school(self, school_name: str) -> str:
        meta = Meta(kind="school", school="", scope="community", founder=self.identity.public_key)
        school_id, _ = self.docs.create(meta, lambda tx: school.create(tx, school_name))
        self.docs.change(
            school_id,
            lambda tx: school.add_member(
                tx, school_id, self.identity, self.identity.public_key, self.name, "admin"
            ),
        )
        self.store.set_setting("school_id", school_id)
        return school_id

    def close(self) -> None:
        if not self._closed.is_set():
            self._closed.set()
            self.store.close()

    def __enter__(self) -> Node:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ identity

    @property
    def node_id(self) -> str:
        return self.identity.node_id

    @property
    def public_key(self) -> bytes:
        return self.identity.public_key

    @property
    def name(self) -> str:
        return str(self.store.setting("node_name", ""))

    @property
    def school_id(self) -> str:
        return str(self.store.setting("school_id", ""))

    @property
    def school_name(self) -> str:
        sid = self.school_id
        if not sid or self.docs.maybe(sid) is None:
            return ""
        return str(self.docs.state(sid).get("name", ""))

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
            "admin_pin_set": self.store.setting("admin_pin") is not None,
        }

    def rename(self, name: str) -> None:
        name = validate.text(name, "node name", required=True, limit=100)
        self.store.set_setting("node_name", name)
        self.audit("rename", f"node renamed to {name}")

    # ------------------------------------------------------------------ admin PIN

    def check_admin_pin(self, pin: str | None) -> None:
        self.admin_pin.check(pin)  # counts wrong tries, with a growing wait: admin_pin.py

    def set_admin_pin(self, new_pin: str, old_pin: str | None = None) -> None:
        self.admin_pin.change(new_pin, old_pin)

    # ------------------------------------------------------------------ events & audit

    def _committed(self, doc_id: str, kind: str, count: int, origin: str) -> None:
        self.bus.publish(ChangesApplied(doc_id=doc_id, kind=kind, count=count, origin=origin))

    def audit(self, action: str, detail: str, peer_id: str = "") -> None:
        self.store.audit(action, detail, peer_id)
        self.bus.publish(AuditRecorded(action=action, detail=detail))

    def audit_log(self, limit: int = 500, action: str | None = None) -> list[dict[str, Any]]:
        return [dict(r) for r in self.store.audit_log(limit, action)]

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
        from edunode.errors import RejectedChanges

        try:
            return self.docs.receive(doc_id, changes, signatures, origin, headers)
        except RejectedChanges as exc:
            self.audit("rejected", f"{exc.message} (reason: {exc.reason})", peer_id=origin)
            self.bus.publish(ChangesRejected(doc_id=doc_id, peer_id=origin, reason=exc.reason))
            raise

    # ------------------------------------------------------------------ courses

    def _require_doc(self, doc_id: str, kind: str) -> None:
        what = {"course": "course", "learner": "learner", "school": "school"}[kind]
        if not looks_like_doc_id(doc_id):
            raise ValidationError(f"'{doc_id}' is not a {what} ID")
        meta = self.store.meta(doc_id)
        if meta is None or meta.kind != kind:
            raise NotFoundError(f"there is no {what} with ID {doc_id}", doc_id=doc_id)

    def _require_school(self) -> str:
        if not self.school_id:
            raise PermissionDenied("this node does not belong to a school yet")
        return self.school_id

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
        fields = course.clean_fields(
            title=title, subject=subject, level=level, language=language, summary=summary
        )
        school_id = self._require_school()
        meta = Meta(kind="course", school=school_id, scope="community" if shared else "school")
        course_id, _ = self.docs.create(meta, lambda tx: course.create(tx, fields))
        return course_id

    def update_course(self, course_id: str, **fields: str | None) -> None:
        self._require_doc(course_id, "course")
        cleaned = course.clean_fields(**fields)
        self.docs.change(course_id, lambda tx: course.update(tx, cleaned))

    def add_module(self, course_id: str, title: str) -> str:
        self._require_doc(course_id, "course")
        return str(self.docs.change(course_id, lambda tx: course.add_module(tx, title)))

    def add_lesson(self, course_id: str, module: str, title: str, body: str = "") -> str:
        """Add a lesson to the module named (title or ID); the module is created if new."""
        self._require_doc(course_id, "course")
        validate.text(module, "module title", required=True)

        def edit(tx: Any) -> str:
            existing = crdt.get_obj(tx, crdt.get_obj(tx, crdt.ROOT, "modules") or b"", module)
            module_id = module if existing else course.find_module(tx, module)
            if module_id is None:
                module_id = course.add_module(tx, module)
            return course.add_lesson(tx, module_id, title, body)

        return str(self.docs.change(course_id, edit))

    def lesson_course(self, lesson_id: str) -> str:
        rows = self.store.query(_LESSON_COURSE, {"lesson_id": lesson_id})
        if not rows:
            raise NotFoundError(f"there is no lesson with ID {lesson_id}", lesson_id=lesson_id)
        return str(rows[0]["course_id"])

    def edit_lesson(
        self, lesson_id: str, *, body: str | None = None, title: str | None = None
    ) -> None:
        course_id = self.lesson_course(lesson_id)

        def edit(tx: Any) -> None:
            if title is not None:
                course.rename(tx, lesson_id, title, lesson=True)
            if body is not None:
                course.set_lesson_body(tx, lesson_id, body)

        self.docs.change(course_id, edit)

    def lesson_body(self, lesson_id: str) -> str:
        for module in self.course(self.lesson_course(lesson_id))["modules"]:
            for lesson in module["lessons"]:
                if lesson["id"] == lesson_id:
                    return str(lesson["body"])
        raise NotFoundError(f"there is no lesson with ID {lesson_id}")

    def rename_module(self, course_id: str, module_id: str, title: str) -> None:
        self._require_doc(course_id, "course")
        self.docs.change(course_id, lambda tx: course.rename(tx, module_id, title, lesson=False))

    def move_item(self, course_id: str, item_id: str, position: float, *, lesson: bool) -> None:
        self._require_doc(course_id, "course")
        self.docs.change(course_id, lambda tx: course.move(tx, item_id, position, lesson=lesson))

    def delete_item(self, course_id: str, item_id: str, *, lesson: bool) -> None:
        self._require_doc(course_id, "course")
        self.docs.change(course_id, lambda tx: course.delete(tx, item_id, lesson=lesson))

    def course(self, course_id: str) -> dict[str, Any]:
        self._require_doc(course_id, "course")
        od = self.docs.get(course_id)
        view = course.view(self.docs.state(course_id))
        owners = self.docs.school_members(od.meta.school)
        view["maintainers"] = [
            od.meta.school,
            *sorted(course.maintainer_schools(course_id, self.docs.state(course_id), owners)),
        ]
        return {
            "id": course_id,
            **view,
            "school": od.meta.school,
            "scope": od.meta.scope,
            "shared": od.meta.scope == "community",
            "editable": self.identity.public_key in self.docs.writers(course_id, od.meta, od.doc),
        }

    def list_courses(
        self, search: str = "", limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        query = select(t.p_courses).order_by(t.p_courses.c.title_fold, t.p_courses.c.id)
        if search:
            like = f"%{search.casefold()}%"
            query = query.where(
                or_(t.p_courses.c.title_fold.like(like), t.p_courses.c.subject.ilike(like))
            )
        if limit is not None:
            query = query.limit(limit).offset(offset)
        return [
            {
                **dict(r),
                "shared": r["scope"] == "community",
                "maintainers": r["maintainers"].split(","),
            }
            for r in self.store.query(query)
        ]

    def lessons(self, course_id: str) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.store.query(
                select(t.p_lessons)
                .where(t.p_lessons.c.course_id == course_id)
                .order_by(t.p_lessons.c.ordinal)
            )
        ]

    # ------------------------------------------------------------------ learners

    def add_learner(
        self, name: str, birth_year: int | None = None, guardian: str | None = None, notes: str = ""
    ) -> str:
        profile = learner.clean_profile(name, birth_year, guardian, creating=True)
        school_id = self._require_school()
        meta = Meta(kind="learner", school=school_id, scope="school")
        learner_id, _ = self.docs.create(meta, lambda tx: learner.create(tx, profile, notes))
        return learner_id

    def update_learner(
        self,
        learner_id: str,
        *,
        name: str | None = None,
        birth_year: int | None = None,
        guardian: str | None = None,
        notes: str | None = None,
    ) -> None:
        self._require_doc(learner_id, "learner")
        profile = learner.clean_profile(name, birth_year, guardian)

        def edit(tx: Any) -> None:
            learner.update_profile(tx, profile)
            if notes is not None:
                learner.set_notes(tx, notes)

        self.docs.change(learner_id, edit)

    def enrol(self, learner_id: str, course_id: str, date: str | None = None) -> None:
        self._require_doc(learner_id, "learner")
        self._require_doc(course_id, "course")
        day = validate.date(date)
        self.docs.change(
            learner_id,
            lambda tx: learner.enrol(tx, course_id, day),
            touched=frozenset({"enrolments"}),
        )

    def set_enrolment_status(self, learner_id: str, course_id: str, status: str) -> None:
        self._require_doc(learner_id, "learner")
        self.docs.change(learner_id, lambda tx: learner.set_enrolment_status(tx, course_id, status))

    def record_progress(
        self,
        learner_id: str,
        lesson_id: str,
        minutes: int = 0,
        *,
        completed: bool = True,
        date: str | None = None,
    ) -> None:
        self._require_doc(learner_id, "learner")
        course_id = self.lesson_course(lesson_id)
        minutes = validate.minutes(minutes)
        day = validate.date(date)

        def edit(tx: Any) -> None:
            if not learner.is_enrolled(tx, course_id):
                raise ValidationError("the learner is not enrolled in this lesson's course")
            learner.record_progress(
                tx, lesson_id, course_id, minutes, day, completed, identity.short_id(self.node_id)
            )

        self.docs.change(learner_id, edit, touched=frozenset({"progress"}))

    def record_result(
        self,
        learner_id: str,
        course_id: str,
        title: str,
        score: float,
        max_score: float,
        date: str | None = None,
    ) -> str:
        self._require_doc(learner_id, "learner")
        self._require_doc(course_id, "course")
        title = validate.text(title, "result title", required=True)
        score, max_score = validate.score(score, max_score)
        day = validate.date(date)
        return str(
            self.docs.change(
                learner_id,
                lambda tx: learner.record_result(tx, course_id, title, score, max_score, day),
                touched=frozenset({"results"}),
            )
        )

    def record_attendance(self, learner_id: str, date: str | None, present: bool) -> None:
        self._require_doc(learner_id, "learner")
        day = validate.date(date)
        self.docs.change(
            learner_id,
            lambda tx: learner.record_attendance(tx, day, present),
            touched=frozenset({"attendance"}),
        )

    def learner(self, learner_id: str) -> dict[str, Any]:
        self._require_doc(learner_id, "learner")
        od = self.docs.get(learner_id)
        return {
            "id": learner_id,
            **learner.view(self.docs.state(learner_id)),
            "school": od.meta.school,
        }

    def list_learners(
        self,
        search: str = "",
        *,
        course_id: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        query = select(t.p_learners).order_by(t.p_learners.c.name_fold, t.p_learners.c.id)
        if search:
            query = query.where(t.p_learners.c.name_fold.like(f"%{search.casefold()}%"))
        if course_id or status:
            sub = select(t.p_enrolments.c.learner_id)
            if course_id:
                sub = sub.where(t.p_enrolments.c.course_id == course_id)
            if status:
                sub = sub.where(t.p_enrolments.c.status == status)
            query = query.where(t.p_learners.c.id.in_(sub))
        if limit is not None:
            query = query.limit(limit).offset(offset)
        return [dict(r) for r in self.store.query(query)]

    def learner_summaries(self) -> dict[str, dict[str, Any]]:
        """Every learner's record as plain views, read from the projections (not the
        documents): what reports need, at 10,000 learners, in a handful of queries."""
        out: dict[str, dict[str, Any]] = {
            r["id"]: {
                "id": r["id"],
                "name": r["name"],
                "birth_year": r["birth_year"],
                "school": r["school"],
                "enrolments": [],
                "progress": [],
                "results": [],
                "attendance": [],
            }  # fmt: skip
            for r in self.store.query(select(t.p_learners))
        }
        for r in self.store.query(select(t.p_enrolments)):
            if r["learner_id"] in out:
                out[r["learner_id"]]["enrolments"].append(
                    {"course": r["course_id"], "status": r["status"], "date": r["date"]}
                )
        for r in self.store.query(select(t.p_progress)):
            if r["learner_id"] in out:
                out[r["learner_id"]]["progress"].append(
                    {
                        "lesson": r["lesson_id"],
                        "course": r["course_id"],
                        "completed": bool(r["completed"]),
                        "minutes": r["minutes"],
                    }
                )
        for r in self.store.query(select(t.p_results)):
            if r["learner_id"] in out:
                out[r["learner_id"]]["results"].append(
                    {
                        "course": r["course_id"],
                        "title": r["title"],
                        "score": r["score"],
                        "max": r["max"],
                        "date": r["date"],
                    }
                )
        for r in self.store.query(select(t.p_attendance)):
            if r["learner_id"] in out:
                out[r["learner_id"]]["attendance"].append(
                    {"date": r["date"], "present": bool(r["present"])}
                )
        return out

    def count_learners(self) -> int:
        return int(
            self.store.query(select(func.count().label("n")).select_from(t.p_learners))[0]["n"]
        )

    # ------------------------------------------------------------------ school

    def school(self) -> dict[str, Any]:
        sid = self._require_school()
        od = self.docs.get(sid)
        state = self.docs.state(sid)
        members = school.members(sid, state, od.meta.founder)
        return {
            "id": sid,
            "name": str(state.get("name", "")),
            "members": [
                {"node_id": m.node_id, "name": m.name, "role": m.role, "removed": m.removed}
                for m in members.values()
            ],
        }

    def add_school_member(self, public_key: bytes, name: str, role: str = "member") -> None:
        sid = self._require_school()
        self.docs.change(
            sid, lambda tx: school.add_member(tx, sid, self.identity, public_key, name, role)
        )
        self.audit(
            "member_added",
            f"{name} ({identity.node_id_from_public_key(public_key)}) joined the school",
        )

    def remove_school_member(self, node_id: str) -> None:
        """Sign the PC out of the school, after endorsing its last accepted changes.

        Once removed, a PC's changes are only accepted where a current writer built on
        them. So first, on every document where the PC wrote something, this node commits
        a small change on top of what it holds: a PC of the school that has never seen the
        removed PC's work can still receive those documents whole.
        """
        sid = self._require_school()
        node_id = identity.parse_node_id(node_id)
        key = next(
            (
                m.key
                for m in school.members(
                    sid, self.docs.state(sid), self.docs.get(sid).meta.founder
                ).values()
                if m.node_id == node_id
            ),
            None,
        )
        if key is None:
            raise ValidationError(f"{node_id} is not a member of this school")
        if key == self.docs.get(sid).meta.founder:
            raise ValidationError("the PC that founded the school cannot be removed")
        with self.batch():
            for doc_id in self.store.documents_written_by(key):
                if doc_id != sid and self.docs.may_write(doc_id):
                    self.docs.change(
                        doc_id, lambda tx: crdt.put(tx, crdt.ROOT, "endorsed", self.today())
                    )
            self.docs.change(sid, lambda tx: school.remove_member(tx, sid, self.identity, node_id))
        self.audit("member_removed", f"{node_id} was removed from the school", peer_id=node_id)

    def add_maintainer(self, course_id: str, school_id: str) -> None:
        """Let another school's PCs edit a course of this school (a signed grant)."""
        self._require_doc(course_id, "course")
        self._require_doc(school_id, "school")
        if self.store.meta(course_id).school != self.school_id:  # type: ignore[union-attr]
            raise PermissionDenied("only the school that owns a course can add maintainers")
        self.docs.change(
            course_id, lambda tx: course.add_maintainer(tx, course_id, school_id, self.identity)
        )
        self.audit("maintainer_added", f"school {school_id} may now edit course {course_id}")

    def adopt_school(self, school_id: str) -> bool:
        """Take ``school_id`` as this node's school once its document lists us as a member."""
        if self.school_id or self.identity.public_key not in self.docs.school_members(school_id):
            return False
        self.store.set_setting("school_id", school_id)
        self.audit("joined", f"this node joined school {school_id}")
        return True

    # ------------------------------------------------------------------ misc

    def today(self) -> str:
        return dt.date.today().isoformat()

    def home(self) -> Path:
        return self.paths.home

    # ------------------------------------------------------------------ maintenance

    def check(self) -> list[str]:
        """Every problem found in the store, in words; empty when sound."""
        from edunode.service.check import check

        return [str(p) for p in check(self.store, self.docs)]

    def rebuild_projections(self) -> int:
        count = 0
        for doc_id, _meta in self.store.documents():
            od = self.docs.get(doc_id)
            with self.store.write() as conn:
                self.store.replace_projection(conn, doc_id, self.docs.projection_rows(doc_id, od))
            count += 1
        return count

    # ------------------------------------------------------------------ links (admin actions)

    def approve(self, node_id: str, role: str, pin: str | None) -> dict[str, Any]:
        """Approve a link. ``school`` also makes that PC a member of this school (signed)."""
        self.check_admin_pin(pin)
        node_id = self.peers.resolve(node_id)
        peer = self.peers.get(node_id)
        if peer is None:
            raise NotFoundError(f"no known node {node_id}")
        if role == "school" and self.school_id:
            if peer["school_id"] and peer["school_id"] != self.school_id:
                raise ValidationError(
                    f"{peer['name']} belongs to another school ({peer['school']}); "
                    "approve it as a community peer"
                )
            key = self.peers.public_key(node_id)
            assert key is not None
            if key not in self.docs.school_members(self.school_id):
                self.add_school_member(key, peer["name"], "member")
        return self.peers.decide(node_id, "approve", role)

    def refuse(self, node_id: str, pin: str | None, *, block: bool = False) -> dict[str, Any]:
        self.check_admin_pin(pin)
        return self.peers.decide(self.peers.resolve(node_id), "block" if block else "refuse")

    def revoke(self, node_id: str, pin: str | None) -> dict[str, Any]:
        """Revoke a link at once; a PC of this school is also removed from the school."""
        self.check_admin_pin(pin)
        node_id = self.peers.resolve(node_id)
        key = self.peers.public_key(node_id)
        if (
            self.school_id
            and key
            and key in self.docs.school_members(self.school_id)
            and key != self.public_key
        ):
            self.remove_school_member(node_id)
        return self.peers.decide(node_id, "revoke")

    # ------------------------------------------------------------------ what a link shares

    def shares_with(self, node_id: str, doc_id: str, meta: Meta) -> bool:
        """DESIGN §4: community documents go to every approved peer; school documents only
        to approved members of the owning school."""
        return self.sharing_rule(node_id)(meta)

    def sharing_rule(self, node_id: str) -> Callable[[Meta], bool]:
        """``shares_with`` for one peer as a function of the document's meta: the link's
        role, the peer's key and our school's members are read once, not per document."""
        role = self.peers.role(node_id)
        if role is None:
            return lambda meta: False
        key = self.peers.public_key(node_id)
        school_id = self.school_id
        member = (
            role == "school"
            and bool(school_id)
            and key is not None
            and key in self.docs.school_members(school_id)
        )
        return lambda meta: meta.scope == "community" or (member and meta.school == school_id)

    def documents_for(self, node_id: str) -> list[tuple[str, Meta]]:
        """Every document in the scope of the link with ``node_id``, school documents first."""
        order = {"school": 0, "course": 1, "learner": 2}
        rule = self.sharing_rule(node_id)
        docs = [(d, m) for d, m in self.store.documents() if rule(m)]
        return sorted(docs, key=lambda dm: order.get(dm[1].kind, 3))

    def accepts_from(self, node_id: str, meta: Meta) -> bool:
        """Whether we take a document of this kind from that peer at all (before verifying).

        A school-scoped document is accepted only for our own school: learner data never
        lands outside its school even if a peer sends it by mistake or malice.
        """
        return self.accepting_rule(node_id)(meta)

    def accepting_rule(self, node_id: str) -> Callable[[Meta], bool]:
        """``accepts_from`` for one peer as a function of the meta (read once per batch)."""
        if self.peers.role(node_id) is None:
            return lambda meta: False
        school_id = self.school_id
        return lambda meta: (
            meta.scope == "community" or (bool(school_id) and meta.school == school_id)
        )
