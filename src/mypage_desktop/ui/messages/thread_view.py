"""One message thread, oldest first, kept scrolled to the newest message.

The document is built with ``QTextCursor.insertText`` only: the employer's and the seeker's
text is never parsed as HTML (docs/security.md I4), and a long unbroken line still wraps."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextOption,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from mypage_desktop.domain.activity_dto import MessageThread, ThreadMessage
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.i18n import t

GAP = 6  # pixels between two messages
INDENT = 72  # the other side's messages sit to the left, the seeker's to the right


class ThreadView(QTextBrowser):
    _thread: MessageThread | None = None  # also while QTextBrowser.__init__ runs (follow_display)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setAccessibleName(t("メッセージのやりとり"))
        self._follow_newest = True
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_bar_range_changed)
        bar.valueChanged.connect(self._on_bar_value_changed)

    @property
    def at_newest(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def show_text(self, text: str) -> None:
        """A placeholder (「読み込み中…」, a hint) instead of a thread."""
        self._thread = None
        self.setPlainText(text)

    def show_thread(self, thread: MessageThread) -> None:
        self._thread = thread
        self.clear()
        cursor = QTextCursor(self.document())
        if not thread.messages:
            muted = QColor(style.colours().muted_text)
            cursor.insertText(t("まだメッセージはありません。"), _char_format(colour=muted))
        else:
            _thin(cursor)
        for message in thread.messages:
            self._add(message)
        self._follow_newest = True
        self.scroll_to_newest()

    def scroll_to_newest(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _add(self, message: ThreadMessage) -> None:
        c = style.colours()
        document = self.document()
        cursor = document.rootFrame().lastCursorPosition()
        frame = QTextFrameFormat()
        frame.setPadding(8)
        frame.setBorder(1)
        frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        # the employer's on the information colours, the seeker's own on the confirmation colours
        frame.setBackground(QColor(c.info_bg if message.from_employer else c.success_bg))
        frame.setBorderBrush(QColor(c.info_border if message.from_employer else c.success_border))
        if message.from_employer:
            frame.setRightMargin(INDENT)
        else:
            frame.setLeftMargin(INDENT)
        cursor.insertFrame(frame)
        cursor.insertText(message.sender_label, _char_format(bold=True, colour=QColor(c.text)))
        cursor.insertText("　" + format_datetime_jst(message.sent_at), _char_format(colour=QColor(c.muted_text)))
        if message.unread:
            cursor.insertText("　" + t("新着"), _char_format(bold=True, colour=QColor(c.error_text)))
        cursor.insertBlock()
        cursor.insertText(message.body, _char_format(colour=QColor(c.text)))
        _thin(document.rootFrame().lastCursorPosition())

    def follow_display(self) -> None:
        """Draws the thread again in the new theme's colours (``style.restyle_all``): the
        colours are in the document, not a stylesheet."""
        if self._thread is not None:
            follow, value = self._follow_newest, self.verticalScrollBar().value()
            self.show_thread(self._thread)
            if not follow:
                self._follow_newest = False
                self.verticalScrollBar().setValue(value)

    @Slot(int, int)
    def _on_bar_range_changed(self, _minimum: int, maximum: int) -> None:
        # The layout grows after the text is set (and on resizing): stay at the newest message
        # unless the user has scrolled up to read older ones.
        if self._follow_newest:
            self.verticalScrollBar().setValue(maximum)

    @Slot(int)
    def _on_bar_value_changed(self, value: int) -> None:
        self._follow_newest = value >= self.verticalScrollBar().maximum()


def _thin(cursor: QTextCursor) -> None:
    """Qt keeps an empty paragraph before and after every frame: made thin, it is the gap."""
    spacing = QTextBlockFormat()
    spacing.setLineHeight(GAP, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(spacing)


def _char_format(*, bold: bool = False, colour: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if colour is not None:
        fmt.setForeground(colour)
    return fmt
