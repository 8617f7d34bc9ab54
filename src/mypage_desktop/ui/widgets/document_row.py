"""One 応募書類 line (履歴書 or 職務経歴書) of the apply dialog and of the 直接リクエスト answer:
「PDFを選ぶ…」, the chosen file's name and size or why it was refused, and 「外す」; 「作成する…」
when the feature gives a ``writer`` that opens its form. The file is read into memory and sent in
chunks through the façade (docs/office-server.md §document-upload); no copy of it is written
on this PC (docs/security.md S5)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import DocumentInfo
from mypage_desktop.domain.documents import MAX_DOCUMENT_BYTES, DocumentKind
from mypage_desktop.domain.errors import FieldError, ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.translatable import N_
from mypage_desktop.facade.document_upload import upload_document
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.saved_files import file_dialog_settings, restore_file_dialog_settings, user_folder

if TYPE_CHECKING:
    from mypage_desktop.facade.protocol import MyPageFacade

P = ParamSpec("P")
R = TypeVar("R")


class SeekerClient(Protocol):
    """What the row needs of the page's session client (``ui.session.client.SeekerClient``,
    which widgets may not import)."""

    @property
    def api(self) -> MyPageFacade: ...

    @property
    def active(self) -> bool: ...

    def start_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]: ...

    async def call(self, func: Callable[Concatenate[str, P], R], *args: P.args, **kwargs: P.kwargs) -> R: ...

MB = 1024 * 1024
UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。")
# Opens a form that writes the document: (kind, parent, attach(file name, PDF)) → the dialog.
Writer = Callable[[DocumentKind, QWidget, Callable[[str, bytes], None]], QDialog]


def size_text(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB // 10 else f"{max(1, size // 1024)} KB"


class DocumentRow(QWidget):
    """Signals:
        changed(): a document was attached, removed or refused, or an upload started or ended.
    """

    changed = Signal()

    def __init__(self, kind: str, client: SeekerClient, parent: QWidget | None = None, *,
                 writer: Writer | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._writer = writer
        self._client = client
        self._api = client.api
        self.document: DocumentInfo | None = None
        self.file_dialog: QFileDialog | None = None
        self._task: asyncio.Task[Any] | None = None
        shown = t(kind)  # the kind is the domain's Japanese name (履歴書, 職務経歴書)
        caption = QLabel(t("{kind}（任意）").format(kind=shown), self)
        self.state = style.plain_label(t("添付なし"), self)
        self.choose_button = QPushButton(t("PDFを選ぶ…"), self)
        self.choose_button.setAccessibleName(t("{kind}のPDFを選ぶ").format(kind=shown))
        self.remove_button = QPushButton(t("外す"), self)
        self.remove_button.setAccessibleName(t("{kind}を外す").format(kind=shown))
        self.write_button = QPushButton(t("作成する…"), self)
        self.write_button.setAccessibleName(t("{kind}を作成する").format(kind=shown))
        self.write_button.setToolTip(t("登録されている情報から{kind}を作成して添付します").format(kind=shown))
        self.write_button.setVisible(writer is not None)
        self.resume_dialog: QDialog | None = None
        self.error = FieldErrorLabel(self)
        # The caption on a line of its own, the state and the buttons under it: a translated
        # caption is long, and beside them it squeezed them at large text (issue 15).
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        row.addWidget(self.write_button)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addWidget(self.error)
        QWidget.setTabOrder(self.write_button, self.choose_button)  # left to right, as they sit
        QWidget.setTabOrder(self.choose_button, self.remove_button)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.write_button.clicked.connect(self._on_write_button_clicked)
        self._update()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def attach_file(self, path: Path) -> None:
        """Reads ``path`` and sends it; too big is refused before it is read."""
        try:
            size = path.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                self._refuse([FieldError("document", "document.too_large",
                                         {"kind": self.kind, "max_mb": MAX_DOCUMENT_BYTES // MB})])
                return
            data = path.read_bytes()
        except OSError:
            self._refuse_text(t("ファイルを読み込めませんでした。別のファイルを選んでください。"))
            return
        self.attach_bytes(path.name, data)

    def attach_bytes(self, file_name: str, data: bytes, on_done: Callable[[], None] | None = None) -> None:
        """Sends ``data`` (a chosen file, or a 履歴書 written with the form) as this document."""
        if self.busy or not self._client.active:
            return
        self.error.clear_message()
        self.document = None
        self._task = self._client.start_task(self._upload(file_name, data, on_done))
        self._update()
        self.changed.emit()

    def clear(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
        if self.file_dialog is not None:
            self.file_dialog.reject()
        if self.resume_dialog is not None:
            self.resume_dialog.reject()
        self.document = None
        self.error.clear_message()
        self._update()

    async def _upload(self, file_name: str, data: bytes, on_done: Callable[[], None] | None) -> None:
        facade, kind = self._api, self.kind

        def send(token: str) -> DocumentInfo:
            return upload_document(facade, token, kind, file_name, data)

        try:
            self.document = await self._client.call(send)
        except ValidationFailed as exc:
            self._refuse(list(exc.errors))
            return
        except ServiceUnavailable:
            self._refuse_text(t(UNAVAILABLE))
            return
        except SessionInvalid:
            return
        finally:
            self._task = None
            self._update()
            self.changed.emit()
        if on_done is not None:
            on_done()

    def _refuse(self, errors: list[FieldError]) -> None:
        self._refuse_text("\n".join(field_message(e) for e in errors))

    def _refuse_text(self, text: str) -> None:
        self.document = None
        self.error.show_message(text)
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        if self.busy:
            text = t("送信しています…")
        elif self.document is not None:
            text = f"{self.document.file_name}（{size_text(self.document.size)}）"
        else:
            text = t("添付なし")
        self.state.setText(text)
        self.choose_button.setEnabled(not self.busy)
        self.write_button.setEnabled(not self.busy)
        self.remove_button.setEnabled(self.document is not None and not self.busy)

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        saved = file_dialog_settings()  # put back afterwards: no folder history for the next person (S5)
        dialog = QFileDialog(self, t("{kind}のPDFを選ぶ").format(kind=t(self.kind)),
                             str(user_folder(QStandardPaths.StandardLocation.DocumentsLocation)),
                             t("PDFファイル (*.pdf)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.ReadOnly)  # choosing a file: no rename, delete or new folder (S5)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: restore_file_dialog_settings(saved))
        dialog.fileSelected.connect(lambda path: self.attach_file(Path(path)))
        dialog.finished.connect(self._on_file_dialog_finished)
        self.file_dialog = dialog
        dialog.open()

    @Slot()
    def _on_write_button_clicked(self) -> None:
        if self._writer is None:
            return
        dialog = self._writer(DocumentKind(self.kind), self.window(), self._on_resume_dialog_attach_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_resume_dialog_finished)
        self.resume_dialog = dialog
        dialog.open()

    def _on_resume_dialog_attach_requested(self, file_name: str, data: bytes) -> None:
        self.attach_bytes(file_name, data)

    @Slot(int)
    def _on_resume_dialog_finished(self, _result: int) -> None:
        self.resume_dialog = None

    @Slot(int)
    def _on_file_dialog_finished(self, _result: int) -> None:
        self.file_dialog = None

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.document = None
        self.error.clear_message()
        self._update()
        self.changed.emit()
