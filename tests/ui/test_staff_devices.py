"""「端末管理」 driven like a 管理者 (issue 10; docs/security.md N3, N4) on the real local back end:
the devices and enrolments made through the services show in the tab; a code typed any way
is approved after a confirmation that names the waiting enrolments, and the new PC's next
poll gets its certificate; wrong and malformed codes get a message next to the field and
stay as typed; without an office CA the answer says so; revoking after a confirmation
refuses the device on its next call; the keyboard alone does all of it; a 職員 never sees the
tab and logout forgets what was typed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from test_staff_support import (  # noqa: F401 (the *_fixture names: fixtures)
    Counter,
    admin_counter_fixture,
    click,
    counter_fixture,
    type_into,
)

from mypage_desktop import pki
from mypage_desktop.domain.audit_dto import AuditQuery
from mypage_desktop.domain.caller import COUNTER, KIOSK, STAFF
from mypage_desktop.domain.device_dto import APPROVED, PENDING
from mypage_desktop.domain.errors import DeviceRefused
from mypage_desktop.domain.rule_texts import MESSAGES
from mypage_desktop.services.staff import devices
from mypage_desktop.ui.staff.console_window import Section
from mypage_desktop.ui.staff.devices_model import DeviceColumns, PendingColumns
from mypage_desktop.ui.staff.devices_view import DevicesView, parse_code
from server_helpers import enrol, give_ca

REVOKE_WARNING = "この端末は次の通信から使えなくなります"


@pytest.fixture(scope="module")
def office_ca() -> tuple[bytes, bytes]:
    return pki.create_ca("mypage test office CA")


def start(ctx, kind: str = COUNTER, name: str = "窓口2") -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A new PC asks to enrol (its side of the flow): (the code it shows, its poll secret)."""
    _key, csr = pki.make_device_request("new-pc")
    started = devices.start_enrolment(ctx, csr.decode(), kind, name)
    return started.user_code, started.poll_secret


def open_tab(qtbot, counter: Counter) -> DevicesView:  # type: ignore[no-untyped-def]
    """Clicks 「端末管理」 in the console's tab bar and waits for the lists."""
    console = counter.console
    bar = console.sections.tabBar()
    assert console.sections.tabText(Section.DEVICES) == "端末管理"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(Section.DEVICES).center())
    assert console.devices is not None
    view = console.devices.view
    qtbot.waitUntil(lambda: view.pending_status.text() != "", timeout=WAIT_MS)
    return view


def rows(view: DevicesView, table: str = "device") -> list[list[str]]:
    model = (view.device_table if table == "device" else view.pending_table).model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def question(qtbot, parent: QWidget) -> QMessageBox:  # type: ignore[no-untyped-def]
    def box() -> QMessageBox | None:
        boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
        return boxes[-1] if boxes else None

    qtbot.waitUntil(lambda: box() is not None, timeout=WAIT_MS)
    found = box()
    assert found is not None
    return found


def press(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == text), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)


def focused(view: DevicesView) -> QWidget | None:
    """The console's focus widget (the one keys go to once the window is active again)."""
    return view.window().focusWidget()


def approve_with_mouse(qtbot, view: DevicesView, typed: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    type_into(qtbot, view.code_edit, typed)
    click(qtbot, view.approve_button)
    return question(qtbot, view)


def test_a_staff_member_does_not_get_device_management(counter) -> None:  # type: ignore[no-untyped-def]
    console = counter.console
    assert console.devices is None
    assert "端末管理" not in [console.sections.tabText(i) for i in range(console.sections.count())]


def test_the_lists_show_what_the_services_made(qtbot, admin_counter, ctx, clock, office_ca) -> None:  # type: ignore[no-untyped-def]
    give_ca(ctx, office_ca)
    kiosk_uid, kiosk_token = enrol(ctx, KIOSK, "利用者1")
    clock.advance(minutes=5)
    counter_uid, _ = enrol(ctx, COUNTER, "窓口1")
    clock.advance(minutes=5)
    staff_uid, _ = enrol(ctx, STAFF, "職員PC")
    devices.revoke(ctx, None, next(d.device_id for d in devices.list_devices(ctx, None) if d.uid == counter_uid))
    clock.advance(minutes=3)
    devices.authenticate(ctx, kiosk_token)  # the kiosk called the server: 最終通信
    start(ctx, KIOSK, "利用者2")
    view = open_tab(qtbot, admin_counter)
    assert rows(view) == [  # newest first
        ["職員端末", "職員PC", staff_uid, "2026/11/25 19:10", "未通信", "有効"],
        ["窓口端末", "窓口1", counter_uid, "2026/11/25 19:05", "未通信", "取消済み"],
        ["利用者用端末", "利用者1", kiosk_uid, "2026/11/25 19:00", "2026/11/25 19:13", "有効"],
    ]
    assert view.device_model.index(1, DeviceColumns.STATE).data(Qt.ItemDataRole.ToolTipRole) == \
        "2026/11/25 19:10 に取り消しました"
    assert rows(view, "pending") == [["利用者用端末", "利用者2", "2026/11/25 19:13", "2026/11/25 19:23"]]
    assert view.pending_status.text() == "1件の申請が承認を待っています。"
    headers = [view.device_table.model().headerData(c, Qt.Orientation.Horizontal) for c in DeviceColumns]
    assert headers == ["種別", "名前", "端末ID", "登録日時", "最終通信", "状態"]
    assert [view.pending_table.model().headerData(c, Qt.Orientation.Horizontal) for c in PendingColumns] == \
        ["種別", "名前", "申請日時", "期限"]
    clock.advance(minutes=1)
    start(ctx, STAFF, "職員PC2")  # another PC asks meanwhile: 「最新の情報に更新」 shows it
    click(qtbot, view.refresh_button)
    qtbot.waitUntil(lambda: len(rows(view, "pending")) == 2, timeout=WAIT_MS)
    assert rows(view, "pending")[1] == ["職員端末", "職員PC2", "2026/11/25 19:14", "2026/11/25 19:24"]
    assert view.pending_status.text() == "2件の申請が承認を待っています。"


def test_approving_a_code_typed_any_way(qtbot, admin_counter, ctx, office_ca) -> None:  # type: ignore[no-untyped-def]
    give_ca(ctx, office_ca)
    code, poll_secret = start(ctx, COUNTER, "窓口2")
    view = open_tab(qtbot, admin_counter)
    typed = " " + code.lower().replace("-", "　").translate({ord(c): ord(c) + 0xFEE0 for c in "bcdfgh"}) + " "
    box = approve_with_mouse(qtbot, view, typed)  # full-width, lower case, an ideographic space
    assert f"登録コード {code} の端末を承認します。" in box.text()
    assert "承認を待っている申請は 窓口端末「窓口2」" in box.text()
    assert view.code_edit.text() == typed
    press(qtbot, box, "承認する")
    qtbot.waitUntil(view.approve_done.isVisible, timeout=WAIT_MS)
    assert view.code_edit.text() == "" and not view.code_error.isVisible()
    state = devices.poll_enrolment(ctx, poll_secret)  # the new PC gets its certificate
    assert state.status == APPROVED and state.certificate_pem
    assert view.approve_done.text().startswith(f"窓口端末「窓口2」（端末ID {state.device_uid}）を承認しました。")
    qtbot.waitUntil(lambda: view.pending_status.text() == "承認を待っている申請はありません。", timeout=WAIT_MS)
    assert rows(view, "pending") == []
    assert [row[:3] for row in rows(view)] == [["窓口端末", "窓口2", state.device_uid]]
    log = admin_counter.staff.audit_log(admin_counter.owner._token, AuditQuery(action="device_approved"))
    assert [(e.actor_type, e.target_type) for e in log] == [("staff", "device")]


def test_a_wrong_code_gets_the_message_and_stays(qtbot, admin_counter, ctx, office_ca) -> None:  # type: ignore[no-untyped-def]
    give_ca(ctx, office_ca)
    code, poll_secret = start(ctx)
    wrong = code[:-1] + ("B" if code[-1] != "B" else "C")
    view = open_tab(qtbot, admin_counter)
    press(qtbot, approve_with_mouse(qtbot, view, wrong), "承認する")
    qtbot.waitUntil(view.code_error.isVisible, timeout=WAIT_MS)
    assert view.code_error.text() == MESSAGES["device.code_wrong"]
    assert view.code_edit.text() == wrong and focused(view) is view.code_edit
    assert devices.poll_enrolment(ctx, poll_secret).status == PENDING
    type_into(qtbot, view.code_edit, wrong + "x")  # typing again takes the message away
    assert not view.code_error.isVisible()


def test_malformed_codes_are_refused_before_asking(qtbot, admin_counter, ctx) -> None:  # type: ignore[no-untyped-def]
    view = open_tab(qtbot, admin_counter)
    with qtbot.assertNotEmitted(view.approve_requested):
        click(qtbot, view.approve_button)
        assert view.code_error.text() == MESSAGES["device.code_required"]
        for typed in ("BCDF-GHJ", "ABCD-EFGH", "1234-5678", "BCDF-GHJKL"):
            type_into(qtbot, view.code_edit, typed)
            click(qtbot, view.approve_button)
            assert view.code_error.text() == MESSAGES["device.code_format"], typed
            assert view.code_edit.text() == typed
    assert not [b for b in view.findChildren(QMessageBox) if b.isVisible()]


def test_without_an_office_ca_approving_says_so(qtbot, admin_counter, ctx) -> None:  # type: ignore[no-untyped-def]
    """The embedded back end has no office CA: the answer comes next to the field."""
    assert ctx.device_signer is None
    code, _ = start(ctx)
    view = open_tab(qtbot, admin_counter)
    press(qtbot, approve_with_mouse(qtbot, view, code), "承認する")
    qtbot.waitUntil(view.code_error.isVisible, timeout=WAIT_MS)
    assert view.code_error.text() == MESSAGES["device.no_ca"] and view.code_edit.text() == code


def test_revoking_after_the_confirmation(qtbot, admin_counter, ctx, office_ca) -> None:  # type: ignore[no-untyped-def]
    give_ca(ctx, office_ca)
    uid, token = enrol(ctx, KIOSK, "利用者1")
    enrol(ctx, STAFF, "職員PC")
    view = open_tab(qtbot, admin_counter)
    assert not view.revoke_button.isEnabled()  # nothing chosen yet
    table = view.device_table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, DeviceColumns.UID).data() == uid)
    rect = table.visualRect(table.model().index(row, DeviceColumns.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, view.revoke_button)
    box = question(qtbot, view)
    assert REVOKE_WARNING in box.text() and f"利用者用端末「利用者1」（端末ID {uid}）" in box.text()
    press(qtbot, box, "キャンセル")
    devices.authenticate(ctx, token)  # still enrolled
    click(qtbot, view.revoke_button)
    press(qtbot, question(qtbot, view), "取り消す")
    qtbot.waitUntil(view.revoke_done.isVisible, timeout=WAIT_MS)
    assert view.revoke_done.text() == f"利用者用端末「利用者1」（端末ID {uid}）の登録を取り消しました。"
    assert rows(view)[row][DeviceColumns.STATE] == "取消済み"
    assert not view.revoke_button.isEnabled()  # the row stays chosen; it cannot be revoked twice
    with pytest.raises(DeviceRefused):
        devices.authenticate(ctx, token)


def test_the_keyboard_alone_approves(qtbot, admin_counter, ctx, office_ca) -> None:  # type: ignore[no-untyped-def]
    give_ca(ctx, office_ca)
    code, poll_secret = start(ctx, STAFF, "職員PC2")
    view = open_tab(qtbot, admin_counter)
    window = admin_counter.console
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    assert view.code_edit.accessibleName() == "登録コード"
    assert view.pending_table.accessibleName() == "承認待ちの申請"
    assert view.device_table.accessibleName() == "登録済みの端末"
    view.code_edit.setFocus()
    order = [window.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        order.append(window.focusWidget())
    assert order == [view.code_edit, view.approve_button, view.pending_table, view.device_table,
                     view.refresh_button]  # 「登録を取り消す」 is off until a device is chosen
    view.code_edit.setFocus()
    qtbot.keyClicks(view.code_edit, code.lower())
    qtbot.keyClick(view.code_edit, Qt.Key.Key_Return)
    box = question(qtbot, view)
    assert "職員端末「職員PC2」" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape cancels: nothing approved, the code kept
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)
    assert view.code_edit.text() == code.lower() and devices.poll_enrolment(ctx, poll_secret).status == PENDING
    qtbot.waitUntil(lambda: focused(view) is view.code_edit, timeout=WAIT_MS)
    qtbot.keyClick(view.code_edit, Qt.Key.Key_Return)
    box = question(qtbot, view)
    assert box.focusWidget() is box.defaultButton() and box.defaultButton().text() == "キャンセル"
    qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Tab if box.buttons()[0].text() == "承認する" else Qt.Key.Key_Backtab)
    assert box.focusWidget().text() == "承認する"
    qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(view.approve_done.isVisible, timeout=WAIT_MS)
    assert devices.poll_enrolment(ctx, poll_secret).status == APPROVED
    assert focused(view) is view.code_edit


def test_logout_forgets_the_code_and_the_lists(qtbot, admin_counter, ctx, office_ca) -> None:  # type: ignore[no-untyped-def]
    """docs/security.md S5: nothing of the tab stays once the session ends."""
    give_ca(ctx, office_ca)
    enrol(ctx)
    start(ctx)
    view = open_tab(qtbot, admin_counter)
    type_into(qtbot, view.code_edit, "BCDF")
    click(qtbot, view.approve_button)
    assert view.code_error.isVisible()
    click(qtbot, admin_counter.console.logout_button)
    qtbot.waitUntil(lambda: not admin_counter.console.isVisible(), timeout=WAIT_MS)
    assert view.code_edit.text() == "" and not view.code_error.isVisible()
    assert rows(view) == [] and rows(view, "pending") == [] and view.pending_status.text() == ""


@pytest.mark.parametrize(("typed", "code"), [("bcdf-ghjk", "BCDF-GHJK"), ("ＢＣＤＦ－ＧＨＪＫ", "BCDF-GHJK"),
                                             (" bcdf ghjk ", "BCDF-GHJK"), ("BCDFーGHJK", "BCDF-GHJK"),
                                             ("BCDFGHJK", "BCDF-GHJK"), ("BCDF-GHJ", None), ("BCDE-GHJK", None),
                                             ("", None), ("BCDF-GHJ1", None)])
def test_parse_code(typed: str, code: str | None) -> None:
    assert parse_code(typed) == code


def test_every_device_code_has_a_japanese_message() -> None:
    """A raw code such as ``device.no_ca`` on the screen means a message is missing."""
    import mypage_desktop

    root = Path(mypage_desktop.__file__).parent
    source = "\n".join(p.read_text(encoding="utf-8") for folder in ("services", "server", "facade", "ui")
                       for p in (root / folder).rglob("*.py"))
    codes = set(re.findall(r"\"(device\.[a-z_]+)\"", source))
    assert {"device.code_wrong", "device.no_ca", "device.staff_not_allowed"} <= codes
    assert codes <= set(MESSAGES), sorted(codes - set(MESSAGES))
