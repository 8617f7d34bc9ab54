"""Screenshots of the opening wizard, driven like a seeker would, through the real façade.

From a coroutine on the qasync loop: ``await render_wizard_screens_async(...)``. From plain
synchronous code (a script, a test): ``render_wizard_screens(...)``, which spins Qt until the
same coroutine is done. Needs demo mode: the key is read from ``facade.demo_mailbox()``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import qasync
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QScrollBar, QWidget

from mypage_desktop.domain.account_dto import AppInfo, LegalDocuments
from mypage_desktop.domain.demo_data import DEMO_SEEKERS
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.ui.devtools.screen_profiles import rendered
from mypage_desktop.ui.session.tasks import run_blocking
from mypage_desktop.ui.wizard.flow import PageId
from mypage_desktop.ui.wizard.legal_pane import LegalTextView
from mypage_desktop.ui.wizard.opening_wizard import OpeningWizard
from mypage_desktop.ui.wizard.password_page import PasswordPage

log = logging.getLogger(__name__)

# The key's line in every language keeps the Japanese word 認証キー (resources/mail/*.json):
# 「認証キー：1234 5678」, "Access key (認証キー): 1234 5678", 「认证码（認証キー）：1234 5678」.
KEY_IN_MAIL = re.compile(r"認証キー[^\n]*?[:：]\s*(\d{4}) ?(\d{4})")
SHOT_PASSWORD = "Mogami-River#2026"
SHOT_SIZE = (900, 760)
MAIL_WAIT_MS = 5_000


async def render_wizard_screens_async(
    facade: MyPageFacade, app_info: AppInfo, legal: LegalDocuments, out_dir: Path, *,
    deliver_mail: Callable[[], object] | None = None, timeout_ms: int = 20_000,
    save: Callable[[QWidget, Path], Awaitable[Path]] | None = None,
) -> list[Path]:
    """Walks through the four steps and saves ``01_consent.png`` … ``09_done.png``.

    ``save``: how a state is saved, e.g. a ``ScreenShooter``'s (the wizard at the size it gets
    on that screen, drawn on it); by default the wizard alone at :data:`SHOT_SIZE`.

    ``deliver_mail`` (blocking; run off the GUI thread) is called while waiting for the key
    mail when no mail worker thread runs, e.g. ``backend.mail_worker.run_once``. The first
    demo seeker whose account is not open yet is used. When no key mail arrives, the pages
    up to step 3 are still saved and a warning is logged.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    wizard = OpeningWizard(facade, app_info, legal)
    # Closing the only window must not quit the caller's application (and with it every
    # nested event loop) when the screenshots are done.
    wizard.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
    if save is None:
        wizard.resize(*SHOT_SIZE)
    wizard.show()

    async def shoot(name: str) -> None:
        await asyncio.sleep(0.06)  # let pending layout requests settle before grabbing
        path = out_dir / name
        if save is not None:
            saved.append(await save(wizard, path))
            return
        rendered(wizard, path)
        if not wizard.grab().save(str(path)):
            raise RuntimeError(f"could not save {path}")
        saved.append(path)

    async def until(predicate: Callable[[], bool]) -> None:
        deadline = time.monotonic() + timeout_ms / 1000
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the wizard did not reach the expected state")
            await asyncio.sleep(0.02)

    try:
        await shoot("01_consent.png")
        await _agree(wizard, until)
        await shoot("02_consent_agreed.png")
        wizard.next()
        await until(lambda: wizard.currentId() == PageId.EMAIL)
        page = wizard.email_page
        for edit, value in ((page.email, "やまだ＠example.jp"), (page.birth_year, "昭和60"),
                            (page.birth_month, "13"), (page.birth_day, "32")):
            _type(edit, value)
        wizard.next()
        await until(lambda: page.field_error_label("email").isVisibleTo(page))
        await shoot("03_email_errors.png")
        key = None
        for index, seeker in enumerate(DEMO_SEEKERS):
            email, (year, month, day) = seeker.email, seeker.birth_fields
            if index:
                wizard.start_over()
                await asyncio.sleep(0.05)
                await _agree(wizard, until)
                wizard.next()
            seen = {mail.mail_id for mail in await run_blocking(facade.demo_mailbox)}
            for edit, value in ((page.email, email), (page.birth_year, year), (page.birth_month, month),
                                (page.birth_day, day)):
                _type(edit, value)
            if index == 0:
                await shoot("04_email.png")
            wizard.next()
            await until(lambda: wizard.currentId() == PageId.PASSWORD)
            if index == 0:
                await shoot("05_password.png")
            key = await _key_mail(facade, email, seen, deliver_mail)
            if key:
                break
        if key is None:
            log.warning("wizard screens stop at step 3: no key mail arrived (pass deliver_mail, "
                        "or use a fresh demo database)")
            return saved
        page3 = wizard.password_page
        _fill(page3, "abc1", "abc1", "12")
        wizard.next()
        await until(lambda: page3.field_error_label("password").isVisibleTo(page3))
        await shoot("06_password_errors.png")
        _fill(page3, SHOT_PASSWORD, SHOT_PASSWORD, "0000 0000" if key != "00000000" else "1111 1111")
        wizard.next()
        await until(lambda: page3.restart_after_key.isVisibleTo(page3))
        await shoot("07_key_rejected.png")
        _type(page3.auth_key, f"{key[:4]} {key[4:]}")
        await shoot("08_password_filled.png")
        wizard.next()
        await until(lambda: wizard.currentId() == PageId.DONE)
        await shoot("09_done.png")
        return saved
    finally:
        wizard.done(QDialog.DialogCode.Rejected)
        wizard.deleteLater()


def render_wizard_screens(facade: MyPageFacade, app_info: AppInfo, legal: LegalDocuments,
                          out_dir: Path, *, deliver_mail: Callable[[], object] | None = None,
                          timeout_ms: int = 20_000) -> list[Path]:
    """The synchronous form of :func:`render_wizard_screens_async` (same arguments).

    Works with no event loop (a qasync loop is set up for the call), under pytest-qt's qasync
    fixture, and, for compatibility, even when called from inside a coroutine (prefer
    awaiting the async form there).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("render_wizard_screens needs a QApplication")
    with _asyncio_on_qt(app) as loop, _outside_current_task(loop):
        task = loop.create_task(render_wizard_screens_async(
            facade, app_info, legal, out_dir, deliver_mail=deliver_mail, timeout_ms=timeout_ms))
        _pump_until(task.done, timeout_ms * 4 + MAIL_WAIT_MS * len(DEMO_SEEKERS))
        return task.result()


async def _agree(wizard: OpeningWizard, until: Callable[[Callable[[], bool]], Awaitable[None]]) -> None:
    """Both documents scrolled to their end, then 同意する. A long text is laid out lazily, so
    its scroll range can grow after the jump to its end: ``until`` scrolls again on every poll
    until the pane counts it as read, as a reader keeps scrolling."""
    consent = wizard.consent_page
    assert consent is not None, "an opening wizard, not a reset"
    for pane in (consent.privacy, consent.terms):
        bar = pane.view.verticalScrollBar()

        def read_to_the_end(bar: QScrollBar = bar, view: LegalTextView = pane.view) -> bool:
            bar.setValue(bar.maximum())
            return view.is_read

        await until(read_to_the_end)
    consent.agree.setChecked(True)


async def _key_mail(facade: MyPageFacade, email: str, seen: set[str],
                    deliver_mail: Callable[[], object] | None) -> str | None:
    """The 8 digits of the key mailed to ``email`` after ``seen``; None if another mail
    (already open) or nothing came."""
    deadline = time.monotonic() + MAIL_WAIT_MS / 1000
    while time.monotonic() < deadline:
        if deliver_mail is not None:
            await run_blocking(deliver_mail)
        for mail in await run_blocking(facade.demo_mailbox):
            if mail.mail_id in seen or mail.recipient.lower() != email:
                continue
            match = KEY_IN_MAIL.search(mail.body)
            return match.group(1) + match.group(2) if match else None
        await asyncio.sleep(0.1)
    return None


def _fill(page: PasswordPage, password: str, confirm: str, key: str) -> None:
    for edit, value in ((page.password.edit, password), (page.password_confirm.edit, confirm),
                        (page.auth_key, key)):
        _type(edit, value)


def _type(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)  # like typing: textEdited fires, maxLength applies


def _pump_until(predicate: Callable[[], bool], timeout_ms: int) -> None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("rendering the wizard screens took too long")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


@contextmanager
def _asyncio_on_qt(app: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The current qasync loop, or one made for this call (docs/tech-notes.md §qasync, pattern A: the
    loop counts as running and Qt's event processing runs its callbacks)."""
    running = asyncio._get_running_loop()
    if running is not None:
        yield running
        return
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    asyncio._set_running_loop(loop)
    try:
        yield loop
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            _pump_until(lambda: all(task.done() for task in pending), 10_000)
        asyncio._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)


@contextmanager
def _outside_current_task(loop: asyncio.AbstractEventLoop) -> Iterator[None]:
    """Called synchronously from inside a task, the nested Qt event loops below would step
    other tasks while that one is "current", which asyncio refuses. Step out of it for the
    duration and back in afterwards (the caller's task is suspended in a plain call anyway)."""
    outer = asyncio.current_task(loop)
    if outer is None:
        yield
        return
    asyncio.tasks._leave_task(loop, outer)
    try:
        yield
    finally:
        asyncio.tasks._enter_task(loop, outer)
