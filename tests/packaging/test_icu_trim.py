"""The frozen app's smaller ICU data (packaging/icu_trim.py) and the ELF reader the spec uses
to find orphaned libraries (packaging/elf_needed.py), on PySide6's own libraries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import elf_needed  # noqa: E402
import icu_trim  # noqa: E402

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU_DATA = sorted(QT_LIB.glob("libicudata.so.*"))
LANGUAGES = {"en", "fr", "es", "pt", "sw", "ar"}

pytestmark = pytest.mark.skipif(not ICU_DATA, reason="PySide6 here has no bundled ICU (not Linux)")


def test_the_trimmed_data_keeps_what_qt_reads_and_round_trips() -> None:
    lib = ICU_DATA[0].read_bytes()
    symbol, offset, size = icu_trim.data_symbol(lib)
    assert symbol.startswith("icudt") and size > 10_000_000
    header, items = icu_trim.items(lib[offset : offset + size])
    kept = [(n, b) for n, b in items if icu_trim.wanted(n, LANGUAGES)]
    names = {n.split("/", 1)[1] for n, _ in kept}
    for needed in ("root.res", "pool.res", "res_index.res", "zoneinfo64.res", "metaZones.res",
                   "timezoneTypes.res", "supplementalData.res", "likelySubtags.res",
                   "cnvalias.icu", "uts46.nrm", "coll/root.res", "coll/ucadata.icu",
                   "zone/root.res", "zone/fr.res", "zone/ar.res", "zone/sw.res", "fr.res",
                   "en_GB.res", "pt_BR.res", "es_419.res"):  # fmt: skip
        assert needed in names, needed
    assert not any(n.endswith((".cnv", ".dict")) or n.startswith("translit/") for n in names)
    assert "de.res" not in names and "zone/zh.res" not in names
    # the filtered file parses back to exactly the kept items, each 16-byte aligned
    rebuilt = icu_trim.build(lib[offset : offset + header], kept)
    header2, again = icu_trim.items(rebuilt)
    assert header2 == header
    assert [n for n, _ in again] == [n for n, _ in kept]
    assert all(b2[: len(b)] == b for (_, b), (_, b2) in zip(kept, again, strict=True))
    assert sum(len(b) for _, b in again) < 8_000_000


def test_direct_links_are_read_from_the_elf_file() -> None:
    core = next(QT_LIB.glob("libQt6Core.so.*"))
    links = elf_needed.needed(core)
    assert "libglib-2.0.so.0" in links
    assert any(n.startswith("libicuuc.so.") for n in links)
    assert elf_needed.needed(ROOT / "pyproject.toml") == set()
