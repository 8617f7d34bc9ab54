"""A push button and a check box whose text wraps onto more lines when they are narrower than
the text (WCAG 1.4.10 reflow, docs/accessibility.md): a long translation or 200 % text makes
them taller instead of pushing the page sideways. ``text()``, the mnemonic, the accessible name
and the check state stay Qt's own; only the drawing and the size hints differ."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
UNBOUNDED = 100_000


class _Measure:
    """The size arithmetic both share, for one kind of button (its style contents type and the
    text's alignment)."""

    def __init__(self, contents: QStyle.ContentsType, align: Qt.AlignmentFlag, control: QStyle.ControlElement,
                 text_area: QStyle.SubElement) -> None:
        self.contents = contents
        self.control = control
        self.text_area = text_area
        self.flags = int(WRAP | align | Qt.AlignmentFlag.AlignVCenter)

    def text_size(self, button: QAbstractButton, width: int) -> QSize:
        box = button.fontMetrics().boundingRect(QRect(0, 0, max(width, 1), UNBOUNDED), self.flags, button.text())
        return box.size()

    def around(self, button: QAbstractButton, option: QStyleOptionButton, content: QSize) -> QSize:
        """The widget's size around a text block of ``content``, the larger of with and without
        the focus: the style sheet's focus ring is thicker, and the text must not wrap
        differently when the widget takes the focus."""
        sizes = []
        for focused in (False, True):
            state = option.state
            option.state = (state | QStyle.StateFlag.State_HasFocus) if focused else (
                state & ~QStyle.StateFlag.State_HasFocus)
            sizes.append(button.style().sizeFromContents(self.contents, option, content, button))
            option.state = state
        return sizes[0].expandedTo(sizes[1])

    def chrome_width(self, button: QAbstractButton, option: QStyleOptionButton) -> int:
        # Measured around a wide block: styles widen small buttons to a minimum width, which is
        # not chrome.
        return self.around(button, option, QSize(UNBOUNDED, 0)).width() - UNBOUNDED

    def minimum(self, button: QAbstractButton, option: QStyleOptionButton) -> QSize:
        """Around the widest piece the text cannot be broken in: a word, or one character of
        Chinese or Japanese, which break anywhere."""
        narrowest = self.text_size(button, 1)
        return self.around(button, option, QSize(narrowest.width(), button.fontMetrics().height()))

    def one_line(self, button: QAbstractButton, option: QStyleOptionButton) -> QSize:
        return self.around(button, option, self.text_size(button, UNBOUNDED))

    def height_for(self, button: QAbstractButton, option: QStyleOptionButton, width: int) -> int:
        text = self.text_size(button, width - self.chrome_width(button, option))
        return self.around(button, option, text).height()

    def paint(self, button: QAbstractButton, option: QStyleOptionButton) -> None:
        """Qt draws the widget without its text; the text is drawn wrapped in the text area."""
        text = option.text
        option.text = ""
        painter = QPainter(button)
        style = button.style()
        style.drawControl(self.control, option, painter, button)
        area = style.subElementRect(self.text_area, option, button)
        style.drawItemText(painter, area, self.flags, option.palette, button.isEnabled(), text,
                           QPalette.ColorRole.ButtonText if self.control == QStyle.ControlElement.CE_PushButton
                           else QPalette.ColorRole.WindowText)
        painter.end()


BUTTON = _Measure(QStyle.ContentsType.CT_PushButton, Qt.AlignmentFlag.AlignHCenter,
                  QStyle.ControlElement.CE_PushButton, QStyle.SubElement.SE_PushButtonContents)
CHECK_BOX = _Measure(QStyle.ContentsType.CT_CheckBox, Qt.AlignmentFlag.AlignLeft,
                     QStyle.ControlElement.CE_CheckBox, QStyle.SubElement.SE_CheckBoxContents)


class _WrapsText:
    """What the wrapping button and check box share; put before the Qt class, whose own size
    hints it replaces. ``MEASURE`` says which kind of button it is."""

    MEASURE: _Measure

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        cast(Any, super()).__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self._button().setSizePolicy(policy)

    def _button(self) -> QAbstractButton:
        return cast(QAbstractButton, self)

    def _qt(self) -> Any:
        return super()  # the Qt class's own methods

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        cast(Any, self).initStyleOption(option)
        return option

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.MEASURE.minimum(self._button(), self._option())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """One line while there is room, measured as :meth:`heightForWidth` measures (the
        style sheet's padding included), so that the hinted width never wraps."""
        return self.MEASURE.one_line(self._button(), self._option()).expandedTo(self._qt().sizeHint())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        one_line = int(self._qt().sizeHint().height())
        return max(self.MEASURE.height_for(self._button(), self._option(), width), one_line)

    def event(self, event: QEvent) -> bool:
        handled = bool(self._qt().event(event))
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._button().updateGeometry()  # a style sheet's padding changes the hints layouts keep
        return handled

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        self.MEASURE.paint(self._button(), self._option())


class WrapButton(_WrapsText, QPushButton):
    MEASURE = BUTTON


class WrapCheckBox(_WrapsText, QCheckBox):
    MEASURE = CHECK_BOX

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt's name)
        return self.rect().contains(pos)  # the wrapped text takes the click, as a label beside it would
