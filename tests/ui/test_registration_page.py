"""求職者情報・設定 driven like a user: the registered information, the 有効/無効 switch with
its confirmation (docs/product-rules.md §seeker-status, issue #5), the refusal after the period, the last month,
logout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from typing import Any

import pytest
from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
    open_demo_account,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.ui.mypage.registration_page import RegistrationPage
from mypage_desktop.ui.session.client import SessionClient
from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.reasons import REASON_QUIT

GUIDANCE = "最寄りのハローワークにお越しください"


class Pages:
    """Builds pages for fresh logins of the demo seeker; ends every session afterwards."""

    def __init__(self, qtbot: Any, facade: Any) -> None:
        self.qtbot = qtbot
        self.facade = facade
        self.owners: list[SessionOwner] = []

    def login(self) -> SessionOwner:
        result = self.facade.login(DEMO_EMAIL, GOOD_PASSWORD)
        assert result.token, result
        owner = SessionOwner(self.facade)
        owner.begin(result.token, result.profile)
        self.owners.append(owner)
        return owner

    def token(self) -> str:
        """A fresh login's token, for set-up before a page is shown (one session per
        account: it ends the previous one, S4)."""
        return self.facade.login(DEMO_EMAIL, GOOD_PASSWORD).token  # type: ignore[no-any-return]

    def show(self, page_class: type[Any], owner: SessionOwner | None = None, *,
             size: tuple[int, int] = (960, 900)) -> Any:
        page = page_class(SessionClient(owner or self.login(), self.facade))
        self.qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        self.qtbot.waitExposed(page)
        page.activate()
        return page

    def close(self) -> None:
        for owner in self.owners:
            owner.end_session(REASON_QUIT, blocking=True)


@pytest.fixture(name="pages")
def pages_fixture(qtbot, qloop, backend) -> Iterator[Pages]:  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    made = Pages(qtbot, backend.facade)
    yield made
    made.close()


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def show_registration(qtbot: Any, pages: Pages) -> RegistrationPage:
    page = pages.show(RegistrationPage)
    qtbot.waitUntil(lambda: page.values["status"].text() != "", timeout=WAIT_MS)
    return page


def answer(qtbot: Any, page: RegistrationPage, button_text: str) -> tuple[str, str]:
    """Clicks the switch, checks the confirmation is up, clicks the named button in it;
    returns what the confirmation said (question, details)."""
    click(qtbot, page.switch.switch_button)
    box = page.switch.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    said = (box.text(), box.informativeText())
    click(qtbot, next(b for b in box.buttons() if b.text() == button_text))
    return said


def test_shows_everything_registered_read_only_with_the_counter_note(qtbot, pages, ctx) -> None:
    with ctx.session_factory.begin() as session:
        seeker = session.scalars(select(JobSeeker).join(LoginAccount, LoginAccount.seeker_id == JobSeeker.id)
                                 .where(LoginAccount.email == DEMO_EMAIL)).one()
        seeker.wish_occupation, seeker.wish_location, seeker.wish_wage = "一般事務", "山形県山形市", ""
        number = seeker.seeker_number
    page = show_registration(qtbot, pages)
    values = {key: label.text() for key, label in page.values.items()}
    assert values == {
        "name": "山形 太郎", "name_kana": "ヤマガタ タロウ", "birthdate": "1985年4月12日",
        "seeker_number": number, "phone": values["phone"], "address": values["address"], "email": DEMO_EMAIL,
        "wish_occupation": "一般事務", "wish_location": "山形県山形市", "wish_wage": "（登録なし）",
        "applied_on": "2026年11月18日", "valid_until": "2027年1月31日", "status": "有効", "inactive_reason": "",
    }
    assert values["phone"] and values["address"]
    assert not page.values["inactive_reason"].isVisible()
    assert page.note.isVisible() and "ハローワークの窓口" in page.note.text()
    assert page.switch.state_label.text() == "現在の求職状態：有効"
    assert page.switch.switch_button.text() == "求職状態を「無効」にする" and page.switch.switch_button.isEnabled()
    assert not page.switch.guidance.isVisible() and not page.switch.last_month_note.isVisible()


def test_switch_to_inactive_and_back_with_confirmation(qtbot, pages, facade) -> None:
    page = show_registration(qtbot, pages)
    token = page._client._owner._token
    # キャンセル changes nothing
    question, details = answer(qtbot, page, "キャンセル")
    assert question == "求職状態を「無効」にしますか？"
    assert "求人情報検索、オンライン自主応募、応募先へのメッセージの送信ができません" in details
    assert "90日以内" in details
    qtbot.waitUntil(lambda: page.switch.confirm is None, timeout=WAIT_MS)
    assert page.values["status"].text() == "有効"
    assert facade.registration_info(token).status == "有効"

    # 「無効」にする
    with qtbot.waitSignal(page.registration_changed, timeout=WAIT_MS) as changed:
        answer(qtbot, page, "「無効」にする")
    info = changed.args[0]
    assert info.status == "無効" and facade.registration_info(token).status == "無効"
    assert page.values["status"].text() == "無効"
    assert page.values["inactive_reason"].isVisible() and page.values["inactive_reason"].text() == "ご本人による変更"
    assert page.switch.state_label.text() == "現在の求職状態：無効（ご本人による変更）"
    assert page.switch.done_label.isVisible() and page.switch.done_label.text() == "求職状態を「無効」にしました。"
    assert "2027年2月23日までは、このページで「有効」に戻すことができます" in page.switch.explanation.text()
    assert page.switch.switch_button.text() == "求職状態を「有効」に戻す"

    # 「有効」に戻す: the confirmation names the 有効期限 it will have
    with qtbot.waitSignal(page.registration_changed, timeout=WAIT_MS) as changed:
        question, details = answer(qtbot, page, "「有効」に戻す")
    assert question == "求職状態を「有効」に戻しますか？"
    assert "有効期限は2027年1月31日になります。" in details
    assert changed.args[0].status == "有効" and facade.registration_info(token).status == "有効"
    assert page.values["status"].text() == "有効" and not page.values["inactive_reason"].isVisible()
    assert page.switch.switch_button.text() == "求職状態を「無効」にする"


def test_reactivation_refused_after_the_period_shows_the_guidance(qtbot, pages, facade, clock) -> None:
    """Past the grace days the page says so before the seeker tries: no switch, the guidance."""
    facade.set_registration_status(pages.token(), "無効")
    clock.advance(days=91)
    page = show_registration(qtbot, pages)
    switch = page.switch
    assert page.values["status"].text() == "無効"
    assert switch.guidance.isVisible()
    assert GUIDANCE in switch.guidance.text() and "90日" in switch.guidance.text()
    assert not switch.switch_button.isEnabled()
    click(qtbot, switch.switch_button)
    assert switch.confirm is None


def test_reactivation_refused_by_the_service_while_the_page_was_open(qtbot, pages, facade, clock) -> None:
    """The page was loaded on the last allowed day; the seeker confirms after midnight."""
    deadline = facade.set_registration_status(pages.token(), "無効").reactivation_deadline
    clock.now = datetime.combine(deadline, time(23, 58), tzinfo=JST)
    page = show_registration(qtbot, pages)
    assert f"{deadline.month}月{deadline.day}日までは" in page.switch.explanation.text()
    assert page.switch.switch_button.isEnabled() and not page.switch.guidance.isVisible()
    clock.advance(minutes=3)  # now the day after the deadline (the session is still alive)
    with qtbot.waitSignal(page.registration_changed, timeout=WAIT_MS) as changed:
        answer(qtbot, page, "「有効」に戻す")
    assert not changed.args[0].can_reactivate
    assert page.switch.guidance.isVisible() and GUIDANCE in page.switch.guidance.text()
    assert not page.switch.switch_button.isEnabled()
    assert page.values["status"].text() == "無効"
    assert facade.registration_info(page._client._owner._token).status == "無効"


def test_last_month_explains_the_extension(qtbot, pages, clock) -> None:
    clock.advance(days=45)  # 2027-01-09: the month of the 有効期限 (2027-01-31)
    page = show_registration(qtbot, pages)
    note = page.switch.last_month_note
    assert note.isVisible()
    assert "紹介を受けるか、オンライン自主応募をすると、有効期限が1か月延長されます" in note.text()


def test_clear_wipes_every_value_and_closes_the_confirmation(qtbot, pages) -> None:
    """docs/security.md S5: logout leaves no seeker value on the page."""
    page = show_registration(qtbot, pages)
    click(qtbot, page.switch.switch_button)
    box = page.switch.confirm
    assert box is not None and box.isVisible()
    qtbot.keyClicks(page.password.fields["current_password"].edit, "Typed#Pass1")
    page.clear()
    assert all(label.text() == "" for label in page.values.values())
    assert page.switch.confirm is None and not box.isVisible()
    assert page.switch.state_label.text() == "" and not page.switch.switch_button.isVisible()
    assert page.password.text("current_password") == ""
    assert page.registration is None


def test_an_answer_read_before_the_switch_does_not_undo_it_on_screen(qtbot, pages, clock) -> None:
    """E.g. the window's own refresh of the registration, started just before the switch."""
    page = show_registration(qtbot, pages)
    before = page.registration
    clock.advance(seconds=30)
    with qtbot.waitSignal(page.registration_changed, timeout=WAIT_MS):
        answer(qtbot, page, "「無効」にする")
    page.set_registration(before)
    assert page.values["status"].text() == "無効" and page.registration.status == "無効"
