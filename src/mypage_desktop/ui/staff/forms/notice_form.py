"""お知らせの送信: a notice to the seeker's My Page, or an おすすめ求人 linking a posting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mypage_desktop.domain.applications import NOTICE_BODY_MAX, NOTICE_TITLE_MAX, text_errors
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.staff.forms.common import Problem, StaffForm, problems_of
from mypage_desktop.ui.staff.forms.inputs import TextBox
from mypage_desktop.ui.staff.forms.referral_form import job_number_edit, job_number_problems
from mypage_desktop.ui.widgets.i18n import t

KIND_NOTICE = N_("お知らせ")
KIND_RECOMMENDATION = N_("おすすめ求人")
TITLE_INPUT_MAX = NOTICE_TITLE_MAX + 50  # room for the too-long message instead of a silent cut


class NoticeForm(StaffForm):
    """Signals:
        submitted(object): the keyword arguments of ``StaffFacade.send_notice`` without the
            token and the seeker id: ``title``, ``body`` and ``job_number`` (the normalised
            求人番号 for an おすすめ求人, None for a お知らせ).
    """

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("お知らせの送信"),
                         t("求職者のマイページに「ハローワークからのお知らせ」を送ります。"
                           "「おすすめ求人」では求人番号の求人票へのリンクが付きます。"),
                         t("送信する"), parent)
        self.kind = QComboBox(self.inputs)
        for kind in (KIND_NOTICE, KIND_RECOMMENDATION):
            self.kind.addItem(t(kind), kind)
        self.job_number = job_number_edit(self.inputs)
        self.title = QLineEdit(self.inputs)
        self.title.setMaxLength(TITLE_INPUT_MAX)
        self.body = TextBox(NOTICE_BODY_MAX, self.inputs, lines=8)
        self.add_row(t("種別(&K)"), self.kind, "kind")
        self._job_caption = self.add_row(t("求人番号(&J)"), self.job_number, "job_number",
                                         hint=t("「おすすめ求人」のときは必須です"))
        self.add_row(t("件名(&T)"), self.title, "title", required=True,
                     hint=t("{max}文字以内").format(max=NOTICE_TITLE_MAX))
        self.add_row(t("本文(&B)"), self.body, "body", required=True, hint=t("文字だけ（書式なし）、改行できます"))
        self.alias("job", "job_number")
        self.finish_layout([self.kind, self.job_number, self.title, self.body])
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._on_kind_current_index_changed()

    def recommendation(self) -> bool:
        return bool(self.kind.currentData() == KIND_RECOMMENDATION)

    def submit(self) -> None:
        problems: list[Problem] = []
        number: str | None = None
        if self.recommendation():
            number, job_problems = job_number_problems("job_number", self.job_number.text())
            problems += job_problems
        title, errors = text_errors("title", self.title.text(), max_length=NOTICE_TITLE_MAX,
                                    code_prefix="notice.title_", multiline=False)
        body, body_errors = text_errors("body", self.body.text(), max_length=NOTICE_BODY_MAX,
                                        code_prefix="notice.body_")
        problems += problems_of(errors + body_errors)
        if problems:
            self.show_problems(problems)
            return
        self.clear_messages()
        payload: dict[str, Any] = {"title": title, "body": body, "job_number": number or None}
        self.submitted.emit(payload)

    def reset_inputs(self) -> None:
        self.kind.setCurrentIndex(0)
        self.job_number.clear()
        self.title.clear()
        self.body.clear()

    @Slot()
    def _on_kind_current_index_changed(self) -> None:
        """The 求人番号 only counts for an おすすめ求人; typed text stays while greyed."""
        recommendation = self.recommendation()
        self.job_number.setEnabled(recommendation)
        self._job_caption.setEnabled(recommendation)
        if not recommendation:
            self.clear_field_error("job_number")
