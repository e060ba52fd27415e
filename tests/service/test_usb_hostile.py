"""A hostile USB stick: links planted where EduNode writes (issue 9, item 1).

Anyone can put files on a stick, and node IDs are public, so the names EduNode writes on
the stick are known in advance. Every test drives the real ``edunode`` CLI in a subprocess
against real stores and real symbolic links in a folder standing in for the stick, and
checks the file a link points at (a canary, or the PC's own ``edunode.db``) is untouched.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests.sync.netutil import PIN, cli, make_node

from edunode.service import usb

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")

CANARY = b"the canary: nothing may write here\n"
SQLITE = b"SQLite format 3\x00"


@pytest.fixture
def pcs(tmp_path: Path) -> tuple[Path, Path, str, str, Path]:
    """Hill Office and Hill Lab linked (community) over a stick; homes, IDs and the stick.
    The nodes are closed: each test drives the CLI."""
    stick = tmp_path / "stick"
    stick.mkdir()
    office = make_node(tmp_path / "office", "Hill Office", "Hill School")
    lab = make_node(tmp_path / "lab", "Hill Lab", "Lab School")
    try:
        usb.introduce(office, stick)
        usb.introduce(lab, stick)
        usb.import_folder(office, stick)
        usb.import_folder(lab, stick)
        office.approve(lab.node_id, "community", PIN)
        lab.approve(office.node_id, "community", PIN)
        office.create_course("Fractions")
        ids = office.node_id, lab.node_id
    finally:
        office.close()
        lab.close()
    for leftover in (stick / usb.SUBFOLDER).iterdir():
        leftover.unlink()
    return office.paths.home, lab.paths.home, ids[0], ids[1], stick


def canary(tmp_path: Path, name: str = "canary") -> Path:
    path = tmp_path / name
    path.write_bytes(CANARY)
    return path


def refused(done, *words: str) -> None:
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr and "edunode:" in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


def store_is_whole(home: Path) -> None:
    assert (home / "edunode.db").read_bytes()[:16] == SQLITE
    assert cli(home, "check", check=False).returncode == 0


def test_links_planted_at_the_temporary_names_are_not_written_through(pcs, tmp_path: Path) -> None:
    """The old temporary names were ``.<final name>.partial``: a link there to the PC's own
    database made one export overwrite it. Now a temporary file is created exclusively, at a
    random name, without following links: the planted links are left alone."""
    office, lab, office_id, lab_id, stick = pcs
    bird = canary(tmp_path)
    folder = stick / usb.SUBFOLDER
    package = usb.package_name(office_id, lab_id)
    intro = usb.introduction_name(office_id)
    (folder / f".{package}.partial").symlink_to(office / "edunode.db")
    (folder / f".{intro}.partial").symlink_to(bird)

    cli(office, "usb", "introduce", str(stick))
    wrote = json.loads(cli(office, "--json", "usb", "export", str(stick)).stdout)

    assert bird.read_bytes() == CANARY
    store_is_whole(office)
    for name in (package, intro):
        assert (folder / name).is_file() and not (folder / name).is_symlink()
    assert wrote[0]["path"] == str(folder / package)
    assert not [p for p in folder.iterdir() if p.name.endswith(".partial") and not p.is_symlink()]
    got = json.loads(cli(lab, "--json", "usb", "import", str(stick)).stdout)
    assert [r["state"] for r in got if r["path"].endswith(package)] == ["imported"]


def test_a_stick_folder_that_is_a_link_is_refused(pcs, tmp_path: Path) -> None:
    """``EduNode`` on the stick, or the folder named on the command line, is a link to a
    folder elsewhere (here the PC's own data folder): nothing is written there."""
    office, _, _, _, stick = pcs
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "edunode.db").write_bytes(CANARY)
    before = sorted(p.name for p in victim.iterdir())
    folder = stick / usb.SUBFOLDER
    folder.rmdir()
    folder.symlink_to(victim, target_is_directory=True)
    for action in ("introduce", "export"):
        refused(cli(office, "usb", action, str(stick), check=False), "link")
    folder.unlink()

    linked_stick = tmp_path / "linked-stick"
    linked_stick.symlink_to(victim, target_is_directory=True)
    for action in ("introduce", "export"):
        refused(cli(office, "usb", action, str(linked_stick), check=False), "link")

    assert sorted(p.name for p in victim.iterdir()) == before
    assert (victim / "edunode.db").read_bytes() == CANARY
    store_is_whole(office)


def test_a_link_or_a_folder_at_the_final_name(pcs, tmp_path: Path) -> None:
    """A link at the package's own name is replaced by the package (rename replaces the
    link, never its target); a folder there makes a clean refusal that leaves it whole."""
    office, lab, office_id, lab_id, stick = pcs
    bird = canary(tmp_path)
    folder = stick / usb.SUBFOLDER
    package = folder / usb.package_name(office_id, lab_id)
    package.symlink_to(bird)
    cli(office, "usb", "export", str(stick))
    assert bird.read_bytes() == CANARY
    assert package.is_file() and not package.is_symlink()
    got = json.loads(cli(lab, "--json", "usb", "import", str(stick)).stdout)
    assert [r["state"] for r in got if r["path"] == str(package)] == ["imported"]

    package.unlink()
    package.mkdir()
    (package / "inside").write_bytes(CANARY)
    refused(cli(office, "usb", "export", str(stick), check=False), "could not write")
    assert [p.name for p in package.iterdir()] == ["inside"]
    assert (package / "inside").read_bytes() == CANARY
    assert [p.name for p in folder.iterdir() if p.name.endswith(".partial")] == []
    store_is_whole(office)
