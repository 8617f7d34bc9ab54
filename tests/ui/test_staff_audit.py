"""The audit-log viewer driven like a user (issue #6; docs/security.md A4): the filters become one
AuditQuery, the rows show and sort, scrolling to the end asks for the next page, bad filters
are refused, clear() forgets everything; one round trip through the real staff façade."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from helpers import choose, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.audit_dto import AuditEntry, AuditQuery
from mypage_desktop.domain.staff_dto import SeekerQuery, StaffMember
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.ui.staff.audit_view import PAGE_SIZE, AuditLogView, Columns
from services.helpers import DEMO_EMAIL
from services.security_helpers import make_staff

MEMBERS = [StaffMember(1, "sato.k", "佐藤 健", "管理者", False), StaffMember(2, "suzuki.h", "鈴木 花子", "職員", True)]
ACTIONS = ("staff_login", "seeker_lookup", "seeker_viewed", "referral_issued", "login", "login_failed",
           "audit_viewed", "notice_sent")
NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


def entries(count: int = 500) -> list[AuditEntry]:
    """Newest first, as the service returns them: ids count…1, seven minutes apart."""
    return [AuditEntry(count - i, NOW - timedelta(minutes=7 * i), "staff" if i % 3 else "seeker", i % 4 + 1,
                       ACTIONS[i % len(ACTIONS)], "seeker" if i % 2 else None, 40 + i if i % 2 else None,
                       f"COUNTER-PC-{i % 3:02d}", "failed" if i % 5 == 0 else "ok") for i in range(count)]


def shown_view(qtbot) -> AuditLogView:  # type: ignore[no-untyped-def]
    view = AuditLogView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    return view


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    type_text(qtbot, widget, text)


def column(view: AuditLogView, col: int) -> list[str]:
    model = view.table.model()
    return [model.index(row, col).data() for row in range(model.rowCount())]


def click_header(qtbot, view: AuditLogView, col: int) -> None:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def search(qtbot, view: AuditLogView) -> AuditQuery:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.query_requested, timeout=1000) as emitted:
        click(qtbot, view.search_button)
    query = emitted.args[0]
    assert isinstance(query, AuditQuery)
    return query


def scroll_to_end(qtbot, view: AuditLogView) -> None:  # type: ignore[no-untyped-def]
    """Drags the scroll bar to its end, once the view has laid out the rows it has."""
    bar = view.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 or view.table.model().rowCount() == 0, timeout=2000)
    bar.setValue(0)
    bar.setValue(bar.maximum())


def test_the_filters_make_one_query(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot)
    view.set_staff_members(MEMBERS)
    type_into(qtbot, view.since, "2026/11/01")
    type_into(qtbot, view.until, "2026/11/25")
    choose(qtbot, view.staff, 2)
    assert view.staff.currentText() == "鈴木 花子（suzuki.h）［無効］"
    type_into(qtbot, view.seeker_id, "１２")  # the IME was on
    choose(qtbot, view.action, "login")
    assert view.action.currentText() == "ログイン"
    assert search(qtbot, view) == AuditQuery(
        since=datetime(2026, 11, 1, tzinfo=JST), until=datetime(2026, 11, 26, tzinfo=JST), staff_id=2,
        seeker_id=12, action="login", before_id=None, limit=PAGE_SIZE)
    assert view.status.text() == "検索しています…"


def test_no_filters_ask_for_everything_and_enter_searches(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot)
    assert view.since.text() == "指定なし" and view.until.text() == "指定なし"
    view.seeker_id.setFocus()
    with qtbot.waitSignal(view.query_requested, timeout=1000) as emitted:
        qtbot.keyClick(view.seeker_id, Qt.Key.Key_Return)
    assert emitted.args[0] == AuditQuery(limit=PAGE_SIZE)


def test_bad_filters_are_refused_with_a_message_and_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot)
    type_into(qtbot, view.since, "2026/11/25")
    type_into(qtbot, view.until, "2026/11/01")
    with qtbot.assertNotEmitted(view.query_requested):
        click(qtbot, view.search_button)
    assert view.filter_error.isVisible()
    assert view.filter_error.text() == "期間の指定が正しくありません（開始が終了より後になっています）。"
    qtbot.keyClick(view.until, Qt.Key.Key_Delete)  # back to 指定なし
    assert view.until.text() == "指定なし" and not view.filter_error.isVisible()
    type_into(qtbot, view.seeker_id, "12a")
    with qtbot.assertNotEmitted(view.query_requested):
        click(qtbot, view.search_button)
    assert view.filter_error.text() == "求職者IDは数字で入力してください（例: 123）。"
    assert view.seeker_id.text() == "12a" and view.focusWidget() is view.seeker_id


def test_rows_show_names_and_japanese_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot)
    view.set_staff_members(MEMBERS)
    search(qtbot, view)
    view.show_entries(entries(6), append=False, has_more=False)
    model = view.table.model()
    first = [model.index(0, c).data() for c in Columns]
    assert first == ["2026/11/25 10:00:00", "求職者アカウント 1", "職員ログイン", "", "COUNTER-PC-00", "失敗"]
    second = [model.index(1, c).data() for c in Columns]
    assert second == ["2026/11/25 09:53:00", "鈴木 花子（職員 2）", "求職者検索", "求職者 41", "COUNTER-PC-01", "成功"]
    assert view.status.text() == "6件を表示しています（すべて）。"


def test_results_show_as_words_not_codes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """「wrong_key」 or 「email:1」 mean nothing to the staff member reading the log."""
    view = shown_view(qtbot)
    search(qtbot, view)
    rows = [AuditEntry(3 - i, NOW - timedelta(minutes=i), "staff", 1, action, None, None, "PC", result)
            for i, (action, result) in enumerate((("key_rejected", "wrong_key"), ("seeker_lookup", "email:1"),
                                                  ("key_requested", "no_match")))]
    view.show_entries(rows, append=False, has_more=False)
    assert column(view, Columns.RESULT) == ["認証キー誤り", "メールアドレスで検索・1件", "登録内容と不一致"]


def test_sorting_by_a_column_and_back_by_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot)
    search(qtbot, view)
    view.show_entries(entries(40), append=False, has_more=False)
    times = column(view, Columns.AT)
    assert times == sorted(times, reverse=True)  # newest first
    click_header(qtbot, view, Columns.ACTION)
    actions = column(view, Columns.ACTION)
    assert actions in (sorted(actions), sorted(actions, reverse=True)) and actions != column(view, Columns.AT)
    click_header(qtbot, view, Columns.ACTION)
    assert column(view, Columns.ACTION) == list(reversed(actions))
    click_header(qtbot, view, Columns.AT)
    assert column(view, Columns.AT) in (times, list(reversed(times)))


def test_scrolling_to_the_end_loads_the_older_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot)
    rows = entries(500)
    query = search(qtbot, view)
    view.show_entries(rows[:200], append=False, has_more=True)
    assert view.table.model().rowCount() == 200
    assert "下までスクロールすると" in view.status.text()
    with qtbot.waitSignal(view.query_requested, timeout=1000) as emitted:
        scroll_to_end(qtbot, view)
    assert emitted.args[0] == AuditQuery(before_id=rows[199].entry_id, limit=PAGE_SIZE) == \
        AuditQuery(**{**query.__dict__, "before_id": 301})
    with qtbot.assertNotEmitted(view.query_requested):  # asked once until the page arrives
        scroll_to_end(qtbot, view)
    view.table.selectRow(5)
    selected = view.table.currentIndex().data()
    view.show_entries(rows[200:400], append=True, has_more=True)
    assert view.table.model().rowCount() == 400
    assert view.table.currentIndex().data() == selected  # appending keeps the selection
    with qtbot.waitSignal(view.query_requested, timeout=1000) as emitted:
        scroll_to_end(qtbot, view)
    assert emitted.args[0].before_id == 101
    view.show_error("ただいま処理できません。")  # the call failed: scrolling asks again
    assert view.filter_error.text() == "ただいま処理できません。"
    with qtbot.waitSignal(view.query_requested, timeout=1000) as emitted:
        scroll_to_end(qtbot, view)
    assert emitted.args[0].before_id == 101
    view.show_entries(rows[400:], append=True, has_more=False)
    assert view.table.model().rowCount() == 500
    assert view.status.text() == "500件を表示しています（すべて）。"
    with qtbot.assertNotEmitted(view.query_requested):
        scroll_to_end(qtbot, view)
    times = column(view, Columns.AT)
    assert times == sorted(times, reverse=True)


def test_a_new_search_replaces_the_rows_and_keeps_the_sort(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot)
    rows = entries(50)
    search(qtbot, view)
    view.show_entries(rows, append=False, has_more=False)
    click_header(qtbot, view, Columns.TERMINAL)
    search(qtbot, view)
    view.show_entries(rows[:10], append=False, has_more=False)
    assert view.table.model().rowCount() == 10
    assert view.table.horizontalHeader().sortIndicatorSection() == Columns.TERMINAL
    view.show_entries([], append=False, has_more=False)
    assert view.status.text() == "条件に合う記録はありません。"


def test_clear_forgets_rows_filters_and_staff(qtbot) -> None:  # type: ignore[no-untyped-def]
    """docs/security.md S5: nothing of the last search stays after logout."""
    view = shown_view(qtbot)
    view.set_staff_members(MEMBERS)
    type_into(qtbot, view.seeker_id, "12")
    type_into(qtbot, view.since, "2026/11/01")
    choose(qtbot, view.staff, 1)
    search(qtbot, view)
    view.show_entries(entries(30), append=False, has_more=True)
    view.show_error("x")
    view.clear()
    assert view.table.model().rowCount() == 0
    assert view.seeker_id.text() == "" and view.since.text() == "指定なし"
    assert [view.staff.itemText(i) for i in range(view.staff.count())] == ["すべて"]
    assert view.status.text() == "" and not view.filter_error.isVisible()
    with qtbot.assertNotEmitted(view.query_requested):
        scroll_to_end(qtbot, view)


def test_round_trip_through_the_staff_facade(qtbot, backend, ctx) -> None:  # type: ignore[no-untyped-def]
    """The emitted query is what ``StaffFacade.audit_log`` takes; its rows show."""
    staff = LocalStaffFacade.for_backend(backend)
    staff_id, token = make_staff(ctx, "admin.a", role="管理者")
    seeker_id = staff.find_seekers(token, SeekerQuery(email=DEMO_EMAIL))[0].seeker_id
    view = shown_view(qtbot)
    view.set_staff_members(staff.staff_members(token))
    choose(qtbot, view.staff, staff_id)
    query = search(qtbot, view)
    found = staff.audit_log(token, query)
    view.show_entries(found, append=False, has_more=len(found) == query.limit)
    actions = column(view, Columns.ACTION)
    assert "求職者検索" in actions and "職員ログイン" in actions
    assert set(column(view, Columns.ACTOR)) == {f"佐藤 健（職員 {staff_id}）"}
    type_into(qtbot, view.seeker_id, str(seeker_id))
    choose(qtbot, view.action, "seeker_lookup")
    found = staff.audit_log(token, search(qtbot, view))
    view.show_entries(found, append=False, has_more=False)
    assert column(view, Columns.TARGET) == [f"求職者 {seeker_id}"]


def test_every_actor_and_target_kind_the_services_record_has_a_japanese_label() -> None:
    """A raw id such as "anonymous" in the 操作者 column means a label is missing."""
    import re
    from pathlib import Path

    import mypage_desktop.services as services
    from mypage_desktop.ui.staff.audit_view import ACTOR_LABELS, TARGET_LABELS

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(services.__file__).parent.rglob("*.py"))
    actors = set(re.findall(r"actor_type\s*(?::\s*str\s*)?=\s*\"([a-z_]+)\"", source))
    targets = set(re.findall(r"target_type\s*=\s*\"([a-z_]+)\"", source))
    assert "anonymous" in actors and len(targets) >= 5
    assert actors <= set(ACTOR_LABELS), sorted(actors - set(ACTOR_LABELS))
    assert targets <= set(TARGET_LABELS), sorted(targets - set(TARGET_LABELS))
