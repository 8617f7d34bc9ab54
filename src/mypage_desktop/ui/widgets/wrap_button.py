"""A push button and a check box whose text wraps onto more lines when they are narrower than
the text (WCAG 1.4.10 reflow, docs/accessibility.md): a long translation or 200 % text makes
them taller instead of pushing the page sideways. ``text()``, the mnemonic, the accessible name
and the check state stay Qt's own; only the drawing and the size hints differ."""

from __future__ import annotations

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

    def __init__(self, contents: QStyle.ContentsType, align: Qt.AlignmentFlag) -> None:
        self.contents = contents
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

    def paint(self, button: QAbstractButton, option: QStyleOptionButton, control: QStyle.ControlElement,
              area_of: QStyle.SubElement) -> None:
        """Qt draws the widget without its text; the text is drawn wrapped in the text area."""
        text = option.text
        option.text = ""
        painter = QPainter(button)
        style = button.style()
        style.drawControl(control, option, painter, button)
        area = style.subElementRect(area_of, option, button)
        style.drawItemText(painter, area, self.flags, option.palette, button.isEnabled(), text,
                           QPalette.ColorRole.ButtonText if control == QStyle.ControlElement.CE_PushButton
                           else QPalette.ColorRole.WindowText)
        painter.end()


def _wrapping_policy(widget: QWidget) -> None:
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)


def _relayout_on_style(widget: QWidget, event: QEvent) -> None:
    if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
        widget.updateGeometry()  # a style sheet's padding changes the hints layouts keep


BUTTON = _Measure(QStyle.ContentsType.CT_PushButton, Qt.AlignmentFlag.AlignHCenter)
CHECK_BOX = _Measure(QStyle.ContentsType.CT_CheckBox, Qt.AlignmentFlag.AlignLeft)


class WrapButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _wrapping_policy(self)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return BUTTON.minimum(self, self._option())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """One line while there is room, measured as :meth:`heightForWidth` measures (the
        style sheet's padding included), so that the hinted width never wraps."""
        return BUTTON.one_line(self, self._option()).expandedTo(super().sizeHint())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return max(BUTTON.height_for(self, self._option(), width), super().sizeHint().height())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        _relayout_on_style(self, event)
        return handled

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        BUTTON.paint(self, self._option(), QStyle.ControlElement.CE_PushButton,
                     QStyle.SubElement.SE_PushButtonContents)


class WrapCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _wrapping_policy(self)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return CHECK_BOX.minimum(self, self._option())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return CHECK_BOX.one_line(self, self._option()).expandedTo(super().sizeHint())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return max(CHECK_BOX.height_for(self, self._option(), width), super().sizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt's name)
        return self.rect().contains(pos)  # the wrapped text takes the click, as a label beside it would

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        _relayout_on_style(self, event)
        return handled

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        CHECK_BOX.paint(self, self._option(), QStyle.ControlElement.CE_CheckBox,
                        QStyle.SubElement.SE_CheckBoxContents)
