"""The learner's record bundle: one file a learner who changes school carries (DESIGN §7).

A bundle is one JSON file::

    {"format": "edunode-learner-bundle", "version": 1,
     "credential": {... a 1EdTech CLR 2.0 ClrCredential: W3C VC 2.0, proofs by did:key ...},
     "documents": [{"id": ..., "changes": [base64 ...], "signatures": {hex hash: base64}}, ...]}

``documents`` is the signed history: the learner's school document (who could write the
record), the community courses the learner was enrolled in or has results for with the
school documents of the schools that own or maintain them, and last the learner's document.
The credential (``clr``) is a CLR 2.0 ``ClrCredential`` embedding one Open Badges 3.0
``AchievementCredential`` per course (enrolment, results, lessons completed) and one for
attendance, and commits to the history by a SHA-256 over its canonical JSON (RFC 8785,
``relatedResource.digestSRI``), so its signatures cover the record and, through the digest,
every change. Each credential carries two proofs (``proofset``): eddsa-rdfc-2022 (``rdfc``,
with JSON-LD contexts shipped in the package) and eddsa-jcs-2022 (``vc``). Any standard
verifier can check it offline; :func:`verify` checks everything:

1. the file is a bundle of a version this code reads (bounded size, bounded counts);
2. the credential's and each embedded credential's proofs (both suites, the issuer's
   did:key);
3. the history: each document verified as the network would (``domain.verify``), the school
   first, whose members then decide who may have written the learner and the courses;
4. the issuer's key is a member of that school;
5. the digest matches the history, and the credential is exactly the one built from the
   verified learner document: it can't claim a score the signed history does not hold.

Every number and length is bounded before it is used and every check is linear, so a
hostile bundle (anyone can found a school) costs time in proportion to its size.

Exporting (:func:`export_bundle`, admin PIN) first writes a signed *release* into the
learner's document (``domain/custody.py``): to a named school, or open. Importing
(:func:`import_bundle`, admin PIN) verifies, stores the school and course documents
(verified community documents, as a community peer would send) and *continues the same
learner document* here: the same ID and every record, now written by this school's PCs
(with a signed *claim* of an open release). The bundle is kept in ``<home>/transfers/``.
All of that is one store transaction, after every check: a refused import stores nothing.

This module is the face of the package: the parts live in ``file`` (format, bounds,
reading), ``clr`` (the credential), ``export``, ``verify``, ``importing`` and
``transcript`` (the printable PDF).
"""

from edunode.bundle.export import (
    EXPORT_STEPS,
    build,
    destination,
    export_bundle,
    release,
    signed_history,
)
from edunode.bundle.file import (
    FORMAT,
    MAX_BYTES,
    SUFFIX,
    TRANSFERS,
    VERSION,
    Checked,
    history_digest,
    load,
    parse,
)
from edunode.bundle.importing import import_bundle
from edunode.bundle.verify import describe, verify

__all__ = [
    "EXPORT_STEPS", "FORMAT", "MAX_BYTES", "SUFFIX", "TRANSFERS", "VERSION", "Checked", "build",
    "describe", "destination", "export_bundle", "history_digest", "import_bundle", "load",
    "parse", "release", "signed_history", "verify",
]  # fmt: skip
