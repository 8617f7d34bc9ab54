"""The app as a screen reader sees it on Linux (docs/accessibility.md): the demo app runs on
Xvfb through Qt's xcb plugin with a D-Bus session bus, ``at-spi-bus-launcher`` and
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``; a client on Debian's pyatspi (run with the SYSTEM Python,
/usr/bin/python3, where python3-pyatspi lives) reads the login window over AT-SPI, submits it
empty with the button's own action, toggles 「表示」, opens the opening wizard with its button's
action and reads that tree too. One app start for the whole module (a module-scoped fixture).
Skips, saying why, where Xvfb, D-Bus, AT-SPI or pyatspi is missing or cannot start
(scripts/_setup.sh installs them on a test machine)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import SRC

from mypage_desktop.ui.login.seeker_window import OPEN_BUTTON_TEXT

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
START_SECONDS = 60
WIZARD_TITLE = "求職者マイページの開設"

# Run by /usr/bin/python3 (pyatspi is not in the venv). Prints one JSON object.
CLIENT = r'''
import json, sys, time
import pyatspi

APP, OPEN, LOGIN, TOGGLE, WIZARD = sys.argv[1:6]

def node(acc):
    return {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or "",
            "states": sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())}

def walk(acc, out, depth=0):
    if acc is None or depth > 40 or len(out) > 3000:
        return out
    out.append(node(acc))
    for i in range(acc.childCount):
        walk(acc.getChildAtIndex(i), out, depth + 1)
    return out

def find(acc, role, name):
    if acc is None:
        return None
    if acc.getRoleName() == role and acc.name == name:
        return acc
    for i in range(acc.childCount):
        got = find(acc.getChildAtIndex(i), role, name)
        if got is not None:
            return got
    return None

def wait(predicate, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        got = predicate()
        if got:
            return got
        time.sleep(0.2)
    return None

def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == APP:
            return app
    return None

def windows(app):
    return [w for w in (app.getChildAtIndex(i) for i in range(app.childCount)) if w is not None and w.childCount]

def press(acc):
    action = acc.queryAction()
    action.doAction(0)
    return action.getName(0)

app = wait(application, 60)
if app is None:
    print(json.dumps({"error": "the application never appeared on the AT-SPI bus"}))
    sys.exit(0)
login = wait(lambda: [w for w in windows(app) if find(w, "push button", LOGIN)], 30)
if not login:
    print(json.dumps({"error": "no login window on the AT-SPI bus"}))
    sys.exit(0)
login = login[0]
result = {"login": walk(login, [])}
result["login_action"] = press(find(login, "push button", LOGIN))
time.sleep(1.0)
result["login_after_submit"] = walk(login, [])
toggle = find(login, "check box", TOGGLE)
press(toggle)
time.sleep(0.5)
result["toggle_after"] = node(toggle)
press(toggle)
result["open_action"] = press(find(login, "push button", OPEN))
wizard = wait(lambda: [w for w in windows(app) if w.name == WIZARD], 30)
result["wizard"] = walk(wizard[0], []) if wizard else []
print(json.dumps(result, ensure_ascii=False))
'''


def _missing() -> str:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux only"
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install xvfb dbus-x11)"
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        return "at-spi-bus-launcher is not installed (apt-get install at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} has no pyatspi (apt-get install python3-pyatspi)"
    return ""


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    reason = _missing()
    if reason:
        pytest.skip(f"AT-SPI screen-reader test skipped: {reason}")
    tmp = tmp_path_factory.mktemp("atspi")
    started: list[subprocess.Popen[Any]] = []
    app_log = (tmp / "app.log").open("w")
    try:
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        started.append(xvfb)
        display = xvfb.stdout.readline().strip() if xvfb.stdout else ""
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        started.append(bus)
        address = bus.stdout.readline().strip() if bus.stdout else ""
        if not display or not address:
            pytest.skip("AT-SPI screen-reader test skipped: Xvfb or the D-Bus session bus did not start")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MYPAGE_", "QT_"))}
        env.update(DISPLAY=f":{display}", DBUS_SESSION_BUS_ADDRESS=address, NO_AT_BRIDGE="0")
        launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
        started.append(subprocess.Popen([launcher, "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", PYTHONPATH=str(SRC),
                       MYPAGE_DATA_DIR=str(tmp / "data"), MYPAGE_CONFIG_DIR=str(tmp / "cfg"),
                       MYPAGE_SITE_CONFIG_DIR=str(tmp / "site"))
        started.append(subprocess.Popen([sys.executable, "-m", "mypage_desktop.ui.app", "--demo"], env=app_env,
                                        stdout=app_log, stderr=subprocess.STDOUT))
        t0 = time.monotonic()
        client = subprocess.run(
            [SYSTEM_PYTHON, "-c", CLIENT, "mypage-desktop", OPEN_BUTTON_TEXT, "ログイン", "パスワードを表示",
             WIZARD_TITLE],
            env=env, capture_output=True, text=True, timeout=START_SECONDS * 3, check=False)
        if client.returncode != 0 or not client.stdout.strip():
            pytest.skip(f"AT-SPI screen-reader test skipped: the AT-SPI client failed: {client.stderr[-800:]}")
        result = json.loads(client.stdout)
        if "error" in result:
            pytest.skip(f"AT-SPI screen-reader test skipped: {result['error']} after "
                        f"{time.monotonic() - t0:.0f} s; app log: {(tmp / 'app.log').read_text()[-800:]}")
        yield result
    finally:
        for process in reversed(started):
            _stop(process)
        app_log.close()


def one(tree: list[dict[str, Any]], role: str, name: str) -> dict[str, Any]:
    found = [n for n in tree if n["role"] == role and n["name"] == name]
    assert len(found) == 1, (role, name, [(n["role"], n["name"]) for n in tree if n["name"]])
    return found[0]


def focusable(tree: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [n for n in tree if "focusable" in n["states"] and "showing" in n["states"]]


def test_login_window_names_roles_and_states(seen) -> None:  # type: ignore[no-untyped-def]
    tree = seen["login"]
    assert one(tree, "text", "ID（メールアドレス）")["states"].count("focused") == 1
    assert "editable" in one(tree, "password text", "パスワード")["states"]
    toggle = one(tree, "check box", "パスワードを表示")
    assert "checkable" in toggle["states"] and "checked" not in toggle["states"]
    for name in ("ログイン", "パスワードを忘れた方", OPEN_BUTTON_TEXT, "求職申込み（仮登録）"):
        assert {"enabled", "sensitive"} <= set(one(tree, "push button", name)["states"])
    assert all(n["name"] for n in focusable(tree)), [n["role"] for n in focusable(tree) if not n["name"]]


def test_an_empty_login_ties_each_message_to_its_field(seen) -> None:  # type: ignore[no-untyped-def]
    assert seen["login_action"]
    tree = seen["login_after_submit"]
    email, password = one(tree, "text", "ID（メールアドレス）"), one(tree, "password text", "パスワード")
    assert "入力" in email["description"] and "入力" in password["description"]
    shown_errors = [n["name"] for n in tree if n["role"] == "label" and "showing" in n["states"]]
    assert email["description"] in shown_errors and password["description"] in shown_errors


def test_the_show_toggle_reports_checked(seen) -> None:  # type: ignore[no-untyped-def]
    assert "checked" in seen["toggle_after"]["states"]


def test_opening_wizard_names_roles_and_states(seen) -> None:  # type: ignore[no-untyped-def]
    assert seen["open_action"]
    tree = seen["wizard"]
    assert tree and tree[0]["name"] == WIZARD_TITLE
    for name in ("プライバシーポリシー", "マイページ利用規約"):
        assert "showing" in one(tree, "text", name)["states"]
    agree = one(tree, "check box", "「プライバシーポリシー」「マイページ利用規約」に同意します。")
    assert "checked" not in agree["states"] and "enabled" not in agree["states"]  # until both are read
    next_button = one(tree, "push button", "次へ進む")
    assert "showing" in next_button["states"] and "enabled" not in next_button["states"]
    assert {"enabled", "showing"} <= set(one(tree, "push button", "キャンセル")["states"])
    assert all(n["name"] for n in focusable(tree)), [n["role"] for n in focusable(tree) if not n["name"]]
