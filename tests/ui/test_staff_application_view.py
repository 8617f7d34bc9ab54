"""「応募内容」 (志望動機・書類) in the staff console (issue 12): the counter types a 応募番号 and
sees the posting, the seeker and the 志望動機 as plain text, and saves a 履歴書 PDF; both views
are audited."""

from __future__ import annotations

from pathlib import Path

from helpers import DEMO_EMAIL, GOOD_PASSWORD, WAIT_MS, open_demo_account
from sqlalchemy import select
from test_apply_online import job_id
from test_staff_support import Counter, click, counter_fixture, type_into  # noqa: F401 (a fixture)

from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.facade.document_upload import upload_document
from mypage_desktop.services.jobs.index_writer import upsert_postings
from services.job_fixtures import FIXTURES
from services.pdf_samples import tiny_pdf

MOTIVATION = "<b>地元で</b>長く働きたいと考えました。\n資格を活かします。"


def test_staff_see_the_motivation_and_save_the_resume(qtbot, counter: Counter, backend, ctx, clock,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, clock.now)
    open_demo_account(backend)
    facade = backend.facade
    token = facade.login(DEMO_EMAIL, GOOD_PASSWORD).token
    pdf = tiny_pdf("Resume")
    resume = upload_document(facade, token, "履歴書", "履歴書.pdf", pdf)
    applied = facade.apply_online(token, job_id(ctx, "06010-00000002"), MOTIVATION, (resume.document_id,))

    view = counter.console.application_view
    tabs = counter.console.seeker_tabs
    tabs.setCurrentIndex(tabs.indexOf(view))  # the staff member picks the tab
    assert tabs.tabText(tabs.currentIndex()) == "応募内容" and view.isVisible()
    chosen: list[Path] = []
    view._ask_save_path = lambda _parent, suggested, on_chosen: (chosen.append(suggested),
                                                                  on_chosen(tmp_path / "r.pdf"))
    type_into(qtbot, view.number_edit, applied.application_number)
    click(qtbot, view.show_button)
    qtbot.waitUntil(lambda: view.application is not None, timeout=WAIT_MS)
    assert view.motivation.toPlainText() == MOTIVATION  # shown literally (docs/security.md I4)
    assert f"応募番号：{applied.application_number}（オンライン自主応募、応募済）" in view.facts.text()
    assert "求職者：山形 太郎" in view.facts.text()
    [button] = view.document_buttons
    assert button.text() == "履歴書：履歴書.pdf をPDFで保存…"
    # a widget added to a shown layout is shown by a queued call, not at once
    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    click(qtbot, button)
    qtbot.waitUntil(view.message.isVisible, timeout=WAIT_MS)
    assert (tmp_path / "r.pdf").read_bytes() == pdf
    assert chosen[0].name == f"{applied.application_number}_履歴書.pdf"
    with ctx.session_factory() as session:
        actions = set(session.scalars(select(AuditLog.action).where(AuditLog.actor_type == "staff")))
    assert {"application_viewed", "document_viewed"} <= actions

    view.number_edit.setText("A99999-99999999")
    click(qtbot, view.show_button)
    qtbot.waitUntil(view.error.isVisible, timeout=WAIT_MS)
    assert view.error.text() == "この応募は見つかりません。" and view.application is None
