"""Settings: defaults < machine policy (what installers and office IT write, see
:mod:`mypage_desktop.policy`) < user file < environment; on a PC whose policy locks them, the
policy-locked keys come from the policy only. A bad setting raises :class:`ConfigError` naming
where it came from, so start-up can say so instead of showing a traceback.

``platformdirs`` and ``tomllib`` are imported only when needed (a directory not given by the
environment, a config file that exists): both sit on the path to the first login window.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from mypage_desktop.domain.languages import SHIPPED
from mypage_desktop.policy import (
    LINUX_POLICY_DIR,
    LOCK_SWITCH,
    LOCKED_KEYS,
    MachinePolicy,
    PolicyFileError,
    RegistryReader,
    default_registry_reader,
    read_policy,
    read_toml_settings,
)

log = logging.getLogger(__name__)

APP_NAME = "mypage-desktop"
ENV_PREFIX = "MYPAGE_"
SEED_SENDER = "system@mail.hellowork.mhlw.go.jp"


class ConfigError(Exception):
    """A setting that cannot be used; the message is for the person who set it."""


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    site_config_dir: Path  # the machine policy's folder; enrolment writes the PC's files here
    data_dir: Path
    # Older machine-wide folders still read, below site_config_dir (Linux: /etc/xdg/…).
    legacy_site_config_dirs: tuple[Path, ...] = ()

    @property
    def policy_dirs(self) -> tuple[Path, ...]:
        """The machine policy's folders, lowest first."""
        return (*self.legacy_site_config_dirs, self.site_config_dir)

    @property
    def user_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def site_file(self) -> Path:
        return self.site_config_dir / "config.toml"

    @classmethod
    def from_environment(cls, env: Mapping[str, str]) -> Paths:
        def pick(name: str, default: Callable[[], str]) -> Path:
            return Path(env.get(ENV_PREFIX + name) or default())

        def platform_site() -> str:
            return str(_platformdirs().site_config_dir(APP_NAME, appauthor=False))

        legacy: tuple[Path, ...] = ()
        if env.get(ENV_PREFIX + "SITE_CONFIG_DIR"):
            site = Path(env[ENV_PREFIX + "SITE_CONFIG_DIR"])
        elif sys.platform.startswith("linux"):
            # /etc/mypage-desktop/ is where Linux packages put machine policy; the XDG folder
            # used before issue 16 is still read (below it) so existing installs keep working.
            site, legacy = LINUX_POLICY_DIR, (Path(platform_site()),)
        else:
            site = Path(platform_site())  # Windows: %ProgramData%\mypage-desktop
        return cls(
            config_dir=pick("CONFIG_DIR", lambda: _platformdirs().user_config_dir(APP_NAME, appauthor=False)),
            site_config_dir=site,
            data_dir=pick("DATA_DIR", lambda: _platformdirs().user_data_dir(APP_NAME, appauthor=False)),
            legacy_site_config_dirs=legacy,
        )


def _platformdirs() -> ModuleType:
    """Imported only when a directory is not given by the environment."""
    import platformdirs

    return platformdirs


@dataclass(frozen=True)
class Settings:
    database_url: str = ""
    mail_transport: str = "folder"
    mail_folder: str = ""
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_starttls: bool = False
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_timeout_seconds: int = 10
    mail_sender: str = SEED_SENDER
    key_validity_minutes: int = 30
    key_max_wrong_tries: int = 5
    key_requests_per_30_minutes: int = 3
    key_requests_per_day: int = 10
    login_lock_failures: int = 10
    login_lock_minutes: int = 15
    # Consecutive failures (across expired locks) after which only staff or a reset unlock (N5).
    login_failure_cap: int = 100
    office_name: str = "ハローワークやまがた"
    office_code: str = "06010"
    helpdesk_number: str = "0570-077450"
    demo_mode: bool = False
    kiosk_mode: bool = False
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    argon2_parallelism: int = 4
    log_level: str = "INFO"
    saved_search_max: int = 20
    kept_job_max: int = 100
    # 無効 for longer than this many days: switching back to 有効 needs a visit to the office.
    reactivation_grace_days: int = 90
    # 求職仮登録 online (docs/product-rules.md §preregistration): an unfinished form (一時保存) is
    # deleted this many days after it was last saved, a 仮登録 this many days after it was sent
    # unless confirmed at the counter; new forms from one PC per hour.
    preregistration_valid_days: int = 14
    preregistrations_per_terminal_per_hour: int = 30

    # Sessions (docs/security.md S2): idle limit and absolute limit, kiosk vs own PC; staff console.
    idle_minutes_kiosk: int = 5
    session_hours_kiosk: int = 4
    idle_minutes_personal: int = 15
    session_hours_personal: int = 12
    staff_idle_minutes: int = 15
    staff_session_hours: int = 12
    # Staff re-enter their password before sensitive actions; it counts for this long (A3).
    staff_reauth_minutes: int = 5
    # Key requests (open and reset) from one PC, whatever the address (docs/security.md K5).
    key_requests_per_terminal_per_hour: int = 20
    # Kiosk: the one folder (besides removable media) a seeker may save 紹介状/.ics to; what
    # was saved there is deleted at logout. Empty: removable media only.
    kiosk_save_folder: str = ""
    # The office's default language for the screens (the installer writes it); a seeker chooses
    # another on the login window (docs/i18n.md). Only shipped languages (complete catalogues).
    language: str = "ja"

    # The office server (issue 10). On a PC: where the server is and this PC's credentials
    # (the remote back end is used when server_url is set). Empty file settings mean the
    # machine-wide config directory (what enrolment writes).
    server_url: str = ""
    server_ca_file: str = ""
    device_cert_file: str = ""
    device_key_file: str = ""
    device_token_file: str = ""
    server_timeout_seconds: int = 15
    # On the server: its TLS certificate and key, the office CA's key (to sign enrolled PCs),
    # the listening ports, worker processes and the bounded password-hashing pool (N7).
    server_tls_cert_file: str = ""
    server_tls_key_file: str = ""
    server_ca_key_file: str = ""
    server_host: str = "0.0.0.0"
    server_port: int = 8443
    server_enrol_port: int = 8444
    server_workers: int = 2
    server_hash_workers: int = 2
    server_hash_queue: int = 64

    # Values that must never come from a file (they would sit in plain text on every PC).
    ENV_ONLY = frozenset({"smtp_password"})

    def problems(self) -> list[tuple[str, str]]:
        """(setting, what is wrong) for every value out of its range, one setting each."""
        found: list[tuple[str, str]] = []
        for name, (low, high) in RANGES.items():
            value = getattr(self, name)
            if not low <= value <= high:
                found.append((name, f"{low}〜{high} の範囲で指定してください（指定値: {value}）"))
        if self.mail_transport not in ("folder", "smtp"):
            found.append(("mail_transport", "folder か smtp を指定してください"))
        if not self.login_lock_failures <= self.login_failure_cap:
            found.append(("login_failure_cap", f"login_lock_failures（{self.login_lock_failures}）以上にしてください"))
        if not (self.office_code.isdigit() and len(self.office_code) == 5):
            found.append(("office_code", "5桁の数字で指定してください"))
        if "@" not in self.mail_sender:
            found.append(("mail_sender", "メールアドレスで指定してください"))
        if self.language not in LANGUAGES:
            found.append(("language", f"{'、'.join(LANGUAGES)} のいずれかを指定してください"))
        if self.server_url and not self.server_url.startswith("https://"):
            found.append(("server_url", "https:// で始まる URL を指定してください"))
        return found

    def validate(self, sources: Mapping[str, str] | None = None) -> None:
        """ConfigError naming each wrong setting and where its value came from (``sources``:
        setting -> file or environment variable; values not in it are defaults)."""
        found = self.problems()
        if found:
            where = sources or {}
            lines = [f"{name}（{where.get(name, '既定値')}）: {text}" for name, text in found]
            raise ConfigError("設定に誤りがあります。\n" + "\n".join(lines))

    def with_paths(self, paths: Paths) -> Settings:
        """Fill the defaults that depend on the platform data directory."""
        updates: dict[str, Any] = {}
        if not self.database_url:
            updates["database_url"] = f"sqlite:///{paths.data_dir / 'mypage.sqlite3'}"
        if not self.mail_folder:
            updates["mail_folder"] = str(paths.data_dir / "mailbox")
        for name, file_name in (("server_ca_file", "office-ca.pem"), ("device_cert_file", "device.pem"),
                                ("device_key_file", "device-key.pem"), ("device_token_file", "device-token")):
            if not getattr(self, name):
                # A PC enrolled before the policy folder moved keeps its files where they are.
                found = [d / file_name for d in paths.legacy_site_config_dirs if (d / file_name).is_file()]
                new = paths.site_config_dir / file_name
                updates[name] = str(found[-1] if found and not new.is_file() else new)
        return dataclasses.replace(self, **updates) if updates else self


# Languages the screens can be shown in (BCP 47 tags); issue 15 adds the translations.
LANGUAGES = tuple(sorted(SHIPPED))

# Every numeric setting's bounds; the security settings' upper bounds keep a file from turning a
# limit off (docs/security.md, N5 and N8).
RANGES: dict[str, tuple[int, int]] = {
    "key_validity_minutes": (10, 59),
    "key_max_wrong_tries": (1, 10),
    "key_requests_per_30_minutes": (1, 10),
    "key_requests_per_day": (1, 50),
    "key_requests_per_terminal_per_hour": (1, 1000),
    "login_lock_failures": (3, 100),
    "login_lock_minutes": (1, 1440),
    "login_failure_cap": (3, 100),
    "argon2_time_cost": (2, 20),
    "argon2_memory_kib": (19456, 4_194_304),
    "argon2_parallelism": (1, 64),
    "smtp_port": (1, 65535),
    "smtp_timeout_seconds": (1, 300),
    "saved_search_max": (1, 200),
    "kept_job_max": (1, 1000),
    "idle_minutes_kiosk": (1, 120),
    "idle_minutes_personal": (1, 120),
    "staff_idle_minutes": (1, 120),
    "session_hours_kiosk": (1, 24),
    "session_hours_personal": (1, 24),
    "staff_session_hours": (1, 24),
    "staff_reauth_minutes": (1, 30),
    "reactivation_grace_days": (1, 3650),
    "preregistration_valid_days": (1, 90),
    "preregistrations_per_terminal_per_hour": (1, 1000),
    "server_port": (1, 65535),
    "server_enrol_port": (1, 65535),
    "server_workers": (1, 64),
    "server_hash_workers": (1, 64),
    "server_hash_queue": (0, 10000),
    "server_timeout_seconds": (1, 300),
}


def _coerce(name: str, raw: Any, kind: type, source: str) -> Any:
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind is int:
            if isinstance(raw, bool):
                raise ValueError(raw)
            return int(raw)
        return str(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{source}: {name} の値 {raw!r} は {kind.__name__} として読めません") from None


def _read_file(path: Path) -> dict[str, Any]:
    try:
        return read_toml_settings(path)
    except PolicyFileError as exc:
        raise ConfigError(str(exc)) from None


@dataclass(frozen=True)
class LoadedSettings:
    """The settings with where each value came from (setting -> file, registry or environment
    variable; defaults are absent), what a locked policy made us ignore, and the policy."""

    settings: Settings
    sources: dict[str, str]
    ignored: list[tuple[str, str]]  # (setting, where it was set) on a locked PC
    policy: MachinePolicy


def load_settings(env: Mapping[str, str] | None = None, paths: Paths | None = None,
                  registry: RegistryReader | None = None) -> Settings:
    return load_settings_with_sources(env, paths, registry).settings


def load_settings_with_sources(env: Mapping[str, str] | None = None, paths: Paths | None = None,
                               registry: RegistryReader | None = None) -> LoadedSettings:
    """``registry``: the machine policy's registry values (default: HKLM on Windows, none
    elsewhere); tests pass a function returning a mapping."""
    env = os.environ if env is None else env
    paths = paths or Paths.from_environment(env)
    kinds = {f.name: f.type for f in dataclasses.fields(Settings)}
    types = {"str": str, "int": int, "bool": bool}
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    ignored: list[tuple[str, str]] = []
    try:
        policy = read_policy(paths.policy_dirs, registry or default_registry_reader())
    except PolicyFileError as exc:
        raise ConfigError(str(exc)) from None
    except OSError as exc:  # the registry could not be read
        raise ConfigError(f"マシンポリシー（レジストリ）を読み込めません: {type(exc).__name__}") from None

    def take(name: str, raw: Any, source: str, *, from_policy: bool) -> None:
        if name not in kinds:
            raise ConfigError(f"{source}: 不明な設定項目 {name!r} があります")
        if name in Settings.ENV_ONLY and not source.startswith("環境変数"):
            raise ConfigError(
                f"{source}: {name} はファイルに書かず環境変数 {ENV_PREFIX}{name.upper()} で指定してください")
        if not from_policy and policy.locked and name in LOCKED_KEYS:
            # The value is not logged: only which key and where, for office IT to find it.
            log.warning("setting %s from %s ignored: this PC's machine policy locks it", name, source)
            ignored.append((name, source))
            return
        values[name] = _coerce(name, raw, types[str(kinds[name])], source)
        sources[name] = source

    for name, raw, source in policy.settings():
        take(name, raw, source, from_policy=True)
    for name, raw in _read_file(paths.user_file).items():
        if name == LOCK_SWITCH:
            raise ConfigError(f"{paths.user_file}: {LOCK_SWITCH} はマシンポリシーにだけ書けます")
        take(name, raw, str(paths.user_file), from_policy=False)
    for name in kinds:
        key = ENV_PREFIX + name.upper()
        if key in env:
            take(name, env[key], f"環境変数 {key}", from_policy=False)
    settings = Settings(**values).with_paths(paths)
    settings.validate(sources)
    return LoadedSettings(settings, sources, ignored, policy)
