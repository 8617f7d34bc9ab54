"""Machine policy (issue 16, requirement N8): on a PC whose policy locks them, the kiosk and
session settings and the office server's settings come from the policy only; a user file or
the environment that tries to loosen them changes nothing and leaves a warning in the log. A
PC without policy (a home PC) keeps the order defaults < user file < environment."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import pytest

from mypage_desktop.config import ConfigError, Paths, load_settings, load_settings_with_sources
from mypage_desktop.policy import LOCKED_KEYS, REGISTRY_LABEL

LOOSENING_FILE = "kiosk_mode = false\nidle_minutes_kiosk = 60\nidle_minutes_personal = 90\n"
LOOSENING_ENV = {"MYPAGE_KIOSK_MODE": "0", "MYPAGE_SESSION_HOURS_KIOSK": "24"}


def where(tmp_path: Path, legacy: bool = False) -> Paths:
    return Paths(tmp_path / "user", tmp_path / "site", tmp_path / "data",
                 (tmp_path / "xdg",) if legacy else ())


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def registry(values: Mapping[str, object]):  # type: ignore[no-untyped-def]
    return lambda: values


def test_locked_by_a_policy_file_user_file_and_environment_change_nothing(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    paths = where(tmp_path)
    write(paths.site_file, "kiosk_mode = true\nidle_minutes_kiosk = 3\n")
    write(paths.user_file, LOOSENING_FILE + "office_name = \"ハローワーク天童\"\n")
    with caplog.at_level(logging.WARNING, logger="mypage_desktop.config"):
        loaded = load_settings_with_sources(env=LOOSENING_ENV, paths=paths)
    s = loaded.settings
    assert (s.kiosk_mode, s.idle_minutes_kiosk, s.idle_minutes_personal, s.session_hours_kiosk) == (True, 3, 15, 4)
    assert s.office_name == "ハローワーク天童"  # not a locked key: the user file still counts
    assert loaded.sources["kiosk_mode"] == str(paths.site_file)
    assert loaded.policy.locked
    ignored = {name for name, _source in loaded.ignored}
    assert ignored == {"kiosk_mode", "idle_minutes_kiosk", "idle_minutes_personal", "session_hours_kiosk"}
    logged = [r.getMessage() for r in caplog.records]
    assert any("idle_minutes_personal" in m and str(paths.user_file) in m for m in logged)
    assert any("kiosk_mode" in m and "MYPAGE_KIOSK_MODE" in m for m in logged)
    assert not any("90" in m or "60" in m for m in logged)  # the values are not logged


def test_locked_by_the_registry_on_windows_layout(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    paths = where(tmp_path)  # no policy file: the registry alone is the policy
    write(paths.user_file, LOOSENING_FILE)
    policy = registry({"kiosk_mode": 1, "idle_minutes_kiosk": 4, "server_url": "https://mypage.office.local:8443"})
    with caplog.at_level(logging.WARNING, logger="mypage_desktop.config"):
        loaded = load_settings_with_sources(env={"MYPAGE_SERVER_URL": "https://evil.example:8443"},
                                            paths=paths, registry=policy)
    s = loaded.settings
    assert (s.kiosk_mode, s.idle_minutes_kiosk, s.idle_minutes_personal) == (True, 4, 15)
    assert s.server_url == "https://mypage.office.local:8443"
    assert loaded.sources["idle_minutes_kiosk"] == REGISTRY_LABEL
    assert any("server_url" in r.getMessage() for r in caplog.records)


def test_the_registry_overrides_the_programdata_file(tmp_path: Path) -> None:
    paths = where(tmp_path)
    write(paths.site_file, "idle_minutes_kiosk = 3\nsession_hours_kiosk = 2\n")
    s = load_settings(env={}, paths=paths, registry=registry({"idle_minutes_kiosk": "7"}))
    assert (s.idle_minutes_kiosk, s.session_hours_kiosk) == (7, 2)


def test_unlocked_home_pc_keeps_user_file_and_environment(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    paths = where(tmp_path)
    write(paths.user_file, LOOSENING_FILE)
    with caplog.at_level(logging.WARNING):
        loaded = load_settings_with_sources(env=LOOSENING_ENV, paths=paths, registry=registry({}))
    s = loaded.settings
    assert (s.kiosk_mode, s.idle_minutes_kiosk, s.idle_minutes_personal, s.session_hours_kiosk) == (False, 60, 90, 24)
    assert not loaded.policy.exists and not loaded.ignored and not caplog.records


def test_a_policy_may_unlock_itself(tmp_path: Path) -> None:
    paths = where(tmp_path)
    write(paths.site_file, "policy_locked = false\nkiosk_mode = true\nidle_minutes_kiosk = 3\n")
    write(paths.user_file, LOOSENING_FILE)
    loaded = load_settings_with_sources(env={}, paths=paths)
    assert not loaded.policy.locked
    assert (loaded.settings.kiosk_mode, loaded.settings.idle_minutes_kiosk) == (False, 60)
    # The registry (a DWORD 0) unlocks as well.
    write(paths.site_file, "kiosk_mode = true\n")
    unlocked = load_settings(env={}, paths=paths, registry=registry({"policy_locked": 0}))
    assert unlocked.kiosk_mode is False


def test_policy_locked_belongs_to_the_policy_only(tmp_path: Path) -> None:
    paths = where(tmp_path)
    write(paths.user_file, "policy_locked = false\n")
    with pytest.raises(ConfigError, match="policy_locked はマシンポリシーにだけ書けます"):
        load_settings(env={}, paths=paths)


def test_old_linux_folder_is_still_read_below_the_new_one(tmp_path: Path) -> None:
    paths = where(tmp_path, legacy=True)
    write(tmp_path / "xdg" / "config.toml", "kiosk_mode = true\nidle_minutes_kiosk = 3\n")
    write(paths.user_file, LOOSENING_FILE)
    s = load_settings(env={}, paths=paths)
    assert (s.kiosk_mode, s.idle_minutes_kiosk) == (True, 3)  # the old file alone locks too
    write(paths.site_file, "idle_minutes_kiosk = 8\n")
    assert load_settings(env={}, paths=paths).idle_minutes_kiosk == 8


def test_device_files_enrolled_into_the_old_folder_are_still_found(tmp_path: Path) -> None:
    paths = where(tmp_path, legacy=True)
    write(tmp_path / "xdg" / "device-token", "token")
    s = load_settings(env={}, paths=paths)
    assert s.device_token_file == str(tmp_path / "xdg" / "device-token")
    assert s.device_cert_file == str(paths.site_config_dir / "device.pem")


def test_paths_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    chosen = Paths.from_environment({"MYPAGE_SITE_CONFIG_DIR": str(tmp_path), "MYPAGE_CONFIG_DIR": "c",
                                     "MYPAGE_DATA_DIR": "d"})
    assert chosen.policy_dirs == (tmp_path,)
    monkeypatch.setattr("sys.platform", "linux")
    default = Paths.from_environment({"MYPAGE_CONFIG_DIR": "c", "MYPAGE_DATA_DIR": "d"})
    assert default.site_config_dir == Path("/etc/mypage-desktop")
    assert default.policy_dirs[0].name == "mypage-desktop" and len(default.policy_dirs) == 2


def test_registry_values_are_checked_like_file_values(tmp_path: Path) -> None:
    paths = where(tmp_path)
    with pytest.raises(ConfigError) as bad:
        load_settings(env={}, paths=paths, registry=registry({"idle_minutes_kiosk": 500}))
    assert f"idle_minutes_kiosk（{REGISTRY_LABEL}）" in str(bad.value)
    with pytest.raises(ConfigError, match="環境変数 MYPAGE_SMTP_PASSWORD"):
        load_settings(env={}, paths=paths, registry=registry({"smtp_password": "x"}))


def test_every_locked_key_is_a_setting() -> None:
    from mypage_desktop.config import Settings

    assert LOCKED_KEYS <= set(Settings.__dataclass_fields__)
