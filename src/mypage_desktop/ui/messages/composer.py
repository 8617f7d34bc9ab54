"""The send box of a thread: multi-line text, a character counter against the limit, and
「送信する」 (disabled while the text is empty or blank). Nothing typed is ever dropped here:
only a successful send clears the box (the page decides)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.text_width import height_for_lines

PLACEHOLDER = N_("事業所へのメッセージを入力してください（改行できます）")


class Composer(QWidget):
    """Signals:
        send_requested(str): 「送信する」 with a text that passed the local checks (not blank,
            within the limit); the server checks again.
    """

    send_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_length = 2000
        self._sending = False
        self._blocked = False
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)  # Tab leaves the box (a tab character is refused anyway)
        self.editor.setPlaceholderText(t(PLACEHOLDER))
        self.editor.setAccessibleName(t("送信するメッセージ"))
        # Five lines where there is room, three in a short window (large text on 1280×720): the
        # box gives way before 「送信する」 under it does.
        height_for_lines(self.editor, 3, 16, maximum_lines=5)
        self.counter = QLabel(self)
        self.counter.setWordWrap(True)  # beside 「送信する」, which keeps its width (long translations)
        self.error = FieldErrorLabel(self)
        self.blocked_note = style.notice_label(self)
        self.send_button = QPushButton(t("送信する"), self)
        self.send_button.setMinimumWidth(120)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counter, 1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.blocked_note)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self._update()

    # -- public -------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.error.clear_message()

    def set_max_length(self, length: int) -> None:
        self.max_length = length
        self._update()

    def set_sending(self, sending: bool) -> None:
        """While a send is in flight the text cannot change (it is what is being sent)."""
        self._sending = sending
        self._update()

    def set_blocked(self, reason: str | None) -> None:
        """Sending is not allowed (求職状態 無効): the reason is shown, the text is kept."""
        self._blocked = reason is not None
        self.blocked_note.setText(reason or "")
        self.blocked_note.setVisible(reason is not None)
        self.editor.setPlaceholderText("" if self._blocked else t(PLACEHOLDER))
        self._update()

    def show_error(self, text: str) -> None:
        self.error.show_message(text)

    def clear(self) -> None:
        self.editor.clear()
        self.error.clear_message()
        self._sending = False
        self._update()

    # -- internals ----------------------------------------------------------------------
    def _update(self) -> None:
        length = len(self.text())
        over = length - self.max_length
        if over > 0:
            self.counter.setText(t("{length} / {max}文字（{over}文字多すぎます）").format(
                length=length, max=self.max_length, over=over))
            style.themed_sheet(self.counter, style.text_colour("error_text", bold=True))
        else:
            self.counter.setText(t("{length} / {max}文字").format(length=length, max=self.max_length))
            style.themed_sheet(self.counter, style.text_colour(None))
        self.editor.setReadOnly(self._sending or self._blocked)
        can_send = bool(self.text().strip()) and not self._sending and not self._blocked
        if not can_send and self.send_button.hasFocus():
            # Disabling the focused button would hand the focus down the window's chain, to
            # 「ログアウト」: one stray Space from logging out. It goes back to the text instead.
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.send_button.setEnabled(can_send)
        self.send_button.setText(t("送信中…") if self._sending else t("送信する"))

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self.error.clear_message()
        self._update()

    @Slot()
    def _on_send_button_clicked(self) -> None:
        text = self.text()
        if not text.strip():
            self.show_error(message("message.empty"))
            return
        if len(text) > self.max_length:
            self.show_error(message("message.too_long", max=self.max_length, length=len(text)))
            return
        self.send_requested.emit(text)
