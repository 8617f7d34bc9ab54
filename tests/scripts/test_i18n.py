"""scripts/i18n.py (docs/i18n.md §check): the repository's catalogues pass the check, and the
check finds each kind of mistake it exists for."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", REPO / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_repository_passes_the_check() -> None:
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "i18n.py"), "check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("0 problem(s)")


def test_unmarked_and_unextractable_texts_are_found(i18n: ModuleType, tmp_path: Path) -> None:
    module = tmp_path / "screen.py"
    module.write_text('''"""ドキュメント文字列は対象外。"""
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.domain.translatable import N_

TITLE = N_("求人情報検索")
WIDTH_SAMPLE = "社会福祉法人もがみ"
DASH_CHARS = "-ー"
HEADERS = {1: "応募日"}
PATTERN = r"(\\d{4})年"


def build(name, n):
    shown = t("ログイン") + "：" + t(TITLE)
    bad = "保存しました"
    built = t(f"{n}件")
    joined = t("検索" + name)
    inside = f"{t('現在')} {name}"
    return shown, bad, built, joined, inside
''', encoding="utf-8")
    problems = i18n.unwrapped_texts(module)
    found = sorted((int(p.split(":")[1]), p.split(": ", 1)[1].split(":")[0]) for p in problems)
    assert found == [
        (8, "not marked for translation"),  # HEADERS
        (14, "not marked for translation"),  # bad
        (15, "t() of a built text"),  # f-string
        (16, "t() of a built text"),  # concatenation
        (17, "t() inside an f-string"),
    ], problems


def write_catalogue(path: Path, entries: list[tuple[str, str, str]]) -> None:
    messages = "".join(f"<message><source>{s}</source><translation{' type=' + chr(34) + k + chr(34) if k else ''}>"
                       f"{tr}</translation></message>" for s, tr, k in entries)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="en">'
                    f"<context><name></name>{messages}</context></TS>", encoding="utf-8")


def test_a_shipped_catalogue_is_held_to_complete_and_faithful(i18n: ModuleType, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "CATALOGUES", tmp_path)
    write_catalogue(tmp_path / "mypage_en.ts", [
        ("ログイン", "Log in", ""),
        ("保存", "", "unfinished"),
        ("{n}件", "{count} items", ""),
        ("{y}年{m}月", "{m:02d}/{y}", ""),
        ("状況(&amp;S)：", "Status:", ""),
        ("古い", "Old", "vanished"),
    ])
    wanted = {"ログイン", "保存", "{n}件", "{y}年{m}月", "状況(&S)：", "新しい"}
    problems = i18n.catalogue_problems("en", wanted, shipped=True)
    text = "\n".join(problems)
    assert "1 texts missing, 0 no longer used" in text  # 新しい; the vanished one is not counted
    assert "'保存': unfinished" in text
    assert "'{n}件': the {placeholders} differ" in text
    assert "{y}年{m}月': the {placeholders} differ" in text  # a format spec is a placeholder too
    assert "'状況(&S)：': the source has a keyboard shortcut" in text
    assert "ログイン" not in text
    not_shipped = i18n.catalogue_problems("en", wanted, shipped=False)
    assert len(not_shipped) == 1  # only "behind the sources": a language in the making may be unfinished


def test_the_compiled_catalogues_answer_in_their_language(i18n: ModuleType, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    expected = {"en": "Log in", "es": "Iniciar sesión"}
    for code, text in expected.items():
        qm = tmp_path / f"{code}.qm"
        subprocess.run([i18n.lrelease_tool(), "-silent", str(i18n.catalogue(code)), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        assert translator.translate("", "ログイン") == text
