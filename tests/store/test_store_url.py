"""A store URL's password never appears in a message or a log line (issue 16 item 5);
only SQLite and PostgreSQL are accepted, each said in words."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from edunode.cli import main
from edunode.errors import StoreError
from edunode.store import Store
from edunode.store.repo import shown_url

SECRET = "Pa55-w0rd-z9"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        (f"postgresql://teacher:{SECRET}@/district?host=/nonexistent-edunode", "connection"),
        (f"postgresql+psycopg://teacher:{SECRET}@/district?host=/nonexistent-edunode", "socket"),
        (f"mysql://teacher:{SECRET}@localhost/district", "SQLite or PostgreSQL, not mysql"),
        (f"oracle+cx://teacher:{SECRET}@localhost/district", "not oracle"),
        (f"postgresql://teacher:{SECRET}@localhost:port/district", "cannot open the store"),
        (f"not a url teacher:{SECRET}@", "cannot open the store"),
    ],
)
def test_a_store_that_cannot_be_opened_is_named_without_its_password(
    url: str, says: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreError) as info:
        Store(url)
    assert says in str(info.value)
    assert SECRET not in str(info.value)
    assert all(SECRET not in r.getMessage() for r in caplog.records)


def test_shown_url_masks_the_password() -> None:
    assert shown_url(f"postgresql://u:{SECRET}@db.example/x") == "postgresql://u:***@db.example/x"
    assert SECRET not in shown_url(f"postgresql://u:{SECRET}@db.example:port/x")
    assert shown_url("sqlite:////tmp/a.db") == "sqlite:////tmp/a.db"


def test_init_with_an_unreachable_store_says_so_without_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "archive"
    url = f"postgresql://teacher:{SECRET}@/district?host=/nonexistent-edunode"
    code = main(["--home", str(home), "init", "--name", "Archive", "--archive", "--store-url", url])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert (
        err.startswith("edunode: cannot open the store at postgresql")
        and len(err.splitlines()) == 1
    )
    assert SECRET not in err and "teacher:***@" in err
    assert not (home / "node.key").exists() and not (home / "edunode.json").exists()
