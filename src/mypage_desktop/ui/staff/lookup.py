"""「求職者の検索」: by 求職番号, by フリガナ + 生年月日, or by login email (one tab each), with the
results in a sortable table. The search runs off the GUI thread (the console does the call);
the table keeps its rows, sort order and selection while the staff member works elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.staff_dto import SeekerQuery, SeekerSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.staff.seeker_model import SORT_ROLE, Columns, SeekerTableModel
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.status_label import StatusLabel

KANA_SAMPLE = "ヤマガタ タロウ"  # typed in Japanese whatever the language
# Data of the width a column should fit (a long name, a kana reading): not texts to translate.
DATA_SAMPLES = {Columns.NUMBER: "00000-00000000", Columns.NAME: "山形 太郎太", Columns.KANA: "ヤマガタ タロウ",
                Columns.BIRTHDATE: "0000/00/00", Columns.EMAIL: "taro.yamagata@example"}


class Mode:
    NUMBER = 0
    KANA = 1
    EMAIL = 2


def _edit(parent: QWidget, name: str, placeholder: str = "", width: int | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(200)  # the service reports what is too long with a message
    edit.setMinimumHeight(30)
    if width is not None:
        edit.setFixedWidth(width)
    return edit


class SeekerLookup(QWidget):
    """Signals:
        search_requested(object): a :class:`SeekerQuery` holding only the current tab's fields.
        seeker_selected(object): the :class:`SeekerSummary` of the selected row, or None.
    """

    search_requested = Signal(object)
    seeker_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.tabs = QTabWidget(self)
        self.number_edit = _edit(self, t("求職番号"), "06010-12345678")
        self.kana_edit = _edit(self, t("フリガナ"), KANA_SAMPLE)
        self.year_edit = _edit(self, t("生年月日（年）"), "1985", 80)
        self.month_edit = _edit(self, t("生年月日（月）"), "4", 56)
        self.day_edit = _edit(self, t("生年月日（日）"), "12", 56)
        self.email_edit = _edit(self, t("メールアドレス"), "hellowork@example.jp")
        self.errors = {name: FieldErrorLabel(self, field) for name, field in
                       (("seeker_number", self.number_edit), ("name_kana", self.kana_edit),
                        ("birthdate", self.year_edit), ("email", self.email_edit), ("query", None))}

        number_page = QWidget(self.tabs)
        number_form = QFormLayout(number_page)
        number_form.addRow(t("求職番号"), self.number_edit)
        number_form.addRow("", self.errors["seeker_number"])
        kana_page = QWidget(self.tabs)
        kana_form = QFormLayout(kana_page)
        kana_form.addRow(t("フリガナ"), self.kana_edit)
        kana_form.addRow("", self.errors["name_kana"])
        birth_row = QHBoxLayout()
        for edit, unit in ((self.year_edit, N_("年")), (self.month_edit, N_("月")), (self.day_edit, N_("日"))):
            birth_row.addWidget(edit)
            birth_row.addWidget(QLabel(t(unit), kana_page))
        birth_row.addStretch(1)
        kana_form.addRow(t("生年月日（西暦）"), birth_row)
        kana_form.addRow("", self.errors["birthdate"])
        email_page = QWidget(self.tabs)
        email_form = QFormLayout(email_page)
        email_form.addRow(t("メールアドレス"), self.email_edit)
        email_form.addRow("", self.errors["email"])
        self.tabs.addTab(number_page, t("求職番号"))
        self.tabs.addTab(kana_page, t("フリガナ＋生年月日"))
        self.tabs.addTab(email_page, t("メールアドレス"))

        self.search_button = QPushButton(t("検索"), self)
        self.search_button.setMinimumHeight(34)
        self.search_button.setMinimumWidth(120)
        self.count_label = StatusLabel("", self, wrap=False)
        self.model = SeekerTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(t("検索結果"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Columns.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), like list_table
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        samples = {**DATA_SAMPLES, Columns.STATUS: t("求職状態"), Columns.ACCOUNT: t("ID未登録"),
                   Columns.LOCK: t("ロック中")}
        for column, sample in samples.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)

        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.errors["query"])
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

        self.search_button.clicked.connect(self._on_search_button_clicked)
        for edit in (self.number_edit, self.kana_edit, self.year_edit, self.month_edit, self.day_edit,
                     self.email_edit):
            edit.returnPressed.connect(self._on_search_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    # -- public ---------------------------------------------------------------------------
    def query(self) -> SeekerQuery:
        mode = self.tabs.currentIndex()
        if mode == Mode.NUMBER:
            return SeekerQuery(seeker_number=self.number_edit.text())
        if mode == Mode.KANA:
            return SeekerQuery(name_kana=self.kana_edit.text(), birth_year=self.year_edit.text(),
                               birth_month=self.month_edit.text(), birth_day=self.day_edit.text())
        return SeekerQuery(email=self.email_edit.text())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.search_button.setEnabled(not busy)
        if busy:
            self.count_label.setText(t("検索しています…"))

    def show_results(self, seekers: list[SeekerSummary]) -> None:
        self.set_busy(False)
        self.model.set_rows(seekers)
        self.count_label.setText(t("{n}件").format(n=len(seekers)) if seekers else t("該当する求職者はいません。"))
        if len(seekers) == 1:
            self.select_seeker(seekers[0].seeker_id)
        else:
            self.seeker_selected.emit(None)

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.set_busy(False)
        self.count_label.setText("")
        texts: dict[str, list[str]] = {}
        for error in errors:
            name = "birthdate" if error.field.startswith("birth") else error.field
            texts.setdefault(name if name in self.errors else "query", []).append(field_message(error))
        for name, lines in texts.items():
            self.errors[name].show_message("\n".join(lines))

    def show_message(self, text: str) -> None:
        self.set_busy(False)
        self.count_label.setText("")
        self.errors["query"].show_message(text)

    def put_seeker(self, seeker: SeekerSummary, *, select: bool = False) -> None:
        """A seeker's row after an action, or a newly registered seeker (then selected)."""
        self.model.put(seeker)
        if select:
            self.select_seeker(seeker.seeker_id)

    def select_seeker(self, seeker_id: int) -> None:
        row = self.model.row_of(seeker_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def selected_seeker(self) -> SeekerSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.seeker(self.proxy.mapToSource(rows[0]).row())

    def clear(self) -> None:
        """Every seeker value off the screen (logout, docs/security.md S5)."""
        for edit in (self.number_edit, self.kana_edit, self.year_edit, self.month_edit, self.day_edit,
                     self.email_edit):
            edit.clear()
        self._clear_errors()
        self.model.clear()
        self.count_label.setText("")
        self.set_busy(False)
        self.tabs.setCurrentIndex(Mode.NUMBER)

    # -- slots ----------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    @Slot()
    def _on_search_button_clicked(self) -> None:
        if self._busy:
            return
        self._clear_errors()
        self.set_busy(True)
        self.search_requested.emit(self.query())

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.seeker_selected.emit(self.selected_seeker())
