"""The parts of ホーム: a framed card, the validity box (求職状態・有効期限, with a warning look
in the last month and while 無効) and the list of upcoming interviews."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.account_dto import SeekerProfile
from mypage_desktop.domain.activity_dto import RegistrationInfo, UpcomingInterview
from mypage_desktop.ui.mypage.texts import (
    INACTIVE,
    INACTIVE_EFFECTS,
    LAST_MONTH,
    date_text,
    datetime_text,
    inactive_guidance,
    status_text,
)
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t


def looks(c: style.Colours) -> dict[str, tuple[str, str, str]]:
    """(border, background, note text) of the validity box: normal, last month, 無効."""
    return {"normal": (c.info_border, c.info_bg, c.info_text),
            "last_month": (c.caution_border, c.caution_bg, c.caution_text),
            "inactive": (c.important_border, c.alert_bg, c.important_text)}


class Card(QFrame):
    """A titled, framed box; add its content to ``body`` (top-aligned)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, name: str = "card") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        style.themed_sheet(self, lambda c: f"QFrame#{name} {{ border: 1px solid {c.border}; border-radius: 4px;"
                                           f" background: {c.base}; }}")
        self.title = style.heading(title, self, scale=1.1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 12)
        outer.setSpacing(6)
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        outer.addLayout(self.body)
        outer.addStretch(1)


class ValidityBox(QFrame):
    """求職状態・有効期限・求職番号 (``summary``) and what they mean now (``note``), in one
    frame whose colour says whether something needs attention (``look``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeValidity")
        self.summary = style.plain_label("", self)
        self.summary.setObjectName("homeSummary")
        self.note = style.plain_label("", self)
        self.note.setObjectName("homeValidityNote")
        self.look = "normal"
        self._days: tuple[date, int] | None = None  # (有効期限, days left) from the dashboard
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        self._apply_look("normal")
        self.note.hide()

    def set_days_left(self, valid_until: date, days_left: int) -> None:
        self._days = (valid_until, days_left)

    def days_left(self, valid_until: date) -> int | None:
        """Days until ``valid_until``, from the server's last count (today does not move
        between two looks at the same page; a new end date shifts the count)."""
        if self._days is None:
            return None
        known_end, known_days = self._days
        return known_days + (valid_until - known_end).days

    def show_profile(self, profile: SeekerProfile) -> None:
        """What the login already knows, until the dashboard arrives."""
        self.summary.setText(self._summary(profile.status, profile.valid_until, profile.seeker_number))

    def show_registration(self, info: RegistrationInfo) -> None:
        self.summary.setText(self._summary(info.status, info.valid_until, info.seeker_number,
                                           status=status_text(info)))
        if info.status == INACTIVE:
            look = "inactive"
            note = "\n".join(text for text in (t(INACTIVE_EFFECTS), inactive_guidance(info)) if text)
        elif info.in_last_month:
            look, note = "last_month", t(LAST_MONTH)
        else:
            look, note = "normal", ""
        self._apply_look(look)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _summary(self, raw_status: str, valid_until: date, number: str, *, status: str = "") -> str:
        days = self.days_left(valid_until)
        until = date_text(valid_until)
        if days is not None and raw_status != INACTIVE and days >= 0:
            until = t("{date}（あと{days}日）").format(date=until, days=days)
        return t("求職状態：{status}　　有効期限：{until}\n求職番号：{number}").format(
            status=status or t(raw_status), until=until, number=number)

    def _apply_look(self, look: str) -> None:
        self.look = look
        width = 1 if look == "normal" else 2
        weight = "normal" if look == "normal" else "bold"

        def sheet(c: style.Colours) -> str:
            border, background, colour = looks(c)[look]
            return (f"QFrame#homeValidity {{ border: {width}px solid {border}; background: {background}; }}"
                    f" QLabel#homeSummary {{ color: {c.text}; font-weight: {weight}; }}"
                    f" QLabel#homeValidityNote {{ color: {colour}; }}")
        style.themed_sheet(self, sheet)

    def clear(self) -> None:
        self._days = None
        self.summary.clear()
        self.note.clear()
        self.note.hide()
        self._apply_look("normal")


class InterviewRow(QWidget):
    """One upcoming interview with a button to its application in 応募履歴.

    Signals:
        open_requested(int): the application id.
    """

    open_requested = Signal(int)

    def __init__(self, interview: UpcomingInterview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.application_id = interview.application_id
        lines = [t("{when}　{company}（{occupation}）").format(
            when=datetime_text(interview.interview_at), company=interview.company_name,
            occupation=interview.occupation)]
        if interview.place:
            lines.append(t("場所：{place}").format(place=interview.place))
        self.text = style.plain_label("\n".join(lines), self)  # employer text: plain (I4)
        self.button = QPushButton(t("応募履歴で見る"), self)
        self.button.setAccessibleName(t("{company}の面接の応募履歴を見る").format(company=interview.company_name))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self._on_button_clicked)

    @Slot()
    def _on_button_clicked(self) -> None:
        self.open_requested.emit(self.application_id)


def count_label(parent: QWidget) -> QLabel:
    label = style.plain_label("", parent, wrap=False)
    style.scaled_font(label, 1.6, bold=True)
    return label
