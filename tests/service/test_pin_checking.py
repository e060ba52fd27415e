"""The admin PIN hashed on another thread while a bundle is made (service/admin_pin.py
``AdminPin.checking``): the PIN is still the first answer, and nothing takes effect before it.

Real nodes, real SQLite files, the real scrypt hash on a real thread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync.netutil import PIN, make_node

from edunode.bundle import transfer
from edunode.errors import BundleError, PermissionDenied
from edunode.service.node import Node


@pytest.fixture
def hill(tmp_path: Path) -> tuple[Node, str]:
    node = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    learner = node.add_learner("Asha Mwangi", birth_year=2014)
    node.record_attendance(learner, "2025-02-03", True)
    return node, learner


def refused_pins(node: Node) -> int:
    return len(node.audit_log(action="pin_refused"))


def test_a_wrong_pin_exports_nothing_and_is_counted(hill, tmp_path: Path) -> None:
    node, learner = hill
    try:
        out = tmp_path / "asha.edunode-bundle"
        with pytest.raises(PermissionDenied, match="admin PIN is not correct"):
            transfer.export_bundle(node, learner, out, "999999")
        assert not out.exists()
        shown = node.learner(learner)
        assert shown["status"] == "active" and shown["custody"] == []  # no release
        assert node.admin_pin.failures()[0] == 1 and refused_pins(node) == 1
        assert not node.audit_log(action="bundle_export")
        transfer.export_bundle(node, learner, out, PIN)  # the right one: the count is reset
        assert out.exists() and node.admin_pin.failures()[0] == 0
        assert node.learner(learner)["status"] == "transferred"
    finally:
        node.close()


def test_a_wrong_pin_is_the_answer_whatever_else_is_wrong(hill, tmp_path: Path) -> None:
    """An unknown destination, a learner already given, a missing bundle: without the PIN
    nobody learns which, as when the PIN was checked before anything else."""
    node, learner = hill
    try:
        out = tmp_path / "asha.edunode-bundle"
        with pytest.raises(PermissionDenied, match="not correct"):
            transfer.export_bundle(node, learner, out, "999999", to="nosuchschool00000000000a")
        with pytest.raises(BundleError, match="is not a school ID"):
            transfer.export_bundle(node, learner, out, PIN, to="nosuchschool00000000000a")
        transfer.export_bundle(node, learner, out, PIN)
        with pytest.raises(PermissionDenied, match="not correct"):
            transfer.export_bundle(node, learner, tmp_path / "again", "999999")
        with pytest.raises(PermissionDenied, match="not correct"):
            transfer.import_bundle(node, tmp_path / "missing.edunode-bundle", "999999")
        with pytest.raises(PermissionDenied, match="not correct"):
            transfer.import_bundle(node, out, "999999")  # from here: refused, but PIN first
        assert not (tmp_path / "again").exists()
        assert node.admin_pin.failures()[0] == 3 and refused_pins(node) == 4  # reset once
    finally:
        node.close()


def test_a_wrong_pin_imports_nothing(hill, tmp_path: Path) -> None:
    node, learner = hill
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    try:
        out = tmp_path / "asha.edunode-bundle"
        transfer.export_bundle(node, learner, out, PIN)
        before = sorted(doc_id for doc_id, _ in vale.store.documents())
        with pytest.raises(PermissionDenied, match="not correct"):
            transfer.import_bundle(vale, out, "999999")
        assert sorted(doc_id for doc_id, _ in vale.store.documents()) == before
        assert vale.admin_pin.failures()[0] == 1
        done = transfer.import_bundle(vale, out, PIN)
        assert done["id"] == learner and vale.admin_pin.failures()[0] == 0
    finally:
        vale.close()
        node.close()


def test_checking_waits_for_the_hash_and_records_the_outcome_on_leaving(hill) -> None:
    node, _ = hill
    try:
        with node.admin_pin.checking(PIN) as confirm:
            confirm()
            confirm()  # asking again is the same answer
        assert node.admin_pin.failures()[0] == 0
        # a right PIN and a failure inside: the failure goes on, the PIN count is reset
        with pytest.raises(ValueError, match="inside"), node.admin_pin.checking(PIN):
            raise ValueError("inside")
        assert node.admin_pin.failures()[0] == 0
        # a wrong PIN and a failure inside: the PIN is the answer, counted once
        with pytest.raises(PermissionDenied, match="not correct"), node.admin_pin.checking("1"):
            raise ValueError("inside")
        assert node.admin_pin.failures()[0] == 1 and refused_pins(node) == 1
        with pytest.raises(PermissionDenied, match="needed"), node.admin_pin.checking(""):
            pass
    finally:
        node.close()
