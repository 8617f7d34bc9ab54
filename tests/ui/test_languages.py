"""The screens' languages (issue 15, docs/i18n.md): chosen on the login window with the keyboard,
the login window rebuilt in it with what was typed, a kiosk back in the office's language at
logout, an own PC remembering it, Qt's own buttons translated where PySide6 has no catalogue,
and every text a screen shows has an entry in a shipped catalogue."""

from __future__ import annotations

import asyncio
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from helpers import DEMO_EMAIL, WAIT_MS, log_in, open_demo_account, start_controller, stop_controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTextBrowser

from mypage_desktop.domain.languages import LANGUAGES, SHIPPED, SOURCE
from mypage_desktop.resources import resources_dir
from mypage_desktop.ui.shell.controller import AppController
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.widgets.i18n import recorded_texts, t

JAPANESE_TITLE = "求職者マイページ ログイン"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# the offscreen platform's words about the combo's popup and raising the rebuilt window
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


def catalogue(code: str) -> dict[str, str]:
    root = ET.parse(resources_dir() / "translations" / f"mypage_{code}.ts").getroot()
    return {m.findtext("source", ""): m.findtext("translation", "") for m in root.iter("message")}


@pytest.fixture(autouse=True)
def japanese_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    language.configure(SOURCE, None)


def choose_by_keyboard(qtbot, controller: AppController, native_name: str) -> None:  # type: ignore[no-untyped-def]
    combo = controller.login_window.language_chooser.combo
    combo.setFocus()
    index = combo.findText(native_name)
    steps = index - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # open the list
    view = combo.view()
    for _ in range(abs(steps)):
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return)


@OFFSCREEN_NOISE
def test_choosing_english_rebuilds_the_login_window_and_keeps_what_was_typed(qtbot, qloop, backend, tmp_path) -> None:  # type: ignore[no-untyped-def]
    language.configure(SOURCE, tmp_path / "language.json")  # an own PC
    open_demo_account(backend)
    controller = start_controller(qtbot, backend)
    first = controller.login_window
    assert first.windowTitle() == JAPANESE_TITLE
    assert first.language_chooser.combo.currentText() == "日本語"
    qtbot.keyClicks(first.email_edit, DEMO_EMAIL)
    choose_by_keyboard(qtbot, controller, "English")

    window = controller.login_window
    assert window is not first and window.isVisible() and not first.isVisible()
    assert window.windowTitle() == catalogue("en")[JAPANESE_TITLE]
    assert window.email_edit.text() == DEMO_EMAIL  # nothing typed is lost
    assert window.language_chooser.combo.currentText() == "English"
    assert any(label.text() == catalogue("en")["言語(&G)"] for label in window.findChildren(QLabel))
    assert (tmp_path / "language.json").read_text(encoding="utf-8") == '{"language": "en"}'  # remembered
    log_in(qtbot, window)  # the rebuilt window logs in
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=WAIT_MS)
    assert controller.main_window.windowTitle() != ""
    assert not any("ログアウト" in button.text() for button in controller.main_window.findChildren(QLabel))
    stop_controller(controller)


@OFFSCREEN_NOISE
def test_a_kiosk_returns_to_the_office_language_at_logout(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    language.configure(SOURCE, None)  # a kiosk: nothing remembered
    open_demo_account(backend)
    controller = start_controller(qtbot, backend, kiosk=True)
    choose_by_keyboard(qtbot, controller, "Tiếng Việt")
    assert language.current() == "vi"
    log_in(qtbot, controller.login_window)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=WAIT_MS)
    with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
        controller.main_window.close()
    assert language.current() == SOURCE
    qtbot.waitUntil(lambda: controller.login_window.isVisible(), timeout=WAIT_MS)
    assert controller.login_window.windowTitle() == JAPANESE_TITLE
    assert controller.login_window.email_edit.text() == ""  # the next visitor finds it empty
    stop_controller(controller)


def test_an_own_pc_starts_in_the_language_chosen_last(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "language.json"
    store.write_text('{"language": "pt_BR"}', encoding="utf-8")
    assert language.configure("ja", store) == "pt_BR"
    assert t(JAPANESE_TITLE) == catalogue("pt_BR")[JAPANESE_TITLE]
    store.write_text("not json", encoding="utf-8")
    assert language.configure("es", store) == "es"  # a damaged file: the office's language
    assert language.configure("xx", None) == SOURCE  # an unknown office language: Japanese


@pytest.mark.parametrize("code, ok, cancel", [("vi", "OK", "Hủy"), ("tl", "OK", "Kanselahin"),
                                             ("zh_CN", "确定", "取消"), ("ja", "OK", "キャンセル")])
def test_qt_buttons_follow_the_language(qtbot, code: str, ok: str, cancel: str) -> None:  # type: ignore[no-untyped-def]
    language.apply_language(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "") == ok
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


def test_weekdays_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    wednesday = date(2026, 12, 2)
    from PySide6.QtCore import QLocale

    names, locales = {}, {}
    for code in ("en", "vi", "ja"):
        language.apply_language(code)
        names[code] = language.weekday_name(wednesday)
        locales[code] = QLocale().name()  # Qt's own texts (calendar) and what a screen reader is told
    assert names == {"ja": "水", "en": "Wed", "vi": "Thứ 4"}
    assert locales == {"en": "en_US", "vi": "vi_VN", "ja": "ja_JP"}  # whatever the system's locale (WCAG 3.1.1)


def test_every_text_of_the_chinese_screens_has_glyphs(qapp) -> None:  # type: ignore[no-untyped-def]
    """Simplified hanzi Japanese fonts lack (职, 码) come from a fallback font the set-up
    installs (scripts/_setup.sh); without one they were boxes on every Chinese screen."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    writers = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert writers, "no font writes Simplified Chinese: run scripts/_setup.sh (fonts-wqy-microhei)"
    texts = [text for text in catalogue("zh_CN").values() if text]
    missing = {ch for text in texts for ch in text
               if ch.isprintable() and not ch.isspace() and ord(ch) > 0x2E80
               and not any(QFontMetrics(QFont(family)).inFontUcs4(ord(ch)) for family in writers[:3]
                           + [qapp.font().family()])}
    assert not missing, "".join(sorted(missing))


def test_every_language_on_the_chooser_is_shipped_and_complete() -> None:
    assert SHIPPED == {language.code for language in LANGUAGES}
    for entry in LANGUAGES:
        if entry.code == SOURCE:
            continue
        entries = catalogue(entry.code)
        assert len(entries) > 1000 and all(text.strip() for text in entries.values()), entry.code
        assert (resources_dir() / "translations" / f"mypage_{entry.code}.qm").is_file()  # built by the set-up


@pytest.mark.slow
def test_every_text_the_english_screens_show_has_a_translation(qtbot, qloop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What the static check cannot see: texts passed to t() through variables (tables,
    states, rule messages) on the rendered screens, in English."""
    from mypage_desktop.ui.devtools.screens import render_variants_async

    with recorded_texts() as seen:
        task = asyncio.ensure_future(render_variants_async(tmp_path, ("en",), ("100",)))
        qtbot.waitUntil(task.done, timeout=WAIT_MS * 12)
        written = task.result()
    assert len(written) > 30
    english = catalogue("en")
    # t() of a text already translated (a caption passed on) finds nothing, rightly: only
    # Japanese without an entry is a miss
    translations = set(english.values())
    missing = sorted(text for text in seen
                     if text not in english and text not in translations and JAPANESE.search(text))
    assert missing == [], "\n".join(missing)
    assert len(seen) > 300  # the screens really went through t()


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_closed_chooser_shows_every_language_name_whole(qtbot, scale: float) -> None:  # type: ignore[no-untyped-def]
    """The combo is sized by character counts (not by measuring each name, which loads a
    Chinese fallback font: docs/tech-notes.md §kiosk-memory); each name still fits, at 100 % and
    at 200 % text."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from mypage_desktop.ui.widgets.language_chooser import LanguageChooser

    chooser = LanguageChooser()
    font = chooser.combo.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    chooser.combo.setFont(font)
    qtbot.addWidget(chooser)
    chooser.show()
    chooser.adjustSize()
    metrics = QFontMetrics(chooser.combo.font())
    for index in range(chooser.combo.count()):
        chooser.combo.setCurrentIndex(index)
        option = QStyleOptionComboBox()
        chooser.combo.initStyleOption(option)
        field = chooser.combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                     QStyle.SubControl.SC_ComboBoxEditField, chooser.combo)
        name = chooser.combo.itemText(index)
        assert metrics.horizontalAdvance(name) <= field.width(), (name, field.width())


def _locale_told_to_screen_readers(widget) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    attributes = interface.attributesInterface() if interface is not None else None
    assert attributes is not None and QAccessible.Attribute.Locale in attributes.attributeKeys()
    return str(attributes.attributeValue(QAccessible.Attribute.Locale).name())


def test_japanese_parts_of_english_screens_are_marked_japanese(qtbot) -> None:  # type: ignore[no-untyped-def]
    """WCAG 3.1.2 (docs/accessibility.md §language-of-parts): the posting's own words and the
    紹介状 are Japanese whatever the screens' language; a screen reader is told so per object
    (Qt gives AT-SPI each widget's locale), while captions keep the screens' language."""
    from test_referrals_letter import LETTER

    from mypage_desktop.domain.job_dto import JobDetail
    from mypage_desktop.ui.referrals.letter_dialog import LetterDialog
    from mypage_desktop.ui.widgets.job_sheet import JAPANESE_VALUES, JobSheet

    language.apply_language("en")
    sheet = JobSheet()
    qtbot.addWidget(sheet)
    sheet.show_job(JobDetail(
        1, "06010-00000001", "社会福祉法人もがみ会", "介護職員", "入浴、食事の介助", "一般", "正社員", "介護サービス",
        "山形県", "天童市", "月給 200,000円", "8時30分〜17時15分", "土日祝", "不問", date(2026, 12, 1),
        date(2027, 1, 31), True, False, False, False, "0601-000001-1"))
    assert JAPANESE_VALUES < set(sheet.values)
    for key, label in sheet.values.items():
        expected = "ja_JP" if key in JAPANESE_VALUES else "en_US"
        assert _locale_told_to_screen_readers(label) == expected, key
    captions = [label for label in sheet.findChildren(QLabel) if label.objectName() == "sheetCaption"]
    assert captions and {_locale_told_to_screen_readers(c) for c in captions} == {"en_US"}
    assert not JAPANESE.search(sheet.values["online_application"].text())  # translated, so not marked

    dialog = LetterDialog(LETTER, ask_save_path=lambda *_args: None)
    qtbot.addWidget(dialog)
    viewer = dialog.findChild(QTextBrowser)
    assert viewer is not None and _locale_told_to_screen_readers(viewer) == "ja_JP"
    assert _locale_told_to_screen_readers(dialog.close_button) == "en_US"
