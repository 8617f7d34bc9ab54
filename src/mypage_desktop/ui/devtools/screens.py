"""``mypage-desktop --render-screens DIR``: every screen of the flow as a PNG, rendered
offscreen with a throw-away demo back end (real façade, real database, real mail folder).

Order: the empty login window, the opening wizard's pages (``render_wizard_screens`` when the
wizard is installed), the demo mailbox with the 認証キー mail, the login error, the main
window (ホーム, 求職者情報・設定) after login, the job pages (求人情報検索 with results, a 求人票,
the save dialog, 保存した検索条件, キープした求人), then the activity pages (紹介状, 応募履歴,
メッセージ, お知らせ), the 「パスワードを忘れた方」 wizard and the 求職申込み（仮登録） steps.
Reviewers look at these for tofu, clipping and cramped layouts.

Those are rendered at roomy sizes. The same screens (the wizard's steps included) follow at
the sizes windows really get on 1366×768 and 1280×720 office screens, each PNG showing the
whole screen with its taskbar (:mod:`.screen_profiles`), in subfolders named after the size."""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.ui.devtools import demo_flow
from mypage_desktop.ui.devtools.activity_screens import render_activity_screens, settle
from mypage_desktop.ui.devtools.apply_screens import render_apply_screens
from mypage_desktop.ui.devtools.contact_sheet import contact_sheet
from mypage_desktop.ui.devtools.job_screens import render_job_screens
from mypage_desktop.ui.devtools.prereg_screens import render_prereg_screens
from mypage_desktop.ui.devtools.publication_screens import render_publication_screens
from mypage_desktop.ui.devtools.screen_profiles import (
    REAL_PROFILES,
    ScreenProfile,
    ScreenShooter,
    rendered,
    simulated_screen,
)
from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.reasons import REASON_LOGOUT
from mypage_desktop.ui.session.tasks import run_blocking
from mypage_desktop.ui.shell.mailbox_window import MailboxWindow
from mypage_desktop.ui.shell.main_window import MainWindow, Page
from mypage_desktop.ui.widgets import display, language
from mypage_desktop.ui.widgets.display import DisplayChoice
from mypage_desktop.ui.wizard.opening_wizard import OpeningWizard

log = logging.getLogger(__name__)
SIZES = {"login": (800, 720), "mailbox": (900, 640), "main": (1040, 700)}


async def _save(widget: QWidget, path: Path) -> Path:
    widget.show()
    await asyncio.sleep(0.05)  # let the loop lay out and paint
    rendered(widget, path)
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


async def _wizard_screens(data_dir: Path, out_dir: Path, shooter: ScreenShooter | None = None) -> list[Path]:
    """The wizard's own renderer (``01_consent.png`` … ``09_done.png``), awaited on our loop, on
    its own demo back end in ``data_dir`` (the walk opens a demo seeker's account); with a
    ``shooter``, at the size the wizard gets on its screen."""
    try:
        from mypage_desktop.ui.devtools.wizard_screens import render_wizard_screens_async
    except ImportError:
        log.warning("wizard screens skipped: the opening wizard is not installed")
        return []
    async with demo_flow.temporary_demo_backend(data_dir) as backend:
        facade = backend.facade
        info, legal = await run_blocking(facade.app_info), await run_blocking(facade.legal_documents)
        paths = await render_wizard_screens_async(facade, info, legal, out_dir,
                                                  deliver_mail=backend.mail_worker.run_once,
                                                  save=None if shooter is None else shooter.save)
    return list(paths)


async def render_all_screens_async(out_dir: Path,
                                   profiles: tuple[ScreenProfile, ...] = REAL_PROFILES) -> list[Path]:
    """The default set in ``out_dir``, then a set per real screen size in ``out_dir/1366x768``
    and ``out_dir/1280x720`` (:mod:`.screen_profiles`; ``profiles=()`` leaves them out), each
    on its own demo back end."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mypage-screens-") as tmp:
        wizard_paths = await _wizard_screens(Path(tmp) / "wizard", out_dir)
        written.extend(await _render_session(Path(tmp) / "main", out_dir, None, wizard_paths))
        for profile in profiles:
            written.extend(await _render_on_screen(Path(tmp) / profile.name, out_dir / profile.name, profile))
    return written


async def render_on_screen_async(out_dir: Path, profile: ScreenProfile) -> list[Path]:
    """Only the set at the sizes windows get on ``profile``'s screen, in ``out_dir`` itself
    (the large-text test, tests/ui/test_reflow_screens.py, audits each state through a hook)."""
    with tempfile.TemporaryDirectory(prefix="mypage-screens-") as tmp:
        return await _render_on_screen(Path(tmp) / profile.name, Path(out_dir), profile)


async def _render_on_screen(data_dir: Path, folder: Path, profile: ScreenProfile) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    with simulated_screen(profile):
        shooter = ScreenShooter(profile)
        wizard_paths = await _wizard_screens(data_dir.with_name(f"{data_dir.name}-wizard"), folder, shooter)
        return await _render_session(data_dir, folder, shooter, wizard_paths)


async def _render_session(data_dir: Path, out_dir: Path, shooter: ScreenShooter | None,
                          wizard_paths: list[Path]) -> list[Path]:
    """Login, mailbox, main window and its pages on a fresh demo back end. Without a
    ``shooter``: each window at the roomy :data:`SIZES`; with one: at the size it gets on
    the shooter's screen, drawn on that screen (and the wizard at its own size)."""
    save = _save if shooter is None else shooter.save
    written: list[Path] = []
    windows: list[QWidget] = []
    async with demo_flow.temporary_demo_backend(data_dir) as backend:
        facade = backend.facade
        info = await run_blocking(facade.app_info)
        try:
            login = LoginWindow(info, facade)
            windows.append(login)
            if shooter is None:
                login.resize(*SIZES["login"])
            written.append(await save(login, out_dir / "00_login.png"))
            login.hide()
            written.extend(wizard_paths)
            key = await demo_flow.request_key(backend)
            mailbox = MailboxWindow(facade)
            windows.append(mailbox)
            if shooter is None:
                mailbox.resize(*SIZES["mailbox"])
            mailbox.show()
            await mailbox.refresh()
            written.append(await save(mailbox, out_dir / "10_demo_mailbox.png"))
            mailbox.hide()
            await run_blocking(facade.complete_password_registration, demo_flow.DEMO_EMAIL, key,
                               demo_flow.DEMO_PASSWORD, demo_flow.DEMO_PASSWORD)
            await _login(login, demo_flow.DEMO_EMAIL, "Wrong#Pass1")
            written.append(await save(login, out_dir / "11_login_error.png"))
            login.hide()
            reset = OpeningWizard(facade, info, None)  # 「パスワードを忘れた方」
            windows.append(reset)
            written.append(await save(reset, out_dir / "11r_password_reset.png"))
            reset.hide()
            written.extend(await render_prereg_screens(facade, info, save, out_dir,
                                                       size=(980, 760) if shooter is None else None))
            session = await _login(login, demo_flow.DEMO_EMAIL, demo_flow.DEMO_PASSWORD)
            if session is None:
                raise RuntimeError("demo login failed")
            login.hide()
            owner = SessionOwner(facade)
            owner.begin(*session)
            main = MainWindow(owner, facade, info)
            windows.append(main)
            if shooter is None:
                main.resize(*SIZES["main"])
            else:
                shooter.place(main)
            main.show()
            await settle(main.home)
            written.append(await save(main, out_dir / "12_main_home.png"))
            main.select_page(Page.PROFILE)
            await settle(main.profile_view)
            written.append(await save(main, out_dir / "13_main_profile.png"))
            if shooter is None:
                written.extend(await render_job_screens(main, save, out_dir))
                written.extend(await render_apply_screens(main, owner, facade, save, out_dir))
                written.extend(await render_activity_screens(main, save, out_dir))
                written.extend(await render_publication_screens(main, backend, save, out_dir))
            else:
                written.extend(await render_job_screens(main, save, out_dir, size=None))
                written.extend(await render_apply_screens(main, owner, facade, save, out_dir))
                written.extend(await render_activity_screens(main, save, out_dir, size=None))
                written.extend(await render_publication_screens(main, backend, save, out_dir))
            owner.end_session(REASON_LOGOUT)
            await owner.wait_revoked()
        finally:
            for window in windows:
                window.close()
                window.deleteLater()
    return written


LOOKS = {"100": DisplayChoice(), "200": DisplayChoice(200), "high_contrast": DisplayChoice(100, "high_contrast")}


async def render_variants_async(out_dir: Path, languages: tuple[str, ...], looks: tuple[str, ...]) -> list[Path]:
    """The roomy set once per language and look (文字の大きさ 200 %, ハイコントラスト), in
    ``out_dir/<language>/<look>``; Japanese at 100 % is the main set and is left out here."""
    written: list[Path] = []
    try:
        for code in languages:
            for look in looks:
                if code == SOURCE and look == "100":
                    continue
                folder = Path(out_dir) / code / look
                folder.mkdir(parents=True, exist_ok=True)
                language.apply_language(code)
                display.apply_display(LOOKS[look])
                with tempfile.TemporaryDirectory(prefix="mypage-screens-") as tmp:
                    wizard_paths = await _wizard_screens(Path(tmp) / "wizard", folder)
                    written.extend(await _render_session(Path(tmp) / "main", folder, None, wizard_paths))
    finally:
        language.apply_language(SOURCE)
        display.apply_display(display.default_choice())
    return written


def render_all_screens(out_dir: Path | str, languages: tuple[str, ...] = (SOURCE,),
                       looks: tuple[str, ...] = ("100",)) -> list[Path]:
    """Synchronous entry (``--render-screens``): runs its own qasync loop. ``languages`` and
    ``looks`` (``--screen-languages``, ``--screen-looks``) add the sets of :func:`render_variants_async`,
    and, with more than one language, the login window's contact sheet per look."""
    import qasync

    if QApplication.instance() is None:
        from mypage_desktop.ui.shell.runtime import make_application

        make_application([])

    async def everything() -> list[Path]:
        written = await render_all_screens_async(Path(out_dir))
        written += await render_variants_async(Path(out_dir), languages, looks)
        if len(languages) > 1:
            written += [contact_sheet(Path(out_dir), languages, look=look) for look in looks]
        return written

    coro = everything()
    if sys.version_info >= (3, 12):
        return asyncio.run(coro, loop_factory=qasync.QEventLoop)
    return list(qasync.run(coro))
