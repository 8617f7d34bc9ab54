"""The machine policy: what office IT sets for every user of a PC (issue 16).

Where it is read from, lowest first (a later place overrides an earlier one):

* Linux: ``/etc/xdg/mypage-desktop/config.toml`` (the old location, still read), then
  ``/etc/mypage-desktop/config.toml``;
* Windows: ``%ProgramData%\\mypage-desktop\\config.toml``, then the registry key
  ``HKLM\\SOFTWARE\\Policies\\HelloWork\\mypage-desktop`` (REG_SZ / REG_DWORD values named like
  the settings; what Group Policy deploys);
* ``MYPAGE_SITE_CONFIG_DIR`` replaces the directories (tests, a portable set-up).

A PC is *locked* as soon as a machine policy exists (a file with at least one setting, or a
registry value), unless the policy itself says ``policy_locked = false``. On a locked PC the
keys in :data:`LOCKED_KEYS` come only from the policy: a user file or an environment variable
that sets one is ignored with a warning in the log. A PC without any policy (a home PC) keeps
the plain order defaults < user file < environment.

The registry is read through an injectable :data:`RegistryReader` so that both layouts are
tested on any platform; the real reader imports ``winreg`` only on Windows.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REGISTRY_KEY = r"SOFTWARE\Policies\HelloWork\mypage-desktop"
REGISTRY_LABEL = "レジストリ HKLM\\" + REGISTRY_KEY
LINUX_POLICY_DIR = Path("/etc/mypage-desktop")
# The switch itself is not a setting: it exists only in the policy.
LOCK_SWITCH = "policy_locked"

# What a kiosk must not let its user change: the kiosk behaviour, the session limits, the
# office server and this PC's credentials, and the one folder a seeker may save to.
LOCKED_KEYS = frozenset({
    "kiosk_mode", "idle_minutes_kiosk", "session_hours_kiosk", "idle_minutes_personal",
    "session_hours_personal", "server_url", "server_ca_file", "device_cert_file", "device_key_file",
    "device_token_file", "kiosk_save_folder", "language",
})

RegistryReader = Callable[[], Mapping[str, object]]


class PolicyFileError(Exception):
    """A policy or settings file that cannot be read; the message names the file."""


def read_toml_settings(path: Path) -> dict[str, Any]:
    """The settings of one TOML file (optionally under a ``[mypage]`` table); {} if absent."""
    if not path.is_file():
        return {}
    import tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyFileError(f"設定ファイル {path} を読み込めません: {exc}") from None
    return dict(data.get("mypage", data))


def windows_registry() -> dict[str, object]:
    """The values under :data:`REGISTRY_KEY` in HKLM; {} when the key does not exist."""
    if sys.platform != "win32":  # also tells mypy which platform the rest is for
        return {}
    import winreg

    values: dict[str, object] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except OSError:
        return values
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:  # no more values
                return values
            values[str(name)] = value
            index += 1


def default_registry_reader() -> RegistryReader | None:
    return windows_registry if sys.platform == "win32" else None


@dataclass(frozen=True)
class PolicySource:
    label: str  # the file path or the registry key, as shown in messages
    values: Mapping[str, object]


@dataclass(frozen=True)
class MachinePolicy:
    sources: tuple[PolicySource, ...]  # lowest first

    @property
    def exists(self) -> bool:
        return any(source.values for source in self.sources)

    @property
    def locked(self) -> bool:
        switch: object = True
        for source in self.sources:
            switch = source.values.get(LOCK_SWITCH, switch)
        return self.exists and str(switch).strip().lower() not in ("0", "false", "no", "off")

    def settings(self) -> Iterator[tuple[str, object, str]]:
        """(setting, raw value, where) for every value but the lock switch, lowest first."""
        for source in self.sources:
            for name, raw in source.values.items():
                if name != LOCK_SWITCH:
                    yield name, raw, source.label


def read_policy(directories: Sequence[Path], registry: RegistryReader | None) -> MachinePolicy:
    """The policy files in ``directories`` (lowest first), then the registry."""
    sources = [PolicySource(str(folder / "config.toml"), read_toml_settings(folder / "config.toml"))
               for folder in directories]
    if registry is not None:
        sources.append(PolicySource(REGISTRY_LABEL, dict(registry())))
    return MachinePolicy(tuple(sources))
