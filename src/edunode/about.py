"""What EduNode is built from: its version, Python's, and the libraries with their licences.

Shared by ``edunode --version`` and the window's About dialog. Versions and licences are
read from the installed packages' metadata (importlib.metadata), which the frozen app ships
too; a static table fills in a licence a package does not declare. Loads no Qt.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from edunode import __version__

LICENCE = "AGPL-3.0-or-later"

# distribution name → its licence, for packages whose metadata does not say (or says it
# badly); checked against each project's licence file.
KNOWN_LICENCES = {
    "PySide6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "automerge": "MIT",
    "cryptography": "Apache-2.0 OR BSD-3-Clause",
    "SQLAlchemy": "MIT",
    "zeroconf": "LGPL-2.1-or-later",
    "platformdirs": "MIT",
    "rfc8785": "Apache-2.0",
    "base58": "MIT",
    "ifaddr": "MIT",
    "pyld": "BSD-3-Clause",
    "fpdf2": "LGPL-3.0-only",
    "uharfbuzz": "Apache-2.0",
    "segno": "BSD-3-Clause",
    "fontpkg-noto-sans": "OFL-1.1",
    "fontpkg-noto-sans-arabic": "OFL-1.1",
    "fontpkg-noto-sans-devanagari": "OFL-1.1",
    "cvttf-notosanscjk-regular": "OFL-1.1",
}
LIBRARIES = tuple(KNOWN_LICENCES)  # the direct dependencies in pyproject.toml, in its order
_CLASSIFIERS = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
}


@dataclass(frozen=True)
class Library:
    name: str
    version: str  # "" when the package is not installed
    licence: str


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def licence_of(dist: str) -> str:
    """The package's licence: its metadata's SPDX expression, else the static table, else
    its short License field or classifier; "" when nothing says."""
    try:
        meta = metadata.metadata(dist)
    except metadata.PackageNotFoundError:
        return KNOWN_LICENCES.get(dist, "")
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    if dist in KNOWN_LICENCES:
        return KNOWN_LICENCES[dist]
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 60 and field.upper() != "UNKNOWN":
        return field
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            short = classifier.rsplit("::", 1)[-1].strip()
            return _CLASSIFIERS.get(short, short)
    return ""


def libraries() -> list[Library]:
    return [Library(d, version(d), licence_of(d)) for d in LIBRARIES]


def facts() -> dict[str, str]:
    """``edunode --version --json``: EduNode's, Python's, PySide6's and automerge's versions."""
    return {
        "edunode": __version__,
        "python": platform.python_version(),
        "pyside6": version("PySide6"),
        "automerge": version("automerge"),
    }
