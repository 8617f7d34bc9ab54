"""The counter's seeker panel shows 求職情報提供 with its date and the seeker's last own change
(docs/product-rules.md §info-sharing, §own-changes): which items, never the values."""

from __future__ import annotations

from datetime import UTC, date, datetime

from helpers import DEMO_EMAIL, WAIT_MS
from test_staff_support import click, counter_fixture  # noqa: F401 (counter_fixture: a fixture)

from mypage_desktop.domain.info_sharing import TEXT_VERSION
from mypage_desktop.domain.own_changes import ContactChange
from mypage_desktop.domain.staff_dto import SeekerSummary
from mypage_desktop.ui.staff.lookup import Mode
from mypage_desktop.ui.staff.seeker_panel import SeekerPanel
from services.activity_helpers import demo_seeker


def _summary(**changes: object) -> SeekerSummary:
    base = SeekerSummary(
        seeker_id=7, seeker_number="06010-0000007", name="山形 太郎", name_kana="ヤマガタ タロウ",
        birthdate=date(1985, 4, 12), phone="023-000-0000", address="〒990-0042 山形県山形市七日町1-1",
        status="有効", applied_on=date(2026, 11, 18), valid_until=date(2027, 1, 31), email="t@example.jp",
        account_opened=True, account_disabled=False, login_locked=False, login_failures=0, pending_key=False,
        session_active=False, wish_occupation="一般事務", wish_location="", wish_wage="")
    return SeekerSummary(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_panel_shows_sharing_state_and_last_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = SeekerPanel()
    qtbot.addWidget(panel)
    panel.show_seeker(_summary())
    assert panel.values["info_sharing"].text() == "提供しない（同意なし）"
    assert panel.values["own_change"].text() == "なし"
    panel.show_seeker(_summary(info_sharing=True, info_sharing_given_at=datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
                               last_own_change_at=datetime(2026, 12, 2, 2, 30, tzinfo=UTC),
                               last_own_change_fields=("address", "phone")))
    assert panel.values["info_sharing"].text() == "提供する（2026年12月1日 10時00分 同意）"
    assert panel.values["own_change"].text() == "2026年12月2日 11時30分（住所、電話番号）"
    panel.show_seeker(_summary(info_sharing_given_at=datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
                               info_sharing_withdrawn_at=datetime(2026, 12, 3, 0, 0, tzinfo=UTC)))
    assert panel.values["info_sharing"].text() == "提供しない（2026年12月3日 09時00分 同意取り消し）"


def test_counter_opens_the_history_with_the_values(qtbot, counter, ctx, backend) -> None:  # type: ignore[no-untyped-def]
    seeker = demo_seeker(ctx, backend.facade)
    backend.facade.change_contact(seeker.token, ContactChange("990-0042", "山形県山形市七日町1-1", "023-111-2222"))
    backend.facade.opt_in_info_sharing(seeker.token, TEXT_VERSION)
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    panel = counter.console.panel
    assert panel.values["info_sharing"].text().startswith("提供する（")
    assert "（求職情報提供）" in panel.values["own_change"].text()
    click(qtbot, panel.own_changes_button)
    viewer = counter.console.own_changes
    qtbot.waitUntil(lambda: viewer.dialog is not None and viewer.dialog.isVisible(), timeout=WAIT_MS)
    assert viewer.dialog is not None
    text = viewer.dialog.text.toPlainText()
    assert "求職情報提供：提供する" in text and "連絡先" in text
    assert "電話番号：" in text and "→ 023-111-2222" in text
    counter.console.wipe()
    assert viewer.dialog is None
