"""The lesson editor's merge arithmetic (pure Python, no widgets)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edunode.ui import textmerge as tm


@pytest.mark.parametrize(
    "old,new",
    [
        ("", "abc"),
        ("abc", ""),
        ("hello world", "hello brave world"),
        ("aaaa", "aaa"),
        ("x😀y", "x😀😀y"),
        ("one two three", "one 2 three!"),
    ],
)
def test_hunks_rebuild_the_new_text(old: str, new: str) -> None:
    assert tm.apply(old, tm.hunks(old, new)) == new


def test_separate_edits_are_separate_hunks() -> None:
    old = "The cat sat on the mat. " * 3
    new = old.replace("cat", "dog", 1)[:-1] + "!"
    spans = tm.hunks(old, new)
    assert len(spans) == 2
    assert tm.apply(old, spans) == new


def test_merge_keeps_both_sides() -> None:
    base = "Fractions are parts of a whole."
    ours = base + " Example: 1/2."
    theirs = "Lesson 1. " + base
    assert (
        tm.merge3(base, ours, theirs) == "Lesson 1. Fractions are parts of a whole. Example: 1/2."
    )


def test_merge_never_loses_their_insertion_inside_our_deletion() -> None:
    base = "alpha beta gamma"
    ours = "alpha gamma"  # we deleted "beta "
    theirs = "alpha beXta gamma"  # they typed inside it
    merged = tm.merge3(base, ours, theirs)
    assert "X" in merged and "beta" not in merged


def test_same_place_insertions_put_theirs_first() -> None:
    assert tm.merge3("ab", "a1b", "a2b") == "a21b"


def test_cursor_moves_only_for_splices_before_it() -> None:
    text = "hello world"
    spans = tm.hunks(text, "Oh, hello world!!")
    pos = text.index("world")
    moved = tm.move_position(pos, spans)
    assert "Oh, hello world!!"[moved:].startswith("world")
    assert tm.move_position(0, [(0, 0, "X")]) == 0  # insertion exactly at the cursor: stay put


def test_utf16_positions_round_trip() -> None:
    text = "a😀b😀c"
    for i in range(len(text) + 1):
        assert tm.from_utf16(text, tm.utf16_index(text, i)) == i


words = st.text(alphabet="ab \n", max_size=30)


@settings(max_examples=300, deadline=None)
@given(words, st.randoms(use_true_random=False))
def test_merge_applies_our_edit_and_theirs(base: str, rnd: random.Random) -> None:
    def edit(text: str) -> str:
        i = rnd.randint(0, len(text))
        j = rnd.randint(i, min(len(text), i + 3))
        return text[:i] + rnd.choice(["", "X", "YY"]) + text[j:]

    ours, theirs = edit(base), edit(base)
    merged = tm.merge3(base, ours, theirs)
    assert tm.merge3(base, base, theirs) == theirs
    assert tm.merge3(base, ours, base) == ours
    # Whatever either side inserted is in the result.
    for ch in "XY":
        assert merged.count(ch) >= max(ours.count(ch), theirs.count(ch)) - base.count(ch)
