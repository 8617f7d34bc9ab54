"""The console's lookup (求職番号 / フリガナ+生年月日 / メールアドレス), the seeker panel, the
監査ログ only for 管理者, and the one way out (docs/security.md S3, S5: logout and closing the window
revoke the staff session and wipe every seeker value)."""

from __future__ import annotations

from helpers import (
    DEMO_EMAIL,
    WAIT_MS,
)
from PySide6.QtCore import QPoint, Qt
from test_staff_support import (  # noqa: F401 (the *_fixture names: fixtures)
    Counter,
    admin_counter_fixture,
    click,
    counter_fixture,
)

from mypage_desktop.domain.staff_dto import SeekerQuery
from mypage_desktop.ui.staff.console_window import Section
from mypage_desktop.ui.staff.lookup import Mode
from mypage_desktop.ui.staff.seeker_model import Columns


def cell(counter: Counter, row: int, column: Columns) -> str:
    proxy = counter.console.lookup.proxy
    return str(proxy.data(proxy.index(row, column)))


def taro_number(counter: Counter) -> str:
    token = counter.owner._token
    return counter.staff.find_seekers(token, SeekerQuery(email=DEMO_EMAIL))[0].seeker_number


def test_lookup_by_seeker_number_shows_the_row_and_the_panel(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    number = taro_number(counter)
    counter.search(qtbot, Mode.NUMBER, number=number.replace("-", ""))  # a missing hyphen is fine
    lookup, panel = counter.console.lookup, counter.console.panel
    assert lookup.proxy.rowCount() == 1 and lookup.count_label.text() == "1件"
    assert cell(counter, 0, Columns.NUMBER) == number and cell(counter, 0, Columns.NAME) == "山形 太郎"
    assert cell(counter, 0, Columns.ACCOUNT) == "未開設"
    assert panel.seeker is not None and panel.values["name"].text() == "山形 太郎"
    assert panel.values["email"].text() == DEMO_EMAIL
    assert panel.values["birthdate"].text() == "1985年4月12日"
    assert panel.values["lock"].text() == "なし" and panel.values["session"].text() == "いいえ"
    assert "山形 太郎" in counter.console.seeker_heading.text()
    assert not panel.reset_button.isEnabled()  # My Page not opened: nothing to reset


def test_lookup_by_kana_and_birthdate(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.KANA, kana="ﾔﾏｶﾞﾀ ﾀﾛｳ", year="1985", month="4", day="12")
    assert counter.console.lookup.proxy.rowCount() == 1 and cell(counter, 0, Columns.KANA) == "ヤマガタ タロウ"
    counter.search(qtbot, Mode.KANA, kana="ヤマガタ タロウ", year="1985", month="4", day="13")
    assert counter.console.lookup.proxy.rowCount() == 0
    assert counter.console.lookup.count_label.text() == "該当する求職者はいません。"
    assert counter.console.panel.seeker is None


def test_lookup_by_email(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.EMAIL, email="ＴＡＲＯ．ＹＡＭＡＧＡＴＡ＠example.jp")
    assert cell(counter, 0, Columns.EMAIL) == DEMO_EMAIL


def test_bad_lookup_input_gets_a_message_under_the_field_and_is_kept(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    lookup = counter.console.lookup
    counter.search(qtbot, Mode.NUMBER, number="06010-123")
    assert lookup.errors["seeker_number"].text().startswith("求職番号は「5桁-8桁」")
    assert lookup.number_edit.text() == "06010-123"
    counter.search(qtbot, Mode.KANA, kana="Yamagata", year="1985", month="2", day="30")
    assert "カタカナかひらがな" in lookup.errors["name_kana"].text()
    assert "存在しない日付" in lookup.errors["birthdate"].text()
    counter.search(qtbot, Mode.EMAIL, email="")
    assert "いずれかを入力" in lookup.errors["query"].text()


def test_results_sort_by_column_and_keep_the_selection(qtbot, counter, backend) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    lookup = counter.console.lookup
    header = lookup.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(Columns.NAME) + 5, 5))
    assert lookup.proxy.sortColumn() == Columns.NAME
    assert lookup.selected_seeker() is not None  # the one row stays selected


def test_the_audit_log_is_not_there_for_staff(counter) -> None:  # type: ignore[no-untyped-def]
    console = counter.console
    assert console.audit is None and console.sections.count() == 2
    assert [console.sections.tabText(i) for i in range(console.sections.count())] == ["窓口対応", "仮登録の確認"]


def test_A4_the_audit_log_shows_for_admins_with_the_newest_entries(qtbot, admin_counter) -> None:  # type: ignore[no-untyped-def]
    console = admin_counter.console
    assert console.sections.tabText(Section.AUDIT) == "監査ログ"
    console.sections.setCurrentIndex(Section.AUDIT)
    assert console.audit is not None
    view = console.audit.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.staff.count() > 1, timeout=WAIT_MS)
    actions = {view.model.entry(row).action for row in range(view.model.rowCount())}
    assert "staff_login" in actions
    assert any("高橋 管理" in view.staff.itemText(i) for i in range(view.staff.count()))


def screen_after_end(counter: Counter) -> dict[str, object]:
    """What the console shows right after the session ended (before it is disposed of)."""
    console, seen = counter.console, {}

    def look(_reason: str) -> None:
        seen.update(visible=console.isVisible(), rows=console.lookup.model.rowCount(),
                    seeker=console.panel.seeker, typed=console.lookup.email_edit.text(),
                    name=console.panel.values["name"].text(), staff=console.staff_label.text())

    counter.owner.session_ended.connect(look)
    return seen


def test_S3_S5_logout_revokes_the_session_and_wipes_the_console(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    console, controller = counter.console, counter.controller
    token = counter.owner._token
    seen = screen_after_end(counter)
    with qtbot.waitSignal(counter.owner.session_revoked, timeout=WAIT_MS):
        click(qtbot, console.logout_button)
    assert seen == {"visible": False, "rows": 0, "seeker": None, "typed": "", "name": "", "staff": ""}
    assert controller.console is None
    assert controller.login_window.isVisible() and controller.login_window.login_id_edit.text() == ""
    assert counter.staff.staff_session_status(token).end_reason == "logout"


def test_S3_closing_the_console_is_a_logout(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    console, controller = counter.console, counter.controller
    token = counter.owner._token
    seen = screen_after_end(counter)
    with qtbot.waitSignal(counter.owner.session_revoked, timeout=WAIT_MS):
        console.close()
    assert not counter.staff.staff_session_status(token).active
    assert controller.console is None and controller.login_window.isVisible()
    assert seen["rows"] == 0 and seen["seeker"] is None
