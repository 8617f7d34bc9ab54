"""求職者情報・設定's own changes driven like a user (docs/product-rules.md §own-changes,
§info-sharing): 連絡先 with the 郵便番号 lookup, 希望条件, 求職情報提供 with its confirmation;
messages next to the fields, nothing typed lost, the registration view updated, logout."""

from __future__ import annotations

from typing import Any

from helpers import WAIT_MS, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from test_registration_page import Pages, click, pages_fixture, show_registration  # noqa: F401

from mypage_desktop.domain.preregistration_dto import PostalAddress
from mypage_desktop.ui.mypage.registration_page import RegistrationPage


def retype(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Select all and type, as a user does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_contact_change_with_errors_kept_typing_then_success(qtbot, pages, backend) -> None:  # type: ignore[no-untyped-def]
    page: RegistrationPage = show_registration(qtbot, pages)
    box = page.contact
    registered_phone = page.values["phone"].text()
    assert box.edits["phone"].text() == registered_phone  # starts with the registered values
    retype(qtbot, box.edits["postal_code"], "997-0034")
    retype(qtbot, box.edits["address"], "山形県鶴岡市本町1-2-3")
    retype(qtbot, box.edits["phone"], "０２３（６００）")
    click(qtbot, box.button)
    qtbot.waitUntil(lambda: box.errors["phone"].text() != "", timeout=WAIT_MS)
    assert "半角数字とハイフン" in box.errors["phone"].text()
    assert box.edits["address"].text() == "山形県鶴岡市本町1-2-3"  # nothing typed is lost
    assert box.edits["phone"].text() == "０２３（６００）" and box.edits["phone"].hasFocus()
    assert page.values["phone"].text() == registered_phone

    retype(qtbot, box.edits["phone"], "0235-00-1234")
    assert box.errors["phone"].text() == ""  # typing clears the field's message
    with qtbot.waitSignal(page.registration_changed, timeout=WAIT_MS) as changed:
        qtbot.keyClick(box.edits["phone"], Qt.Key.Key_Return)
    assert changed.args[0].phone == "0235-00-1234"
    assert page.values["phone"].text() == "0235-00-1234"
    assert page.values["address"].text() == "〒997-0034 山形県鶴岡市本町1-2-3"
    assert box.done_label.isVisible() and "連絡先を変更しました。" in box.done_label.text()
    assert box.edits["postal_code"].text() == "997-0034"

    click(qtbot, box.button)  # the same again: the message says so, under the button
    qtbot.waitUntil(lambda: box.error.text() != "", timeout=WAIT_MS)
    assert "登録内容と同じです" in box.error.text()


def test_postal_lookup_fills_the_address_and_keeps_what_was_typed(qtbot, pages) -> None:  # type: ignore[no-untyped-def]
    page: RegistrationPage = show_registration(qtbot, pages)
    box = page.contact
    box.edits["address"].clear()
    box.show_addresses([PostalAddress("990-0042", "山形県", "山形市", "七日町")])
    assert box.edits["address"].text() == "山形県山形市七日町"
    type_text(qtbot, box.edits["address"], "1-1")
    box.show_addresses([PostalAddress("990-0043", "山形県", "山形市", "本町"),
                        PostalAddress("990-0043", "山形県", "山形市", "本町二丁目")])
    assert box.edits["address"].text() == "山形県山形市本町1-1" and box.choices.isVisible()
    retype(qtbot, box.edits["address"], "自分で入力した住所")
    box.show_addresses([PostalAddress("990-0042", "山形県", "山形市", "七日町")])
    assert box.edits["address"].text() == "自分で入力した住所"
    assert "変更していません" in box.lookup_status.text()
    box.show_addresses([])
    assert "見つかりません" in box.lookup_status.text()
    retype(qtbot, box.edits["postal_code"], "12")
    click(qtbot, box.lookup_button)
    qtbot.waitUntil(lambda: box.errors["postal_code"].text() != "", timeout=WAIT_MS)
    assert "7桁" in box.errors["postal_code"].text()


def test_wishes_change_refused_then_done(qtbot, pages) -> None:  # type: ignore[no-untyped-def]
    page: RegistrationPage = show_registration(qtbot, pages)
    box = page.wishes
    retype(qtbot, box.edits["wish_occupation"], "")
    retype(qtbot, box.edits["wish_location"], "天童市")
    click(qtbot, box.button)
    qtbot.waitUntil(lambda: box.errors["wish_occupation"].text() != "", timeout=WAIT_MS)
    assert box.errors["wish_occupation"].text() == "入力してください。"
    assert box.edits["wish_location"].text() == "天童市"
    type_text(qtbot, box.edits["wish_occupation"], "介護職員")
    with qtbot.waitSignal(page.registration_changed, timeout=WAIT_MS):
        click(qtbot, box.button)
    assert page.values["wish_occupation"].text() == "介護職員" and page.values["wish_location"].text() == "天童市"


def test_info_sharing_opt_in_and_out_with_confirmation(qtbot, pages) -> None:  # type: ignore[no-untyped-def]
    page: RegistrationPage = show_registration(qtbot, pages)
    box = page.sharing
    qtbot.waitUntil(lambda: box.state is not None, timeout=WAIT_MS)
    assert "氏名、住所、電話番号" in box.explanation.text()
    assert box.state_label.text() == "現在の設定：提供しない（同意していません）"

    click(qtbot, box.button)
    dialog = box.dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    click(qtbot, next(b for b in dialog.buttons() if b.text() == "キャンセル"))
    assert box.state is not None and not box.state.sharing
    assert box.dialog is None  # the question deleted itself; nothing holds it

    click(qtbot, box.button)
    dialog = box.dialog
    assert isinstance(dialog, QMessageBox)
    click(qtbot, next(b for b in dialog.buttons() if b.text() == "同意する"))
    qtbot.waitUntil(lambda: box.state is not None and box.state.sharing, timeout=WAIT_MS)
    assert box.state_label.text().startswith("現在の設定：提供する（") and "に同意" in box.state_label.text()
    assert box.button.text() == "同意を取り消す（提供しない）"

    click(qtbot, box.button)
    dialog = box.dialog
    assert isinstance(dialog, QMessageBox)
    click(qtbot, next(b for b in dialog.buttons() if b.text() == "同意を取り消す"))
    qtbot.waitUntil(lambda: box.state is not None and not box.state.sharing, timeout=WAIT_MS)
    assert "同意を取り消しました" in box.state_label.text()


def test_while_inactive_opt_in_is_off_and_says_why(qtbot, pages, facade) -> None:  # type: ignore[no-untyped-def]
    facade.set_registration_status(pages.token(), "無効")
    page: RegistrationPage = show_registration(qtbot, pages)
    box = page.sharing
    qtbot.waitUntil(lambda: box.state is not None, timeout=WAIT_MS)
    assert not box.button.isEnabled() and box.note.isVisible() and "「無効」" in box.note.text()
    assert page.contact.button.isEnabled() and page.wishes.button.isEnabled()


def test_logout_leaves_nothing_typed(qtbot, pages) -> None:  # type: ignore[no-untyped-def]
    page: RegistrationPage = show_registration(qtbot, pages)
    retype(qtbot, page.contact.edits["phone"], "090-0000-0000")
    page.clear()
    assert all(edit.text() == "" for edit in page.contact.edits.values())
    assert all(edit.text() == "" for edit in page.wishes.edits.values())
    assert page.sharing.state is None


def test_logout_after_a_cancelled_question_closes_cleanly(qtbot, pages) -> None:  # type: ignore[no-untyped-def]
    """A cancelled question deletes itself; logging out afterwards must not touch it."""
    page: RegistrationPage = show_registration(qtbot, pages)
    box = page.sharing
    qtbot.waitUntil(lambda: box.state is not None, timeout=WAIT_MS)
    click(qtbot, box.button)
    assert isinstance(box.dialog, QMessageBox)
    click(qtbot, next(b for b in box.dialog.buttons() if b.text() == "キャンセル"))
    qtbot.wait(50)  # deleteLater of the closed question
    page.clear()  # raised "C++ object already deleted" while the box still held the question
    assert box.dialog is None
