"""The オンライン自主応募 dialog and the 履歴書 form for ``--render-screens``
(docs/product-rules.md §application-documents): a 求人票 that accepts online applications,
「応募する」 with a 志望動機 typed, then 「作成する…」 filled from the demo registration."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.documents import DocumentKind
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.ui.devtools.job_screens import WAIT_SECONDS, wait_for

MOTIVATION = "介護の現場で五年間働いてきました。利用者の方に寄り添う支援を続けたいと考え、応募しました。"


async def _until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


async def render_apply_screens(main: Any, owner: Any, facade: Any, save: Callable[[QWidget, Path], Awaitable[Path]],
                               out_dir: Path) -> list[Path]:
    """``main`` is a logged-in :class:`MainWindow` of ``owner``'s session; nothing is applied for
    (the dialog is cancelled)."""
    page = await owner.call(facade.search_jobs, JobConditions(free_words="介護"), SortOrder.NEWEST, 50)
    job = next((row for row in page.rows if row.online_application and not row.closed), None)
    if job is None:
        return []
    detail = main.jobs.detail
    await wait_for(detail.apply_state_changed, lambda: main._on_page_job_requested(job.job_id))
    if not detail.apply_button.isEnabled():
        return []
    detail.apply_button.click()
    dialog = detail.apply_panel.dialog
    dialog.motivation_edit.setPlainText(MOTIVATION)
    written = [await save(dialog, out_dir / "19_apply_dialog.png")]
    row = dialog.row(DocumentKind.RESUME)
    row.write_button.click()
    form = row.resume_dialog
    await _until(lambda: form.value("name") != "")
    written.append(await save(form, out_dir / "19r_resume_form.png"))
    form.reject()
    dialog.reject()
    return written
