"""Collaborative text: ``crdt.splice_text`` and per-character merging of lesson bodies."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import close_all, make_school, send_doc, sync

from edunode import crdt
from edunode.domain.course import MAX_BODY

SPICE = list("aé e\u0301 ñ ß 漢字 👋🏽 🇫🇷 👩‍👩‍👧 \n\t\r\x00")
chars = st.one_of(st.sampled_from(SPICE), st.characters(exclude_categories=("Cs",)))
texts = st.text(chars, max_size=40)

ACTOR_A, ACTOR_B = b"\x0a" * 32, b"\x0b" * 32


def text_doc(content: str, actor: bytes = ACTOR_A) -> tuple[crdt.Document, bytes]:
    doc = crdt.new_document(actor)
    with doc.transaction() as tx:
        text = crdt.new_text(tx, crdt.ROOT, "body", content)
    return doc, text


def splice(doc: crdt.Document, text: bytes, new: str) -> None:
    with doc.transaction() as tx:
        crdt.splice_text(tx, text, tx.text(text), new)


@given(texts, texts)
def test_splice_turns_old_into_new(old: str, new: str) -> None:
    doc, text = text_doc(old)
    assert doc.text(text) == old
    splice(doc, text, new)
    assert doc.text(text) == new
    assert doc.length(text) == len(new)  # one element per character
    assert crdt.read(doc) == {"body": new}
    # And the same after a round trip through the change log.
    replay = crdt.new_document(ACTOR_B)
    crdt.apply(replay, [c.data for c in crdt.changes_since(doc, [])])
    assert crdt.read(replay) == {"body": new}


@given(texts, st.lists(texts, min_size=1, max_size=5))
def test_successive_splices(first: str, later: list[str]) -> None:
    doc, text = text_doc(first)
    for new in later:
        splice(doc, text, new)
        assert doc.text(text) == new


def element_ids(doc: crdt.Document, text: bytes) -> list[bytes]:
    return [bytes(doc.get(text, i)[1]) for i in range(doc.length(text))]


def test_splice_is_minimal() -> None:
    doc, text = text_doc("The cat sat.")
    kept = element_ids(doc, text)
    before = crdt.heads(doc)
    splice(doc, text, "The black cat sat.")
    assert doc.text(text) == "The black cat sat."
    (change,) = doc.get_changes(before)
    assert change.max_op - change.start_op + 1 == 6  # six insertions, nothing deleted
    # The old characters keep their identity: that is what lets concurrent edits around
    # them merge, instead of one PC's rewrite replacing the other's.
    after = element_ids(doc, text)
    assert after[:4] + after[10:] == kept
    splice(doc, text, "The black cat.")  # deletes " sat", keeps the full stop
    assert element_ids(doc, text) == after[:13] + after[-1:]


def naive_kept(old: str, new: str) -> tuple[int, int]:
    """Common prefix, then common suffix of what is left: the characters a splice keeps."""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(new)) - prefix
        and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]
    ):
        suffix += 1
    return prefix, suffix


@given(texts, texts, texts, texts)
def test_splice_touches_only_what_changed(a: str, b: str, old_mid: str, new_mid: str) -> None:
    """Shared starts and ends (drawn so they are often long) are kept; the change holds one
    deletion per removed character and one insertion per added one, nothing more."""
    old, new = a + old_mid + b, a + new_mid + b
    doc, text = text_doc(old)
    before = crdt.heads(doc)
    splice(doc, text, new)
    assert doc.text(text) == new
    prefix, suffix = naive_kept(old, new)
    ops = (len(old) - prefix - suffix) + (len(new) - prefix - suffix)
    made = doc.get_changes(before)
    assert sum(c.max_op - c.start_op + 1 for c in made) == ops


no_bar = st.text(
    st.one_of(
        st.sampled_from([c for c in SPICE if c != "|"]),
        st.characters(exclude_categories=("Cs",), exclude_characters="|"),
    ),
    max_size=20,
)


@settings(max_examples=60)
@given(no_bar, no_bar, no_bar, no_bar)
def test_concurrent_edits_to_different_parts_merge(
    left: str, right: str, new_left: str, new_right: str
) -> None:
    """A edits the text before a marker, B the text after it, at the same time: both land."""
    base, text = text_doc(left + "|" + right)
    a = base.fork()
    a.set_actor(ACTOR_A)
    b = base.fork()
    b.set_actor(ACTOR_B)
    heads = crdt.heads(base)
    splice(a, text, new_left + "|" + right)
    splice(b, text, left + "|" + new_right)
    crdt.apply(a, [c.data for c in crdt.changes_since(b, heads)])
    crdt.apply(b, [c.data for c in crdt.changes_since(a, heads)])
    assert a.text(text) == b.text(text) == new_left + "|" + new_right
    assert crdt.heads(a) == crdt.heads(b)


def test_two_pcs_edit_one_lesson_at_once(tmp_path: Path) -> None:
    a, b = make_school(tmp_path, 2)
    try:
        course = a.create_course("Reading", language="sw")
        lesson = a.add_lesson(course, "Unit 1", "Sounds", "Habari ya asubuhi. Karibu darasani.")
        send_doc(a, b, course)
        # Concurrent edits: A changes the start, B the end; neither has seen the other's.
        a.edit_lesson(lesson, body="Habari za asubuhi 🌅. Karibu darasani.")
        b.edit_lesson(lesson, body="Habari ya asubuhi. Karibu darasani, watoto! 👋🏽")
        sync(a, b)
        merged = "Habari za asubuhi 🌅. Karibu darasani, watoto! 👋🏽"
        assert a.lesson_body(lesson) == b.lesson_body(lesson) == merged
        # Both edits again, this time interleaved in the middle of words.
        a.edit_lesson(lesson, body=merged.replace("asubuhi", "jioni"))
        b.edit_lesson(lesson, body=merged.replace("watoto", "wanafunzi"))
        sync(a, b)
        expected = merged.replace("asubuhi", "jioni").replace("watoto", "wanafunzi")
        assert a.lesson_body(lesson) == b.lesson_body(lesson) == expected
        assert a.check() == [] and b.check() == []
    finally:
        close_all([a, b])


def test_concurrent_notes_merge(tmp_path: Path) -> None:
    a, b = make_school(tmp_path, 2)
    try:
        learner_id = a.add_learner("Zawadi", notes="Likes maths.\nNeeds glasses.")
        send_doc(a, b, learner_id)
        a.update_learner(learner_id, notes="Likes maths and reading.\nNeeds glasses.")
        b.update_learner(learner_id, notes="Likes maths.\nNeeds glasses (sent to clinic).")
        sync(a, b)
        expected = "Likes maths and reading.\nNeeds glasses (sent to clinic)."
        assert a.learner(learner_id)["notes"] == b.learner(learner_id)["notes"] == expected
    finally:
        close_all([a, b])


def test_longest_lesson_text_replaced_while_another_pc_edits_its_end(tmp_path: Path) -> None:
    """A teacher pastes a whole new version of the longest allowed lesson while a colleague
    fixes its last word: both PCs end with the new version followed by the colleague's word,
    whose place (after the old text) now follows the new one. The replacement is one change
    of MAX_BODY insertions and MAX_BODY deletions, which every PC verifies and applies."""
    a, b = make_school(tmp_path, 2)
    try:
        first = ("abc " * MAX_BODY)[:MAX_BODY]
        second = ("XYZ." * MAX_BODY)[:MAX_BODY]  # differs from the first at every position
        course = a.create_course("Long texts")
        lesson = a.add_lesson(course, "Unit 1", "A long story", first)
        send_doc(a, b, course)
        a.edit_lesson(lesson, body=second)
        b.edit_lesson(lesson, body=first[:-4] + "end.")
        sync(a, b)
        assert a.lesson_body(lesson) == b.lesson_body(lesson) == second + "end."
        assert a.check() == [] and b.check() == []
    finally:
        close_all([a, b])
