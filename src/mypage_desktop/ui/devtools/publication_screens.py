"""求職公開 and 直接リクエスト for ``--render-screens`` (docs/product-rules.md §publication): the box
on 求職者情報・設定 with its preview, the publish confirmation, the published state, and the
直接リクエスト in お知らせ with its answers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from mypage_desktop.demo.publication import send_demo_direct_request
from mypage_desktop.ui.devtools.activity_screens import settle
from mypage_desktop.ui.session.tasks import run_blocking
from mypage_desktop.ui.widgets.i18n import t

TEXTS = {"wish_occupation": "一般事務", "wish_location": "山形市、天童市",
         "experience": "経理事務 8年（伝票処理、月次決算、給与計算）\n販売 2年",
         "qualifications": "日商簿記検定2級\n普通自動車第一種運転免許",
         "self_pr": "正確で丁寧な事務処理を心がけています。\n新しいシステムにもすぐに慣れます。"}


async def wait_for(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    """Until ``condition()`` holds (bounded: a picture of a half-loaded page is still written)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


async def render_publication_screens(main: Any, backend: Any, save: Callable[[QWidget, Path], Awaitable[Path]],
                                     out_dir: Path) -> list[Path]:
    from mypage_desktop.ui.shell.main_window import Page

    written: list[Path] = []
    main.select_page(Page.PROFILE)
    page = main.page(Page.PROFILE)
    box = page.publication
    await wait_for(lambda: box.info is not None and not box.busy)
    for name, text in TEXTS.items():
        edit = box.edits[name]
        if isinstance(edit, QLineEdit):
            edit.setText(text)
        else:
            edit.setPlainText(text)
    box.preview_button.click()
    await wait_for(lambda: box.preview.isVisible() and not box.busy)
    page.scroll_area.ensureWidgetVisible(box.preview)
    await asyncio.sleep(0.1)
    written.append(await save(main, out_dir / "26_publication_preview.png"))
    box.publish_button.click()
    await wait_for(lambda: isinstance(box.dialog, QMessageBox) and box.dialog.isVisible())
    dialog = box.dialog
    written.append(await save(dialog, out_dir / "27_publication_confirm.png"))
    next(b for b in dialog.buttons() if b.text() == t("公開する")).click()
    await wait_for(lambda: box.info is not None and box.info.published and not box.busy)
    page.scroll_area.ensureWidgetVisible(box.status)
    await asyncio.sleep(0.1)
    written.append(await save(main, out_dir / "28_publication_published.png"))

    await run_blocking(send_demo_direct_request, backend.context, box.info.profile.public_number)
    main.select_page(Page.NOTICES)
    notices = main.page(Page.NOTICES)
    await settle(notices)
    notices.activate()  # the request arrived after the first load
    await settle(notices)
    table = notices.table
    model = table.model()
    for row in range(model.rowCount()):
        if any("直接リクエスト" in str(model.index(row, column).data()) for column in range(model.columnCount())):
            table.selectRow(row)
            break
    await wait_for(lambda: notices.request_box.info is not None)
    written.append(await save(main, out_dir / "29_direct_request.png"))
    notices.request_box.apply_button.click()  # the answer with its 応募書類 rows
    dialog = notices.request_box.dialog
    if dialog is not None:
        written.append(await save(dialog, out_dir / "29b_direct_request_apply.png"))
        dialog.reject()
    return written
