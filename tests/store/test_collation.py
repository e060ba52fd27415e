"""Lists sort by the locale's collation (issue 12 item 8): the sort keys, the store's
indexed ORDER BY over them, the migration that adds them and rebuilding for a new locale."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from edunode.collation import collator_for, language_of, system_locale
from edunode.service.node import Node
from edunode.store import migrations

NAMES = ["Zoë", "Émile", "Chiara", "Céline", "Amina", "Aïcha"]
EXPECTED = ["Aïcha", "Amina", "Céline", "Chiara", "Émile", "Zoë"]


def test_root_order_ignores_accents_then_breaks_ties_by_accent_and_case() -> None:
    c = collator_for("en_GB")
    assert c.sort(NAMES) == EXPECTED
    assert c.sort(["Émile", "emile", "Emile"]) == ["emile", "Emile", "Émile"]
    assert c.sort(["Annemarie", "Anne Marie", "Anne"]) == ["Anne", "Anne Marie", "Annemarie"]
    assert c.sort(["Łukasz", "Luka", "Lukas"]) == ["Luka", "Lukas", "Łukasz"]
    assert c.sort(["Strauss", "Straße", "Strasse"]) == ["Strasse", "Straße", "Strauss"]
    assert c.key("Amina") == collator_for("fr_FR.UTF-8").key("Amina")  # same root rules


def test_tailored_languages() -> None:
    names = ["Åsa", "Zara", "Ärla", "Östen", "Anna"]
    assert collator_for("sv_SE").sort(names) == ["Anna", "Zara", "Åsa", "Ärla", "Östen"]
    assert collator_for("en").sort(names) == ["Anna", "Ärla", "Åsa", "Östen", "Zara"]
    assert collator_for("es_ES").sort(["Ñandú", "Nora", "Oscar"]) == ["Nora", "Ñandú", "Oscar"]
    assert collator_for("da").sort(["Øre", "Æble", "Åge", "Zoe"]) == ["Zoe", "Æble", "Øre", "Åge"]
    assert collator_for("sv").name != collator_for("en").name == collator_for("").name


def test_locale_names() -> None:
    assert language_of("sv_SE.UTF-8") == "sv"
    assert language_of("pt-BR") == "pt"
    assert language_of("C") == language_of("POSIX") == language_of("") == ""
    assert system_locale({"LANG": "de_DE.UTF-8", "LC_COLLATE": "sv_SE"}) == "sv_SE"
    assert system_locale({"LC_ALL": "es_ES", "LC_COLLATE": "sv_SE"}) == "es_ES"
    assert system_locale({}) == ""


def _node(tmp_path: Path) -> Node:
    return Node.init(tmp_path / "home", name="PC", school_name="Hill School")


def test_learner_and_course_lists_page_in_collation_order(tmp_path: Path) -> None:
    with _node(tmp_path) as node:
        with node.batch():
            for name in NAMES:
                node.add_learner(name)
                node.create_course(name)
        assert [r["name"] for r in node.list_learners()] == EXPECTED
        assert [r["title"] for r in node.list_courses()] == EXPECTED
        pages = [node.list_learners(limit=2, offset=i) for i in range(0, 6, 2)]
        assert [r["name"] for page in pages for r in page] == EXPECTED
        assert [r["name"] for r in node.list_learners("ÉMI")] == ["Émile"]
        assert node.check() == []


def test_the_order_uses_the_index(tmp_path: Path) -> None:
    with _node(tmp_path) as node:
        node.add_learner("Amina")
        path = node.paths.home
    db = next(path.rglob("*.db"), None) or next(path.rglob("*.sqlite*"))
    conn = sqlite3.connect(db)
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM p_learners ORDER BY sort_key, id LIMIT 200"
    ).fetchall()
    conn.close()
    assert any("ix_p_learners_sort" in str(row) for row in plan), plan
    assert not any("TEMP B-TREE" in str(row) for row in plan), plan


def test_switching_locale_rebuilds_the_keys(tmp_path: Path) -> None:
    with _node(tmp_path) as node:
        for name in ["Östen", "Zara", "Anna"]:
            node.add_learner(name)
        node.use_collation("en_GB")
        assert [r["name"] for r in node.list_learners()] == ["Anna", "Östen", "Zara"]
        assert node.use_collation("sv_SE") is True
        assert [r["name"] for r in node.list_learners()] == ["Anna", "Zara", "Östen"]
        node.add_learner("Åsa")  # new rows follow the chosen locale
        assert [r["name"] for r in node.list_learners()] == ["Anna", "Zara", "Åsa", "Östen"]
        assert node.use_collation("sv_SE") is False  # nothing to do
        assert node.use_collation("fi_FI") is False  # same rules: the keys stay
        assert node.collation_locale() == "fi_FI"
        assert node.check() == []
        home = node.paths.home
    with Node(home) as again:  # the choice is kept in the store, whatever the environment
        assert again.collation_locale() == "fi_FI"
        assert [r["name"] for r in again.list_learners()] == ["Anna", "Zara", "Åsa", "Östen"]


def test_migration_adds_the_keys_to_a_store_made_before_them(tmp_path: Path) -> None:
    with _node(tmp_path) as node:
        for name in NAMES:
            node.add_learner(name)
        node.create_course("Émile's course")
        home = node.paths.home
    db = next(home.rglob("*.db"), None) or next(home.rglob("*.sqlite*"))
    conn = sqlite3.connect(db)  # make it what EduNode wrote before the keys existed
    for table in ("p_learners", "p_courses"):
        conn.execute(f"DROP INDEX ix_{table}_sort")
        conn.execute(f"ALTER TABLE {table} DROP COLUMN sort_key")
    conn.execute("DELETE FROM settings WHERE key IN ('collation', 'collation_locale')")
    conn.execute("UPDATE schema_version SET version = 2")
    conn.commit()
    conn.close()
    with Node(home) as node:
        assert migrations.CURRENT >= 3  # migration 3 adds the keys
        assert [r["name"] for r in node.list_learners()] == EXPECTED
        assert node.check() == []
