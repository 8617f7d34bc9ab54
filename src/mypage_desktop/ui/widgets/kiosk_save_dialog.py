"""The save dialog of a shared PC (kiosk): choose where, nothing else (issue #13).

Qt's own file dialog lists the folder's files, and its context menu renames and deletes them
and makes folders: on a kiosk a visitor deleted a file of the shared account through it. This
dialog shows no files at all: only the places a kiosk may save to
(:mod:`.kiosk_locations`), the file name the application chose (not editable: never a path,
never another file's name) and a note saying what happens to the file. No context menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.kiosk_locations import (
    SaveLocation,
    configured_location,
    mounted_removable_media,
    remember_saved,
    unused_name,
)

NOTE = (N_("このパソコンは共用のため、保存できるのは USB メモリなどの取り外せる記憶装置と、"
           "ハローワークが用意した保存用フォルダーだけです。\n"
           "保存用フォルダーに保存したファイルは、ログアウトすると削除されます。"
           "持ち帰るときは USB メモリに保存するか、印刷してください。"))
NO_PLACE = (N_("保存できる場所がありません。USB メモリを差し込んでから「場所を更新」を押してください。"
               "印刷はいつでもできます。"))
REMOVABLE_ITEM = N_("USB メモリなど：{name}（{folder}）")
CONFIGURED_ITEM = N_("ハローワークの保存用フォルダー（ログアウトすると削除されます）")
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1


class KioskSaveDialog(QDialog):
    """Signals:
        chosen(object): the :class:`~pathlib.Path` to write (the place + a name not in use).
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None, caption: str, file_name: str, kiosk_folder: str) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self._kiosk_folder = kiosk_folder
        self.setWindowTitle(caption)
        self.setModal(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.note = QLabel(t(NOTE), self)
        self.note.setWordWrap(True)
        self.note.setObjectName("kioskSaveNote")
        style.themed_sheet(self.note, lambda c: f"QLabel#kioskSaveNote {{ background: {c.notice_bg}; color: {c.text};"
                                                   f" border: 1px solid {c.caution_border}; padding: 8px; }}")
        self.name_label = QLabel(t("ファイル名：{name}").format(name=file_name), self)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.places = QListWidget(self)
        self.places.setAccessibleName(t("保存先"))
        self.places.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.places.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.empty_label = QLabel(t(NO_PLACE), self)
        self.empty_label.setWordWrap(True)
        self.error = FieldErrorLabel(self)
        self.refresh_button = QPushButton(t("場所を更新"), self)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(t("保存する"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(t("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.name_label)
        places_caption = QLabel(t("保存先"), self)
        places_caption.setBuddy(self.places)
        layout.addWidget(places_caption)
        layout.addWidget(self.places, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.places.currentRowChanged.connect(self._on_places_current_row_changed)
        self.places.itemDoubleClicked.connect(self._on_places_item_double_clicked)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Looks for removable media again (one plugged in while the dialog is open)."""
        self.places.clear()
        configured = configured_location(self._kiosk_folder)
        for location in [*mounted_removable_media(), *([configured] if configured else [])]:
            self.add_location(location)
        self._update()

    def add_location(self, location: SaveLocation) -> None:
        text = (t(REMOVABLE_ITEM).format(name=location.name, folder=location.folder)
                if location.removable else t(CONFIGURED_ITEM))
        item = QListWidgetItem(text, self.places)
        item.setData(LOCATION_ROLE, location)
        if self.places.currentRow() < 0:
            self.places.setCurrentRow(0)
        self._update()

    def locations(self) -> list[SaveLocation]:
        return [self.places.item(row).data(LOCATION_ROLE) for row in range(self.places.count())]

    def _update(self) -> None:
        has_places = self.places.count() > 0
        self.empty_label.setVisible(not has_places)
        self.save_button.setEnabled(has_places and self.places.currentRow() >= 0)

    def _save(self) -> None:
        item = self.places.currentItem()
        if item is None:
            return
        location: SaveLocation = item.data(LOCATION_ROLE)
        try:
            name = unused_name(location.folder, self.file_name)
            remember_saved(location, name)  # before the write: a crash mid-way still cleans up
        except OSError:
            self.error.show_message(t("この場所には保存できません。別の場所を選んでください。"))
            return
        self.accept()
        self.chosen.emit(Path(location.folder) / name)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self._save()

    @Slot(int)
    def _on_places_current_row_changed(self, _row: int) -> None:
        self.error.clear_message()
        self._update()

    @Slot(QListWidgetItem)
    def _on_places_item_double_clicked(self, _item: QListWidgetItem) -> None:
        self._save()
