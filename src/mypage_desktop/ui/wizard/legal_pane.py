"""A read-only legal text that knows whether the seeker has scrolled it to the end."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from mypage_desktop.domain.account_dto import LegalDocument
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.wizard.legal_reference import ShownDocument, shown_document


class LegalTextView(QPlainTextEdit):
    """Plain text (never rich text), read-only, reachable and scrollable by keyboard.

    Signals:
        read_to_end: the text's last line (「（以上）」) was fully in view while the view was
            visible, however it got there: keys (Ctrl+End, PageDown), the wheel, the scroll
            bar, a larger window, or a text that fits. Emitted once until :meth:`reset`.
    """

    read_to_end = Signal()

    def __init__(self, document: ShownDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setPlainText(document.text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Wrapped text never needs one; on a 720-line screen its row is better spent on text.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(document.title)
        self._read = False
        self._scrolled = False
        self._refreshed_for: tuple[int, int] | None = None
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scroll_bar_value_changed)
        bar.rangeChanged.connect(self._on_scroll_bar_range_changed)

    @property
    def is_read(self) -> bool:
        return self._read

    @property
    def scrolled(self) -> bool:
        """The seeker has moved through the text (a text that fits was only looked at)."""
        return self._scrolled

    def reset(self) -> None:
        self._read = False
        self._scrolled = False
        self.verticalScrollBar().setValue(0)
        self.moveCursor(self.textCursor().MoveOperation.Start)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._check)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._check()

    @Slot(int)
    def _on_scroll_bar_value_changed(self, value: int) -> None:
        self._scrolled = self._scrolled or value > 0
        self._check()

    @Slot(int, int)
    def _on_scroll_bar_range_changed(self, _minimum: int, _maximum: int) -> None:
        self._check()

    def _check(self) -> None:
        # Before the view is shown its size, and so the scroll range, means nothing: a text
        # must not count as read because an unlaid-out view happened to have range 0.
        if self._read or not self.isVisible():
            return
        if self._last_line_in_view():
            self._read = True
            self.read_to_end.emit()
        else:
            self._refresh_range_at_end()

    def _refresh_range_at_end(self) -> None:
        """At the bar's maximum with the last line still below the view, the range is stale
        (docs/tech-notes.md §qt-reflow): QPlainTextEdit recomputes it, from the viewport's height
        and the laid-out blocks at the end, only when the document reports a new size. Report
        it once for each range and viewport height, so the reader can scroll on to the end."""
        bar = self.verticalScrollBar()
        key = (bar.maximum(), self.viewport().height())
        if bar.value() < bar.maximum() or key == self._refreshed_for:
            return
        self._refreshed_for = key
        layout = self.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())

    def _last_line_in_view(self) -> bool:
        # Not the scroll bar's maximum: QPlainTextEdit lays the text out lazily, so its range
        # grows while scrolling, and Ctrl+End shows the last line one step short of it.
        block = self.document().lastBlock()
        while not block.text().strip() and block.previous().isValid():
            block = block.previous()  # trailing empty lines are not text to read
        bottom = self.blockBoundingGeometry(block).translated(self.contentOffset()).bottom()
        return bottom <= self.viewport().height()


MIN_LINES = 8


class LegalPane(QWidget):
    """Title, state and text of one document (プライバシーポリシー or マイページ利用規約)."""

    def __init__(self, document: LegalDocument, kind: str, parent: QWidget | None = None) -> None:
        """``kind``: :data:`~.legal_reference.PRIVACY` or :data:`~.legal_reference.TERMS`, for
        the reference translation in the seeker's language."""
        super().__init__(parent)
        shown = shown_document(document, kind)
        self._title = shown.title
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a translated title is long (large text, issue 15)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = LegalTextView(shown, self)
        # On a page that scrolls (large text) the text keeps enough lines to read in.
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * MIN_LINES)
        self.heading.setBuddy(self.view)
        version = QLabel(t("（{version}版）").format(version=document.version), self)
        version.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(version, 0, Qt.AlignmentFlag.AlignRight)
        self.view.read_to_end.connect(self.update_heading)
        self.update_heading()

    @Slot()
    def update_heading(self) -> None:
        state = t("最後まで確認済み") if self.view.is_read else t("未確認")
        self.heading.setText(t("{title}（{state}）").format(title=self._title, state=state))

    def reset(self) -> None:
        self.view.reset()
        self.update_heading()
