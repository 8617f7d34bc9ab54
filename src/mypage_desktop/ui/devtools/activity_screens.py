"""The activity pages for ``--render-screens``: 求職者情報・設定, 紹介された求人・紹介状 with the
紹介状 window, 応募履歴, メッセージ and お知らせ, each with its first row opened, on the demo
back end's seeded activity (demo/activity.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

ACTIVITY_SIZE = (1280, 860)
WAIT_SECONDS = 20.0


async def settle(page: Any) -> None:
    """Until the page's calls are answered (bounded): a picture of 「読み込み中…」 is no use."""
    deadline = time.monotonic() + WAIT_SECONDS
    await asyncio.sleep(0.05)
    while getattr(page, "busy", False) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.05)


async def render_activity_screens(main: Any, save: Callable[[QWidget, Path], Awaitable[Path]],
                                  out_dir: Path, size: tuple[int, int] | None = ACTIVITY_SIZE) -> list[Path]:
    """``main`` is a logged-in :class:`MainWindow` of the demo seeker; ``size``: the
    window's size for these shots (None: as it is)."""
    from mypage_desktop.ui.shell.main_window import Page

    written: list[Path] = []
    if size is not None:
        main.resize(*size)
    shots = ((Page.PROFILE, "20_registration.png"), (Page.REFERRALS, "21_referrals.png"),
             (Page.APPLICATIONS, "23_applications.png"), (Page.MESSAGES, "24_messages.png"),
             (Page.NOTICES, "25_notices.png"))
    for page_id, name in shots:
        main.select_page(page_id)
        page = main.page(page_id)
        await settle(page)
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount() > 0:
            table.selectRow(0)
            await settle(page)
        written.append(await save(main, out_dir / name))
        if page_id == Page.PROFILE:
            written += await _own_change_shots(page, main, save, out_dir)
        if page_id == Page.REFERRALS and getattr(page, "letter_button", None) is not None:
            page.letter_button.click()
            await settle(page)
            dialog = getattr(page, "letter_dialog", None)
            if dialog is not None:
                written.append(await save(dialog, out_dir / "22_referral_letter.png"))
                dialog.close()
    return written


async def _own_change_shots(page: Any, main: Any, save: Callable[[QWidget, Path], Awaitable[Path]],
                            out_dir: Path) -> list[Path]:
    """求職者情報・設定 scrolled to 「連絡先の変更」 (with a refused 電話番号 shown next to its field)
    and to 「求職情報提供」 (docs/product-rules.md §own-changes, §info-sharing)."""
    shots: list[Path] = []
    contact = getattr(page, "contact", None)
    sharing = getattr(page, "sharing", None)
    if contact is None or sharing is None:
        return shots
    contact.edits["phone"].setText("023（600）")
    contact.button.click()
    await settle(contact)
    await asyncio.sleep(0.3)
    page.scroll_area.ensureWidgetVisible(contact, 0, 0)
    page.scroll_area.verticalScrollBar().setValue(contact.y())
    await settle(page)
    shots.append(await save(main, out_dir / "20b_registration_changes.png"))
    await settle(sharing)
    page.scroll_area.verticalScrollBar().setValue(sharing.y())
    await asyncio.sleep(0.2)
    shots.append(await save(main, out_dir / "20c_registration_info_sharing.png"))
    page.scroll_area.verticalScrollBar().setValue(0)
    return shots
