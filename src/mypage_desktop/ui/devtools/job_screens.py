"""The job pages for ``--render-screens``: a search with results, a 求人票 (kept), the save
dialog, 保存した検索条件 and キープした求人, walked through the real main window the way a
seeker would (typing, Enter, opening a row), on the demo back end's generated postings."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

JOBS_SIZE = (1280, 860)
WAIT_SECONDS = 20.0


async def wait_for(signal: SignalInstance, action: Callable[[], object] | None = None) -> None:
    """Runs ``action`` and waits (bounded) until ``signal`` fires."""
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def fired(*_args: Any) -> None:
        if not done.done():
            done.set_result(None)

    signal.connect(fired)
    try:
        if action is not None:
            action()
        await asyncio.wait_for(done, WAIT_SECONDS)
    finally:
        signal.disconnect(fired)


async def render_job_screens(main: Any, save: Callable[[QWidget, Path], Awaitable[Path]],
                             out_dir: Path, size: tuple[int, int] | None = JOBS_SIZE) -> list[Path]:
    """``main`` is a logged-in :class:`MainWindow`; ``save`` grabs a widget into a PNG;
    ``size``: the window's size for these shots (None: as it is)."""
    from mypage_desktop.ui.shell.main_window import Page

    written: list[Path] = []
    jobs = main.jobs
    if size is not None:
        main.resize(*size)
    main.select_page(Page.SEARCH)
    page = jobs.search
    page.form.free_words.setText("介護")
    page.form.categories["一般"].setChecked(True)
    await wait_for(page.search_finished, page.form.search_button.click)
    table = page.table
    for row in range(min(2, page.model.rowCount())):
        table.selectRow(row)
        await wait_for(jobs.detail.job_shown, lambda: table.job_activated.emit(table.current_job_id()))
        await wait_for(jobs.detail.kept_changed, jobs.detail.keep_button.click)
        if row == 0:
            written.append(await save(main, out_dir / "15_job_detail.png"))
        jobs.detail.back_button.click()
    table.clearSelection()
    written.insert(0, await save(main, out_dir / "14_job_search.png"))  # with the ★ of the kept jobs

    dialog = page.saver.start()
    dialog.name_edit.setText("介護（一般）")
    written.append(await save(dialog, out_dir / "16_job_save_dialog.png"))
    await wait_for(page.search_saved, dialog.ok_button.click)
    page.form.reset()
    page.form.free_words.setText("事務")
    await wait_for(page.search_saved, lambda: page.saver.start().ok_button.click())

    await wait_for(jobs.saved.refreshed, lambda: main.select_page(Page.SAVED))
    written.append(await save(main, out_dir / "17_saved_searches.png"))
    await wait_for(jobs.kept.refreshed, lambda: main.select_page(Page.KEPT))
    written.append(await save(main, out_dir / "18_kept_jobs.png"))
    return written
