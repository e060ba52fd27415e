"""``edunode learner import-csv FILE [--course COURSE_ID]`` as a real subprocess (issue 12
item 12): a class list in, all learners or none; a bad row is one line on stderr naming the
row and its problem, exit 2, and nothing written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from edunode.service.node import Node

ENV = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}


def edunode(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "edunode", *args, "--home", str(home)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    with Node.init(tmp_path / "home", name="PC", school_name="Hill School") as node:
        node.create_course("Fractions")
        return node.paths.home


def _counts(home: Path) -> tuple[int, int]:
    with Node(home) as node:
        return node.count_learners(), len(node.store.audit_log()) + sum(
            1 for _ in node.store.all_changes()
        )


def test_import_with_bom_semicolons_header_blank_lines_and_a_course(
    home: Path, tmp_path: Path
) -> None:
    with Node(home) as node:
        [course] = node.list_courses()
    csv_file = tmp_path / "class 4B.csv"
    csv_file.write_bytes(
        "\ufeffGuardian;Name;Birth year\n"
        "\n"
        "+255 700 000 001;Aïcha Njeri;2015\n"
        "  ;Baraka Otieno;2014\n"
        "\n"
        "Mama Zoë;Zoë Achieng;\n".encode()
    )
    done = edunode(home, "learner", "import-csv", str(csv_file), "--course", course["id"], "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [r["name"] for r in rows] == ["Aïcha Njeri", "Baraka Otieno", "Zoë Achieng"]
    with Node(home) as node:
        listed = node.list_learners(course_id=course["id"], status="active")
        assert [r["name"] for r in listed] == ["Aïcha Njeri", "Baraka Otieno", "Zoë Achieng"]
        aicha = node.learner(rows[0]["id"])
        assert aicha["birth_year"] == 2015 and aicha["guardian"] == "+255 700 000 001"
        assert node.learner(rows[2]["id"])["birth_year"] is None


def test_import_by_position_with_commas(home: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "class.csv"
    csv_file.write_text('Amina Mwangi,2016,"Mwangi, Grace"\nChiara Rossi,2015,\n', "utf-8")
    done = edunode(home, "learner", "import-csv", str(csv_file))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "imported 2 learners"
    with Node(home) as node:
        assert [r["name"] for r in node.list_learners()] == ["Amina Mwangi", "Chiara Rossi"]
        [amina] = node.list_learners("Amina")
        assert node.learner(amina["id"])["guardian"] == "Mwangi, Grace"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("name;birth year\nAmina;2015\n;2014\nBaraka;2013\n", "row 2 (line 3): the learner's name"),
        ("Amina,2015\nBaraka,20l4\n", "row 2 (line 2): the birth year “20l4”"),
        ("Amina,1850\n", "row 1 (line 1): the birth year must be between 1900"),
        ("Amina,2015\n\nAmina,2015\n", "row 2 (line 3): the same learner as on line 1"),
    ],
)
def test_a_bad_row_refuses_the_whole_list(
    home: Path, tmp_path: Path, content: str, expected: str
) -> None:
    before = _counts(home)
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(content, "utf-8")
    done = edunode(home, "learner", "import-csv", str(csv_file))
    assert done.returncode == 2
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("edunode: ") and expected in line, line
    assert "nothing was imported" in line
    assert _counts(home) == before


def test_unreadable_files_and_a_wrong_course(home: Path, tmp_path: Path) -> None:
    before = _counts(home)
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("Céline,2015\n".encode("latin-1"))
    good = tmp_path / "good.csv"
    good.write_text("Céline,2015\n", "utf-8")
    for args, expected in [
        ((str(latin1),), "not UTF-8"),
        ((str(tmp_path / "missing.csv"),), "cannot read"),
        ((str(good), "--course", "aaaaaaaaaaaaaaaaaaaaaaaa"), "no course"),
    ]:
        done = edunode(home, "learner", "import-csv", *args)
        assert done.returncode == 2, done
        [line] = done.stderr.splitlines()
        assert expected in line, line
    assert _counts(home) == before


def test_importing_the_same_list_twice_is_refused(home: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "class.csv"
    csv_file.write_text("Amina,2015\nBaraka,2014\n", "utf-8")
    assert edunode(home, "learner", "import-csv", str(csv_file)).returncode == 0
    again = edunode(home, "learner", "import-csv", str(csv_file))
    assert again.returncode == 2
    assert "already has a learner with this name" in again.stderr
    with Node(home) as node:
        assert node.count_learners() == 2
