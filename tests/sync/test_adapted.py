"""Adapted courses (issue 14 item 2): Vale adapts Hill's course; Hill edits the original;
the edit reaches Vale over the network (TLS on loopback) or the receive path; ``course
updates`` lists the lessons changed; ``take-update`` brings one in, directly when Vale did
not edit it, otherwise only once a teacher chose. Nothing changes in the adapted course
unless a teacher takes an update.

Real nodes, real TLS on loopback (``tests/sync/netutil.py``), real SQLite files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.cli.test_cli import fingerprint
from tests.helpers import send_doc
from tests.sync.netutil import link, make_node, service, stop_all, wait_for

from edunode.cli.adapt import both_texts
from edunode.cli.main import main
from edunode.errors import NotFoundError, PermissionDenied, ValidationError

pytestmark = pytest.mark.net


def _bodies(node: Any, course_id: str) -> dict[str, str]:
    return {le["title"]: le["body"] for m in node.course(course_id)["modules"]
            for le in m["lessons"]}  # fmt: skip


def _local(updates: dict[str, Any]) -> dict[str, str]:
    """This course's lesson ID by the original's lesson title."""
    return {u["upstream_title"]: u["lesson"] for u in updates["updates"]}


def test_an_upstream_edit_arrives_over_the_network_and_is_taken(tmp_path: Path) -> None:
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    fractions = hill.create_course("Fractions", "Mathematics", "Grade 4")
    halves = hill.add_lesson(fractions, "Unit 1", "Halves", "One half is one of two parts.")
    hill.add_lesson(fractions, "Unit 1", "Quarters", "A quarter is one of four parts.")
    hill.add_lesson(fractions, "Unit 2", "Thirds", "A third is one of three parts.")
    sh, sv = service(hill), service(vale)
    try:
        link((hill, sh), (vale, sv), "community")
        wait_for(lambda: vale.docs.maybe(fractions) is not None
                 and len(vale.lessons(fractions)) == 3, what="the course at Vale")  # fmt: skip
        ours = vale.adapt_course(fractions, "Fractions for Vale")
        kept_in = vale.adapt_course(fractions, "Fractions, Vale's own", shared=False)
        view = vale.course(ours)
        assert view["school"] == vale.school_id and view["editable"] and view["shared"]
        assert [m["title"] for m in view["modules"]] == ["Unit 1", "Unit 2"]
        assert _bodies(vale, ours) == _bodies(hill, fractions)
        made = view["adapted_from"]
        assert (made["course"], made["school"], made["title"], made["school_name"]) == (
            fractions, hill.school_id, "Fractions", "Hill School")
        assert made["heads"] == [h.hex() for h in hill.docs.get(fractions).doc.get_heads()]
        assert vale.course_updates(ours)["updates"] == []
        quarters_here = next(le["id"] for le in view["modules"][0]["lessons"]
                             if le["title"] == "Quarters")  # fmt: skip
        vale.edit_lesson(quarters_here, body="A quarter is one of four equal parts (Vale).")

        hill.edit_lesson(halves, body="One half is one of two equal parts.", title="One half")
        quarters = next(le["id"] for le in hill.lessons(fractions) if le["title"] == "Quarters")
        hill.edit_lesson(quarters, body="A quarter: one of four parts, like a cut mango.")
        before = _bodies(vale, ours)
        updates = wait_for(
            lambda: (u := vale.course_updates(ours)) and len(u["updates"]) == 2 and u,
            what="the original's edits at Vale",
        )
        assert _bodies(vale, ours) == before, "nothing changes until a teacher takes it"
        listed = {u["upstream_title"]: u["edited_here"] for u in updates["updates"]}
        assert listed == {"One half": False, "Quarters": True}
        here = _local(updates)

        taken = vale.take_course_update(ours, here["One half"])  # clean: taken directly
        assert taken["state"] == "taken"
        assert _bodies(vale, ours)["One half"] == "One half is one of two equal parts."
        asked = vale.take_course_update(ours, here["Quarters"])  # edited here: a choice
        assert asked["state"] == "choose"
        assert asked["body"] == "A quarter is one of four equal parts (Vale)."
        assert asked["upstream_body"] == "A quarter: one of four parts, like a cut mango."
        assert vale.lesson_body(here["Quarters"]) == asked["body"]
        combined = "A quarter is one of four equal parts, like a cut mango (Vale)."
        assert vale.take_course_update(ours, here["Quarters"], text=combined)["state"] == (
            "combined")
        assert vale.lesson_body(here["Quarters"]) == combined
        assert vale.course_updates(ours)["updates"] == []
        # the adapted course reaches Hill as Vale's own; Hill's original is untouched
        wait_for(lambda: hill.docs.maybe(ours) is not None
                 and len(hill.lessons(ours)) == 3, what="Vale's course at Hill")  # fmt: skip
        assert not hill.course(ours)["editable"]
        assert hill.docs.maybe(kept_in) is None, "a private adaptation stays at Vale"
        assert hill.course(ours)["adapted_from"]["course"] == fractions
        assert hill.lesson_body(quarters) == "A quarter: one of four parts, like a cut mango."
        hill.edit_lesson(quarters, body="A quarter is a fourth.")  # a second round
        wait_for(lambda: len(vale.course_updates(ours)["updates"]) == 1, what="round two")
        assert vale.course_updates(ours)["updates"][0]["edited_here"] is True
        assert hill.check() == [] and vale.check() == []
    finally:
        stop_all(sh, sv)
        hill.close()
        vale.close()


@pytest.fixture
def adapted(tmp_path: Path) -> Any:
    """Vale holds Hill's Fractions (by the receive path) and a private adaptation of it;
    Hill then changed both lessons and Vale edited its copy of the second."""
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    fractions = hill.create_course("Fractions")
    halves = hill.add_lesson(fractions, "Unit 1", "Halves", "One half.")
    quarters = hill.add_lesson(fractions, "Unit 1", "Quarters", "One quarter.")
    send_doc(hill, vale, hill.school_id)
    send_doc(hill, vale, fractions)
    yield hill, vale, fractions, halves, quarters
    hill.close()
    vale.close()


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_adapt_updates_and_take_update_on_the_command_line(
    adapted: Any, capsys: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hill, vale, fractions, halves, quarters = adapted
    home = str(vale.paths.home)
    code, out, err = run(capsys, "--home", home, "course", "adapt", fractions,
                         "--title", "Vale fractions", "--private", "--json")  # fmt: skip
    assert code == 0, err
    made = json.loads(out)
    ours = made["id"]
    assert made["title"] == "Vale fractions" and not made["shared"]
    assert made["adapted_from"]["course"] == fractions
    code, out, _ = run(capsys, "--home", home, "course", "show", ours)
    assert "adapted from:" in out and f"«Fractions» by Hill School [{fractions}]" in out
    code, out, _ = run(capsys, "--home", home, "course", "updates", ours)
    assert code == 0 and "no lesson changed in the original course" in out

    hill.edit_lesson(halves, body="One half is one of two equal parts.")
    hill.edit_lesson(quarters, body="One quarter is one of four equal parts.")
    send_doc(hill, vale, fractions)
    here = {le["title"]: le["id"] for m in vale.course(ours)["modules"] for le in m["lessons"]}
    vale.edit_lesson(here["Quarters"], body="One quarter. Vale's example: a cut mango.")

    code, out, _ = run(capsys, "--home", home, "course", "updates", ours, "--json")
    listed = {u["lesson"]: u["edited_here"] for u in json.loads(out)["updates"]}
    assert code == 0 and listed == {here["Halves"]: False, here["Quarters"]: True}
    code, out, _ = run(capsys, "--home", home, "course", "updates", ours)
    assert "2 lessons changed in the original course" in out and "changed here too" in out

    code, out, err = run(capsys, "--home", home, "course", "take-update", ours,
                         "--lesson", here["Halves"])  # fmt: skip
    assert code == 0 and "now has the original's text" in out, err
    assert vale.lesson_body(here["Halves"]) == "One half is one of two equal parts."

    # edited here too: both texts shown, nothing written, exit 1 until a choice
    before = fingerprint(vale.paths.home)
    monkeypatch.setenv("COLUMNS", "100")
    code, out, err = run(capsys, "--home", home, "course", "take-update", ours,
                         "--lesson", here["Quarters"])  # fmt: skip
    assert code == 1 and err == ""
    side = next(line for line in out.splitlines() if "equal parts" in line)
    assert "One quarter is one of four equal parts." in side and "| One quarter. Vale" in side
    assert "--use upstream, --use mine, or --text-file" in out
    assert fingerprint(vale.paths.home) == before
    monkeypatch.setenv("COLUMNS", "40")
    code, out, _ = run(capsys, "--home", home, "course", "take-update", ours,
                       "--lesson", here["Quarters"], "--json")  # fmt: skip
    shown = json.loads(out)
    assert code == 1 and shown["state"] == "choose" and shown["body"].endswith("a cut mango.")
    assert fingerprint(vale.paths.home) == before

    combined = tmp_path / "combined.txt"
    combined.write_text("One quarter is one of four equal parts: a cut mango.", "utf-8")
    code, out, err = run(capsys, "--home", home, "course", "take-update", ours,
                         "--lesson", here["Quarters"], "--text-file", str(combined))  # fmt: skip
    assert code == 0 and "combined text" in out, err
    assert vale.lesson_body(here["Quarters"]) == combined.read_text("utf-8")
    code, out, _ = run(capsys, "--home", home, "course", "updates", ours, "--json")
    assert json.loads(out)["updates"] == []

    # keep mine: the update is dismissed and the text stays
    hill.edit_lesson(quarters, body="One quarter, again.")
    send_doc(hill, vale, fractions)
    code, out, _ = run(capsys, "--home", home, "course", "take-update", ours,
                       "--lesson", here["Quarters"], "--use", "mine")  # fmt: skip
    assert code == 0 and "keeps its own text" in out
    assert vale.lesson_body(here["Quarters"]) == combined.read_text("utf-8")
    assert vale.course_updates(ours)["updates"] == []
    assert [e["action"] for e in vale.audit_trail.log(action="course_update_taken")] == [
        "course_update_taken"] * 3  # fmt: skip


def test_bad_input_is_one_line_exit_2_and_writes_nothing(adapted: Any, capsys: Any) -> None:
    hill, vale, fractions, halves, _ = adapted
    ours = vale.adapt_course(fractions)
    plain = vale.create_course("Vale's own")
    hill.edit_lesson(halves, body="One half, changed.")
    send_doc(hill, vale, fractions)
    here = {le["title"]: le["id"] for m in vale.course(ours)["modules"] for le in m["lessons"]}
    home = str(vale.paths.home)
    before = fingerprint(vale.paths.home)
    bad = [
        (["course", "adapt", "notacourse"], "not a course ID"),
        (["course", "adapt", "a" * 24], "no course"),
        (["course", "adapt", fractions, "--title", " "], "title"),
        (["course", "updates", "a" * 24], "no course"),
        (["course", "updates", plain], "was not adapted"),
        (["course", "take-update", "a" * 24, "--lesson", here["Halves"]], "no course"),
        (["course", "take-update", ours, "--lesson", "zzzzzzzz"], "no lesson zzzzzzzz"),
        (["course", "take-update", ours, "--lesson", halves], "no lesson"),  # Hill's own ID
        (["course", "take-update", ours, "--lesson", here["Quarters"]], "no update"),
        (["course", "take-update", ours, "--lesson", here["Halves"], "--text-file",
          "/nonexistent/combined.txt"], "does not exist"),
        (["course", "take-update", ours, "--lesson", here["Halves"], "--use", "both"],
         "invalid choice"),
        (["course", "take-update", fractions, "--lesson", halves], "was not adapted"),
    ]
    for args, message in bad:
        code, out, err = run(capsys, "--home", home, *args)
        assert code == 2 and out == "" and err.count("\n") == 1, (args, code, out, err)
        assert message in err and "Traceback" not in err, (args, err)
    assert fingerprint(vale.paths.home) == before
    assert vale.lesson_body(here["Halves"]) == "One half."


def test_the_service_refuses_what_the_cli_cannot_say(adapted: Any) -> None:
    hill, vale, fractions, halves, _ = adapted
    ours = vale.adapt_course(fractions)
    hill.edit_lesson(halves, body="Changed upstream.")
    send_doc(hill, vale, fractions)
    lesson = next(le["id"] for le in vale.lessons(ours) if le["title"] == "Halves")
    with pytest.raises(ValidationError, match="not both"):
        vale.take_course_update(ours, lesson, "mine", "combined")
    with pytest.raises(ValidationError, match="upstream or mine"):
        vale.take_course_update(ours, lesson, "theirs")
    with pytest.raises(NotFoundError):
        vale.course_updates("a" * 24)
    send_doc(vale, hill, vale.school_id)
    send_doc(vale, hill, ours)
    assert len(hill.course_updates(ours)["updates"]) == 1  # Hill may see what changed
    with pytest.raises(PermissionDenied):  # but not take it into Vale's course
        hill.take_course_update(ours, lesson)
    assert vale.lesson_body(lesson) == "One half."


def test_both_texts_side_by_side_or_one_after_the_other() -> None:
    wide = both_texts(("theirs", "a b c " * 20), ("mine", "short"), 80)
    first, rule, line = wide.splitlines()[:3]
    assert first.startswith("theirs") and "| mine" in first and "-+-" in rule
    assert line.endswith("| short") and all(len(x) <= 80 for x in wide.splitlines())
    narrow = both_texts(("theirs", "one"), ("mine", "two"), 40)
    assert narrow.splitlines() == ["--- theirs ---", "one", "--- mine ---", "two"]


def test_a_lesson_new_in_the_original_is_listed_and_added_or_left_out(
    adapted: Any, capsys: Any
) -> None:
    hill, vale, fractions, halves, _ = adapted
    ours = vale.adapt_course(fractions)
    vale.rename_module(ours, vale.course(ours)["modules"][0]["id"], "Unit 1 (Vale)")
    eighths = hill.add_lesson(fractions, "Unit 1", "Eighths", "One eighth.")
    tenths = hill.add_lesson(fractions, "Unit 2", "Tenths", "One tenth.")
    send_doc(hill, vale, fractions)
    found = vale.course_updates(ours)["updates"]
    assert [(u["lesson"], u["new"], u["upstream_title"]) for u in found] == [
        (eighths, True, "Eighths"), (tenths, True, "Tenths")]  # fmt: skip
    code, out, _ = run(capsys, "--home", str(vale.paths.home), "course", "updates", ours)
    assert code == 0 and out.count("new in the original") == 2
    code, out, err = run(capsys, "--home", str(vale.paths.home), "course", "take-update", ours,
                         "--lesson", eighths)  # fmt: skip
    assert code == 0 and "added as lesson" in out, err
    modules = vale.course(ours)["modules"]
    assert [m["title"] for m in modules] == ["Unit 1 (Vale)"]  # the module it came from
    assert [le["title"] for le in modules[0]["lessons"]] == ["Halves", "Quarters", "Eighths"]
    assert vale.take_course_update(ours, tenths, "mine")["state"] == "kept"  # left out
    assert [m["title"] for m in vale.course(ours)["modules"]] == ["Unit 1 (Vale)"]
    assert vale.course_updates(ours)["updates"] == []
    hill.edit_lesson(eighths, body="One eighth is half a quarter.")
    hill.edit_lesson(halves, body="One half, again.")
    send_doc(hill, vale, fractions)
    listed = [(u["upstream_title"], u["new"]) for u in vale.course_updates(ours)["updates"]]
    assert listed == [("Halves", False), ("Eighths", False)]
    with pytest.raises(ValidationError, match="no update"):
        vale.take_course_update(ours, modules[0]["lessons"][1]["id"])
