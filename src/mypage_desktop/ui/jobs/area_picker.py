"""就業場所: a prefecture, optionally one of its municipalities, 「追加」, and the list of
chosen places (up to :data:`MAX_AREAS`, each removable with 「削除」 or the Delete key)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.jobs import MAX_AREAS, Area
from mypage_desktop.domain.prefectures import PREFECTURES
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.combo import shrinkable
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.text_width import height_for_lines

AREA_ROLE = Qt.ItemDataRole.UserRole + 1
ANY_MUNICIPALITY = N_("市区町村を指定しない")


class _AreaList(QListWidget):
    """Signals:
        delete_pressed(): Delete or Backspace on a chosen place.
    """

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class AreaPicker(QWidget):
    """Signals:
        areas_changed(): a place was added or removed.
    """

    areas_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._municipalities: dict[str, tuple[str, ...]] = {}
        self.prefecture = shrinkable(QComboBox(self), 14)
        self.prefecture.setAccessibleName(t("都道府県"))
        self.prefecture.addItem(t("都道府県を選択"), "")
        for name in PREFECTURES:
            self.prefecture.addItem(name, name)
        self.municipality = shrinkable(QComboBox(self), 22)
        self.municipality.setAccessibleName(t("市区町村"))
        self.add_button = QPushButton(t("追加"), self)
        self.list = _AreaList(self)
        self.list.setAccessibleName(t("指定した就業場所"))
        height_for_lines(self.list, 3, 12, fixed=True)
        self.remove_button = QPushButton(t("削除"), self)
        self.remove_button.setAccessibleName(t("選択した就業場所を削除"))
        # One under the other when the three do not fit side by side (200 % text in a longer
        # language, docs/accessibility.md). Not a flowing row: its height depends on its width,
        # and QFormLayout gave the field far more height than that needed.
        row = self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.prefecture)
        row.addWidget(self.municipality, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        chosen = QHBoxLayout()
        chosen.setContentsMargins(0, 0, 0, 0)
        chosen.addWidget(self.list, 1)
        chosen.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addLayout(chosen)
        self.prefecture.currentIndexChanged.connect(self._on_prefecture_current_index_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.delete_pressed.connect(self._on_remove_button_clicked)
        self._refresh_municipalities()
        self._update_buttons()

    # -- size -------------------------------------------------------------------------
    def _row_widths(self) -> list[int]:
        return [w.minimumSizeHint().width() for w in (self.prefecture, self.municipality, self.add_button)]

    def _side_by_side_width(self) -> int:
        return sum(self._row_widths()) + 2 * max(self._row.spacing(), 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as the stacked row allows (the widest of the three, or the list's row)."""
        chosen = self.list.minimumSizeHint().width() + self.remove_button.minimumSizeHint().width()
        return QSize(max(*self._row_widths(), chosen), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        stacked = event.size().width() < self._side_by_side_width()
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self._row.direction() != direction:
            self._row.setDirection(direction)
            self.updateGeometry()

    # -- public -------------------------------------------------------------------------
    def set_municipalities(self, municipalities: dict[str, tuple[str, ...]]) -> None:
        self._municipalities = dict(municipalities)
        self._refresh_municipalities()

    def areas(self) -> tuple[Area, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(item.data(AREA_ROLE) for item in items if item is not None)

    def set_areas(self, areas: tuple[Area, ...]) -> None:
        self.list.clear()
        for area in areas:
            self._append(area)
        self._update_buttons()

    def add_area(self, area: Area) -> bool:
        if len(self.areas()) >= MAX_AREAS or area in self.areas():
            return False
        self._append(area)
        self._update_buttons()
        self.areas_changed.emit()
        return True

    def clear(self) -> None:
        self.list.clear()
        self.prefecture.setCurrentIndex(0)
        self._update_buttons()

    def forget_options(self) -> None:
        """Logout: the municipality lists go too."""
        self._municipalities = {}
        self.clear()
        self._refresh_municipalities()

    # -- internals ----------------------------------------------------------------------
    def _append(self, area: Area) -> None:
        item = QListWidgetItem(area.prefecture + (area.municipality or t("（全域）")))
        item.setData(AREA_ROLE, area)
        self.list.addItem(item)

    def _refresh_municipalities(self) -> None:
        prefecture = self.prefecture.currentData() or ""
        self.municipality.clear()
        self.municipality.addItem(t(ANY_MUNICIPALITY), "")
        for name in self._municipalities.get(prefecture, ()):
            if name:
                self.municipality.addItem(name, name)
        self.municipality.setEnabled(bool(prefecture) and self.municipality.count() > 1)

    def _update_buttons(self) -> None:
        full = len(self.areas()) >= MAX_AREAS
        self.add_button.setEnabled(bool(self.prefecture.currentData()) and not full)
        self.add_button.setToolTip(t("就業場所は{max}か所まで指定できます。").format(max=MAX_AREAS) if full else "")
        self.remove_button.setEnabled(self.list.count() > 0)

    @Slot(int)
    def _on_prefecture_current_index_changed(self, _index: int) -> None:
        self._refresh_municipalities()
        self._update_buttons()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        prefecture = self.prefecture.currentData() or ""
        if prefecture:
            self.add_area(Area(prefecture, self.municipality.currentData() or ""))

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0 and self.list.count():
            row = self.list.count() - 1
        if row >= 0:
            self.list.takeItem(row)
            self._update_buttons()
            self.areas_changed.emit()
