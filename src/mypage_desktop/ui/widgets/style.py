"""Shared look of the seeker windows and the staff console: headings, the 【！重要！】 logout
reminder, the footer, the top bar with ログアウト. Colours keep WCAG AA contrast on white;
everything user-visible is PlainText."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.ui.widgets.i18n import tr

CONTEXT = "common"
BRAND = "#1d4f91"           # header band (white text on it: contrast 8.6:1)
IMPORTANT_BORDER = "#c00000"
NOTICE_BG = "#fff4e5"

LOGOUT_REMINDER = "ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。"


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.5) -> QLabel:
    label = plain_label(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def important_notice(parent: QWidget | None = None) -> QLabel:
    """The seed's 【！重要！】 reminder, framed in red so it is not overlooked."""
    label = plain_label(tr(CONTEXT, "【！重要！】") + "\n" + tr(CONTEXT, LOGOUT_REMINDER), parent)
    label.setObjectName("importantNotice")
    label.setStyleSheet(
        f"QLabel#importantNotice {{ border: 2px solid {IMPORTANT_BORDER}; background: {NOTICE_BG};"
        " color: #7a0000; padding: 8px; font-weight: bold; }")
    return label


def notice_label(parent: QWidget | None = None) -> QLabel:
    """A hidden information line (e.g. 「セッションの有効期限が切れました。…」)."""
    label = plain_label("", parent)
    label.setObjectName("notice")
    label.setStyleSheet("QLabel#notice { background: #e8f0fb; color: #0b2f5c; padding: 6px;"
                        " border: 1px solid #9db7dc; }")
    label.hide()
    return label


def footer_text(info: AppInfo) -> str:
    return tr(CONTEXT, "{office}　操作方法のお問い合わせ：ヘルプデスク（電話：{helpdesk}）").format(
        office=info.office_name, helpdesk=info.helpdesk_number)


def footer(info: AppInfo, parent: QWidget | None = None) -> QLabel:
    label = plain_label(footer_text(info), parent)
    label.setObjectName("footer")
    label.setStyleSheet("QLabel#footer { color: #444444; border-top: 1px solid #cccccc; padding-top: 6px; }")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def header_band(text: str, parent: QWidget | None = None) -> QLabel:
    label = heading(text, parent, scale=1.4)
    label.setObjectName("headerBand")
    label.setStyleSheet(f"QLabel#headerBand {{ background: {BRAND}; color: white; padding: 10px 14px; }}")
    return label


def top_bar(parent: QWidget | None = None) -> QWidget:
    """The brand-coloured band along the top of a signed-in window (white labels on it); fill
    it with :func:`fill_top_bar`."""
    bar = QWidget(parent)
    bar.setObjectName("topBar")
    bar.setStyleSheet(f"QWidget#topBar {{ background: {BRAND}; }} QLabel {{ color: white; }}")
    return bar


def logout_button(text: str, parent: QWidget | None = None, *, height: int = 36) -> QPushButton:
    """「ログアウト」 on the top bar: white, red-framed, never overlooked (【！重要！】)."""
    button = QPushButton(text, parent)
    button.setObjectName("logoutButton")
    button.setMinimumSize(120, height)
    button.setStyleSheet(
        "QPushButton#logoutButton { background: white; color: #a00000; font-weight: bold;"
        f" border: 2px solid {IMPORTANT_BORDER}; border-radius: 4px; padding: 4px 14px; }}"
        " QPushButton#logoutButton:focus { border: 3px solid #ffbf00; }")
    return button


def fill_top_bar(bar: QWidget, title: QLabel, name: QLabel, *buttons: QWidget) -> None:
    """The title on the left; who is signed in and the buttons (ログアウト last) on the right."""
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(14, 8, 14, 8)
    layout.addWidget(title)
    layout.addStretch(1)
    layout.addWidget(name)
    layout.addSpacing(12)
    for button in buttons:
        layout.addWidget(button)
