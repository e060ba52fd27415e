"""A smaller ICU data library for the frozen app: only the parts of ICU's data Qt reads.

PySide6's Qt links ICU, whose data library (``libicudata.so.NN``) is one 31 MB blob: every
locale's names of languages, countries, currencies and units, the word-break dictionaries
for Chinese, Thai, Khmer..., transliteration rules and two hundred legacy character-set
tables. Qt calls only a few ICU functions (``nm -D --undefined-only libQt6Core.so.6``): case
mapping, time zone display names and canonical IDs (``ucal_*``), collation (``ucol_*``, for
QCollator; the file dialog's list sorts with it) and character-set conversion (``ucnv_*``,
for QStringConverter's legacy encodings, which EduNode never asks for).

This keeps, of the data, every item that is not one locale's (the root and pool bundles, the
Unicode property, normalisation and collation base tables, the time zone, calendar, plural
and likely-subtag data, the converter alias table) and the locale items of EduNode's window
languages; it drops the legacy converter tables (``*.cnv``), the break dictionaries
(``brkitr/*.dict``), transliteration (``translit/``) and every other language's locale
items. ICU falls back to the root locale for a language whose items are gone, as it does
for any locale it has no data for. The result is linked into a shared library with the same
soname and the one symbol (``icudtNN_dat``) ICU looks for, with the C compiler.

Run as a script to see what it keeps: ``python packaging/icu_trim.py LIB OUT_DIR en fr``.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# A locale item's base name: a language code, then optional script/region/variant parts.
# (res_index, root and pool are ICU's own files in every tree, kept always.)
LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]+)*$")
ALWAYS = {"root", "pool", "res_index"}


def data_symbol(lib: bytes) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the ``icudtNN_dat`` object in an ELF64 library."""
    if lib[:4] != b"\x7fELF" or lib[4] != 2 or lib[5] != 1:
        raise ValueError("not a little-endian ELF64 library")
    (shoff,) = struct.unpack_from("<Q", lib, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, off, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for i in range(size // entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", lib, off + i * entsize
            )
            start = strtab[4] + st_name
            name = lib[start : lib.index(b"\0", start)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                home = sections[shndx]
                return name, home[4] + value - home[3], st_size
    raise ValueError("no icudtNN_dat symbol")


def items(dat: bytes) -> tuple[int, list[tuple[str, bytes]]]:
    """(header size, [(name, bytes)]) of an ICU common data file (format "CmnD")."""
    (header,) = struct.unpack_from("<H", dat, 0)
    if dat[2:4] != b"\xda\x27" or dat[12:16] != b"CmnD" or dat[8] != 0:
        raise ValueError("not a little-endian ICU common data file")
    (count,) = struct.unpack_from("<I", dat, header)
    toc = [struct.unpack_from("<II", dat, header + 4 + 8 * i) for i in range(count)]
    out = []
    for i, (name_at, data_at) in enumerate(toc):
        end = toc[i + 1][1] if i + 1 < count else len(dat) - header
        start = header + name_at
        name = dat[start : dat.index(b"\0", start)].decode("ascii")
        out.append((name, dat[header + data_at : header + end]))
    return header, out


def wanted(name: str, languages: set[str]) -> bool:
    """Whether to keep the item ``name`` (``icudt73l/zone/fr_CA.res``)."""
    parts = name.split("/")[1:]  # without the icudtNNl/ package prefix
    tree, base = ("/".join(parts[:-1]), parts[-1])
    stem, _, ext = base.rpartition(".")
    if ext == "cnv" or tree == "translit" or (tree == "brkitr" and ext == "dict"):
        return False
    if ext != "res" or stem in ALWAYS:
        return True
    match = LOCALE.match(stem)
    return match is None or match["lang"] in languages


def build(header_bytes: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A common data file of ``kept`` (in the given order, which is ICU's sorted order)."""
    count = len(kept)
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in kept)
    first = 4 + 8 * count + len(names)
    first += -first % 16
    toc, body, name_at, data_at = [], [], 4 + 8 * count, first
    for name, blob in kept:
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        pad = -len(blob) % 16
        body.append(blob + b"\0" * pad)
        data_at += len(blob) + pad
    table = struct.pack("<I", count) + b"".join(toc) + names
    return header_bytes + table + b"\0" * (first - len(table)) + b"".join(body)


def trim(lib_path: Path, out_dir: Path, languages: set[str], cc: str = "cc") -> Path:
    """Write ``out_dir/<same name>``: ``lib_path`` with only the ICU data Qt needs."""
    lib = Path(lib_path).read_bytes()
    symbol, offset, size = data_symbol(lib)
    header, all_items = items(lib[offset : offset + size])
    kept = [(n, b) for n, b in all_items if wanted(n, languages)]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    dat = out_dir / f"{symbol[:-4]}l.dat"
    dat.write_bytes(build(lib[offset : offset + header], kept))
    asm = out_dir / "icudata.S"
    asm.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{dat.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    soname = Path(lib_path).name
    out = out_dir / soname
    subprocess.run(
        [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack",
         "-o", str(out), asm.name],
        cwd=out_dir, check=True,
    )  # fmt: skip
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    lib, out_dir, languages = Path(argv[0]), Path(argv[1]), set(argv[2:])
    if shutil.which("cc") is None:
        print("no C compiler (cc)", file=sys.stderr)
        return 1
    out = trim(lib, out_dir, languages)
    print(f"{lib}: {lib.stat().st_size / 1e6:.1f} MB -> {out}: {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
