"""``--render-screens`` and the stall-benchmark hook: both walk the real flow end to end."""

from __future__ import annotations

import asyncio

import pytest
from helpers import (
    WAIT_MS,
    run_app,
)
from PySide6.QtGui import QImage

from mypage_desktop.ui.devtools.bench_hooks import run_registration_and_login_flow
from mypage_desktop.ui.devtools.screen_profiles import REAL_PROFILES

# The wizard's own walk-through is rendered once, at its roomy size (ui/devtools/wizard_screens.py).
WIZARD_STEPS = ((2, "consent_agreed"), (3, "email_errors"), (4, "email"), (5, "password"),
                (6, "password_errors"), (7, "key_rejected"), (8, "password_filled"), (9, "done"))


@pytest.mark.slow
def test_render_screens_writes_every_screen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shots"
    result = run_app(tmp_path, "--render-screens", str(out), timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    names = {p.name for p in out.glob("*.png")}
    assert {"00_login.png", "10_demo_mailbox.png", "11_login_error.png", "12_main_home.png",
            "13_main_profile.png", "11r_password_reset.png", "20_registration.png", "21_referrals.png",
            "22_referral_letter.png", "23_applications.png", "24_messages.png", "25_notices.png",
            "26_publication_preview.png", "27_publication_confirm.png", "28_publication_published.png",
            "29_direct_request.png"} <= names
    assert all((out / name).stat().st_size > 5000 for name in names)
    # The same screens at the sizes windows really get on office screens, each a whole screen.
    for profile in REAL_PROFILES:
        real = {p.name for p in (out / profile.name).glob("*.png")}
        assert names - {f"0{n}_{s}.png" for n, s in WIZARD_STEPS} <= real, profile.name
        assert all(QImage(str(out / profile.name / name)).size() == profile.screen for name in real)


@pytest.mark.slow
def test_bench_hook_runs_the_flow_on_a_running_qasync_loop(qtbot, qloop) -> None:  # type: ignore[no-untyped-def]
    """Production argon2 (C1 parameters), the real façade, login window and session owner."""
    phases: list[str] = []
    task = asyncio.ensure_future(run_registration_and_login_flow(mark=phases.append))
    qtbot.waitUntil(task.done, timeout=WAIT_MS * 6)
    assert "logged in and out" in task.result()
    assert phases[:2] == ["load modules", "open backend"] and phases[-2:] == ["logout", "close"]


def test_remote_bench_hook_logs_a_kiosk_in_and_out_over_the_office_server(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    """``bench/run stall --backend remote``: the same windows over the remote back end (the
    real server application in-process; the benchmark runs it as ``mypage-server``)."""
    from sqlalchemy import select

    from mypage_desktop import pki
    from mypage_desktop.db.account_models import AuthSession
    from mypage_desktop.domain.caller import KIOSK
    from mypage_desktop.ui.devtools.bench_hooks import run_remote_login_flow
    from server_helpers import enrol, give_ca, remote_backend
    from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account

    ctx = backend.context
    give_ca(ctx, pki.create_ca("mypage test office CA"))
    open_account(ctx)
    _uid, device_token = enrol(ctx, KIOSK, "キオスク1")
    remote, client = remote_backend(ctx, device_token)
    phases: list[str] = []
    task = asyncio.ensure_future(run_remote_login_flow(DEMO_EMAIL, GOOD_PASSWORD, mark=phases.append,
                                                       open_backend=lambda: remote))
    try:
        qtbot.waitUntil(task.done, timeout=WAIT_MS * 6)
    finally:
        client.close()
    assert task.result().startswith("kiosk logged in and out")
    assert phases[:2] == ["load modules", "open backend"] and phases[-2:] == ["logout", "close"]
    with ctx.session_factory() as session:
        sessions = list(session.scalars(select(AuthSession)))
    assert sessions and all(row.revoked_at is not None for row in sessions)  # logged out for real
