"""The Debian package (packaging/build-deb.sh): installs into a throw-away root, the installed
app reaches its login window under Xvfb and honours the machine policy file, and it is removed
cleanly (``dpkg -r`` keeps the conffile, ``dpkg -P`` removes it).

Slow: one module fixture builds the PyInstaller bundle and the package (about 90 s here; the
compression is gzip instead of the release's xz). The throw-away root is a dpkg database of
its own (``dpkg --root``); Depends are checked against this machine, where the installed app
runs. The launcher execs /opt/mypage-desktop/…, so the app runs in a private mount namespace
where the installed folder is bind-mounted there (``unshare --map-root-user --mount``: no root
needed where user namespaces are allowed; the real /opt is not touched).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NEEDED = ("dpkg", "dpkg-deb", "patchelf", "unshare")
POLICY = "etc/mypage-desktop/config.toml"
SAVED_LIST = ".mypage-desktop-saved"  # ui/widgets/kiosk_locations.MANIFEST_NAME

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1200),
    pytest.mark.skipif(os.name != "posix" or shutil.which("dpkg") is None, reason="Debian tools only"),
]


def run(*command: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False,
                          **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def deb() -> Path:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' '.join(missing)} not installed (apt-get install dpkg-dev patchelf util-linux)")
    started = time.monotonic()
    built = run(REPO / "packaging" / "build-deb.sh", cwd=REPO,
                env={**os.environ, "MYPAGE_DEB_COMPRESSION": "gzip"}, timeout=1100)
    assert built.returncode == 0, built.stderr[-4000:]
    print(f"build-deb.sh: {time.monotonic() - started:.0f} s")  # reported, never asserted
    (package,) = sorted((REPO / "dist").glob("mypage-desktop_*_*.deb"))
    return package


def install(deb: Path, root: Path) -> None:
    """A dpkg database of its own in ``root``; the package's Depends are this machine's."""
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for name in ("status", "available"):
        (root / "var/lib/dpkg" / name).touch()
    done = dpkg(root, "--force-depends", "-i", deb)
    assert done.returncode == 0, done.stderr


def dpkg(root: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return run("dpkg", f"--root={root}", "--force-not-root", *args)


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deb-root")
    install(deb, root)
    return root


XVFB = shutil.which("xvfb-run") is not None
HOW = "under Xvfb (xcb)" if XVFB else "offscreen: xvfb-run is not installed (apt-get install xvfb)"


def start_installed(root: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed launcher /usr/bin/mypage-desktop under Xvfb (offscreen where there is no
    xvfb-run), with the start-up contract's READY line. The policy folder is the installed
    one (MYPAGE_SITE_CONFIG_DIR: /etc of the throw-away root)."""
    env = {**os.environ, "MYPAGE_BENCH_STARTUP": "1", "MYPAGE_DATA_DIR": str(home / "data"),
           "MYPAGE_CONFIG_DIR": str(home / "config"),
           "MYPAGE_SITE_CONFIG_DIR": str(root / "etc/mypage-desktop")}
    program = [str(root / "usr/bin/mypage-desktop"), *args]
    if XVFB:
        env["QT_QPA_PLATFORM"] = "xcb"
        program = ["xvfb-run", "-a", *program]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    mounts = ("mount -t tmpfs none /opt && mkdir /opt/mypage-desktop && "
              f"mount --bind '{root}/opt/mypage-desktop' /opt/mypage-desktop && exec \"$@\"")
    return run("unshare", "--map-root-user", "--mount", "sh", "-c", mounts, "sh", *program,
               env=env, timeout=120)


def test_package_fields_files_and_dependencies(deb: Path) -> None:
    fields = run("dpkg-deb", "-f", deb).stdout
    assert "Package: mypage-desktop" in fields
    depends = next(line for line in fields.splitlines() if line.startswith("Depends:"))
    assert "fonts-ipaexfont-gothic," in depends and "noto" not in depends  # a TrueType face for the PDFs
    # the 中文（简体） screens' hanzi that Japanese fonts lack (docs/i18n.md)
    assert "Recommends: fonts-wqy-microhei | fonts-noto-cjk" in fields.splitlines()
    for group in depends.removeprefix("Depends:").split(","):
        names = [alternative.split("(")[0].strip() for alternative in group.split("|")]
        status = [run("dpkg-query", "-W", "-f=${Status}", name).stdout for name in names]
        assert any(s.endswith("installed") for s in status), f"{group.strip()}: not on this machine"
    assert run("dpkg-deb", "--ctrl-tarfile", deb).returncode == 0
    conffiles = run("sh", "-c", f"dpkg-deb --info '{deb}' conffiles").stdout
    assert conffiles.split() == ["/etc/mypage-desktop/config.toml"]
    listing = run("dpkg-deb", "-c", deb).stdout
    for path in ("./opt/mypage-desktop/mypage-desktop", "./opt/mypage-desktop/mypage-admin",
                 "./usr/bin/mypage-desktop", "./usr/bin/mypage-admin", "./usr/share/doc/mypage-desktop/copyright",
                 "./usr/share/applications/mypage-desktop.desktop", "./etc/mypage-desktop/config.toml"):
        assert f" {path}\n" in listing or listing.endswith(f" {path}"), path


def test_desktop_entry_and_policy_template(root: Path) -> None:
    entry = (root / "usr/share/applications/mypage-desktop.desktop").read_text(encoding="utf-8")
    assert "\nName=求職者マイページ\n" in entry and "\nExec=mypage-desktop\n" in entry
    template = (root / POLICY).read_text(encoding="utf-8")
    settings = [line for line in template.splitlines() if line and not line.startswith(("#", "["))]
    assert settings == [], "the shipped policy sets nothing: every line is a commented example"


def test_installed_app_reaches_the_login_window(root: Path, tmp_path: Path) -> None:
    started = start_installed(root, tmp_path, "--demo")
    assert started.returncode == 0, f"{HOW}: {started.stderr[-3000:]}"
    assert any(line.startswith("READY ") for line in started.stdout.splitlines()), f"{HOW}: {started.stdout}"


def test_installed_admin_backs_up_the_database(root: Path, tmp_path: Path) -> None:
    env = {**os.environ, "MYPAGE_DATA_DIR": str(tmp_path / "data"), "MYPAGE_CONFIG_DIR": str(tmp_path / "c"),
           "MYPAGE_SITE_CONFIG_DIR": str(root / "etc/mypage-desktop"),
           "MYPAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'data' / 'office.sqlite3'}"}
    admin = root / "opt/mypage-desktop/mypage-admin"
    upgraded = run(admin, "db", "upgrade", env=env, timeout=120)
    assert upgraded.returncode == 0 and "スキーマ版" in upgraded.stdout, upgraded.stderr
    backed_up = run(admin, "backup", tmp_path / "backup.sqlite3", env=env, timeout=120)
    assert backed_up.returncode == 0 and "バックアップしました" in backed_up.stdout, backed_up.stderr


def test_policy_file_makes_the_pc_a_kiosk(root: Path, tmp_path: Path) -> None:
    """Observable effect of ``kiosk_mode`` from the policy: a kiosk empties its save folder of
    what it saved there (the list file) when it starts; a personal PC leaves it alone."""
    folder = tmp_path / "kiosk-save"
    folder.mkdir()
    letter = folder / "紹介状.pdf"
    policy = root / POLICY
    template = policy.read_text(encoding="utf-8")

    def leave_a_saved_file() -> None:
        letter.write_bytes(b"%PDF-1.4\n")
        (folder / SAVED_LIST).write_text("紹介状.pdf\n", encoding="utf-8")

    try:
        leave_a_saved_file()
        policy.write_text(template + f'\nkiosk_save_folder = "{folder}"\n', encoding="utf-8")
        personal = start_installed(root, tmp_path / "personal", "--demo")
        assert personal.returncode == 0 and "READY" in personal.stdout, f"{HOW}: {personal.stderr[-3000:]}"
        assert letter.exists(), "without kiosk_mode the folder is not touched"

        policy.write_text(template + f'\nkiosk_mode = true\nkiosk_save_folder = "{folder}"\n', encoding="utf-8")
        kiosk = start_installed(root, tmp_path / "kiosk", "--demo")
        assert kiosk.returncode == 0 and "READY" in kiosk.stdout, f"{HOW}: {kiosk.stderr[-3000:]}"
        assert not letter.exists(), "kiosk_mode = true in /etc/mypage-desktop/config.toml was not honoured"
    finally:
        policy.write_text(template, encoding="utf-8")


def test_remove_keeps_the_policy_and_purge_removes_it(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    install(deb, root)
    policy = root / POLICY
    policy.write_text(policy.read_text(encoding="utf-8") + "\nkiosk_mode = true\n", encoding="utf-8")

    removed = dpkg(root, "-r", "mypage-desktop")

    assert removed.returncode == 0, removed.stderr
    assert not (root / "opt/mypage-desktop").exists() and not (root / "usr/bin/mypage-desktop").exists()
    assert not (root / "usr/share/applications/mypage-desktop.desktop").exists()
    assert policy.read_text(encoding="utf-8").endswith("kiosk_mode = true\n"), "the edited conffile stays"

    purged = dpkg(root, "-P", "mypage-desktop")

    assert purged.returncode == 0, purged.stderr
    assert not policy.exists() and not (root / "etc/mypage-desktop").exists()
    assert "mypage-desktop" not in (root / "var/lib/dpkg/status").read_text(encoding="utf-8")
