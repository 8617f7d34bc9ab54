"""The 求人情報検索 condition form (keyboard friendly: Enter in a text box searches).

What the user typed is always kept: validation happens in the service, and its field
messages (:class:`ValidationFailed`) appear under the field they are about."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.job_dto import JobSearchOptions
from mypage_desktop.domain.jobs import CATEGORIES, EMPLOYMENT_TYPES, JobConditions, WageUnit
from mypage_desktop.ui.jobs.area_picker import AreaPicker
from mypage_desktop.ui.widgets.combo import shrinkable
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.flow_layout import FlowLayout
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.wrap_button import WrapCheckBox

DAY_CHOICES: tuple[int | None, ...] = (None, 3, 7, 14, 30)
FIELDS = ("free_words", "job_number", "employer_number", "categories", "employment_types", "areas", "min_wage",
          "posted_within_days")


def _checks(parent: QWidget, names: Iterable[str], per_row: int) -> tuple[QWidget, dict[str, QCheckBox]]:
    """``per_row`` columns where they fit, fewer in a narrow form or at large text (a flowing
    grid, issue 15: a fixed grid cut the last column off)."""
    box = QWidget(parent)
    grid = FlowLayout(box, columns=per_row, spacing=12)
    grid.setContentsMargins(0, 0, 0, 0)
    checks: dict[str, QCheckBox] = {}
    for name in names:
        check = WrapCheckBox(t(name), box)
        grid.addWidget(check)
        checks[name] = check
    return box, checks


class ConditionForm(QWidget):
    """Signals:
        search_requested(): 「検索する」 or Enter in a text box.
        cleared(): 「条件をクリア」 emptied the form.
    """

    search_requested = Signal()
    cleared = Signal()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Never squeezed below its controls' own heights (large text, issue 15): the scroll
        area around it scrolls instead."""
        height = self.sizeHint().height()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():  # stacked, wrapped rows: taller
            height = max(height, layout.totalHeightForWidth(self.width()))
        return QSize(super().minimumSizeHint().width(), height)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {name: FieldErrorLabel(self) for name in FIELDS}
        self.other_error = FieldErrorLabel(self)
        self.free_words = QLineEdit(self)
        self.free_words.setPlaceholderText(t("例: 介護 山形（スペースで区切ると「かつ」で検索）"))
        self.job_number = QLineEdit(self)
        self.job_number.setPlaceholderText(t("例: 06010-12345678"))
        self.employer_number = QLineEdit(self)
        self.employer_number.setPlaceholderText(t("例: 0601-234567-2"))
        self.employer_number.setMaxLength(40)
        category_box, self.categories = _checks(self, CATEGORIES, 4)
        type_box, self.employment_types = _checks(self, EMPLOYMENT_TYPES, 3)
        self.areas = AreaPicker(self)
        self.occupation_group = shrinkable(QComboBox(self))
        self.occupation_group.addItem(t("指定しない"), "")
        self.wage_unit = shrinkable(QComboBox(self), 6)
        for unit in WageUnit:
            self.wage_unit.addItem(t(unit.value), unit.value)
        self.min_wage = QLineEdit(self)
        self.min_wage.setPlaceholderText(t("例: 180000"))
        self.wage_unit.setAccessibleName(t("賃金の単位"))
        self.min_wage.setAccessibleName(t("賃金（下限）"))
        self.min_wage.setAccessibleDescription(t("円以上"))
        wage = QHBoxLayout()
        wage.addWidget(self.wage_unit)
        wage.addWidget(self.min_wage, 1)
        wage.addWidget(QLabel(t("円以上"), self))
        self.posted_within = shrinkable(QComboBox(self), 10)
        for days in DAY_CHOICES:
            self.posted_within.addItem(t("指定なし") if days is None else t("{n}日以内").format(n=days), days)
        self.online_only = WrapCheckBox(t("オンライン自主応募可の求人のみ"), self)
        self.search_button = QPushButton(t("検索する"), self)
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(t("条件をクリア"), self)

        left = QFormLayout()
        self._add(left, t("フリーワード"), self.free_words, "free_words")
        self._add(left, t("求人区分"), category_box, "categories")
        self._add(left, t("雇用形態"), type_box, "employment_types")
        self._add(left, t("就業場所"), self.areas, "areas")
        right = QFormLayout()
        self._add(right, t("求人番号"), self.job_number, "job_number")
        self._add(right, t("事業所番号"), self.employer_number, "employer_number")
        self._add(right, t("職業分類"), self.occupation_group)
        self._add(right, t("賃金（下限）"), wage, "min_wage")
        self._add(right, t("受付日"), self.posted_within, "posted_within_days")
        right.addRow("", self.online_only)
        # The buttons sit under the scrolling form (the page places them), always in sight.
        self.button_bar = QWidget(self)
        buttons = QHBoxLayout(self.button_bar)
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.addWidget(self.other_error, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.search_button)
        self.clear_button.setParent(self.button_bar)
        self.search_button.setParent(self.button_bar)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        self._left, self._right, self._columns = left, right, columns
        for form in (left, right):  # a field under its caption when both do not fit (large text)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)

        self._set_tab_order()
        # Read column by column (ui/devtools/a11y_audit.py): the left column, then the right one.
        self.setProperty("readingColumns", [left, right])
        for edit in (self.free_words, self.job_number, self.employer_number, self.min_wage):
            edit.returnPressed.connect(self._on_edit_return_pressed)
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    # -- layout -------------------------------------------------------------------------
    def side_by_side_width(self) -> int:
        """The width the two columns need next to each other."""
        return self._left.sizeHint().width() + self._right.sizeHint().width() + 12

    def set_stacked(self, stacked: bool) -> None:
        """Narrow windows: the right column goes under the left one (no sideways scrolling)."""
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
            self.updateGeometry()  # the scroll area around the form takes the new height hint

    @property
    def stacked(self) -> bool:
        return self._columns.direction() == QBoxLayout.Direction.TopToBottom

    def _set_tab_order(self) -> None:
        """Top to bottom in the left column, then the right one, then the buttons."""
        areas = self.areas
        chain: list[QWidget] = [
            self.free_words, *self.categories.values(), *self.employment_types.values(), areas.prefecture,
            areas.municipality, areas.add_button, areas.list, areas.remove_button, self.job_number,
            self.employer_number, self.occupation_group, self.wage_unit, self.min_wage, self.posted_within,
            self.online_only, self.clear_button, self.search_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _add(self, form: QFormLayout, caption: str, field: QWidget | QHBoxLayout, error: str = "") -> None:
        label = QLabel(t(caption), self)
        form.addRow(label, field)
        if isinstance(field, QWidget):
            label.setBuddy(field)
            field.setAccessibleName(t(caption))
        if error:
            self.errors[error].set_field(field if isinstance(field, QWidget) else self.min_wage)
            form.addRow("", self.errors[error])

    # -- values -------------------------------------------------------------------------
    def conditions(self) -> JobConditions:
        return JobConditions(
            free_words=self.free_words.text(),
            categories=tuple(name for name, box in self.categories.items() if box.isChecked()),
            areas=self.areas.areas(),
            occupation_group=self.occupation_group.currentData() or "",
            min_wage=self.min_wage.text(),
            wage_unit=WageUnit(self.wage_unit.currentData()),
            employment_types=tuple(name for name, box in self.employment_types.items() if box.isChecked()),
            posted_within_days=self.posted_within.currentData(),
            online_application_only=self.online_only.isChecked(),
            job_number=self.job_number.text(),
            employer_number=self.employer_number.text(),
        )

    def set_conditions(self, conditions: JobConditions) -> None:
        self.free_words.setText(conditions.free_words)
        self.job_number.setText(conditions.job_number)
        self.employer_number.setText(conditions.employer_number)
        for name, box in self.categories.items():
            box.setChecked(name in conditions.categories)
        for name, box in self.employment_types.items():
            box.setChecked(name in conditions.employment_types)
        self.areas.set_areas(conditions.areas)
        _select(self.occupation_group, conditions.occupation_group, conditions.occupation_group)
        self.wage_unit.setCurrentIndex(max(0, self.wage_unit.findData(conditions.wage_unit.value)))
        self.min_wage.setText(conditions.min_wage)
        days = conditions.posted_within_days
        _select(self.posted_within, days, t("{n}日以内").format(n=days))
        self.online_only.setChecked(conditions.online_application_only)
        self.clear_errors()

    def set_options(self, options: JobSearchOptions) -> None:
        current = self.occupation_group.currentData() or ""
        self.occupation_group.clear()
        self.occupation_group.addItem(t("指定しない"), "")
        for group in options.occupation_groups:
            self.occupation_group.addItem(group, group)
        _select(self.occupation_group, current, current)
        self.areas.set_municipalities(options.municipalities)

    # -- messages -----------------------------------------------------------------------
    def show_errors(self, errors: Iterable[FieldError]) -> None:
        self.clear_errors()
        others: list[str] = []
        for error in errors:
            label = self.errors.get(error.field)
            if label is None:
                others.append(field_message(error))
            else:
                label.show_message(field_message(error))
        self.other_error.show_message("\n".join(others))

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.other_error):
            label.clear_message()

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if label.text()}

    def reset(self) -> None:
        """「条件をクリア」: every field back to its default, messages gone."""
        self.set_conditions(JobConditions())
        self.areas.clear()

    def forget(self) -> None:
        """Logout (S5): the fields and the choices loaded for this session."""
        self.reset()
        self.areas.forget_options()
        while self.occupation_group.count() > 1:
            self.occupation_group.removeItem(1)

    # -- slots --------------------------------------------------------------------------
    @Slot()
    def _on_edit_return_pressed(self) -> None:
        self.search_requested.emit()

    @Slot()
    def _on_search_button_clicked(self) -> None:
        self.search_requested.emit()

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        self.reset()
        self.cleared.emit()


def _select(combo: QComboBox, value: object, caption: str) -> None:
    index = combo.findData(value)
    if index < 0 and value not in (None, ""):
        combo.addItem(caption, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
