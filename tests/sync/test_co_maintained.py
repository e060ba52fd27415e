"""Courses made together (issue 14 item 1): the owning school shares a course with another
school, whose PCs then edit it; concurrent edits from both schools merge; once the owner
stops sharing, the other school's later edits are refused by the one verification function,
over the network and over a USB stick.

Real nodes, real TLS on loopback (``tests/sync/netutil.py``), real USB packages in a folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import deliver, forge_change, join_school, outgoing, send_doc
from tests.service.test_usb import carry, usb_link
from tests.sync.netutil import PIN, link, make_node, service, stop_all, wait_for

from edunode import crdt
from edunode.cli.main import main
from edunode.domain import course
from edunode.errors import PermissionDenied, RejectedChanges, ValidationError
from edunode.service.node import Node

pytestmark = pytest.mark.net


def test_two_schools_co_edit_a_shared_course_over_the_network(tmp_path: Path) -> None:
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    fractions = hill.create_course("Fractions")
    lesson = hill.add_lesson(fractions, "Unit 1", "Halves", "One half is one of two parts.")
    sh, sv = service(hill), service(vale)
    try:
        link((hill, sh), (vale, sv), "community")
        wait_for(lambda: vale.docs.maybe(fractions) is not None, what="the course at Vale")
        with pytest.raises(PermissionDenied):  # not shared yet: Vale may only read it
            vale.edit_lesson(lesson, body="Vale was here.")
        shown = hill.share_course(fractions, vale.school_id, PIN)
        assert [m["name"] for m in shown["maintained_by"]] == ["Hill School", "Vale School"]
        wait_for(lambda: vale.course(fractions)["editable"], what="the grant at Vale")
        ports = (sh.port, sv.port)
        stop_all(sh, sv)  # both edit the same lesson while apart
        hill.edit_lesson(lesson, body="One half is one of two equal parts.")
        vale.edit_lesson(lesson, body="Halves: One half is one of two parts.")
        vale.add_lesson(fractions, "Unit 1", "Quarters", "A quarter is one of four parts.")
        sh, sv = service(hill, port=ports[0]), service(vale, port=ports[1])
        wait_for(
            lambda: hill.lesson_body(lesson) == vale.lesson_body(lesson)
            and len(hill.lessons(fractions)) == 2,
            what="convergence",
        )
        merged = hill.lesson_body(lesson)
        assert merged == "Halves: One half is one of two equal parts.", "merged per character"
        view = vale.course(fractions)
        assert {m["id"] for m in view["maintained_by"]} == {hill.school_id, vale.school_id}
        assert hill.check() == [] and vale.check() == []
    finally:
        stop_all(sh, sv)
        hill.close()
        vale.close()


@pytest.fixture
def shared(tmp_path: Path) -> Any:
    """Hill shares Fractions with Vale; both hold the grant (changes moved by the
    network's receive path)."""
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    fractions = hill.create_course("Fractions")
    lesson = hill.add_lesson(fractions, "Unit 1", "Halves", "One half.")
    send_doc(vale, hill, vale.school_id)
    send_doc(hill, vale, hill.school_id)
    hill.share_course(fractions, vale.school_id, PIN)
    send_doc(hill, vale, fractions)
    vale.edit_lesson(lesson, body="One half. (Vale's note.)")
    send_doc(vale, hill, fractions)
    assert hill.lesson_body(lesson) == "One half. (Vale's note.)"
    yield hill, vale, fractions, lesson
    hill.close()
    vale.close()


def test_a_removed_maintainers_later_edit_is_refused_over_the_network(shared: Any) -> None:
    hill, vale, fractions, lesson = shared
    hill.unshare_course(fractions, vale.school_id, PIN)
    vale.edit_lesson(lesson, body="One half. A late edit.")  # Vale has not heard yet
    sv, sh = service(vale), service(hill)
    try:
        link((vale, sv), (hill, sh), "community")
        wait_for(lambda: not vale.course(fractions)["editable"], what="the revocation at Vale")
        assert hill.lesson_body(lesson) == "One half. (Vale's note.)"
        with pytest.raises(PermissionDenied):
            vale.edit_lesson(lesson, body="Another try.")
    finally:
        stop_all(sv, sh)


def test_a_removed_maintainers_later_edit_is_refused_from_a_usb_stick(
    shared: Any, tmp_path: Path
) -> None:
    hill, vale, fractions, lesson = shared
    stick = tmp_path / "stick"
    stick.mkdir()
    usb_link(hill, vale, stick, "community")
    hill.unshare_course(fractions, vale.school_id, PIN)
    vale.edit_lesson(lesson, body="One half. A late edit by stick.")
    result = carry(vale, hill, stick)
    assert result["state"] == "refused", result
    assert hill.lesson_body(lesson) == "One half. (Vale's note.)"


def test_a_late_edit_is_refused_even_when_relayed_on_top(shared: Any, tmp_path: Path) -> None:
    """Vale, not yet told, edits after the revocation; a second Hill PC, not told either,
    takes the edit, builds on it and passes both on to the office: the revocation's cut-off
    refuses Vale's edit whoever built on it, so the office's copy stays as it was."""
    hill, vale, fractions, lesson = shared
    lab = join_school(hill, tmp_path / "lab", "Hill Lab")
    send_doc(vale, lab, vale.school_id)
    send_doc(hill, lab, fractions)
    hill.unshare_course(fractions, vale.school_id, PIN)  # the lab has not heard of it
    vale.edit_lesson(lesson, body="One half. A late edit.")
    send_doc(vale, lab, fractions)
    lab.edit_lesson(lesson, body="One half. A late edit. Checked by the lab.")
    changes, sigs = outgoing(lab, hill, fractions)
    with pytest.raises(RejectedChanges) as refused:
        deliver(hill, fractions, changes, sigs, lab.node_id)
    assert refused.value.reason == "not_authorized" and "accepted up to" in str(refused.value)
    assert hill.lesson_body(lesson) == "One half. (Vale's note.)"
    lab.close()


def test_only_the_owner_shares_and_grants_cannot_be_dropped(shared: Any) -> None:
    hill, vale, fractions, _ = shared
    with pytest.raises(PermissionDenied, match="only the school that owns"):
        vale.share_course(fractions, hill.school_id, PIN)
    with pytest.raises(ValidationError, match="already maintains"):
        hill.share_course(fractions, vale.school_id, PIN)
    # a maintainer deleting the owner's grants: refused
    changes, sigs = forge_change(
        vale, fractions, lambda tx: tx.delete(crdt.get_obj(tx, crdt.ROOT, "maintainers"),
                                              vale.school_id),
    )  # fmt: skip
    with pytest.raises(RejectedChanges, match="maintainer change|may not write"):
        deliver(hill, fractions, changes, sigs, vale.node_id)
    # unshare, then share again: a new round, Vale edits again
    hill.unshare_course(fractions, vale.school_id, PIN)
    assert vale.school_id not in {m["id"] for m in hill.course(fractions)["maintained_by"]}
    hill.share_course(fractions, vale.school_id, PIN)
    state = hill.docs.state(fractions)
    owners = hill.docs.school_members(hill.school_id)
    assert [e.round for e in course.maintenance(fractions, state, owners)] == [0, 1, 2]
    send_doc(hill, vale, fractions)
    assert vale.course(fractions)["editable"]
    changes, sigs = outgoing(vale, hill, fractions)
    assert not changes  # nothing late is left to send


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_course_share_on_the_command_line(
    shared: Any, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    hill, vale, fractions, _ = shared
    home = str(hill.paths.home)
    hill.unshare_course(fractions, vale.school_id, PIN)
    monkeypatch.setenv("EDUNODE_ADMIN_PIN", PIN)
    code, out, err = run(capsys, "--home", home, "course", "share", fractions,
                         "--school", vale.school_id, "--json")  # fmt: skip
    assert code == 0, err
    assert {m["name"] for m in json.loads(out)["maintained_by"]} == {"Hill School", "Vale School"}
    code, out, _ = run(capsys, "--home", home, "course", "show", fractions)
    assert "maintained by:" in out and "Vale School" in out
    bad = [
        (["course", "share", fractions, "--school", "a" * 24], "there is no school"),
        (["course", "share", "notacourse", "--school", vale.school_id], "not a course ID"),
        (["course", "share", fractions, "--school", hill.school_id], "own school"),
        (["course", "unshare", fractions, "--school", hill.school_id], "own school"),
    ]
    for args, message in bad:
        code, _, err = run(capsys, "--home", home, *args)
        assert code == 2 and message in err and err.count("\n") == 1, (args, err)
    monkeypatch.setenv("EDUNODE_ADMIN_PIN", "999999")
    code, _, err = run(capsys, "--home", home, "course", "unshare", fractions,
                       "--school", vale.school_id)  # fmt: skip
    assert code == 2 and "PIN" in err
    assert vale.school_id in {m["id"] for m in Node.course(hill, fractions)["maintained_by"]}
