"""Settings: a bad value stops start-up with a message naming that setting and where its value
came from (issue 13), and every security setting has bounds (docs/security.md, N5/N8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mypage_desktop.config import RANGES, ConfigError, Paths, Settings, load_settings


def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "user", tmp_path / "site", tmp_path / "data")


def test_a_bad_value_names_its_setting_and_its_file_only(tmp_path: Path) -> None:
    where = paths(tmp_path)
    where.user_file.parent.mkdir(parents=True)
    where.user_file.write_text("idle_minutes_kiosk = 500\n", encoding="utf-8")
    with pytest.raises(ConfigError) as bad:
        load_settings(env={}, paths=where)
    text = str(bad.value)
    assert f"idle_minutes_kiosk（{where.user_file}）" in text and "指定値: 500" in text
    assert "idle_minutes_personal" not in text and "staff_idle_minutes" not in text


def test_each_bad_value_gets_its_own_line_with_its_source(tmp_path: Path) -> None:
    where = paths(tmp_path)
    where.site_file.parent.mkdir(parents=True)
    where.site_file.write_text("login_lock_failures = 1000000\n", encoding="utf-8")
    with pytest.raises(ConfigError) as bad:
        load_settings(env={"MYPAGE_KEY_VALIDITY_MINUTES": "5"}, paths=where)
    lines = str(bad.value).splitlines()[1:]
    assert any(line.startswith(f"login_lock_failures（{where.site_file}）") for line in lines)
    assert any(line.startswith("key_validity_minutes（環境変数 MYPAGE_KEY_VALIDITY_MINUTES）") for line in lines)


@pytest.mark.parametrize("name", sorted(RANGES))
def test_every_numeric_setting_has_bounds_and_the_defaults_are_inside(name: str) -> None:
    low, high = RANGES[name]
    assert low <= getattr(Settings(), name) <= high
