"""USB sneakernet at Kolibri scale: a school of 1,000 learners × 73 records and 50 courses
carried to a fresh school member on a stick (decision 0008; own targets, set beside the
network's for the same school: < 5 s and < 5 MB).

Figures: writing the package on A (read the log, pack, deflate, sign, fsync), its size, and
reading it on B (signature, frames, verification, apply, store).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_S = 5.0
TARGET_MB = 5.0


def run(report: Any) -> None:
    from bench import scaled
    from bench.bench_sync import COURSES, KOLIBRI_RECORDS, LEARNERS, PIN, build_in_child
    from edunode.service import usb
    from edunode.service.node import Node

    learners, courses = scaled(LEARNERS), scaled(COURSES)
    with tempfile.TemporaryDirectory(prefix="edunode-bench-usb-") as tmp:
        root = Path(tmp)
        print(f"  building A: {learners:,} learners × {KOLIBRI_RECORDS} records ...", flush=True)
        built = build_in_child(root / "a", learners, KOLIBRI_RECORDS, courses)
        stick = root / "stick"
        stick.mkdir()
        a = Node(root / "a")
        b = Node.init(root / "b", name="Lab PC", school_name=None, admin_pin=PIN)
        try:
            usb.introduce(a, stick)
            usb.introduce(b, stick)
            usb.import_folder(a, stick)
            usb.import_folder(b, stick)
            a.approve(b.node_id, "school", PIN)
            b.approve(a.node_id, "school", PIN)
            started = time.perf_counter()
            written = usb.export_package(a, stick, b.node_id, PIN)
            export_s = time.perf_counter() - started
            started = time.perf_counter()
            results = usb.import_folder(b, stick)
            import_s = time.perf_counter() - started
            (got,) = [r for r in results if r["state"] == "imported"]
            # everything A holds arrives: its school, plus Lab joining it (one change more)
            if not got["received"] == written["changes"] == built["changes"] + 1:
                raise RuntimeError(f"{got['received']} of {written['changes']} changes arrived")
        finally:
            a.close()
            b.close()

    size_mb = written["bytes"] / 1e6
    report(
        f"USB package for a fresh school member ({written['changes']:,} changes): write on A",
        f"{export_s:.2f} s",
        f"< {TARGET_S:g} s",
        export_s < TARGET_S,
    )
    report("  package size", f"{size_mb:.2f} MB", f"< {TARGET_MB:g} MB", size_mb < TARGET_MB)
    report(
        "  read on B: signature, verification, apply, store",
        f"{import_s:.2f} s",
        f"< {TARGET_S:g} s",
        import_s < TARGET_S,
    )
