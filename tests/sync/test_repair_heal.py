"""`repair` heals a damaged change by fetching it again from a peer (issue 11 item 4): two
nodes on 127.0.0.1 over real TLS; B's copy of one change is damaged on disk (its bytes no
longer match their hash), B's repair takes it and what was built on it out of the log and
says what the document misses, and the next sync brings it back from A."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.sync.netutil import link, make_node, service, stop_all, wait_for

pytestmark = pytest.mark.net


def test_repair_fetches_a_damaged_change_again_from_a_peer(tmp_path: Path) -> None:
    a = make_node(tmp_path / "a", "A", "Hill School")
    b = make_node(tmp_path / "b", "B", None)
    ama = a.add_learner("Ama")
    for day in ("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"):
        a.record_attendance(ama, day, True)
    want = a.learner(ama)
    sa, sb = service(a), service(b)
    try:
        link((a, sa), (b, sb), "school")
        wait_for(lambda: b.docs.maybe(ama) and b.learner(ama) == want, what="learner on B")
        stop_all(sa, sb)

        with sqlite3.connect(b.paths.db) as raw:  # one change in the middle, bytes flipped
            seq_no, data = raw.execute(
                "SELECT seq_no, data FROM changes WHERE doc_id = ? ORDER BY seq_no LIMIT 1 "
                "OFFSET 2",
                (ama,),
            ).fetchone()
            spoiled = bytearray(data)
            spoiled[len(spoiled) // 2] ^= 0xFF
            raw.execute("UPDATE changes SET data = ? WHERE seq_no = ?", (bytes(spoiled), seq_no))
        raw.close()
        assert any("does not match its hash" in p and "edunode repair" in p for p in b.check())

        report = b.repair()
        assert ama in report["missing"]
        assert a.node_id in report["missing"][ama]["from"]  # whose changes, from which one
        assert not any("does not match" in p for p in b.check())
        assert any("still misses" in p and ama in p for p in b.check())
        assert b.learner(ama) != want  # the later attendance went with the damaged change

        sa, sb = service(a, port=sa.port), service(b, port=sb.port)
        wait_for(lambda: b.learner(ama) == want, timeout=15, what="the change fetched again")
        wait_for(lambda: b.check() == [], timeout=5, what="B sound again")
    finally:
        stop_all(sa, sb)
        a.close()
        b.close()
