"""「応募内容」 in the staff console: an application by 応募番号 or 紹介番号 with the posting, the
seeker, the 志望動機 (plain text, docs/security.md I4) and the 応募書類, each of which can be
saved as PDF for reading or printing (docs/product-rules.md §application-documents). Every
view and every document opened is audited by the service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import DocumentInfo, StaffApplicationView
from mypage_desktop.ui.session.tasks import run_blocking
from mypage_desktop.ui.staff.calls import guarded
from mypage_desktop.ui.staff.texts import japanese_date
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.saved_files import open_save_dialog, user_folder, write_atomically

if TYPE_CHECKING:
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner

SavePathAsker = Callable[[QWidget, Path, Callable[[Path], object]], Any]


def _ask_pdf_path(parent: QWidget, suggested: Path, on_chosen: Callable[[Path], object]) -> Any:
    return open_save_dialog(parent, t("応募書類をPDFで保存"), suggested, t("PDF ファイル (*.pdf)"), ".pdf", on_chosen)


class ApplicationView(QWidget):
    def __init__(self, owner: StaffSessionOwner, parent: QWidget | None = None, *,
                 ask_save_path: SavePathAsker = _ask_pdf_path) -> None:
        super().__init__(parent)
        self._owner = owner
        self._ask_save_path = ask_save_path
        self.application: StaffApplicationView | None = None
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(t("応募番号または紹介番号"))
        self.number_edit.setAccessibleName(t("応募番号"))
        self.show_button = QPushButton(t("表示"), self)
        self.facts = style.plain_label("", self)
        self.motivation = QPlainTextEdit(self)
        self.motivation.setReadOnly(True)
        self.motivation.setAccessibleName(t("志望動機"))
        self.documents_box = QVBoxLayout()
        self.document_buttons: list[QPushButton] = []
        self.message = style.notice_label(self)
        self.message.hide()
        self.error = FieldErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.number_edit, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(style.plain_label(t("オンライン自主応募の志望動機と応募書類を確認します。"), self))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.facts)
        layout.addWidget(style.plain_label(t("志望動機"), self))
        layout.addWidget(self.motivation, 1)
        layout.addLayout(self.documents_box)
        layout.addWidget(self.message)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.number_edit.returnPressed.connect(self._on_show_button_clicked)
        self._show(None)

    def clear(self) -> None:
        self.number_edit.clear()
        self.error.clear_message()
        self.message.hide()
        self._show(None)

    def _show(self, view: StaffApplicationView | None) -> None:
        self.application = view
        for button in self.document_buttons:
            self.documents_box.removeWidget(button)
            button.deleteLater()
        self.document_buttons = []
        if view is None:
            self.facts.setText("")
            self.motivation.setPlainText("")
            return
        self.facts.setText(t("応募番号：{number}（{source}、{status}）\n応募日：{applied}\n求職者：{name}（{seeker}）\n"
                             "求人：{company}　{occupation}（{job}）").format(
            number=view.application_number, source=view.source, status=view.status,
            applied=japanese_date(view.applied_on), name=view.seeker_name, seeker=view.seeker_number,
            company=view.company_name, occupation=view.occupation, job=view.job_number))
        self.motivation.setPlainText(view.motivation or t("（志望動機はありません）"))
        for document in view.documents:
            button = QPushButton(t("{kind}：{name} をPDFで保存…").format(kind=document.kind, name=document.file_name),
                                 self)
            button.clicked.connect(lambda _checked=False, d=document: self._on_document_clicked(d))
            self.documents_box.addWidget(button)
            self.document_buttons.append(button)
        if not view.documents:
            label = QPushButton(t("添付された書類はありません"), self)
            label.setEnabled(False)
            self.documents_box.addWidget(label)
            self.document_buttons.append(label)

    async def _load(self, number: str) -> None:
        self.error.clear_message()
        self.message.hide()
        view = await guarded(self._owner.call(self._owner.staff.application_for_staff, number),
                             self.error.show_message)
        self._show(view)

    async def _save(self, view: StaffApplicationView, document: DocumentInfo, target: Path) -> None:
        data = await guarded(self._owner.call(self._owner.staff.application_document_for_staff,
                                              view.application_number, document.document_id),
                             self.error.show_message)
        if data is None:
            return
        try:
            await run_blocking(write_atomically, data, target)
        except OSError:
            self.error.show_message(t("PDFを保存できませんでした。別の場所を選んでください。"))
            return
        self.message.setText(t("保存しました：{path}").format(path=str(target)))
        self.message.show()

    @Slot()
    def _on_show_button_clicked(self) -> None:
        number = self.number_edit.text().strip()
        if number:
            self._owner.start_task(self._load(number))

    def _on_document_clicked(self, document: DocumentInfo) -> None:
        view = self.application
        if view is None:
            return
        suggested = user_folder() / f"{view.application_number}_{document.kind}.pdf"
        self._ask_save_path(self, suggested, lambda path: self._owner.start_task(self._save(view, document,
                                                                                            Path(path))))
