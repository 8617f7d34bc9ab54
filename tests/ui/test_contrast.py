"""WCAG contrast of what is applied (issue 15): the palette the application really carries after
:func:`apply_display`, the application stylesheet's focus ring and frames, and the colours in
every widget's own stylesheet on the login window and on every screen state ``--render-screens``
draws, in both themes. Text 4.5:1; the focus ring and borders 3:1; a widget's colours come from
the theme in use (docs/accessibility.md §contrast)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from mypage_desktop.domain.activity_dto import ApplicationSummary
from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.ui.applications.withdraw_dialog import WithdrawDialog
from mypage_desktop.ui.devtools import screen_profiles
from mypage_desktop.ui.devtools.screens import render_all_screens_async, render_variants_async
from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.session.idle_warning import IdleWarning
from mypage_desktop.ui.widgets import display, style
from mypage_desktop.ui.widgets.kiosk_save_dialog import KioskSaveDialog
from mypage_desktop.ui.widgets.style import contrast_ratio
from mypage_desktop.ui.widgets.user_guide import UserGuideDialog

TEXT = 4.5
NON_TEXT = 3.0
THEMES = sorted(style.THEMES)
Role = QPalette.ColorRole
_HEX = r"#[0-9a-fA-F]{6}\b|\bwhite\b|\bblack\b"
_NAMED = {"white": "#ffffff", "black": "#000000"}


@pytest.fixture
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[style.Colours]:
    display.apply_display(display.DisplayChoice(100, request.param), qapp)
    try:
        yield style.THEMES[request.param]
    finally:
        display.apply_display(display.DisplayChoice(), qapp)
        qapp.setStyleSheet("")


def _hex(colour: str) -> str:
    return _NAMED.get(colour.lower(), colour.lower())


def _role(palette: QPalette, role: QPalette.ColorRole) -> str:
    return palette.color(QPalette.ColorGroup.Active, role).name()


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffbf00", "#efefef") < NON_TEXT  # the old focus ring fails


@pytest.mark.parametrize("themed", THEMES, indirect=True)
def test_applied_palette_text_pairs(qapp: QApplication, themed: style.Colours) -> None:
    palette = qapp.palette()
    pairs = [(Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
             (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
             (Role.PlaceholderText, Role.Base), (Role.Link, Role.Base), (Role.Link, Role.Window),
             (Role.ToolTipText, Role.ToolTipBase)]
    failing = {(fg.name, bg.name): round(contrast_ratio(_role(palette, fg), _role(palette, bg)), 2)
               for fg, bg in pairs if contrast_ratio(_role(palette, fg), _role(palette, bg)) < TEXT}
    assert failing == {}


@pytest.mark.parametrize("themed", THEMES, indirect=True)
def test_theme_text_on_its_own_backgrounds(themed: style.Colours) -> None:
    c = themed
    pairs = {"brand": (c.brand_text, c.brand), "notice": (c.notice_text, c.notice_bg),
             "info": (c.info_text, c.info_bg), "footer": (c.muted_text, c.window),
             "error on window": (c.error_text, c.window), "error on base": (c.error_text, c.base),
             "alert": (c.important_text, c.alert_bg), "success": (c.success_text, c.success_bg),
             "success on window": (c.success_text, c.window), "caution": (c.caution_text, c.caution_bg),
             "muted on base": (c.muted_text, c.base), "info on base": (c.info_text, c.base)}
    failing = {k: round(contrast_ratio(*v), 2) for k, v in pairs.items() if contrast_ratio(*v) < TEXT}
    assert failing == {}


@pytest.mark.parametrize("themed", THEMES, indirect=True)
def test_focus_ring_and_borders_stand_out(qapp: QApplication, themed: style.Colours) -> None:
    sheet = qapp.styleSheet()
    palette = qapp.palette()
    backgrounds = {r.name: _role(palette, r) for r in (Role.Window, Role.Base, Role.Button)}
    focus_colours = {_hex(m) for m in re.findall(r":focus[^{]*\{[^}]*border:[^;}]*?(" + _HEX + ")", sheet)}
    frame_colours = {_hex(m) for m in re.findall(r"border:\s*\d+px solid (" + _HEX + ")", sheet)}
    assert focus_colours == {themed.focus}
    assert themed.border in frame_colours
    failing = {(colour, name): round(contrast_ratio(colour, bg), 2)
               for colour in frame_colours | focus_colours - {themed.disabled_text}
               for name, bg in backgrounds.items() if contrast_ratio(colour, bg) < NON_TEXT}
    assert failing == {}


def _rules(sheet: str) -> Iterator[tuple[str, str]]:
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        yield selector.strip(), body


def _prop(body: str, name: str) -> str | None:
    match = re.search(r"(?:^|[;\s])" + name + r"\s*:\s*(" + _HEX + ")", body)
    return _hex(match.group(1)) if match else None


def stylesheet_findings(window: QWidget, window_colour: str) -> list[str]:
    """Every widget's own stylesheet: text colour against the rule's background (or the
    window's), and a :focus border against the window colour."""
    findings = []
    for widget in [window, *window.findChildren(QWidget)]:
        backgrounds = [b for _, body in _rules(widget.styleSheet()) if (b := _prop(body, "background"))]
        for selector, body in _rules(widget.styleSheet()):
            colour = _prop(body, "color")
            background = _prop(body, "background") or (backgrounds[0] if backgrounds else window_colour)
            if colour and contrast_ratio(colour, background) < TEXT:
                findings.append(f"{selector}: text {colour} on {background}")
            border = re.search(r"border:\s*\d+px solid (" + _HEX + ")", body)
            if ":focus" in selector and border and contrast_ratio(_hex(border.group(1)), window_colour) < NON_TEXT:
                findings.append(f"{selector}: focus ring {border.group(1)} on {window_colour}")
    return findings


@pytest.mark.parametrize("themed", THEMES, indirect=True)
def test_login_window_stylesheets(qtbot, facade, themed: style.Colours) -> None:  # type: ignore[no-untyped-def]
    window = LoginWindow(facade.app_info(), facade)
    qtbot.addWidget(window)
    assert stylesheet_findings(window, themed.window) == []


def test_the_stylesheet_check_finds_the_old_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    button = QWidget(window)
    button.setStyleSheet("QPushButton#x { color: #8a8a8a; } QPushButton#x:focus { border: 3px solid #ffbf00; }")
    assert len(stylesheet_findings(window, "#efefef")) == 2


@pytest.mark.parametrize("themed", THEMES, indirect=True)
def test_placeholder_as_drawn(qtbot, themed: style.Colours) -> None:  # type: ignore[no-untyped-def]
    """The pixels of a placeholder (not only the palette): its strongest colour on the text box."""
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setPlaceholderText("ＭＭＭＭ hellowork@example.jp")
    edit.resize(400, 40)
    edit.show()
    qtbot.waitExposed(edit)
    image = edit.grab().toImage()
    inner = [image.pixelColor(x, y).name() for x in range(6, 300) for y in range(8, 32)]
    strongest = max(set(inner), key=lambda colour: contrast_ratio(colour, themed.base))
    assert strongest == themed.placeholder
    assert contrast_ratio(strongest, themed.base) >= TEXT


# ``color: …``, ``background: …``, ``border-bottom: 1px solid …``: every word of a colour-carrying
# property that Qt takes for a colour (#rgb, #rrggbb, a name such as "white", rgb(…)).
_COLOUR_PROPERTY = re.compile(r"\b(color|background(?:-color)?|border(?:-(?:top|right|bottom|left))?(?:-color)?)"
                              r"\s*:\s*([^;}]*)")


def _colours_in(value: str) -> list[str]:
    words = re.findall(r"rgba?\([^)]*\)|#[0-9a-fA-F]+|[A-Za-z]+", value)
    return [QColor(w).name() if not w.startswith("rgb") else w for w in words
            if w.startswith("rgb") or (w.lower() != "transparent" and QColor.isValidColorName(w))]


def foreign_colours(window: QWidget, theme: style.Colours) -> list[str]:
    """Colours in a widget's own stylesheet, or in an item view's text, that are not the
    theme's (a hard-coded colour keeps its standard look in ハイコントラスト)."""
    allowed = style.theme_colours(theme)
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        for prop, value in _COLOUR_PROPERTY.findall(widget.styleSheet()):
            found += [f"{type(widget).__name__}#{widget.objectName()} {prop}: {colour}"
                      for colour in _colours_in(value) if colour not in allowed]
        if isinstance(widget, QAbstractItemView) and (model := widget.model()) is not None:
            found += [f"{type(widget).__name__} row {row}: {colour}" for row, colour in _item_colours(model)
                      if colour not in allowed]
    return found


def _item_colours(model) -> Iterator[tuple[int, str]]:  # type: ignore[no-untyped-def]
    root = QModelIndex()
    for row in range(min(model.rowCount(root), 100)):
        for column in range(1 if isinstance(model, QAbstractListModel) else model.columnCount(root)):
            value = model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
            if isinstance(value, QBrush):
                value = value.color()
            if isinstance(value, QColor):
                yield row, value.name()


def border_findings(window: QWidget, window_colour: str) -> list[str]:
    """Every border colour in a widget's own stylesheet: 3:1 against the rule's background (or
    the sheet's) inside it or the window outside it (a band's edge on the window, a focus
    ring in a button's margin)."""
    findings = []
    for widget in [window, *window.findChildren(QWidget)]:
        backgrounds = [b for _, body in _rules(widget.styleSheet()) if (b := _prop(body, "background"))]
        for selector, body in _rules(widget.styleSheet()):
            background = _prop(body, "background") or (backgrounds[0] if backgrounds else window_colour)
            for _, value in re.findall(r"\b(border(?:-\w+)?)\s*:\s*([^;}]*)", body):
                findings += [f"{selector}: border {colour} on {background} and {window_colour}"
                             for colour in _colours_in(value) if colour.startswith("#")
                             and max(contrast_ratio(colour, bg) for bg in (background, window_colour)) < NON_TEXT]
    return findings


def test_the_theme_check_finds_a_hard_coded_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    QWidget(window).setStyleSheet("QLabel#x { color: #7a0000; border-bottom: 1px solid white; }")
    QWidget(window).setStyleSheet("color: #8a0000; background: transparent;")
    assert len(foreign_colours(window, style.HIGH_CONTRAST)) == 2  # the standard notice text, #8a0000
    assert len(foreign_colours(window, style.STANDARD)) == 1  # #8a0000
    assert len(border_findings(window, style.STANDARD.window)) == 1  # white on the light window


@pytest.mark.slow
@pytest.mark.parametrize("look", ["standard", "high_contrast"])
def test_every_rendered_screen_takes_its_colours_from_the_theme(qtbot, qloop, tmp_path, look: str) -> None:  # type: ignore[no-untyped-def]
    """One ``--render-screens`` pass per theme (the standard set; the Japanese ハイコントラスト
    set): in every screen state each colour of a widget's own stylesheet and of a table's text
    is the theme's, text reaches 4.5:1 on its background and a border 3:1."""
    findings: set[str] = set()
    states: list[str] = []

    def hook(window: QWidget, path: Path) -> None:
        theme = style.colours()
        states.append(path.stem)
        findings.update(f"{path.stem}: {line}" for line in [
            *foreign_colours(window, theme), *stylesheet_findings(window, theme.window),
            *border_findings(window, theme.window)])
        if theme.name != look:
            findings.add(f"{path.stem}: drawn in {theme.name}")

    screen_profiles.RENDER_HOOKS.append(hook)
    try:
        if look == "standard":
            task = asyncio.ensure_future(render_all_screens_async(tmp_path / "shots", profiles=()))
        else:
            task = asyncio.ensure_future(render_variants_async(tmp_path / "shots", (SOURCE,), (look,)))
        qtbot.waitUntil(task.done, timeout=WAIT_MS * 12)
        task.result()
    finally:
        screen_profiles.RENDER_HOOKS.remove(hook)
    assert len(states) >= 30
    assert not findings, "\n".join(sorted(findings))


@pytest.mark.parametrize("themed", THEMES, indirect=True)
def test_dialogs_outside_the_rendered_set_take_the_themes_colours(qtbot, facade, tmp_path,  # type: ignore[no-untyped-def]
                                                                    themed: style.Colours) -> None:
    """The dialogs ``--render-screens`` does not draw (辞退, the kiosk's save place, the idle
    warning, the user guide), shown in each theme, go through the same three checks."""
    summary = ApplicationSummary(
        application_id=1, application_number="A-0001", source="紹介", referral_id=None, referral_number=None,
        applied_on=date(2026, 12, 1), job_id=1, job_number="33040-00000001", company_name="株式会社山月",
        occupation="介護職員", work_location="山形県山形市", status="応募中",
        status_changed_at=datetime(2026, 12, 1, 9, 0), next_interview_at=None, withdrawable=True,
        messaging_available=False, unread_messages=0)
    withdraw = WithdrawDialog(summary)
    withdraw.show_error("送信できませんでした。しばらくしてからもう一度お試しください。")
    dialogs: list[QWidget] = [withdraw, KioskSaveDialog(None, "保存", "履歴書.pdf", str(tmp_path)),
                              IdleWarning(), UserGuideDialog(facade.app_info())]
    findings: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        name = type(dialog).__name__
        findings += [f"{name}: {line}" for line in [
            *foreign_colours(dialog, themed), *stylesheet_findings(dialog, themed.window),
            *border_findings(dialog, themed.window)]]
        dialog.close()
    assert withdraw.findChildren(QLabel)  # the checks had widgets to look at
    assert not findings, "\n".join(findings)


def test_message_thread_is_drawn_again_in_the_new_theme(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    """The thread's bubbles and texts are document formats, not a stylesheet: a theme change
    draws the shown thread again in the new colours."""
    from datetime import UTC, datetime

    from PySide6.QtGui import QTextFrame

    from mypage_desktop.domain.activity_dto import MessageThread, ThreadMessage
    from mypage_desktop.ui.messages.thread_view import ThreadView

    def bubbles(view: ThreadView) -> list[tuple[str, str]]:
        frames = [f for f in view.document().rootFrame().childFrames() if isinstance(f, QTextFrame)]
        return [(f.frameFormat().background().color().name(),
                 f.firstCursorPosition().charFormat().foreground().color().name()) for f in frames]

    sent = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    thread = MessageThread(1, "A1", "株式会社さくら", "一般事務", True, None, 2000,
                           (ThreadMessage(1, True, "株式会社さくら", "面接の日時です。", sent, False),
                            ThreadMessage(2, False, "ご本人", "承知しました。", sent, False)))
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_thread(thread)
    standard = style.STANDARD
    assert bubbles(view) == [(standard.info_bg, standard.text), (standard.success_bg, standard.text)]
    display.apply_display(display.DisplayChoice(100, "high_contrast"), qapp)
    try:
        high = style.HIGH_CONTRAST
        assert bubbles(view) == [(high.info_bg, high.text), (high.success_bg, high.text)]
    finally:
        display.apply_display(display.DisplayChoice(), qapp)
        qapp.setStyleSheet("")
