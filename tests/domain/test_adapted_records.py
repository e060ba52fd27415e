"""The adapted-course records read from any document shape (a peer's course may hold
anything): what is not the expected shape is no source, no link, nothing known."""

from __future__ import annotations

from edunode.domain import adapted


def _view(*lessons: tuple[str, str, str]) -> dict[str, object]:
    return {"modules": [{"id": "m1", "title": "Unit", "lessons": [
        {"id": i, "title": t, "body": b} for i, t, b in lessons]}]}  # fmt: skip


def test_odd_shapes_are_no_source_no_link_nothing_known() -> None:
    for odd in (5, "x", [], {"course": 7}, None):
        state = {"adapted_from": odd, "modules": odd}
        assert adapted.source(state) is None  # type: ignore[arg-type]
        assert adapted.links(state) == {}  # type: ignore[arg-type]
        assert adapted.known(state) == set()  # type: ignore[arg-type]
    state = {"modules": {"m": {"lessons": {"a": {"upstream": {"lesson": 3}}, "b": 4}}}}
    assert adapted.links(state) == {}  # type: ignore[arg-type]


def test_what_counts_as_changed_and_as_edited_here() -> None:
    base = adapted.text_hash("One half.")
    linked = {f"l{n}": adapted.Link(f"u{n}", base, "Halves") for n in range(1, 5)}
    mine = _view(("l1", "Halves", "One half."), ("l2", "Halves", "Mine."),
                 ("l3", "Halves", "Theirs."), ("l4", "Halves", "One half."))  # fmt: skip
    original = _view(("u1", "Halves", "Theirs."), ("u2", "Halves", "Theirs."),
                     ("u3", "Halves", "Theirs."), ("u4", "Halves", "One half."))  # fmt: skip
    found = adapted.updates(mine, original, linked, {"u1", "u2", "u3", "u4"})
    # u4 unchanged: not listed; l3 made the same edit as the original: no choice to make
    assert [(u.lesson, u.edited_here) for u in found] == [
        ("l1", False), ("l2", True), ("l3", False)]  # fmt: skip
