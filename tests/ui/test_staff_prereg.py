"""「仮登録の確認」 in the staff console, driven by a 職員 (issue 12; docs/product-rules.md
§preregistration; docs/security.md A3, S5): find by number and by フリガナ + 生年月日, correct
after the password prompt, 本登録 with the ID document, then 窓口でマイページを開設 offered;
logout leaves nothing on the page."""

from __future__ import annotations

import asyncio
import dataclasses
import os
from pathlib import Path

from helpers import WAIT_MS
from PySide6.QtCore import Qt
from test_staff_support import (  # noqa: F401 (counter_fixture: a fixture)
    Counter,
    answer_reauth,
    choose,
    click,
    counter_fixture,
    type_into,
)

from mypage_desktop.services.preregistration import seeker
from mypage_desktop.ui.devtools.screen_profiles import REAL_PROFILES, ScreenShooter, simulated_screen
from mypage_desktop.ui.staff.console_window import PREFERRED_SIZE
from mypage_desktop.ui.widgets.screen_fit import fit_to_screen
from services.prereg_helpers import FULL_FORM, PREREG_EMAIL


def idle(qtbot, counter: Counter) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not counter.console.prereg.busy, timeout=WAIT_MS)


def shoot(qtbot, console, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """The console as it opens on each office screen, the whole screen drawn (for review:
    ``MYPAGE_STAFF_SCREENS=DIR`` keeps them)."""
    written = []
    for profile in REAL_PROFILES:
        with simulated_screen(profile):
            fit_to_screen(console, PREFERRED_SIZE)
            shot = asyncio.ensure_future(ScreenShooter(profile).save(console, out / f"s30_prereg_{profile.name}.png"))
            qtbot.waitUntil(shot.done, timeout=WAIT_MS)
            written.append(shot.result())
    return written


def test_find_correct_and_register_a_preregistration(qtbot, counter, ctx, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = seeker.submit(ctx, FULL_FORM, "")
    seeker.submit(ctx, dataclasses.replace(FULL_FORM, name="天童 一郎", name_kana="テンドウ イチロウ",
                                           email="ichiro@example.jp"), "")
    console = counter.console
    console.show_preregistrations()
    page = console.prereg
    type_into(qtbot, page.kana_edit, "サガエ カエデ")
    for edit, text in ((page.year_edit, "1996"), (page.month_edit, "7"), (page.day_edit, "21")):
        type_into(qtbot, edit, text)
    click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    idle(qtbot, counter)
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == done.number
    assert page.pages[0].edits["name"].text() == "寒河江 楓" and "オンライン登録者" in page.heading.text()
    wish = page.pages[2].edits["wish_location"]
    type_into(qtbot, wish, "天童市")
    clock.advance(minutes=ctx.settings.staff_reauth_minutes + 1)
    click(qtbot, page.save_button)
    answer_reauth(qtbot, console)
    qtbot.waitUntil(lambda: "修正を保存しました" in page.message.text(), timeout=WAIT_MS)
    idle(qtbot, counter)
    assert page.detail is not None and page.detail.form.wish_location == "天童市"
    click(qtbot, page.register_button)  # no ID document chosen yet
    qtbot.waitUntil(lambda: "本人確認書類" in page.message.text(), timeout=WAIT_MS)
    idle(qtbot, counter)
    choose(qtbot, page.document, "運転免許証")
    click(qtbot, page.register_button)
    qtbot.waitUntil(lambda: "本登録しました" in page.message.text(), timeout=WAIT_MS)
    idle(qtbot, counter)
    assert PREREG_EMAIL in page.message.text() and "本登録済" in page.heading.text()
    assert page.wizard_button.isVisible() and not page.register_button.isEnabled()
    out = Path(os.environ.get("MYPAGE_STAFF_SCREENS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    assert all(path.stat().st_size > 5000 for path in shoot(qtbot, console, out))
    with qtbot.waitSignal(console.counter_wizard_requested, timeout=WAIT_MS):
        click(qtbot, page.wizard_button)


def test_search_by_number_and_logout_clears_the_page(qtbot, counter, ctx) -> None:  # type: ignore[no-untyped-def]
    done = seeker.submit(ctx, FULL_FORM, "")
    page = counter.console.prereg
    counter.console.show_preregistrations()
    type_into(qtbot, page.number_edit, "123")
    click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: "10桁" in page.message.text(), timeout=WAIT_MS)
    idle(qtbot, counter)
    type_into(qtbot, page.number_edit, done.number.replace("-", ""))
    click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    idle(qtbot, counter)
    click(qtbot, counter.console.logout_button)
    qtbot.waitUntil(lambda: not counter.console.isVisible(), timeout=WAIT_MS)
    assert page.table.rowCount() == 0 and page.detail is None and page.number_edit.text() == ""
    assert all(not value for p in page.pages for value in p.values().values())


def test_the_correction_looks_up_the_address_of_a_postal_code(qtbot, counter, ctx) -> None:  # type: ignore[no-untyped-def]
    """「住所を検索」 on the 連絡先 tab answers at the counter too (through the staff session)."""
    done = seeker.submit(ctx, FULL_FORM, "")
    page = counter.console.prereg
    counter.console.show_preregistrations()
    type_into(qtbot, page.number_edit, done.number)
    click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    idle(qtbot, counter)
    bar = page.form_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    contact = page.contact
    assert contact.isVisible() and contact.lookup_button.isVisible()
    type_into(qtbot, contact.postal_edit, "99-0042")
    click(qtbot, contact.lookup_button)
    qtbot.waitUntil(lambda: "郵便番号" in page.message.text(), timeout=WAIT_MS)
    idle(qtbot, counter)
    assert contact.postal_edit.text() == "99-0042"  # nothing typed is lost
    type_into(qtbot, contact.address_edit, "")
    type_into(qtbot, contact.postal_edit, "9900042")
    click(qtbot, contact.lookup_button)
    qtbot.waitUntil(lambda: contact.address_edit.text() == "山形県山形市七日町", timeout=WAIT_MS)
    idle(qtbot, counter)
    assert page.message.text() == "" and contact.postal_edit.text() == "9900042"
