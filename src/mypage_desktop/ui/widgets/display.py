"""The in-app display choices (issue 15): 文字の大きさ 100 / 125 / 150 / 200 % and 表示
標準 / ハイコントラスト, applied app-wide at once: the application font (the base size times
the scale), the palette and one application stylesheet built from the theme's colours
(``ui/widgets/style.py``). A kiosk user cannot reach the OS settings, so these are in the app.

The system's contrast preference is followed where Qt reports it
(``QStyleHints.accessibility().contrastPreference()``) until the user chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.remembered import read_choice, write_choice

SCALES = (100, 125, 150, 200)
BASE_POINT_SIZE_PROPERTY = "mypageBasePointSize"
DEFAULT_BASE_POINT_SIZE = 11.0


@dataclass(frozen=True)
class DisplayChoice:
    scale: int = 100
    theme: str = style.STANDARD.name

    def __post_init__(self) -> None:
        if self.scale not in SCALES:
            raise ValueError(f"scale must be one of {SCALES}")
        if self.theme not in style.THEMES:
            raise ValueError(f"theme must be one of {sorted(style.THEMES)}")


_applied = [DisplayChoice()]


def current() -> DisplayChoice:
    return _applied[0]


def system_prefers_high_contrast() -> bool:
    """True when the platform reports a high-contrast preference (Qt 6.10+)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    try:
        preference = accessibility().contrastPreference()
    except (AttributeError, RuntimeError):
        return False
    return bool(preference == Qt.ContrastPreference.HighContrast)


def default_choice() -> DisplayChoice:
    theme = style.HIGH_CONTRAST.name if system_prefers_high_contrast() else style.STANDARD.name
    return DisplayChoice(100, theme)


def palette_for(c: style.Colours) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base, QPalette.ColorRole.AlternateBase: c.alternate_base,
        QPalette.ColorRole.Text: c.text, QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.button_text, QPalette.ColorRole.Highlight: c.selection,
        QPalette.ColorRole.HighlightedText: c.selected_text,
        QPalette.ColorRole.PlaceholderText: c.placeholder, QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.ToolTipBase: c.base, QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.BrightText: c.error_text,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return palette


SINGLE_LINE = "QLineEdit, QComboBox, QSpinBox, QDateEdit, QAbstractSpinBox"


def app_stylesheet(c: style.Colours) -> str:
    """Control frames (3:1), the focus ring (3:1, thicker than the frame) and the selection,
    from the theme; widgets' own stylesheets keep their specific rules."""
    edits = f"{SINGLE_LINE}, QPlainTextEdit, QTextEdit"
    focused = ", ".join(f"{w.strip()}:focus" for w in edits.split(","))
    return (
        f"{edits} {{ border: 1px solid {c.border}; background: {c.base}; color: {c.text};"
        f" placeholder-text-color: {c.placeholder};"
        f" selection-background-color: {c.selection}; selection-color: {c.selected_text};"
        " padding: 2px; }"
        # A 24-pixel target for one-line boxes. Not for QPlainTextEdit and QTextEdit: a
        # stylesheet's min-height replaces, when the widget is polished (shown), the minimum
        # height the code set, and the boxes that keep a few lines (ui/widgets/text_width.py
        # height_for_lines) shrank to one.
        f" {SINGLE_LINE} {{ min-height: 22px; }}"
        f" {focused} {{ border: 2px solid {c.focus}; }}"
        f" QAbstractItemView {{ selection-background-color: {c.selection};"
        f" selection-color: {c.selected_text}; }}"
        f" QAbstractItemView:focus {{ border: 2px solid {c.focus}; }}"
        f" QCheckBox::indicator, QRadioButton::indicator {{ width: 16px; height: 16px;"
        f" border: 2px solid {c.border}; background: {c.base}; }}"
        " QRadioButton::indicator { border-radius: 10px; }"
        " QCheckBox, QRadioButton { padding: 3px 0px; }"  # a target of at least 24×24 (WCAG 2.5.8)
        f" QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {c.selection};"
        f" border: 2px solid {c.border}; }}"
        f" QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.focus}; }}"
        f" QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {c.disabled_text}; }}"
        f" QPushButton {{ background: {c.button}; color: {c.button_text}; border: 1px solid {c.border};"
        " border-radius: 3px; padding: 4px 12px; min-height: 22px; }"
        f" QPushButton:focus {{ border: 3px solid {c.focus}; }}"
        f" QPushButton:disabled {{ color: {c.disabled_text}; border-color: {c.disabled_text}; }}"
        f" QPushButton:flat {{ border: none; background: transparent; }}"
        f" QPushButton:flat:focus {{ border: 2px solid {c.focus}; }}"
    )


def base_point_size(app: QApplication) -> float:
    stored = app.property(BASE_POINT_SIZE_PROPERTY)
    if isinstance(stored, (int, float)) and stored > 0:
        return float(stored)
    size = app.font().pointSizeF()
    base = size if size > 0 else DEFAULT_BASE_POINT_SIZE
    app.setProperty(BASE_POINT_SIZE_PROPERTY, base)
    return base


def apply_display(choice: DisplayChoice, app: QApplication | None = None) -> None:
    """Applies ``choice`` to the whole application at once."""
    instance = app or QApplication.instance()
    if not isinstance(instance, QApplication):
        return
    colours = style.THEMES[choice.theme]
    font = QFont(instance.font())
    font.setPointSizeF(base_point_size(instance) * choice.scale / 100)
    instance.setFont(font)
    style.set_colours(colours)
    instance.setPalette(palette_for(colours))
    instance.setStyleSheet(app_stylesheet(colours))
    _applied[0] = choice
    style.restyle_all(font.pointSizeF())


# -- remembering ----------------------------------------------------------------------------
_store: list[Path | None] = [None]  # None: a kiosk (or not configured), nothing is written


def configure(store: Path | None, app: QApplication | None = None) -> DisplayChoice:
    """At start: ``store`` is the user's file on an own PC, ``None`` on a kiosk (shared PC:
    the choice lasts until the session ends). Applies the remembered choice, else the default."""
    _store[0] = store
    choice = _load(store) if store is not None else None
    choice = choice or default_choice()
    apply_display(choice, app)
    return choice


def _load(store: Path) -> DisplayChoice | None:
    data = read_choice(store)
    try:
        return None if data is None else DisplayChoice(int(data["scale"]), str(data["theme"]))
    except (ValueError, KeyError, TypeError):
        return None


def choose(choice: DisplayChoice) -> None:
    """The user's choice: applied at once, and remembered on an own PC."""
    apply_display(choice)
    store = _store[0]
    if store is not None:
        write_choice(store, {"scale": choice.scale, "theme": choice.theme}, "display")


def remembered() -> bool:
    """False on a kiosk: the choice lasts until the session ends."""
    return _store[0] is not None


def reset_for_next_visitor() -> None:
    """A kiosk at session end: the next visitor starts with the default display."""
    if _store[0] is None and current() != default_choice():  # unchanged: nothing to repolish
        apply_display(default_choice())
