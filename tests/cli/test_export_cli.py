"""``mypage-admin export-applications`` (docs/application-export.md): the command writes the
ZIP with its manifest (0600) and says how many; a bad date is refused before anything is written."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from mypage_desktop.cli.main import main


def test_export_applications_writes_a_zip_with_a_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MYPAGE_DATABASE_URL", f"sqlite:///{tmp_path / 'export.sqlite3'}")
    assert main(["db", "upgrade"]) == 0
    target = tmp_path / "to-employers" / "applications.zip"
    assert main(["export-applications", "--output", str(target), "--since", "2026-12-01"]) == 0
    assert "応募 0 件（書類 0 通）を" in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["manifest.json"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "mypage-desktop/applications-export/1" and manifest["applications"] == []
    with pytest.raises(SystemExit):
        main(["export-applications", "--output", str(tmp_path / "x.zip"), "--since", "12月1日"])
    assert not (tmp_path / "x.zip").exists()
