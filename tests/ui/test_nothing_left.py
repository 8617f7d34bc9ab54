"""Nothing of a seeker stays on the PC after logout (issue #6, docs/product-rules.md §deployment, docs/security.md S5).

A seeker logs in through the login window and uses every function — ホーム, 求職者情報・設定,
search, a 求人票 kept and its number copied, a saved search, a referral with its 紹介状 saved as
PDF, 応募履歴 with the interview saved as .ics, a message sent, a notice read — then presses
ログアウト. Afterwards the data directory (less the database and the mail folder, which stand
in for the office server), Qt's settings, the temporary directory and the clipboard hold no
name, email address, 求職番号 or message text of theirs. Only the two files the seeker chose to
save exist, where they chose."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import (
    DEMO_EMAIL,
    WAIT_MS,
    log_in,
    logged_in,
    open_apply_dialog,
    open_demo_account,
    start_controller,
    stop_controller,
)
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from test_applications_support import message_box_button, seed_activity, seeker_number
from test_job_support import click, double_click_row, search_words, type_text

from mypage_desktop.domain.demo_data import DEMO_SEEKER
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.services.activity.notices import send_notice
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.ui.shell.main_window import Page
from services.job_fixtures import FIXTURES

MESSAGE = "面接の件、承知いたしました。当日は紹介状を持参します。"
NOTICE_BODY = "来週の職業相談の予約が取れました。"
SETTINGS_FORMATS = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)


@pytest.fixture
def private_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """Qt settings and the temporary directory pointed at folders of this test, so the scan
    sees everything the application wrote there (and nothing of other tests)."""
    places = {name: tmp_path / name for name in ("qsettings", "tmp", "chosen")}
    for folder in places.values():
        folder.mkdir()
    for fmt in SETTINGS_FORMATS:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(places["qsettings"]))
    monkeypatch.setenv("TMPDIR", str(places["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(places["tmp"]))
    yield places
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in SETTINGS_FORMATS:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def wait_idle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)


def ini_escaped(text: str) -> str:
    """How QSettings' INI files write non-ASCII text."""
    return "".join(c if ord(c) < 128 else f"\\x{ord(c):04x}" for c in text)


def leaks(folder: Path, needles: list[str], *, skip: tuple[str, ...] = ()) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part in skip for part in path.relative_to(folder).parts) or path.name.startswith(skip):
            continue
        data = path.read_bytes()
        for needle in needles:
            forms = {needle.encode("utf-8"), needle.encode("utf-16-le"), ini_escaped(needle).encode("ascii")}
            if any(form in data for form in forms):
                found.append(f"{path}: {needle!r}")
    return found


def use_every_function(qtbot, main, ctx, activity, chosen: Path) -> None:  # type: ignore[no-untyped-def]
    wait_idle(qtbot, main.home)
    main.select_page(Page.PROFILE)
    wait_idle(qtbot, main.profile_view)
    assert main.profile_view.values["name"].text() == DEMO_SEEKER.name

    search = search_words(qtbot, main, "介護")  # search, open, keep, copy the number
    detail = main.jobs.detail
    with qtbot.waitSignal(detail.job_shown, timeout=WAIT_MS):
        double_click_row(qtbot, search.table, 0)
    with qtbot.waitSignal(detail.kept_changed, timeout=WAIT_MS):
        click(qtbot, detail.keep_button)
    click(qtbot, detail.copy_button)
    copied = QApplication.clipboard().text()
    assert copied.startswith("06010-")
    click(qtbot, detail.back_button)
    dialog = search.saver.start()  # 保存した検索条件
    dialog.name_edit.setText("介護の仕事")
    with qtbot.waitSignal(search.search_saved, timeout=WAIT_MS):
        click(qtbot, dialog.ok_button)
    for page_id in (Page.SAVED, Page.KEPT):
        main.select_page(page_id)

    main.select_page(Page.REFERRALS)  # 紹介状 as PDF, where the seeker chose
    referrals = main.page(Page.REFERRALS)
    qtbot.waitUntil(lambda: referrals.table.model().rowCount() == 2, timeout=WAIT_MS)
    referrals.table.selectRow(0)
    wait_idle(qtbot, referrals)
    click(qtbot, referrals.letter_button)
    qtbot.waitUntil(lambda: referrals.letter_dialog is not None, timeout=WAIT_MS)
    task = referrals.letter_dialog.save_pdf(chosen / "紹介状.pdf")
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    referrals.letter_dialog.close()

    main.select_page(Page.APPLICATIONS)  # the interview as .ics, where the seeker chose
    applications = main.page(Page.APPLICATIONS)
    applications.show_application(activity.interview_id)
    qtbot.waitUntil(lambda: applications.selected_id() == activity.interview_id and not applications.busy,
                    timeout=WAIT_MS)
    applications.ask_save_path = lambda _parent, _caption, name, on_chosen: on_chosen(str(chosen / name))
    with qtbot.waitSignal(applications.ics_saved, timeout=WAIT_MS):
        click(qtbot, applications.detail.ics_button)

    main.select_page(Page.MESSAGES)  # read the employer's message and answer
    messages = main.page(Page.MESSAGES)
    with qtbot.waitSignal(messages.thread_shown, timeout=WAIT_MS):
        messages.show_thread(activity.interview_id)
    type_text(qtbot, messages.composer.editor, MESSAGE)
    with qtbot.waitSignal(messages.message_sent, timeout=WAIT_MS):
        click(qtbot, messages.composer.send_button)

    main.select_page(Page.NOTICES)  # open the notice
    notices = main.page(Page.NOTICES)
    qtbot.waitUntil(lambda: notices.table.model().rowCount() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(notices.notice_shown, timeout=WAIT_MS):
        notices.table.selectRow(0)
    assert notices.view.body.toPlainText() == NOTICE_BODY


def test_nothing_of_the_seeker_stays_after_logout(qtbot, qloop, backend, ctx, clock, settings,
                                                   private_places, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, clock.now)
    open_demo_account(backend)
    activity = seed_activity(ctx, clock)
    report = import_employer_events(ctx, [{"event_id": "left-1", "type": "message",
                                           "application": activity.interview_number,
                                           "body": "面接当日は受付でお名前をお伝えください。"}])
    assert not report.problems
    send_notice(ctx, seeker_number=seeker_number(ctx), title="職業相談のご案内", body=NOTICE_BODY)

    controller = start_controller(qtbot, backend)
    try:
        log_in(qtbot, controller.login_window)
        qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                        timeout=WAIT_MS)
        main = controller.main_window
        use_every_function(qtbot, main, ctx, activity, private_places["chosen"])
        with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
            click(qtbot, main.logout_button)
        qtbot.waitUntil(controller.login_window.isVisible, timeout=WAIT_MS)
        qtbot.wait(100)  # deleteLater of the main window and its dialogs

        needles = [DEMO_SEEKER.name, DEMO_SEEKER.name_kana, DEMO_EMAIL, seeker_number(ctx), MESSAGE]
        database = Path(settings.database_url.removeprefix("sqlite:///"))
        found = leaks(database.parent, needles, skip=(database.name, Path(settings.mail_folder).name))
        found += leaks(tmp_path / "data_dir", needles)
        found += leaks(private_places["qsettings"], needles)
        found += leaks(private_places["tmp"], needles)
        assert found == []
        assert sorted(p.name for p in private_places["tmp"].rglob("*")) == []  # no temp files at all
        clipboard = QApplication.clipboard().text()
        assert not clipboard.startswith("06010-")  # what the app copied is gone
        assert sorted(p.suffix for p in private_places["chosen"].iterdir()) == [".ics", ".pdf"]
        login = controller.login_window
        assert login.email_edit.text() == "" and login.password.text() == ""
    finally:
        stop_controller(controller)


def test_the_scan_finds_each_way_a_name_can_be_written(tmp_path: Path) -> None:
    """The scan above is only as good as its encodings: UTF-8, UTF-16 (Windows, Qt) and the
    \\xNNNN escapes of QSettings' INI files."""
    (tmp_path / "a.txt").write_text(f"x{DEMO_SEEKER.name}x", encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(DEMO_EMAIL.encode("utf-16-le"))
    (tmp_path / "c.ini").write_text(f"last={ini_escaped(MESSAGE)}", encoding="ascii")
    (tmp_path / "db.sqlite3").write_text(DEMO_SEEKER.name, encoding="utf-8")
    found = leaks(tmp_path, [DEMO_SEEKER.name, DEMO_EMAIL, MESSAGE], skip=("db.sqlite3",))
    assert [line.split(":")[0].rsplit("/", 1)[1] for line in found] == ["a.txt", "b.bin", "c.ini"]


PREREG_PR = "仮登録の自己PR：経理事務を8年担当しました。"


def test_nothing_of_the_preregistration_form_stays_after_closing(qtbot, qloop, backend, settings, private_places,
                                                                  tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The 求職申込み（仮登録） form (issue 12) on a shared PC: typed, looked up, saved for later,
    then closed with キャンセル. Nothing of it stays in files, settings, temp or any live widget."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
    from test_staff_support import answer_question

    from services.prereg_helpers import PREREG_EMAIL

    controller = start_controller(qtbot, backend)
    try:
        qtbot.waitUntil(lambda: controller.facade is not None, timeout=WAIT_MS)
        click(qtbot, controller.login_window.prereg_button)
        qtbot.waitUntil(lambda: controller.prereg_wizard is not None, timeout=WAIT_MS)
        wizard = controller.prereg_wizard
        click(qtbot, wizard.start.pupil_no)
        click(qtbot, wizard.next_button)
        type_text(qtbot, wizard.basic.edits["name"], "寒河江 楓")
        type_text(qtbot, wizard.basic.edits["name_kana"], "サガエ カエデ")
        click(qtbot, wizard.next_button)
        type_text(qtbot, wizard.contact.postal_edit, "9900042")
        click(qtbot, wizard.contact.lookup_button)
        qtbot.waitUntil(lambda: wizard.contact.address_edit.text() != "", timeout=WAIT_MS)
        type_text(qtbot, wizard.contact.edits["email"], PREREG_EMAIL)
        for _ in range(3):
            click(qtbot, wizard.next_button)
        type_text(qtbot, wizard.more.edits["self_pr"], PREREG_PR)
        click(qtbot, wizard.save_button)
        qtbot.waitUntil(lambda: "一時保存しました" in wizard.notice.text(), timeout=WAIT_MS)
        click(qtbot, wizard.cancel_button)
        answer_question(qtbot, wizard, "終了する")
        qtbot.waitUntil(controller.login_window.isVisible, timeout=WAIT_MS)
        qtbot.wait(100)  # deleteLater of the wizard
        assert controller.prereg_wizard is None

        needles = ["寒河江 楓", "サガエ カエデ", PREREG_EMAIL, PREREG_PR, "七日町"]
        database = Path(settings.database_url.removeprefix("sqlite:///"))
        found = leaks(database.parent, needles, skip=(database.name, Path(settings.mail_folder).name))
        found += leaks(tmp_path / "data_dir", needles)
        found += leaks(private_places["qsettings"], needles)
        found += leaks(private_places["tmp"], needles)
        assert found == []
        assert sorted(p.name for p in private_places["tmp"].rglob("*")) == []
        shown = [w.text() for w in QApplication.allWidgets() if isinstance(w, QLineEdit)]
        shown += [w.toPlainText() for w in QApplication.allWidgets() if isinstance(w, QPlainTextEdit)]
        assert not [text for text in shown if any(needle in text for needle in needles)]
    finally:
        stop_controller(controller)


MOTIVATION = "応募書類の志望動機：介護福祉士として五年勤めました。"


def test_nothing_of_an_online_application_with_documents_stays_after_logout(  # type: ignore[no-untyped-def]
        qtbot, qloop, backend, ctx, clock, settings, private_places, tmp_path) -> None:
    """オンライン自主応募 with a 志望動機, a 履歴書 written with the form and a 職務経歴書 chosen
    from the seeker's own folder (issue 12): the PDFs go from memory to the server, so after
    logout no copy, no temporary file and no live widget holds the name or the 志望動機."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
    from test_apply_online import job_id

    from mypage_desktop.domain.documents import DocumentKind
    from services.pdf_samples import tiny_pdf

    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, clock.now)
    open_demo_account(backend)
    own = private_places["chosen"] / "career.pdf"
    own.write_bytes(tiny_pdf("Career"))
    with logged_in(qtbot, backend) as (controller, main):
        detail = main.jobs.detail
        dialog = open_apply_dialog(qtbot, main, job_id(ctx, "06010-00000002"))
        type_text(qtbot, dialog.motivation_edit, MOTIVATION)
        resume = dialog.row(DocumentKind.RESUME)
        click(qtbot, resume.write_button)
        form = resume.resume_dialog
        qtbot.waitUntil(lambda: form.value("name") == DEMO_SEEKER.name, timeout=WAIT_MS)
        click(qtbot, form.attach_button)
        qtbot.waitUntil(lambda: resume.document is not None, timeout=WAIT_MS)
        career = dialog.row(DocumentKind.CAREER)
        career.attach_file(own)
        qtbot.waitUntil(lambda: career.document is not None, timeout=WAIT_MS)
        click(qtbot, dialog.apply_button)
        with qtbot.waitSignal(detail.applied, timeout=WAIT_MS):
            click(qtbot, message_box_button(qtbot, "応募する"))
        with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
            click(qtbot, main.logout_button)
        qtbot.waitUntil(controller.login_window.isVisible, timeout=WAIT_MS)
        qtbot.wait(100)  # deleteLater of the main window and its dialogs

        needles = [DEMO_SEEKER.name, DEMO_SEEKER.name_kana, DEMO_EMAIL, MOTIVATION]
        database = Path(settings.database_url.removeprefix("sqlite:///"))
        found = leaks(database.parent, needles, skip=(database.name, Path(settings.mail_folder).name))
        found += leaks(tmp_path / "data_dir", needles)
        found += leaks(private_places["qsettings"], needles)
        found += leaks(private_places["tmp"], needles)
        assert found == []
        assert sorted(p.name for p in private_places["tmp"].rglob("*")) == []  # no temporary copy of a PDF
        assert sorted(p.name for p in private_places["chosen"].iterdir()) == ["career.pdf"]  # the seeker's own
        shown = [w.text() for w in QApplication.allWidgets() if isinstance(w, QLineEdit)]
        shown += [w.toPlainText() for w in QApplication.allWidgets() if isinstance(w, QPlainTextEdit)]
        assert not [text for text in shown if any(needle in text for needle in needles)]
