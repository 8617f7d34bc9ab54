"""``mypage-desktop --render-screens DIR``: every screen of the flow as a PNG, rendered
offscreen with a throw-away demo back end (real façade, real database, real mail folder).

Order: the empty login window, the opening wizard's pages (``render_wizard_screens`` when the
wizard is installed), the demo mailbox with the 認証キー mail, the login error, the main
window (ホーム, 求職者情報・設定) after login, the job pages (求人情報検索 with results, a 求人票,
the save dialog, 保存した検索条件, キープした求人), then the activity pages (紹介状, 応募履歴,
メッセージ, お知らせ) and the 「パスワードを忘れた方」 wizard. Reviewers look at these for tofu, clipping and
cramped layouts."""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from . import demo_flow
from .activity_screens import render_activity_screens, settle
from .async_work import run_blocking
from .jobs.screens import render_job_screens
from .login_window import LoginWindow
from .mailbox_window import MailboxWindow
from .main_window import MainWindow, Page
from .session_owner import REASON_LOGOUT, SessionOwner
from .wizard.opening_wizard import OpeningWizard

log = logging.getLogger(__name__)
SIZES = {"login": (800, 720), "mailbox": (900, 640), "main": (1040, 700)}


async def _save(widget: QWidget, path: Path) -> Path:
    widget.show()
    await asyncio.sleep(0.05)  # let the loop lay out and paint
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


async def _login(window: LoginWindow, email: str, password: str) -> tuple[str, Any] | None:
    got: list[tuple[str, Any]] = []
    window.logged_in.connect(lambda token, profile: got.append((token, profile)))
    window.email_edit.setText(email)
    window.password.edit.setText(password)
    task = window.submit()
    if task is not None:
        await task
    return got[0] if got else None


async def _wizard_screens(backend: Any, out_dir: Path) -> list[Path]:
    """The wizard's own renderer (``01_consent.png`` … ``09_done.png``), awaited on our loop."""
    try:
        from .wizard.screens import render_wizard_screens_async
    except ImportError:
        log.warning("wizard screens skipped: the opening wizard is not installed")
        return []
    facade = backend.facade
    info, legal = await run_blocking(facade.app_info), await run_blocking(facade.legal_documents)
    paths = await render_wizard_screens_async(facade, info, legal, out_dir,
                                              deliver_mail=backend.mail_worker.run_once)
    return list(paths)


async def render_all_screens_async(out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    windows: list[QWidget] = []
    with tempfile.TemporaryDirectory(prefix="mypage-screens-") as tmp:
        async with demo_flow.temporary_demo_backend(Path(tmp) / "wizard") as wizard_backend:
            wizard_paths = await _wizard_screens(wizard_backend, out_dir)
        async with demo_flow.temporary_demo_backend(Path(tmp) / "main") as backend:
            facade = backend.facade
            info = await run_blocking(facade.app_info)
            try:
                login = LoginWindow(info, facade)
                windows.append(login)
                login.resize(*SIZES["login"])
                written.append(await _save(login, out_dir / "00_login.png"))
                written.extend(wizard_paths)
                key = await demo_flow.request_key(backend)
                mailbox = MailboxWindow(facade)
                windows.append(mailbox)
                mailbox.resize(*SIZES["mailbox"])
                mailbox.show()
                await mailbox.refresh()
                written.append(await _save(mailbox, out_dir / "10_demo_mailbox.png"))
                mailbox.hide()
                await run_blocking(facade.complete_password_registration, demo_flow.DEMO_EMAIL, key,
                                   demo_flow.DEMO_PASSWORD, demo_flow.DEMO_PASSWORD)
                await _login(login, demo_flow.DEMO_EMAIL, "Wrong#Pass1")
                written.append(await _save(login, out_dir / "11_login_error.png"))
                reset = OpeningWizard(facade, info, None)  # 「パスワードを忘れた方」
                windows.append(reset)
                written.append(await _save(reset, out_dir / "11r_password_reset.png"))
                reset.hide()
                session = await _login(login, demo_flow.DEMO_EMAIL, demo_flow.DEMO_PASSWORD)
                if session is None:
                    raise RuntimeError("demo login failed")
                login.hide()
                owner = SessionOwner(facade)
                owner.begin(*session)
                main = MainWindow(owner, facade, info)
                windows.append(main)
                main.resize(*SIZES["main"])
                main.show()
                await settle(main.home)
                written.append(await _save(main, out_dir / "12_main_home.png"))
                main.select_page(Page.PROFILE)
                await settle(main.profile_view)
                written.append(await _save(main, out_dir / "13_main_profile.png"))
                written.extend(await render_job_screens(main, _save, out_dir))
                written.extend(await render_activity_screens(main, _save, out_dir))
                owner.end_session(REASON_LOGOUT)
                await owner.wait_revoked()
            finally:
                for window in windows:
                    window.close()
                    window.deleteLater()
    return written


def render_all_screens(out_dir: Path | str) -> list[Path]:
    """Synchronous entry (``--render-screens``): runs its own qasync loop."""
    import qasync

    if QApplication.instance() is None:
        from .gui_runtime import make_application

        make_application([])
    coro = render_all_screens_async(Path(out_dir))
    if sys.version_info >= (3, 12):
        return asyncio.run(coro, loop_factory=qasync.QEventLoop)
    return list(qasync.run(coro))
