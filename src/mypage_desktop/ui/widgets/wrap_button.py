"""A push button whose text wraps onto more lines when it is narrower than the text (WCAG 1.4.10
reflow, docs/accessibility.md): a long translation or 200 % text makes it taller instead of
pushing the page sideways. ``text()``, the mnemonic and the accessible name stay Qt's own; only
the drawing and the size hints differ from ``QPushButton``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic | Qt.AlignmentFlag.AlignCenter
UNBOUNDED = 100_000


class WrapButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _text_size(self, width: int) -> QSize:
        box = self.fontMetrics().boundingRect(QRect(0, 0, max(width, 1), UNBOUNDED), FLAGS, self.text())
        return box.size()

    def _around(self, content: QSize) -> QSize:
        """The button's size around a text block of ``content`` (frame, padding, margins), the
        larger of with and without the focus: the style sheet's focus ring is thicker, and the
        text must not wrap differently when the button takes the focus."""
        sizes = []
        for focused in (False, True):
            option = self._option()
            if focused:
                option.state |= QStyle.StateFlag.State_HasFocus
            else:
                option.state &= ~QStyle.StateFlag.State_HasFocus
            sizes.append(self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, self))
        return sizes[0].expandedTo(sizes[1])

    def _chrome_width(self) -> int:
        # Measured around a wide block: styles widen small buttons to a minimum width, which is
        # not chrome.
        return self._around(QSize(UNBOUNDED, 0)).width() - UNBOUNDED

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Around the widest piece the text cannot be broken in: a word, or one character of
        Chinese or Japanese, which break anywhere."""
        narrowest = self._text_size(1)
        return self._around(QSize(narrowest.width(), self.fontMetrics().height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """One line while there is room, measured as :meth:`heightForWidth` measures (the
        style sheet's padding included), so that the hinted width never wraps."""
        return self._around(self._text_size(UNBOUNDED)).expandedTo(super().sizeHint())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        text = self._text_size(width - self._chrome_width())
        return max(self._around(text).height(), super().sizeHint().height())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.updateGeometry()  # a style sheet's padding changes the hints layouts keep
        return handled

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        option = self._option()
        text = option.text
        option.text = ""
        painter = QPainter(self)
        style = self.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        area = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        role = QPalette.ColorRole.ButtonText
        style.drawItemText(painter, area, int(FLAGS), option.palette, self.isEnabled(), text, role)
        painter.end()
