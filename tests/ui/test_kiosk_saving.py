"""Saving on a shared PC (kiosk), issue #13: Qt's file dialog let a visitor rename and delete
the shared account's files (a probe deleted ``mypage.sqlite3`` through its context menu), and a
saved 紹介状 (name, 求職番号) stayed in the account after logout.

On a kiosk the save dialog is the application's own: removable media or the configured
``kiosk_save_folder`` only, no file list, no context menu; what was saved to that folder is
deleted at logout (and at the next start after a crash). Printing stays available."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import (
    logged_in,
    open_apply_dialog,
    open_demo_account,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMenu, QWidget
from test_referrals_support import WAIT_MS, click, click_row, pdf_text, refer_demo_seeker

from mypage_desktop.ui.applications import ics_export
from mypage_desktop.ui.shell.main_window import Page
from mypage_desktop.ui.widgets import saved_files
from mypage_desktop.ui.widgets.kiosk_locations import (
    MANIFEST_NAME,
    SaveLocation,
    removable_folders,
    remove_saved,
    unused_name,
)
from mypage_desktop.ui.widgets.kiosk_save_dialog import KioskSaveDialog


@pytest.fixture
def kiosk_folder(tmp_path: Path) -> Iterator[Path]:
    """A kiosk whose office configured ``kiosk_save_folder``."""
    folder = tmp_path / "kiosk-saves"
    folder.mkdir()
    saved_files.configure_kiosk_saving(True, str(folder))
    try:
        yield folder
    finally:
        saved_files.configure_kiosk_saving(False)


@pytest.fixture
def window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """The window a save dialog opens over (kept alive by the fixture)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def open_kiosk_dialog(qtbot, parent: QWidget, name: str = "紹介状_R06010-00000001.pdf",  # type: ignore[no-untyped-def]
                      ) -> tuple[KioskSaveDialog, list[Path]]:
    chosen: list[Path] = []
    dialog = saved_files.open_save_dialog(parent, "紹介状をPDFで保存", Path.home() / name, "PDF (*.pdf)", ".pdf",
                                          chosen.append)
    assert isinstance(dialog, KioskSaveDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog, chosen


def choose_configured_folder(qtbot, dialog: KioskSaveDialog) -> None:  # type: ignore[no-untyped-def]
    row = next(row for row, place in enumerate(dialog.locations()) if not place.removable)
    item = dialog.places.item(row)
    qtbot.mouseClick(dialog.places.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.places.visualItemRect(item).center())
    click(qtbot, dialog.save_button)


def test_a_letter_saved_on_a_kiosk_is_gone_after_logout(qtbot, qloop, backend, ctx, clock,  # type: ignore[no-untyped-def]
                                                        kiosk_folder: Path) -> None:
    referred = refer_demo_seeker(backend, ctx, clock)
    with logged_in(qtbot, backend, kiosk=True) as (controller, main):
        main.select_page(Page.REFERRALS)
        page = main.page(Page.REFERRALS)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
        click_row(qtbot, page.table, 0)
        qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=WAIT_MS)
        click(qtbot, page.letter_button)
        qtbot.waitUntil(lambda: page.letter_dialog is not None and page.letter_dialog.isVisible(), timeout=WAIT_MS)
        letter = page.letter_dialog
        assert letter.print_button.isEnabled()  # printing stays available on a kiosk
        click(qtbot, letter.save_button)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KioskSaveDialog), timeout=WAIT_MS)
        dialog = QApplication.activeModalWidget()
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        assert "ログアウトすると削除されます" in dialog.note.text() and dialog.note.isVisible()
        choose_configured_folder(qtbot, dialog)
        saved = kiosk_folder / f"紹介状_{referred.referral_numbers[-1]}.pdf"
        qtbot.waitUntil(lambda: letter.message.isVisible(), timeout=WAIT_MS)
        assert saved.is_file() and referred.seeker_number in pdf_text(saved)

        with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
            click(qtbot, main.logout_button)
        assert not saved.exists()
        assert list(kiosk_folder.iterdir()) == []  # the list of saved names went with them


def test_the_kiosk_dialog_offers_no_rename_delete_or_new_folder(qtbot, window: QWidget, kiosk_folder: Path) -> None:  # type: ignore[no-untyped-def]
    database = kiosk_folder / "mypage.sqlite3"  # what a probe deleted through Qt's dialog
    database.write_bytes(b"SQLite format 3\x00")
    dialog, chosen = open_kiosk_dialog(qtbot, window)
    assert not dialog.findChildren(QFileDialog)
    texts = [button.text() for button in dialog.findChildren(QAbstractButton)]
    for word in ("削除", "名前", "新しいフォルダー", "新規フォルダ"):
        assert not any(word in text for text in texts), (word, texts)
    # The places are listed, never a file of them.
    shown = [dialog.places.item(row).text() for row in range(dialog.places.count())]
    assert shown and not any("mypage.sqlite3" in text for text in shown)
    assert dialog.name_label.text() == "ファイル名：紹介状_R06010-00000001.pdf"
    # A right click opens no menu; Delete and F2 on a place do nothing to any file.
    for widget in (dialog, dialog.places, dialog.places.viewport()):
        point = QPoint(5, 5)
        QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                         widget.mapToGlobal(point)))
    qtbot.wait(50)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    dialog.places.setCurrentRow(0)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_F2):
        qtbot.keyClick(dialog.places, key)
    assert database.exists() and dialog.isVisible() and chosen == []
    dialog.reject()


def test_saving_to_the_folder_never_overwrites_and_lists_the_file_for_removal(  # type: ignore[no-untyped-def]
        qtbot, window: QWidget, kiosk_folder: Path) -> None:
    (kiosk_folder / "紹介状_R06010-00000001.pdf").write_bytes(b"someone else's")
    dialog, chosen = open_kiosk_dialog(qtbot, window)
    choose_configured_folder(qtbot, dialog)
    assert chosen == [kiosk_folder / "紹介状_R06010-00000001 (2).pdf"]
    chosen[0].write_bytes(b"%PDF")
    assert saved_files.remove_kiosk_files() == 1
    assert not chosen[0].exists()
    assert (kiosk_folder / "紹介状_R06010-00000001.pdf").read_bytes() == b"someone else's"  # not ours


def test_a_file_on_removable_media_stays_after_logout(  # type: ignore[no-untyped-def]
        qtbot, window: QWidget, tmp_path: Path, kiosk_folder: Path) -> None:
    usb = tmp_path / "media" / "USB"
    usb.mkdir(parents=True)
    dialog, chosen = open_kiosk_dialog(qtbot, window)
    dialog.add_location(SaveLocation(usb, "USB", True))
    row = next(row for row, place in enumerate(dialog.locations()) if place.removable and place.folder == usb)
    dialog.places.setCurrentRow(row)
    assert "USB メモリなど" in dialog.places.item(row).text()
    click(qtbot, dialog.save_button)
    assert chosen == [usb / "紹介状_R06010-00000001.pdf"]
    chosen[0].write_bytes(b"%PDF")
    saved_files.remove_kiosk_files()
    assert chosen[0].exists()


def test_without_a_place_the_dialog_says_how_to_get_one(qtbot, window: QWidget, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    saved_files.configure_kiosk_saving(True, str(tmp_path / "not-configured-here"))
    try:
        dialog, _chosen = open_kiosk_dialog(qtbot, window)
        if dialog.places.count() == 0:  # (a USB stick mounted on the test machine would be listed)
            assert dialog.empty_label.isVisible() and "印刷" in dialog.empty_label.text()
            assert not dialog.save_button.isEnabled()
        dialog.reject()
    finally:
        saved_files.configure_kiosk_saving(False)


def test_the_ics_save_also_uses_the_kiosk_dialog(qtbot, window: QWidget, kiosk_folder: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ics_export.ask_save_path(window, "面接予定の保存（.ics）", "面接_A06010-00000001.ics", lambda _path: None)
    assert isinstance(dialog, KioskSaveDialog) and dialog.file_name == "面接_A06010-00000001.ics"
    dialog.reject()


def test_files_a_crash_left_are_removed_at_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "kiosk-saves"
    folder.mkdir()
    (folder / "紹介状_R1.pdf").write_bytes(b"%PDF")
    (folder / "other.txt").write_text("not ours", encoding="utf-8")
    (folder / MANIFEST_NAME).write_text("紹介状_R1.pdf\n", encoding="utf-8")
    try:
        saved_files.configure_kiosk_saving(True, str(folder))
    finally:
        saved_files.configure_kiosk_saving(False)
    assert sorted(p.name for p in folder.iterdir()) == ["other.txt"]


def test_the_removal_list_cannot_reach_outside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "kiosk-saves"
    folder.mkdir()
    outside = tmp_path / "mypage.sqlite3"
    outside.write_bytes(b"data")
    (folder / MANIFEST_NAME).write_text(f"../mypage.sqlite3\n{outside}\n..\n{MANIFEST_NAME}\n", encoding="utf-8")
    assert remove_saved(str(folder)) == 0
    assert outside.exists()


def test_removable_media_are_the_mounts_under_media_and_run_media() -> None:
    volumes = [("/", False), ("/media/kiosk/USB", False), ("/run/media/kiosk/SD", False),
               ("/media/kiosk/CDROM", True), ("/home", False), ("/mediation", False)]
    assert removable_folders(volumes, platform="linux") == [Path("/media/kiosk/USB"), Path("/run/media/kiosk/SD")]


def test_unused_name_counts_up(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"")
    (tmp_path / "a (2).pdf").write_bytes(b"")
    assert unused_name(tmp_path, "a.pdf") == "a (3).pdf"
    assert unused_name(tmp_path, "b.pdf") == "b.pdf"


def test_the_runtime_takes_kiosk_saving_from_the_settings(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mypage_desktop.config import Paths, load_settings
    from mypage_desktop.ui.shell.crash import CrashHandler
    from mypage_desktop.ui.shell.runtime import GuiRuntime

    folder = tmp_path / "kiosk-saves"
    folder.mkdir()
    paths = Paths(tmp_path / "cfg", tmp_path / "site", tmp_path / "data")
    settings = load_settings(env={"MYPAGE_KIOSK_MODE": "1", "MYPAGE_KIOSK_SAVE_FOLDER": str(folder)}, paths=paths)
    assert settings.kiosk_save_folder == str(folder)
    try:
        runtime = GuiRuntime(qapp, settings, lambda: None, CrashHandler(settings.helpdesk_number))  # type: ignore[arg-type,return-value]
        assert saved_files.kiosk_saving()
        login = runtime.controller.login_window
        login.allow_close()
        dialog = saved_files.open_save_dialog(login, "保存", folder / "a.pdf", "", ".pdf", lambda _path: None)
        assert isinstance(dialog, KioskSaveDialog) and dialog.locations()[-1].folder == folder
        dialog.reject()
        login.close()
        login.deleteLater()
        runtime.deleteLater()
    finally:
        saved_files.configure_kiosk_saving(False)


def test_a_resume_written_and_saved_on_a_kiosk_is_gone_after_logout(qtbot, qloop, backend, ctx, clock,  # type: ignore[no-untyped-def]
                                                                     kiosk_folder: Path) -> None:
    """The 履歴書 form (issue 12) saves through the kiosk's own dialog; the file goes at logout."""
    from test_apply_online import job_id

    from mypage_desktop.domain.documents import DocumentKind
    from mypage_desktop.services.jobs.index_writer import upsert_postings
    from services.job_fixtures import FIXTURES

    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, clock.now)
    open_demo_account(backend)
    with logged_in(qtbot, backend, kiosk=True) as (controller, main):
        row = open_apply_dialog(qtbot, main, job_id(ctx, "06010-00000002")).row(DocumentKind.RESUME)
        click(qtbot, row.write_button)
        form = row.resume_dialog
        qtbot.waitUntil(lambda: form.value("name") != "", timeout=WAIT_MS)
        click(qtbot, form.save_button)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KioskSaveDialog), timeout=WAIT_MS)
        choose_configured_folder(qtbot, QApplication.activeModalWidget())
        qtbot.waitUntil(lambda: form.message.isVisible(), timeout=WAIT_MS)
        saved = list(kiosk_folder.glob("履歴書_*.pdf"))
        assert len(saved) == 1 and saved[0].read_bytes()[:5] == b"%PDF-"

        with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
            click(qtbot, main.logout_button)
        assert list(kiosk_folder.iterdir()) == []
