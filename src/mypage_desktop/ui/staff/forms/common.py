"""What the staff forms share: the heading and the page messages, field rows with their own
message underneath, and the busy state.

The console answers a ``submitted`` signal with exactly one of :meth:`StaffForm.show_done`,
:meth:`StaffForm.show_error` or :meth:`StaffForm.show_field_errors`; each of them ends the busy
state. ``show_done`` empties the inputs (the action happened: the same input again would be a
second 紹介状 or a second notice) and keeps its message; ``clear`` forgets everything (S5)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.staff.forms.inputs import MNEMONIC, TextBox
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.status_label import StatusLabel

UNAVAILABLE = N_("ただいま処理できません。入力した内容はそのままです。しばらくしてからもう一度お試しください。")

def done_style(c: style.Colours) -> str:
    return (f"QLabel#doneMessage {{ background: {c.success_bg}; color: {c.success_text}; padding: 6px;"
            f" border: 1px solid {c.success_border}; }}")

FieldErrors = Iterable[FieldError] | Mapping[str, str]
Problem = tuple[str, str]  # (field name, the message to show under it)


def problems_of(errors: FieldErrors) -> list[Problem]:
    """A service's :class:`ValidationFailed` errors (``exc.errors``) or a field → code mapping,
    as (field, Japanese text)."""
    if isinstance(errors, Mapping):
        errors = [FieldError(field, code) for field, code in errors.items()]
    return [(error.field, field_message(error)) for error in errors]


class StaffForm(QWidget):
    """A heading, the page messages, a form of captioned rows (each with its message under
    it), and the submit button. Subclasses add rows, then call :meth:`finish_layout`."""

    def __init__(self, title: str, lead: str, submit_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = style.heading(t(title), self, scale=1.25)
        self.lead = style.plain_label(t(lead), self)
        self.error_message = FieldErrorLabel(self)
        self.done_message = StatusLabel("", self)
        self.done_message.setObjectName("doneMessage")
        style.themed_sheet(self.done_message, done_style)
        self.done_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_message.hide()
        self.inputs = QWidget(self)  # what the staff member edits; disabled while the call runs
        self.form = QFormLayout(self.inputs)
        self.form.setContentsMargins(0, 4, 0, 4)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.submit_button = QPushButton(t(submit_text), self)
        self.submit_button.setAutoDefault(True)
        self.busy_label = style.plain_label(t("処理しています。しばらくお待ちください…"), self)
        self.busy_label.hide()
        self._errors: dict[str, FieldErrorLabel] = {}
        self._focus: dict[str, QWidget] = {}
        self._chain: list[QWidget] = []
        self._busy = False
        self._scroll: QScrollArea | None = None
        self.submit_button.clicked.connect(self._on_submit_button_clicked)

    # -- building -----------------------------------------------------------------------
    def add_row(self, caption: str, field: QWidget | QHBoxLayout, name: str, focus: QWidget | None = None,
                *, required: bool = False, hint: str = "") -> QLabel:
        """A captioned row: the field, under it its hint (and a text box's counter) and its
        message. ``caption`` and ``hint`` come translated; ``&`` marks the Alt mnemonic, which
        reaches ``focus`` (default: the field), the widget a message also focuses and describes."""
        target = focus if focus is not None else field
        assert isinstance(target, QWidget)
        label = QLabel(caption + (t("（必須）") if required else ""), self.inputs)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(target)
        target.setAccessibleName(MNEMONIC.sub("", caption))
        # One cell holds the field and its notes, so an empty message takes no room.
        cell = QVBoxLayout()
        cell.setSpacing(2)
        if isinstance(field, QWidget):
            grows = field.sizePolicy().horizontalPolicy() in (QSizePolicy.Policy.Expanding,
                                                              QSizePolicy.Policy.MinimumExpanding)
            cell.addWidget(field, 0, Qt.AlignmentFlag(0) if grows else Qt.AlignmentFlag.AlignLeft)
        else:
            cell.addLayout(field)
        notes = QHBoxLayout()
        if hint:
            hint_label = style.plain_label(hint, self.inputs)
            style.themed_sheet(hint_label, lambda c: f"color: {c.muted_text};")
            notes.addWidget(hint_label, 1)
        if isinstance(field, TextBox):
            notes.addWidget(field.counter, 0 if hint else 1)
        if notes.count():
            cell.addLayout(notes)
        error = FieldErrorLabel(self.inputs)
        # The cell takes the whole row, so a long message wraps at the form's width.
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        cell.addWidget(error)
        self.form.addRow(label, cell)
        self._errors[name] = error
        self._focus[name] = target
        self._watch(target, name)
        return label

    def alias(self, service_field: str, name: str, focus: QWidget | None = None) -> None:
        """Messages for ``service_field`` go under the row ``name`` (``job`` for 求人番号, the
        three 生年月日 fields under one row); ``focus`` is the input they are about."""
        self._errors[service_field] = self._errors[name]
        self._focus[service_field] = focus if focus is not None else self._focus[name]
        if focus is not None:
            self._watch(focus, name)

    def add_section(self, title: str) -> None:
        """A bold caption over the next rows (a long form reads in parts)."""
        label = style.plain_label(title, self.inputs)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        style.themed_sheet(label, lambda c: f"border-bottom: 1px solid {c.info_border}; padding-top: 6px;")
        self.form.addRow(label)

    def _watch(self, widget: QWidget, name: str) -> None:
        """A changed input loses its message (what was typed stays)."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text, n=name: self.clear_field_error(n))
            widget.returnPressed.connect(self._on_submit_button_clicked)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda n=name: self.clear_field_error(n))
            if isinstance(widget, TextBox):
                widget.submit_requested.connect(self._on_submit_button_clicked)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _index, n=name: self.clear_field_error(n))
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(lambda _date, n=name: self.clear_field_error(n))

    def finish_layout(self, chain: list[QWidget], *, scroll: bool = False) -> None:
        """Places everything and sets the tab order: ``chain`` top to bottom, then the button.
        A long form (``scroll``) scrolls its inputs and keeps the button in sight."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lead)
        layout.addWidget(self.error_message)
        layout.addWidget(self.done_message)
        if scroll:
            area = self._scroll = QScrollArea(self)
            area.setAccessibleName(t("入力欄"))
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(self.inputs)
            layout.addWidget(area, 1)
        else:
            layout.addWidget(self.inputs)
        layout.addLayout(buttons)
        if not scroll:
            layout.addStretch(1)
        self._chain = [*chain, self.submit_button]
        for first, second in zip(self._chain, self._chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- messages -----------------------------------------------------------------------
    def show_field_errors(self, errors: FieldErrors) -> None:
        """Each message under its field (the service's ``ValidationFailed.errors``, or a
        field → code mapping); any other at the top. The input stays as typed."""
        self.show_problems(problems_of(errors))

    def show_problems(self, problems: list[Problem]) -> None:
        self.set_busy(False)
        self.clear_messages()
        # Several fields may share one message label (年/月/日): collect per label.
        by_label: dict[FieldErrorLabel, list[str]] = {}
        others: list[str] = []
        first: QWidget | None = None
        for field, text in problems:
            label = self._errors.get(field)
            if label is None:
                others.append(text)
                continue
            by_label.setdefault(label, []).append(text)
            first = first or self._focus[field]
        for label, texts in by_label.items():
            text = "\n".join(dict.fromkeys(texts))
            label.show_message(text)
            for field, focus in self._focus.items():
                if self._errors[field] is label:
                    focus.setAccessibleDescription(text)
        if others:
            self.error_message.show_message("\n".join(dict.fromkeys(others)))
        if first is not None and first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if self._scroll is not None:
                self._scroll.ensureWidgetVisible(first)

    def show_error(self, text: str) -> None:
        """A message for the whole form (not found, not permitted, unavailable…)."""
        self.set_busy(False)
        self.done_message.hide()
        self.error_message.show_message(text or t(UNAVAILABLE))

    def show_done(self, text: str) -> None:
        """The call succeeded: the inputs empty (no second submission of the same), the
        message stays until the next input is submitted or :meth:`clear`."""
        self.set_busy(False)
        self.reset_inputs()
        self.clear_messages()
        self.done_message.setText(text)
        self.done_message.show()
        if self._chain:
            self._chain[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def field_error(self, name: str) -> str:
        """The message shown under a field ("" when none): for tests and screen readers."""
        label = self._errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def clear_field_error(self, name: str) -> None:
        self._errors[name].clear_message()
        self._focus[name].setAccessibleDescription("")

    def clear_messages(self) -> None:
        for name in self._errors:
            self.clear_field_error(name)
        self.error_message.clear_message()
        self.done_message.clear()
        self.done_message.hide()

    # -- state ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the console's call runs: the inputs and the button are off (D3: one click, one row)."""
        self._busy = busy
        self.inputs.setEnabled(not busy)
        self.submit_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def clear(self) -> None:
        """Everything typed and shown is forgotten (logout, another seeker: S5)."""
        self.set_busy(False)
        self.reset_inputs()
        self.clear_messages()

    def reset_inputs(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        """Validates and emits ``submitted``; on a problem shows it and emits nothing."""
        raise NotImplementedError

    @Slot()
    def _on_submit_button_clicked(self) -> None:
        if self._busy or not self.isEnabled():
            return
        self.done_message.hide()
        self.submit()
