"""Shared look of the seeker windows and the staff console: headings, the 【！重要！】 logout
reminder, the footer, the top bar with ログアウト, and the one place for the app's colours
(:data:`STANDARD` and :data:`HIGH_CONTRAST`, applied by ``ui/widgets/display.py``). Every
text/background pair keeps WCAG AA contrast (4.5:1, 3:1 for focus rings and control borders;
``tests/ui/test_contrast.py`` measures them); everything user-visible is PlainText."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.status_label import StatusLabel


@dataclass(frozen=True)
class Colours:
    """One theme's colours (``#rrggbb``). ``text`` is read on ``window`` and ``base``,
    ``selected_text`` on ``selection``; ``focus`` and ``border`` must stand out from
    ``window``, ``base`` and ``button`` (3:1)."""

    name: str
    window: str
    text: str
    base: str               # text boxes, lists, tables
    alternate_base: str
    button: str
    button_text: str
    border: str             # text box, combo, check box and button frames
    focus: str              # the keyboard focus ring
    selection: str
    selected_text: str
    placeholder: str
    disabled_text: str
    link: str
    brand: str              # header band and top bar (brand_text on it)
    brand_text: str
    important_border: str   # 【！重要！】 frame and ログアウト
    important_text: str
    notice_bg: str
    notice_text: str
    info_bg: str
    info_text: str
    info_border: str
    muted_text: str         # footer, hints, captions, finished rows
    error_text: str         # error messages, 文字数超過, closed jobs, 新着, 無効
    alert_bg: str           # closed / withdrawn banners (important_text, important_border on it)
    success_bg: str         # 「変更しました」-type confirmations, own messages
    success_text: str
    success_border: str
    caution_bg: str         # 有効期限 last month
    caution_text: str
    caution_border: str


STANDARD = Colours(
    name="standard", window="#efefef", text="#1a1a1a", base="#ffffff", alternate_base="#f5f5f5",
    button="#f7f7f7", button_text="#1a1a1a", border="#6b6b6b", focus="#0b4fa8",
    selection="#1d4f91", selected_text="#ffffff", placeholder="#5c5c5c", disabled_text="#6e6e6e",
    link="#1f4e96", brand="#1d4f91", brand_text="#ffffff", important_border="#c00000",
    important_text="#7a0000", notice_bg="#fff4e5", notice_text="#7a0000", info_bg="#e8f0fb",
    info_text="#0b2f5c", info_border="#4a6f9f", muted_text="#444444", error_text="#a00000",
    alert_bg="#fde8e8", success_bg="#e7f4e8", success_text="#124d1a", success_border="#3d8b47",
    caution_bg="#fff8e1", caution_text="#5c3b00", caution_border="#a86b00")

HIGH_CONTRAST = Colours(
    name="high_contrast", window="#000000", text="#ffffff", base="#000000", alternate_base="#1a1a1a",
    button="#000000", button_text="#ffffff", border="#ffffff", focus="#ffff00",
    selection="#ffff00", selected_text="#000000", placeholder="#d0d0d0", disabled_text="#a0a0a0",
    link="#8fd3ff", brand="#000000", brand_text="#ffffff", important_border="#ff6060",
    important_text="#ffffff", notice_bg="#000000", notice_text="#ffffff", info_bg="#000000",
    info_text="#ffffff", info_border="#ffffff", muted_text="#e0e0e0", error_text="#ff8080",
    alert_bg="#000000", success_bg="#000000", success_text="#ffffff", success_border="#00ffff",
    caution_bg="#000000", caution_text="#ffff00", caution_border="#ffff00")

THEMES = {c.name: c for c in (STANDARD, HIGH_CONTRAST)}
_current = [STANDARD]


def colours() -> Colours:
    """The theme in use now (set by ``ui/widgets/display.py``)."""
    return _current[0]


def theme_colours(theme: Colours) -> set[str]:
    """Every colour of ``theme`` (what a widget's own stylesheet may use)."""
    return {getattr(theme, f.name) for f in fields(theme) if f.name != "name"}


def set_colours(theme: Colours) -> None:
    _current[0] = theme


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


SHEET_ATTR = "_mypage_sheet"
FONT_SCALE_ATTR = "_mypage_font_scale"
# A method a widget class defines to follow a display change (ui/widgets/display_controls.py, the
# message thread). A method of the class, not a bound method stored on the widget: that would be
# a reference cycle, and the widget would outlive its test or window until a full collection.
FOLLOW_ATTR = "follow_display"
# Sizes taken from the font in use, and again by restyle_all: attribute name → how a widget
# carrying that attribute is sized from it. The attribute holds plain data, no callable, so
# nothing keeps the widget alive; the module that sets it registers its refit
# (ui/widgets/text_width.py, ui/widgets/list_table.py).
_REFITS: dict[str, Callable[[QWidget, Any], None]] = {}


def refit_on_display_change(attr: str, refit: Callable[[QWidget, Any], None]) -> None:
    _REFITS[attr] = refit


def themed_sheet(widget: QWidget, build: Callable[[Colours], str]) -> None:
    """Sets ``widget``'s stylesheet from the current theme and again whenever the theme changes
    (:func:`restyle_all`)."""
    setattr(widget, SHEET_ATTR, build)
    widget.setStyleSheet(build(colours()))


def text_colour(role: str | None, *, bold: bool = False) -> Callable[[Colours], str]:
    """A :func:`themed_sheet` builder: the text in the theme's ``role`` colour (e.g.
    ``"error_text"``), or no stylesheet for ``None``."""
    weight = " font-weight: bold;" if bold else ""
    return lambda c: f"color: {getattr(c, role)};{weight}" if role else ""


def restyle_all(base_point_size: float) -> None:
    """After a theme or text-size change: rebuilds the themed stylesheets, the fonts of
    headings (which carry their own size, a multiple of the application font's) and every size
    registered with :func:`refit_on_display_change` (boxes sized from their text or lines, the
    lists' rows and columns)."""
    for widget in QApplication.allWidgets():
        build = getattr(widget, SHEET_ATTR, None)
        if build is not None:
            widget.setStyleSheet(build(colours()))
        scale = getattr(widget, FONT_SCALE_ATTR, None)
        if scale is not None:
            font = QFont(widget.font())
            font.setPointSizeF(base_point_size * scale)
            widget.setFont(font)
        follow = getattr(widget, FOLLOW_ATTR, None)
        if follow is not None:
            follow()
        for attr, refit in _REFITS.items():
            spec = getattr(widget, attr, None)
            if spec is not None:
                refit(widget, spec)


# Kept for the modules that import them; they are the standard theme's values.
BRAND = STANDARD.brand
IMPORTANT_BORDER = STANDARD.important_border
NOTICE_BG = STANDARD.notice_bg

LOGOUT_REMINDER = N_("ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。")


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.5) -> QLabel:
    label = plain_label(text, parent)
    scaled_font(label, scale, bold=True)
    label.setAccessibleName(text)
    return label


def scaled_font(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """``widget``'s text ``scale`` times the application's size, now and after every display
    change (:func:`restyle_all`): a size set once would stay when 文字の大きさ changes."""
    font = QFont(widget.font())
    font.setBold(bold)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    setattr(widget, FONT_SCALE_ATTR, scale)


def important_notice(parent: QWidget | None = None) -> QLabel:
    """The seed's 【！重要！】 reminder, framed in red so it is not overlooked."""
    label = plain_label(t("【！重要！】") + "\n" + t(LOGOUT_REMINDER), parent)
    label.setObjectName("importantNotice")
    themed_sheet(label, lambda c: (
        f"QLabel#importantNotice {{ border: 2px solid {c.important_border}; background: {c.notice_bg};"
        f" color: {c.notice_text}; padding: 8px; font-weight: bold; }}"))
    return label


def notice_label(parent: QWidget | None = None) -> QLabel:
    """A hidden information line (e.g. 「セッションの有効期限が切れました。…」), read out by a
    screen reader when it appears (a status label, WCAG 4.1.3)."""
    label = StatusLabel("", parent)
    label.setObjectName("notice")
    themed_sheet(label, lambda c: f"QLabel#notice {{ background: {c.info_bg}; color: {c.info_text}; padding: 6px;"
                                  f" border: 1px solid {c.info_border}; }}")
    label.hide()
    return label


def footer_text(info: AppInfo) -> str:
    return t("{office}　操作方法のお問い合わせ：ヘルプデスク（電話：{helpdesk}）").format(
        office=info.office_name, helpdesk=info.helpdesk_number)


def footer(info: AppInfo, parent: QWidget | None = None) -> QLabel:
    label = plain_label(footer_text(info), parent)
    label.setObjectName("footer")
    themed_sheet(label, lambda c: f"QLabel#footer {{ color: {c.muted_text}; border-top: 1px solid {c.border};"
                                  " padding-top: 6px; }")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def header_band(text: str, parent: QWidget | None = None) -> QLabel:
    label = heading(text, parent, scale=1.4)
    label.setObjectName("headerBand")
    themed_sheet(label, lambda c: f"QLabel#headerBand {{ background: {c.brand}; color: {c.brand_text};"
                                  f" padding: 10px 14px; border-bottom: 2px solid {c.border}; }}")
    return label


def top_bar(parent: QWidget | None = None) -> QWidget:
    """The brand-coloured band along the top of a signed-in window (white labels on it); fill
    it with :func:`fill_top_bar`."""
    bar = QWidget(parent)
    bar.setObjectName("topBar")
    themed_sheet(bar, lambda c: f"QWidget#topBar {{ background: {c.brand}; border-bottom: 2px solid {c.border}; }}"
                                f" QLabel {{ color: {c.brand_text}; }}")
    return bar


def logout_button(text: str, parent: QWidget | None = None, *, height: int = 36) -> QPushButton:
    """「ログアウト」 on the top bar: white, red-framed, never overlooked (【！重要！】)."""
    button = QPushButton(text, parent)
    button.setObjectName("logoutButton")
    button.setMinimumSize(120, height)
    # the focus ring on the white button: dark blue (standard) or yellow on black (high contrast)
    themed_sheet(button, lambda c: (
        f"QPushButton#logoutButton {{ background: {c.base}; color: {c.error_text}; font-weight: bold;"
        f" border: 2px solid {c.important_border}; border-radius: 4px; padding: 4px 14px; }}"
        f" QPushButton#logoutButton:focus {{ border: 3px solid {c.focus}; }}"))
    return button


def fill_top_bar(bar: QWidget, title: QLabel, name: QLabel, *buttons: QWidget) -> None:
    """The title on the left; who is signed in and the buttons (ログアウト last) on the right."""
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(14, 8, 14, 8)
    layout.addWidget(title, 1)  # the room it needs (a translated title is longer); wraps only beyond
    layout.addWidget(name)
    layout.addSpacing(12)
    for button in buttons:
        layout.addWidget(button)
