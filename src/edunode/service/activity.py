"""The teaching-activity feed in words (issue 12 item 13): courses, lessons, learners,
results and registers created or changed on this PC or received from others, by which PC
and when.

``store/activity.py`` folds the change log into entries (document, author, origin, time,
the keys written); here each entry gets what it did (``domain.course.activity`` /
``domain.learner.activity``) and the name of the PC that wrote it: this PC, a PC of the
school (the school document's members), or a peer (its link record); else its short ID.
"""

from __future__ import annotations

from typing import Any

from edunode import identity
from edunode.domain import course, learner
from edunode.store.activity import ActivityRecords


class Activity:
    def __init__(self, records: ActivityRecords, names: Any) -> None:
        self.records = records
        self._names = names  # () -> {node_id: name}

    def feed(self, limit: int = 5000, *, received_only: bool = False) -> list[dict[str, Any]]:
        names: dict[str, str] = self._names()
        out = []
        for entry in self.records.feed(limit, received_only=received_only):
            author = identity.node_id_from_public_key(entry["actor"])
            what = (
                course.activity(entry["keys"])
                if entry["kind"] == "course"
                else learner.activity(entry["keys"])
            )
            out.append(
                {
                    "doc_id": entry["doc_id"],
                    "kind": entry["kind"],
                    "title": entry["title"],
                    # a new learner's first change writes their profile: "created" says it
                    "what": ["created", *[w for w in what if w not in ("profile", "record")]]
                    if entry["created"]
                    else what,
                    "created": entry["created"],
                    "changes": entry["changes"],
                    "author": author,
                    "author_name": names.get(author) or identity.short_id(author),
                    "origin": entry["origin"],
                    "received": entry["origin"] != "local",
                    "origin_name": _origin_name(entry["origin"], names),
                    "first": entry["first"],
                    "ts": entry["last"],
                }
            )
        return out


def _origin_name(origin: str, names: dict[str, str]) -> str:
    """Where the changes came from, for people: "" (made here), a PC's name, a bundle."""
    if origin == "local":
        return ""
    if origin.startswith("bundle:"):
        return "record bundle"
    return names.get(origin) or identity.short_id(origin)
