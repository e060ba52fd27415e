"""Schema 2 (peers.source, peers.announced): a store written at schema 1 upgrades in place
and keeps its peers."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import raw_db

from edunode.store import PeerRecords, Store, migrations


def test_a_schema_1_store_gains_the_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    url = f"sqlite:///{db}"
    Store(url).close()
    with raw_db(db) as raw:  # make it look as schema 1 wrote it
        raw.execute("ALTER TABLE peers DROP COLUMN source")
        raw.execute("ALTER TABLE peers DROP COLUMN announced")
        raw.execute("UPDATE schema_version SET version = 1")
        raw.execute(
            "INSERT INTO peers (node_id, name, school, school_id, public_key, cert, state, role,"
            " code, host, port, outgoing, first_seen, updated, changes_in, changes_out,"
            " incidents, requests) VALUES ('N1', 'River PC', '', '', x'', x'', 'pending', '',"
            " '123 456', '127.0.0.9', 1, 0, 1.0, 1.0, 0, 0, 0, 0)"
        )
    store = Store(url)
    try:
        with store.read() as conn:
            assert migrations.current_version(conn) == migrations.CURRENT >= 2
        row = PeerRecords(store).row("N1")
        assert row is not None and row["name"] == "River PC" and row["code"] == "123 456"
        assert row["source"] == "" and row["announced"] is None
        assert [r["node_id"] for r in PeerRecords(store).pending_queue()] == ["N1"]
    finally:
        store.close()
