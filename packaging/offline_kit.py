"""``make offline-kit``: dist/offline-kit/, EduNode for Windows and Mac PCs with no internet.

The kit holds EduNode's own wheel and every wheel it needs, at the versions pyproject.toml
pins, for each target (Windows x86_64, macOS x86_64 and arm64) and CPython 3.11 and 3.12
(3.10: see NOT_SUPPORTED; a target the pins have no wheels for is recorded in the kit's
platforms.json and README.txt). The install scripts (packaging/offline-kit/) make a virtual
environment with the PC's Python and install from the kit's ``wheels/`` alone (--no-index).

pip's ``--platform``/``--python-version`` choose wheels for another system, but pip still
evaluates environment markers (``zeroconf==0.152.1; python_version < '3.11'``) for the Python
running it. So each pip run here goes through :func:`run_pip`, which runs pip with the
marker environment of the target (``python_version``, ``sys_platform``, ...). pip runs with
no configuration file and without ``PIP_FIND_LINKS``, so the kit comes from the package index
alone, not from wheel folders this machine's pip setup may add.

``python packaging/offline_kit.py build`` makes the kit; ``check`` resolves ``edunode``
from the kit alone for every target and Python (``pip install --dry-run --no-index``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "packaging" / "offline-kit"
PYTHONS = ("3.11", "3.12")
# Python 3.10 is out: pyproject.toml's pins have no wheels for it (SQLAlchemy 2.1.9 and
# platformdirs 4.14.7 require Python 3.11 or later). `check` still tries it, and says why.
NOT_SUPPORTED = ("3.10",)
# PySide6 6.12's macOS wheels are built for macOS 14 (universal2); Windows 10 or later, 64-bit.
MACOS = "14_0"
TARGETS = {
    "windows-x86_64": {
        "platform": "win_amd64",
        "markers": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                    "platform_machine": "AMD64"},
    },
    "macos-x86_64": {
        "platform": f"macosx_{MACOS}_x86_64",
        "markers": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                    "platform_machine": "x86_64"},
    },
    "macos-arm64": {
        "platform": f"macosx_{MACOS}_arm64",
        "markers": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
                    "platform_machine": "arm64"},
    },
}  # fmt: skip
SCRIPTS = (
    "install-windows.ps1", "install-windows.bat", "uninstall-windows.ps1", "install-macos.sh",
    "install-macos.command", "uninstall-macos.sh", "README.txt",
)  # fmt: skip

# Run as ``python -c PATCH MARKERS_JSON pip-args...``: pip with the target's markers.
PATCH = """
import json, sys
from pip._vendor.packaging import markers
target = dict(markers.default_environment(), **json.loads(sys.argv[1]))
markers.default_environment = lambda: dict(target)
from pip._internal.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def version() -> str:
    return project()["version"]


def requirements() -> list[str]:
    """The pinned runtime dependencies, as pyproject.toml lists them (markers included)."""
    return list(project()["dependencies"])


def marker_env(target: str, python: str) -> dict[str, str]:
    return {
        **TARGETS[target]["markers"],
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }


def pip_env() -> dict[str, str]:
    dropped = ("PIP_FIND_LINKS", "PIP_CONSTRAINT")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def run_pip(target: str, python: str, args: list[str], **kw) -> subprocess.CompletedProcess:
    """pip (this interpreter's) for ``target`` and CPython ``python``: its markers, its tags."""
    tags = ["--platform", TARGETS[target]["platform"], "--python-version", python,
            "--implementation", "cp", "--only-binary=:all:"]  # fmt: skip
    cmd = [sys.executable, "-c", PATCH, json.dumps(marker_env(target, python)), *args, *tags]
    return subprocess.run(cmd, env=pip_env(), **kw)


def own_wheel(out: Path) -> Path:
    """EduNode's wheel, built from the committed sources and the compiled .qm translations
    (a clean copy: setuptools' build/ folder in the checkout could hold stale modules)."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")  # fmt: skip
    qm = [str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.qm")]
    if not qm:
        raise SystemExit("no compiled translations (.qm): run 'make translations' first")
    with tempfile.TemporaryDirectory() as tmp:
        for name in [f for f in files if f] + qm:
            if (ROOT / name).is_file():
                (Path(tmp) / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, Path(tmp) / name)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                        tmp], env=pip_env(), check=True)  # fmt: skip
    return next(out.glob(f"edunode-{version()}-*.whl"))


def write_scripts(kit: Path) -> None:
    """The install scripts, README.txt and requirements.txt, with this version filled in."""
    for name in SCRIPTS:
        text = (TEMPLATES / name).read_text().replace("@VERSION@", version())
        text = text.replace("@PLATFORMS@", platforms_text(kit))
        newline = "\r\n" if name.endswith((".ps1", ".bat", ".txt")) else "\n"
        (kit / name).write_bytes(text.replace("\r\n", "\n").replace("\n", newline).encode())
        if name.endswith((".sh", ".command")):
            (kit / name).chmod(0o755)
    pins = "\n".join(requirements())
    (kit / "requirements.txt").write_text(
        "# EduNode's pinned runtime dependencies (pyproject.toml); the install scripts pass\n"
        f"# this file and edunode=={version()} to pip, with --no-index --find-links wheels.\n"
        f"{pins}\n"
    )
    shutil.copy2(ROOT / "packaging" / "windows" / "edunode.ico", kit / "edunode.ico")
    shutil.copy2(ROOT / "packaging" / "macos" / "edunode.icns", kit / "edunode.icns")


def _why(stderr: str) -> str:
    """pip's reason in one line: the first requirement it found no wheel for."""
    lines = [ln for ln in stderr.splitlines() if "No matching distribution" in ln]
    return lines[0].removeprefix("ERROR: ") if lines else (stderr.strip().splitlines() or ["?"])[-1]


def build(kit: Path) -> int:
    if kit.exists():
        shutil.rmtree(kit)
    wheels = kit / "wheels"
    wheels.mkdir(parents=True)
    wheel = own_wheel(wheels)
    print(f"== {wheel.name}", flush=True)
    platforms: dict[str, dict[str, str]] = {}
    for target in TARGETS:
        for python in PYTHONS + NOT_SUPPORTED:
            args = ["download", "-q", "--progress-bar", "off", "-d", str(wheels), str(wheel)]
            done = run_pip(target, python, args, capture_output=True, text=True)
            result = "ok" if done.returncode == 0 else _why(done.stderr)
            platforms.setdefault(target, {})[python] = result
            print(f"== {target}, Python {python}: {result}", flush=True)
    (kit / "platforms.json").write_text(json.dumps(platforms, indent=2) + "\n")
    write_scripts(kit)
    sums = [f"{hashlib.sha256(w.read_bytes()).hexdigest()}  wheels/{w.name}"
            for w in sorted(wheels.glob("*.whl"))]  # fmt: skip
    (kit / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    size = sum(f.stat().st_size for f in kit.rglob("*") if f.is_file())
    print(f"{kit}: {len(sums)} wheels, {size / 1e6:.0f} MB")
    return 0 if any(r == "ok" for t in platforms.values() for r in t.values()) else 1


def platforms_text(kit: Path) -> str:
    """README.txt's list of what the kit installs on, from the build's platforms.json."""
    path = kit / "platforms.json"
    if not path.exists():
        return "  (run 'make offline-kit' to fill this in)"
    names = {
        "windows-x86_64": "Windows 10 or 11, 64-bit (x86_64)",
        "macos-x86_64": f"macOS {MACOS.split('_')[0]} or later on an Intel Mac",
        "macos-arm64": f"macOS {MACOS.split('_')[0]} or later on Apple silicon (M1 and later)",
    }
    lines = []
    for target, results in json.loads(path.read_text()).items():
        ok = [p for p, r in results.items() if r == "ok"]
        pythons = f"Python {' or '.join(ok)}" if ok else "NOT in this kit"
        lines.append(f"  {names[target]}: {pythons}")
        lines += [f"      (not Python {p}: {r})" for p, r in results.items() if r != "ok"]
    return "\n".join(lines)


def check(kit: Path) -> int:
    """Resolve edunode from the kit alone for each target and Python; 1 if any fails."""
    failed = 0
    platforms = json.loads((kit / "platforms.json").read_text())
    for target in TARGETS:
        for python in PYTHONS + NOT_SUPPORTED:
            expected = platforms.get(target, {}).get(python) == "ok"
            with tempfile.TemporaryDirectory() as tmp:
                report = Path(tmp) / "report.json"
                done = run_pip(target, python, [
                    "install", "--dry-run", "--ignore-installed", "--no-index", "--find-links",
                    str(kit / "wheels"), "--target", str(Path(tmp) / "x"), "--report",
                    str(report), "-q", "-r", str(kit / "requirements.txt"),
                    f"edunode=={version()}"], capture_output=True, text=True)  # fmt: skip
                if done.returncode != 0:
                    if expected:
                        failed += 1
                        print(f"FAILED {target}, Python {python}:\n{done.stderr.strip()}")
                    else:
                        print(f"not in the kit {target}, Python {python}: {_why(done.stderr)}")
                    continue
                names = {i["metadata"]["name"].lower(): i["metadata"]["version"]
                         for i in json.loads(report.read_text())["install"]}  # fmt: skip
                pins = ", ".join(f"{n} {names[n]}" for n in ("edunode", "pyside6", "zeroconf"))
                print(f"ok {target}, Python {python}: resolves from the kit alone, "
                      f"{len(names)} packages ({pins})")  # fmt: skip
                if not expected:
                    failed += 1
                    print("  (but the build recorded it as not in the kit)")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    kit = ROOT / "dist" / "offline-kit"
    if argv[:1] == ["build"]:
        return build(kit)
    if argv[:1] == ["scripts"]:  # only the scripts and README.txt, into an existing kit
        write_scripts(kit)
        return 0
    if argv[:1] == ["check"]:
        return check(Path(argv[1]) if len(argv) > 1 else kit)
    print(__doc__.strip().splitlines()[-2], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
