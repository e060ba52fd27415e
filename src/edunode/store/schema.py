"""Tables. Plain SQLAlchemy Core: the store is a log and a set of indexed projections.

Every text column is ``Text``, without a length: SQLite never enforced ``VARCHAR(n)`` and
PostgreSQL does, so a title a school PC stored (or its case-folded copy, which can be longer:
"ß" folds to "ss") must fit every backend the same (decision 0012a). Lengths a person may
type are checked once, in the domain (``domain/validate.py``), for every backend."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

settings = Table(
    "settings",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("doc_id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("school", Text, nullable=False),
    Column("scope", Text, nullable=False),
    Column("founder", LargeBinary, nullable=False, default=b""),
    Column("created", Float, nullable=False),
    Column("updated", Float, nullable=False),
    Index("ix_documents_kind", "kind"),
)

# The source of truth: every change with the signature that vouches for it. ``seq_no`` is a
# local, monotonic position used to load documents in order and to notice new entries.
changes = Table(
    "changes",
    metadata,
    Column("seq_no", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", Text, nullable=False),
    Column("hash", LargeBinary, nullable=False),
    Column("actor", LargeBinary, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=True),
    Column("origin", Text, nullable=False),
    Column("received", Float, nullable=False),
    UniqueConstraint("doc_id", "hash", name="uq_changes_doc_hash"),
    Index("ix_changes_doc", "doc_id", "seq_no"),
    Index("ix_changes_author", "doc_id", "actor", "seq"),
    sqlite_autoincrement=True,  # seq_no is never reused, even after a rollback
)

snapshots = Table(
    "snapshots",
    metadata,
    Column("doc_id", Text, primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("last_seq_no", Integer, nullable=False),
    Column("created", Float, nullable=False),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ts", Float, nullable=False),
    Column("action", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("peer_id", Text, nullable=False, default=""),
    Index("ix_audit_ts", "ts"),
)

peers = Table(
    "peers",
    metadata,
    Column("node_id", Text, primary_key=True),
    Column("name", Text, nullable=False, default=""),
    Column("school", Text, nullable=False, default=""),
    Column("school_id", Text, nullable=False, default=""),
    Column("public_key", LargeBinary, nullable=False, default=b""),
    Column("cert", LargeBinary, nullable=False, default=b""),
    Column("state", Text, nullable=False),
    Column("role", Text, nullable=False, default=""),
    Column("code", Text, nullable=False, default=""),
    Column("host", Text, nullable=False, default=""),
    Column("port", Integer, nullable=False, default=0),
    Column("outgoing", Boolean, nullable=False, default=False),
    Column("first_seen", Float, nullable=False),
    Column("updated", Float, nullable=False),
    Column("last_sync", Float, nullable=True),
    Column("last_seen", Float, nullable=True),
    Column("last_request", Float, nullable=True),
    Column("changes_in", Integer, nullable=False, default=0),
    Column("changes_out", Integer, nullable=False, default=0),
    Column("incidents", Integer, nullable=False, default=0),
    Column("requests", Integer, nullable=False, default=0),
    # Schema 2. ``source``: the address the newest link request came from (the TCP peer
    # address, or "usb"), for the per-address limit on pending requests. ``announced``: when
    # mDNS last reported a merely discovered node, for the expiry of those rows.
    Column("source", Text, nullable=False, default="", server_default=""),
    Column("announced", Float, nullable=True),
)

# ---- schema 5: the off-site backups an archive keeps for the schools that link to it
# (decision 0017). The archive holds the encrypted files as sent, in chunks, and no key:
# ``complete`` is set only once every chunk is in and the whole file's SHA-256 matched.

vault_files = Table(
    "vault_files",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("school_id", Text, nullable=False),
    Column("node_id", Text, nullable=False),  # the PC that sent it
    Column("name", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("digest", LargeBinary, nullable=False),
    Column("created", Text, nullable=False, default=""),  # from the file's clear header
    Column("stored_at", Float, nullable=False),
    Column("complete", Boolean, nullable=False, default=False),
    Index("ix_vault_files_school", "school_id", "name"),
)

vault_chunks = Table(
    "vault_chunks",
    metadata,
    Column("file_id", Integer, primary_key=True),
    Column("n", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

# ---- schema 6: learners purged from this PC at their school's signed instruction (issue 10
# item 2, decision 0018): only the document ID and the instruction's date. A document whose
# ID is here is never stored again, whoever sends it.

purged = Table(
    "purged",
    metadata,
    Column("doc_id", Text, primary_key=True),
    Column("date", Text, nullable=False),
    Column("at", Float, nullable=False),
)

# ---- read projections (rebuilt from documents; never the source of truth)

p_courses = Table(
    "p_courses",
    metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text, nullable=False),
    Column("title_fold", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("level", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("school", Text, nullable=False),
    Column("scope", Text, nullable=False),
    Column("maintainers", Text, nullable=False),
    Column("modules", Integer, nullable=False),
    Column("lessons", Integer, nullable=False),
    Column("updated", Float, nullable=False),
    # The title's collation key (``edunode/collation.py``): lists are ordered by it.
    Column("sort_key", LargeBinary, nullable=False, default=b""),
    Index("ix_p_courses_title", "title_fold"),
    Index("ix_p_courses_sort", "sort_key", "id"),
)

p_lessons = Table(
    "p_lessons",
    metadata,
    Column("id", Text, primary_key=True),
    Column("course_id", Text, primary_key=True),
    Column("module_id", Text, nullable=False),
    Column("module_title", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("ordinal", Integer, nullable=False),
    Index("ix_p_lessons_course", "course_id", "ordinal"),
)

p_learners = Table(
    "p_learners",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_fold", Text, nullable=False),
    Column("birth_year", Integer, nullable=True),
    Column("school", Text, nullable=False),
    Column("enrolments", Integer, nullable=False),
    Column("updated", Float, nullable=False),
    # The name's collation key (``edunode/collation.py``): lists are ordered by it.
    Column("sort_key", LargeBinary, nullable=False, default=b""),
    Index("ix_p_learners_name", "name_fold"),
    Index("ix_p_learners_sort", "sort_key", "id"),
)

p_enrolments = Table(
    "p_enrolments",
    metadata,
    Column("learner_id", Text, primary_key=True),
    Column("course_id", Text, primary_key=True),
    Column("status", Text, nullable=False),
    Column("date", Text, nullable=False),
    Index("ix_p_enrolments_course", "course_id"),
)

p_progress = Table(
    "p_progress",
    metadata,
    Column("learner_id", Text, primary_key=True),
    Column("lesson_id", Text, primary_key=True),
    Column("course_id", Text, nullable=False),
    Column("completed", Boolean, nullable=False),
    Column("minutes", Integer, nullable=False),
    Index("ix_p_progress_course", "course_id"),
)

p_results = Table(
    "p_results",
    metadata,
    Column("learner_id", Text, primary_key=True),
    Column("result_id", Text, primary_key=True),
    Column("course_id", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("max", Float, nullable=False),
    Column("date", Text, nullable=False),
    Index("ix_p_results_course", "course_id"),
)

p_attendance = Table(
    "p_attendance",
    metadata,
    Column("learner_id", Text, primary_key=True),
    Column("date", Text, primary_key=True),
    Column("present", Boolean, nullable=False),
    Index("ix_p_attendance_date", "date"),
)

# The projections whose rows carry a collation key, and the column it is made from.
SORTED_BY = {"p_learners": "name", "p_courses": "title"}

LEARNER_PROJECTIONS = (p_learners, p_enrolments, p_progress, p_results, p_attendance)
COURSE_PROJECTIONS = (p_courses, p_lessons)
