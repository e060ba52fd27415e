"""The offline install kit's scripts, the Inno Setup script and the Windows/macOS workflow,
checked against pyproject.toml, the Makefile and packaging/edunode.spec (no network: the
wheels themselves are checked by packaging/check_offline_kit.sh after `make offline-kit`)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import offline_kit  # noqa: E402

SPEC = (ROOT / "packaging" / "edunode.spec").read_text()
ISS = (ROOT / "packaging" / "windows" / "edunode.iss").read_text()
WORKFLOW = (ROOT / ".github" / "workflows" / "package.yml").read_text()
MAKEFILE = (ROOT / "Makefile").read_text()
INSTALLERS = ("install-windows.ps1", "install-macos.sh")


def test_the_kit_scripts_install_exactly_the_pinned_versions(tmp_path: Path) -> None:
    offline_kit.write_scripts(tmp_path)
    version = offline_kit.version()
    pins = [
        line
        for line in (tmp_path / "requirements.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert pins == offline_kit.requirements() == offline_kit.project()["dependencies"]
    assert all("==" in pin for pin in pins)  # every runtime dependency pinned
    for name in INSTALLERS:
        text = (tmp_path / name).read_text()
        assert "@" + "VERSION@" not in text
        assert re.search(r"^\$?VERSION\s*=\s*\"?" + re.escape(version), text, re.M | re.I), name
        assert "--no-index" in text and "--find-links" in text and "requirements.txt" in text
        assert "edunode==$Version" in text or "edunode==$VERSION" in text
        # the Python versions the scripts accept are the ones the kit holds wheels for
        low = int(offline_kit.PYTHONS[0].split(".")[1])
        high = int(offline_kit.PYTHONS[-1].split(".")[1]) + 1
        assert f"(3, {low}) <= sys.version_info[:2] < (3, {high})" in text, name
    readme = (tmp_path / "README.txt").read_text()
    assert f"EduNode {version}" in readme and "Python 3.11 or 3.12" in readme
    assert (tmp_path / "install-macos.sh").stat().st_mode & 0o111
    assert (tmp_path / "install-windows.ps1").read_bytes().count(b"\r\n") > 10  # CRLF


def test_each_target_has_its_platform_and_markers() -> None:
    for target in offline_kit.TARGETS.values():
        assert {"sys_platform", "platform_system", "os_name", "platform_machine"} <= set(
            target["markers"]
        )
    env = offline_kit.marker_env("windows-x86_64", "3.11")
    assert env["python_version"] == "3.11" and env["sys_platform"] == "win32"


def _spec_names() -> tuple[str, set[str], str]:
    collect = re.search(r'COLLECT\(.*name="([^"]+)"\)', SPEC).group(1)
    exes = set(re.findall(r'executable\("([^"]+)"', SPEC))
    bundle = re.search(r'BUNDLE\(coll, name="([^"]+)"', SPEC).group(1)
    return collect, exes, bundle


def test_the_inno_setup_script_installs_what_the_spec_builds() -> None:
    collect, exes, _ = _spec_names()
    assert exes == {"edunode", "edunodew"}
    assert re.search(r"^SourceDir=\.\.\\\.\.$", ISS, re.M)  # paths below are from the root
    assert f'Source: "dist\\{collect}\\*"' in ISS
    for exe in re.findall(r"\{app\}\\([\w.]+\.exe)", ISS):
        assert exe.removesuffix(".exe") in exes, exe
    icon = re.search(r"^SetupIconFile=(.+)$", ISS, re.M).group(1)
    assert (ROOT / icon.replace("\\", "/")).is_file()
    assert "edunode.ico" in SPEC


def test_the_workflow_builds_the_spec_with_the_makefile_pins() -> None:
    collect, _, bundle = _spec_names()
    assert "runs-on: ${{ matrix.os }}" in WORKFLOW
    assert "os: [windows-latest, macos-latest]" in WORKFLOW
    for pin in re.findall(r"'(pyinstaller[\w-]*==[^']+)'", MAKEFILE):
        assert f"'{pin}'" in WORKFLOW, pin
    assert len(re.findall(r"'(pyinstaller[\w-]*==[^']+)'", WORKFLOW)) == 2
    python = re.search(r'python-version: "([^"]+)"', WORKFLOW).group(1)
    assert python in offline_kit.PYTHONS
    # every repository path the workflow names exists; the app paths are the spec's
    for path in set(re.findall(r"(?<![\w/])((?:packaging|src)/[\w./*-]+)", WORKFLOW)):
        assert list(ROOT.glob(path.replace("\\", "/"))), path
    assert "packaging/edunode.spec" in WORKFLOW and "packaging\\windows\\edunode.iss" in WORKFLOW
    assert f"dist/{collect}/edunode.exe" in WORKFLOW and f"dist/{collect}/edunode" in WORKFLOW
    assert f"dist/{bundle}" in WORKFLOW
    # no tab characters and a job list that parses as YAML where PyYAML is at hand
    assert "\t" not in WORKFLOW
    try:
        import yaml
    except ModuleNotFoundError:
        return
    jobs = yaml.safe_load(WORKFLOW)["jobs"]
    assert jobs["frozen-app"]["strategy"]["matrix"]["os"] == ["windows-latest", "macos-latest"]
