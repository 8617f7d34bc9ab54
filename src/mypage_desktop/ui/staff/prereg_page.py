"""「仮登録の確認」 in the staff console (docs/product-rules.md §preregistration): find an
オンライン登録者's 仮登録 by 仮登録番号 or フリガナ + 生年月日, show it in the same fields the
seeker filled, correct it, and after the ID check do 本登録 (a 求職番号 is issued; 「窓口で
マイページを開設」 can follow at once). Correction and 本登録 ask for the password again
(docs/security.md A3). :meth:`PreregPage.clear` drops every value (S5)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.preregistration import STATUS_LABELS, PreregStatus
from mypage_desktop.domain.preregistration_dto import (
    PreregistrationDetail,
    PreregistrationForm,
    PreregistrationQuery,
    PreregistrationSummary,
)
from mypage_desktop.domain.staff_dto import ID_DOCUMENTS, SeekerSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.staff.calls import guarded
from mypage_desktop.ui.staff.texts import CHOOSE, errors_text, japanese_date
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.prereg_form.history_page import HistoryPage
from mypage_desktop.ui.widgets.prereg_form.input_pages import BasicPage, ContactPage, MorePage, WishPage
from mypage_desktop.ui.widgets.prereg_form.texts import StepPage

if TYPE_CHECKING:
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.staff.reauth import Reauthenticator

COLUMNS = (N_("仮登録番号"), N_("状態"), N_("氏名"), N_("フリガナ"), N_("生年月日"), N_("期限"))


class PreregPage(QWidget):
    """Signals: ``registered(SeekerSummary)`` after 本登録; ``open_wizard_requested()``."""

    registered = Signal(object)
    open_wizard_requested = Signal()

    def __init__(self, owner: StaffSessionOwner, reauth: Reauthenticator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        self._reauth = reauth
        self.results: list[PreregistrationSummary] = []
        self.detail: PreregistrationDetail | None = None
        self.busy = False
        self._pending: int | None = None
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText("12345-67890")
        self.kana_edit = QLineEdit(self)
        self.year_edit, self.month_edit, self.day_edit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for edit, width, length in ((self.number_edit, 130, 14), (self.year_edit, 60, 4), (self.month_edit, 40, 2),
                                    (self.day_edit, 40, 2)):
            edit.setFixedWidth(width)
            edit.setMaxLength(length)
        self.kana_edit.setMaxLength(40)
        self.search_button = QPushButton(t("検索"), self)
        search = QHBoxLayout()
        for widget in (QLabel(t("仮登録番号"), self), self.number_edit, QLabel(t("または フリガナ"), self),
                       self.kana_edit, QLabel(t("生年月日"), self), self.year_edit, QLabel(t("年"), self),
                       self.month_edit, QLabel(t("月"), self), self.day_edit, QLabel(t("日"), self),
                       self.search_button):
            search.addWidget(widget)
        self.message = style.notice_label(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([t(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.heading = style.heading(t("仮登録を選んでください"), self, scale=1.1)
        self.contact = ContactPage(self)
        self.pages: list[StepPage] = [BasicPage(self), self.contact, WishPage(self), HistoryPage(self),
                                      MorePage(self)]
        self.form_tabs = QTabWidget(self)
        for page, title in zip(self.pages, (N_("基本情報"), N_("連絡先"), N_("希望する仕事"), N_("学歴・職歴"),
                                            N_("免許・資格・自己PR")),
                               strict=True):
            self.form_tabs.addTab(page, t(title))
        self.save_button = QPushButton(t("修正を保存"), self)
        self.document = QComboBox(self)
        self.document.addItem(t(CHOOSE), "")
        for document in ID_DOCUMENTS:
            self.document.addItem(t(document), document)
        self.register_button = QPushButton(t("本人確認のうえ本登録する"), self)
        self.wizard_button = QPushButton(t("窓口でマイページを開設"), self)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(t("確認した本人確認書類"), self))
        actions.addWidget(self.document)
        actions.addWidget(self.register_button)
        actions.addWidget(self.wizard_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.form_tabs, 1)
        right_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([480, 780])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.search_button.clicked.connect(self.search)
        for edit in (self.number_edit, self.kana_edit, self.day_edit):
            edit.returnPressed.connect(self.search)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.save_button.clicked.connect(self.save_correction)
        self.register_button.clicked.connect(self.register)
        self.wizard_button.clicked.connect(self.open_wizard_requested)
        self.contact.lookup_requested.connect(self.lookup_postal_code)
        self._show_detail(None)

    # -- search -----------------------------------------------------------------------------
    def search(self) -> None:
        query = PreregistrationQuery(self.number_edit.text(), self.kana_edit.text(), self.year_edit.text(),
                                     self.month_edit.text(), self.day_edit.text())
        self._start(self._search(query))

    async def _search(self, query: PreregistrationQuery) -> None:
        found = await guarded(self._owner.call(self._owner.staff.find_preregistrations, query), self._say)
        if found is None:
            return
        self.results = found
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            birth = japanese_date(item.birthdate) if item.birthdate else ""
            status = STATUS_LABELS.get(PreregStatus(item.status), item.status)
            for column, text in enumerate((item.number, t(status), item.name, item.name_kana, birth,
                                           japanese_date(item.expires_on))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._say(t("{n}件見つかりました。").format(n=len(found)) if found else t("該当する仮登録はありません。"))
        if len(found) == 1:
            self.table.blockSignals(True)  # shown right here, not through a second task
            self.table.selectRow(0)
            self.table.blockSignals(False)
            await self._load(found[0].prereg_id)

    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.results):
            self._pending = self.results[rows[0].row()].prereg_id
            if not self.busy:
                self._start(self._load(self._pending))

    async def _load(self, prereg_id: int) -> None:
        self._pending = None
        detail = await guarded(self._owner.call(self._owner.staff.preregistration_detail, prereg_id), self._say)
        if detail is not None:
            self._show_detail(detail)
            for row, item in enumerate(self.results):  # the list shows the status as it is now
                if item.prereg_id == prereg_id:
                    self.results[row] = detail.summary
                    status = STATUS_LABELS.get(PreregStatus(detail.summary.status), detail.summary.status)
                    self.table.setItem(row, 1, QTableWidgetItem(t(status)))

    # -- showing and correcting ------------------------------------------------------------------
    def _show_detail(self, detail: PreregistrationDetail | None) -> None:
        self.detail = detail
        values = _values(detail.form if detail else PreregistrationForm())
        for page in self.pages:
            page.load(values)
            page.show_errors(())
        self._set_enabled(not self.busy)
        self.wizard_button.setVisible(detail is not None and detail.summary.seeker_number is not None)
        if detail is None:
            self.heading.setText(t("仮登録を選んでください"))
        else:
            summary = detail.summary
            status = t(STATUS_LABELS.get(PreregStatus(summary.status), summary.status))
            heading = t("仮登録番号 {number}　{status}　{name}（{kana}）").format(
                number=summary.number, status=status, name=summary.name, kana=summary.name_kana)
            if summary.seeker_number:
                heading += "　" + t("求職番号 {number}").format(number=summary.seeker_number)
            self.heading.setText(heading)

    def _form(self) -> PreregistrationForm:
        values: dict[str, Any] = {}
        for page in self.pages:
            values.update(page.values())
        return PreregistrationForm(**values)

    def save_correction(self) -> None:
        if self.detail is not None:
            self._start(self._correct(self.detail.summary.prereg_id, self._form()))

    async def _correct(self, prereg_id: int, form: PreregistrationForm) -> None:
        detail = await guarded(self._reauth.sensitive(self._owner.staff.correct_preregistration, prereg_id, form),
                               self._say, self._field_errors)
        if detail is not None:
            self._show_detail(detail)
            self._say(t("修正を保存しました。"))

    def _field_errors(self, errors: Any) -> None:
        for page in self.pages:
            page.show_errors(errors)
        self._say(errors_text(errors))

    def lookup_postal_code(self, code: str) -> None:
        """「住所を検索」 on the 連絡先 tab, through the staff session."""
        self._start(self._lookup(code))

    async def _lookup(self, code: str) -> None:
        found = await guarded(self._owner.call(self._owner.staff.lookup_postal_code_for_staff, code), self._say,
                              self._postal_errors)
        if found is not None:
            self.contact.show_addresses(found)
            self._say("")

    def _postal_errors(self, errors: Any) -> None:
        self.contact.show_errors(errors)
        self._say(errors_text(errors))

    # -- 本登録 ----------------------------------------------------------------------------------
    def register(self) -> None:
        if self.detail is not None:
            self._start(self._register(self.detail.summary.prereg_id, self.document.currentData() or ""))

    async def _register(self, prereg_id: int, document: str) -> None:
        seeker: SeekerSummary | None = await guarded(
            self._reauth.sensitive(self._owner.staff.confirm_preregistration, prereg_id, document), self._say,
            self._field_errors)
        if seeker is None:
            return
        self.registered.emit(seeker)
        await self._load(prereg_id)
        self._say(t("本登録しました。求職番号: {number}　ログインID（{email}）も登録しました。"
                    "ご本人がこの場で「窓口でマイページを開設」から開設できます。").format(
            number=seeker.seeker_number, email=seeker.email or ""))

    # -- plumbing ---------------------------------------------------------------------------------
    def _start(self, coro: Any) -> None:
        if self.busy:
            coro.close()
            return
        self.busy = True
        self._set_enabled(False)
        self._owner.start_task(self._run(coro))

    async def _run(self, coro: Any) -> None:
        try:
            await coro
        finally:
            self.busy = False
            self._set_enabled(True)
        pending, self._pending = self._pending, None
        if pending is not None and (self.detail is None or self.detail.summary.prereg_id != pending):
            self._start(self._load(pending))  # a row chosen while another call ran

    def _set_enabled(self, enabled: bool) -> None:
        self.search_button.setEnabled(enabled)
        online = self.detail is not None and self.detail.summary.status == PreregStatus.ONLINE.value
        for widget in (self.save_button, self.register_button, self.document, *self.pages):
            widget.setEnabled(enabled and online)  # the tabs stay usable: a 本登録済 form can still be read

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        """Every value off the page (logout, S5)."""
        for edit in (self.number_edit, self.kana_edit, self.year_edit, self.month_edit, self.day_edit):
            edit.clear()
        self.results = []
        self._pending = None
        self.table.setRowCount(0)
        self.document.setCurrentIndex(0)
        self._show_detail(None)
        self._say("")


def _values(form: PreregistrationForm) -> dict[str, Any]:
    return {name: getattr(form, name) for name in form.__dataclass_fields__}
