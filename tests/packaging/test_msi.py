"""The Windows installer (packaging/windows/build-msi.sh + mypage-desktop.wxs), built here with
wixl from a stand-in payload (the real one needs a Windows PyInstaller build). The MSI's own
tables are checked against what docs/deployment.md promises: per-machine install into
Program Files (x64), a Start-menu shortcut, major upgrades without downgrade, and the public
properties that write the machine policy to HKLM\\SOFTWARE\\Policies\\HelloWork\\mypage-desktop.
Installing it needs Windows: .github/workflows/windows-installer.yml."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from mypage_desktop import __version__
from mypage_desktop.config import Settings

REPO = Path(__file__).resolve().parents[2]
TOOLS = ("wixl", "wixl-heat", "msibuild", "msiinfo")
POLICY_KEY = r"SOFTWARE\Policies\HelloWork\mypage-desktop"
UPGRADE_CODE = "{EFCCD091-ADDB-443D-AAB7-2D2B736A3A22}"  # never changes: upgrades find the old version by it
HKLM = "2"
# public property -> the setting it writes, and how (msi Registry.Value)
PROPERTIES = {"OFFICENAME": ("office_name", "[OFFICENAME]"), "OFFICECODE": ("office_code", "[OFFICECODE]"),
              "HELPDESK": ("helpdesk_number", "[HELPDESK]"), "SERVERURL": ("server_url", "[SERVERURL]"),
              "KIOSK": ("kiosk_mode", "#[KIOSK]"), "LANGUAGE": ("language", "[LANGUAGE]")}
PERMANENT, WIN64 = 16, 256

pytestmark = pytest.mark.skipif(any(shutil.which(tool) is None for tool in TOOLS),
                                reason="wixl/msitools not installed (apt-get install wixl msitools)")


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """``msiinfo export`` rows as dicts (the first three lines are names, types, keys)."""
    text = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True,
                          check=True).stdout
    lines = text.replace("\r\n", "\n").split("\n")
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[3:] if line]


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("msi")
    payload = work / "mypage-desktop"
    (payload / "_internal" / "PySide6").mkdir(parents=True)
    for name in ("mypage-desktop.exe", "mypage-admin.exe"):
        (payload / name).write_bytes(b"MZ stand-in for the PyInstaller bootloader\n")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (payload / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"MZ stand-in\n")
    out = work / "mypage-desktop.msi"
    built = subprocess.run([str(REPO / "packaging/windows/build-msi.sh"), str(payload), str(out)],
                           capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    return out


def test_per_machine_x64_install_of_this_version(msi: Path) -> None:
    properties = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    assert properties["ALLUSERS"] == "1"
    assert properties["ProductVersion"] == __version__
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ProductLanguage"] == "1041"
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert "Template: x64;" in summary
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert directories["INSTALLDIR"]["DefaultDir"] == "mypage-desktop"


def test_payload_files_are_installed(msi: Path) -> None:
    names = {row["FileName"] for row in table(msi, "File")}
    assert {"mypage-desktop.exe", "mypage-admin.exe", "base_library.zip", "Qt6Core.dll"} <= names


def test_start_menu_shortcut_starts_the_app(msi: Path) -> None:
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Target"] == "[INSTALLDIR]mypage-desktop.exe"
    assert shortcut["WkDir"] == "INSTALLDIR"
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories[shortcut["Directory_"]]["Directory_Parent"] == "ProgramMenuFolder"


def test_major_upgrade_replaces_older_and_refuses_downgrade(msi: Path) -> None:
    rows = table(msi, "Upgrade")
    assert {row["UpgradeCode"] for row in rows} == {UPGRADE_CODE}
    older = next(row for row in rows if row["ActionProperty"] == "WIX_UPGRADE_DETECTED")
    newer = next(row for row in rows if row["ActionProperty"] == "WIX_DOWNGRADE_DETECTED")
    assert older["VersionMax"] == __version__ and older["VersionMin"] == ""
    assert newer["VersionMin"] == __version__ and int(newer["Attributes"]) & 2  # only detect
    assert [row["Condition"] for row in table(msi, "LaunchCondition")] == ["NOT WIX_DOWNGRADE_DETECTED"]
    actions = {row["Action"] for row in table(msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= actions


def test_public_properties_write_the_machine_policy(msi: Path) -> None:
    registry = {row["Name"]: row for row in table(msi, "Registry") if row["Key"] == POLICY_KEY}
    components = {row["Component"]: row for row in table(msi, "Component")}
    settings = {field.name for field in dataclasses.fields(Settings)}
    assert set(registry) == {name for name, _value in PROPERTIES.values()}
    for prop, (name, value) in PROPERTIES.items():
        row = registry[name]
        assert name in settings, f"{name} is not a setting the app reads"
        assert row["Root"] == HKLM and row["Value"] == value
        component = components[row["Component_"]]
        assert component["Condition"] == prop, f"{name} is written only when {prop} is given"
        attributes = int(component["Attributes"])
        assert attributes & WIN64, "64-bit registry view (what the 64-bit app reads)"
        assert attributes & PERMANENT, "uninstall and upgrade keep the policy"
    secure = {row["Property"]: row["Value"] for row in table(msi, "Property")}["SecureCustomProperties"]
    assert set(PROPERTIES) <= set(secure.split(";")), "passed into the elevated per-machine install"


def test_what_the_installer_shows_is_ascii(msi: Path) -> None:
    """wixl writes no codepage: Windows Installer would show Japanese as mojibake."""
    for name, column in (("Property", "Value"), ("Shortcut", "Name"), ("Directory", "DefaultDir"),
                         ("Feature", "Title")):
        for row in table(msi, name):
            assert row[column].isascii(), f"{name}.{column}: {row[column]!r}"
