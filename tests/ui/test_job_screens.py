"""The job pages of ``--render-screens``, rendered in-process on the test backend."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QWidget
from test_job_support import WAIT_MS, job_window_fixture  # noqa: F401 (job_window_fixture: a fixture)

from mypage_desktop.demo.jobs import bulk_load
from mypage_desktop.ui.devtools.job_screens import render_job_screens
from services.job_fixtures import TODAY


async def grab(widget: QWidget, path: Path) -> Path:
    widget.show()
    await asyncio.sleep(0.02)
    assert widget.grab().save(str(path))
    return path


def test_render_job_screens(qtbot, job_window, ctx, clock, tmp_path) -> None:
    bulk_load(ctx.session_factory, 300, seed=5, today=TODAY, now=clock.now, optimize=False)
    task = asyncio.ensure_future(render_job_screens(job_window, grab, tmp_path))
    qtbot.waitUntil(task.done, timeout=WAIT_MS * 3)
    names = [p.name for p in task.result()]
    assert names == ["14_job_search.png", "15_job_detail.png", "16_job_save_dialog.png", "17_saved_searches.png",
                     "18_kept_jobs.png"]
    assert all((tmp_path / name).stat().st_size > 3000 for name in names)
    assert job_window.jobs.kept.model.rowCount() == 2 and job_window.jobs.saved.model.rowCount() == 2
