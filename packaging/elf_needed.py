"""The libraries an ELF binary links to directly (its DT_NEEDED entries), read from the file.

PyInstaller's ``bindepend.get_imports`` asks ``ldd``, which lists every library loaded in the
end, those of the dependencies included; ``edunode.spec`` needs the direct links to tell
which bundled libraries nothing links to any more.
"""

from __future__ import annotations

import struct
from pathlib import Path


def needed(path: str | Path) -> set[str]:
    """The DT_NEEDED names of a little-endian ELF64 file; an empty set for anything else."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return set()
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    names: set[str] = set()
    for _name, kind, _flags, _addr, off, size, link, _info, _align, _entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][4]
        for i in range(size // 16):
            tag, value = struct.unpack_from("<qQ", data, off + 16 * i)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                names.add(data[strtab + value : data.index(b"\0", strtab + value)].decode())
    return names
