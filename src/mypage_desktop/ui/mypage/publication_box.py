"""求職公開 (docs/product-rules.md §publication): the box on 求職者情報・設定 where the seeker
chooses what employers may see, previews exactly the employer's view, publishes or updates it
after a confirmation that shows that view, and withdraws it at any time.

What stays typed after a refusal: everything (the message names the field to fix)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.publication import EXPERIENCE_MAX, QUALIFICATIONS_MAX, SELF_PR_MAX, WISH_MAX
from mypage_desktop.domain.publication_dto import PublicationForm, PublicationInfo, PublicProfile
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.mypage.action_box import ActionBox
from mypage_desktop.ui.widgets import confirm, style
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.status_label import StatusLabel

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

# name, caption, multiline, limit
FIELDS = (("wish_occupation", N_("希望職種（必須）"), False, WISH_MAX), ("wish_location", N_("希望勤務地"), False,
                                                                         WISH_MAX),
          ("experience", N_("経験"), True, EXPERIENCE_MAX), ("qualifications", N_("資格"), True, QUALIFICATIONS_MAX),
          ("self_pr", N_("自己PR"), True, SELF_PR_MAX))
INTRO = (N_("求職情報を公開すると、事業所が匿名の求職情報を見て「直接リクエスト」（応募のお誘い）を"
            "送れるようになります。氏名・連絡先・生年月日は公開されません（年代のみ表示されます）。公開はいつでも取り下げられます。"))
NONE = N_("（記載なし）")


def preview_style(c: style.Colours) -> str:
    """What an employer sees, framed like a sheet of paper."""
    return (f"QLabel#publicationPreview {{ background: {c.base}; color: {c.text}; border: 1px solid {c.border};"
            " padding: 8px; }")


def profile_text(profile: PublicProfile) -> str:
    """The employer's view as plain text, line by line (the preview and the confirmation)."""
    number = profile.public_number or t("（公開したときに決まります）")
    lines = [t("求職公開番号") + f": {number}", t("年代") + f": {profile.age_band}",
             t("希望職種") + ": " + (profile.wish_occupation or t(NONE)),
             t("希望勤務地") + ": " + (profile.wish_location or t(NONE))]
    for caption, value in ((N_("経験"), profile.experience), (N_("資格"), profile.qualifications),
                           (N_("自己PR"), profile.self_pr)):
        lines.append(t(caption) + ":")
        lines.append(value or t(NONE))
    return "\n".join(lines)


class PublicationBox(ActionBox):
    """``edits[name]`` are the fields, ``preview`` the employer's view, ``status`` the state."""

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(t("求職公開（事業所への匿名の公開）"), client, parent)
        self.info: PublicationInfo | None = None
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        self.status = StatusLabel("", self)
        self.status.setObjectName("publicationStatus")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for row, (name, caption, multiline, limit) in enumerate(FIELDS):
            edit: QLineEdit | QPlainTextEdit
            if multiline:
                edit = QPlainTextEdit(self)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(72)
                edit.textChanged.connect(lambda n=name: self._on_edited(n))
            else:
                edit = QLineEdit(self)
                edit.setMaxLength(limit + 50)  # over the limit still shows the message, not a silent cut
                edit.textEdited.connect(lambda _text, n=name: self._on_edited(n))
            edit.setAccessibleName(t(caption))
            label = QLabel(t(caption), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # a long caption wraps rather than widening the page (large text)
            label.setBuddy(edit)
            hint = style.plain_label(t("{n}文字以内").format(n=limit), self)
            style.themed_sheet(hint, lambda c: f"color: {c.muted_text};")
            error = FieldErrorLabel(self)
            # The hint sits under its field, not beside it: three columns were wider than the
            # page in longer languages at 200 % (docs/accessibility.md).
            grid.addWidget(label, row * 3, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, row * 3, 1)
            grid.addWidget(hint, row * 3 + 1, 1)
            grid.addWidget(error, row * 3 + 2, 1)
            self.edits[name], self.errors[name] = edit, error
        grid.setColumnStretch(1, 1)
        self.preview_button = QPushButton(t("事業所に見える内容を確認する"), self)
        self.publish_button = QPushButton(t("公開する"), self)
        self.withdraw_button = QPushButton(t("公開を取り下げる"), self)
        self.busy_label = style.plain_label(t("処理しています。しばらくお待ちください…"), self, wrap=False)
        buttons = flow_row(self)  # onto a second line when they do not fit (large text)
        for widget in (self.preview_button, self.publish_button, self.withdraw_button, self.busy_label):
            buttons.addWidget(widget)
        self.error = FieldErrorLabel(self)
        self.done_label = StatusLabel("", self)
        style.themed_sheet(self.done_label, lambda c: f"color: {c.info_text};")
        self.preview_title = style.plain_label(t("事業所に見える内容（プレビュー）"), self)
        self.preview = style.plain_label("", self)
        self.preview.setObjectName("publicationPreview")
        style.themed_sheet(self.preview, preview_style)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(style.plain_label(t(INTRO), self))
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        self.clear()

    # -- public -------------------------------------------------------------------------
    def form(self) -> PublicationForm:
        values = {name: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
                  for name, edit in self.edits.items()}
        return PublicationForm(**values)

    def load(self) -> None:
        if self._busy or not self._client.active:
            return
        self._set_busy(True)
        self._client.start_task(self._load())

    def clear(self) -> None:
        """Logout: nothing typed stays on screen."""
        self._close_dialog()
        self.info = None
        for edit in self.edits.values():
            edit.clear()
        self._clear_errors()
        self.status.setText(t("読み込み中…"))
        self.done_label.hide()
        self.preview_title.hide()
        self.preview.hide()
        self._set_busy(False)

    # -- showing ------------------------------------------------------------------------
    def show_info(self, info: PublicationInfo, *, fill: bool = True) -> None:
        self.info = info
        if info.published and info.published_at is not None:
            text = t("公開中（{at}から）　求職公開番号: {number}　受け取った直接リクエスト: {n}件").format(
                at=format_datetime_jst(info.published_at), number=info.profile.public_number, n=info.requests_received)
        elif info.withdrawn_at is not None:
            text = t("公開していません（{at}に取り下げました）").format(at=format_datetime_jst(info.withdrawn_at))
        else:
            text = t("公開していません")
        if not info.can_publish:
            text += "\n" + t("求職状態が「無効」の間は公開できません。")
        self.status.setText(text)
        if fill:
            for name, edit in self.edits.items():
                value = getattr(info.form, name)
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
            self._clear_errors()
        self._update_buttons()

    def show_preview(self, profile: PublicProfile) -> None:
        self.preview.setText(profile_text(profile))
        self.preview_title.show()
        self.preview.show()

    # -- actions ------------------------------------------------------------------------
    @Slot()
    def _on_preview_clicked(self) -> None:
        if self._begin():
            self._client.start_task(self._preview(ask_to_publish=False))

    @Slot()
    def _on_publish_clicked(self) -> None:
        if self._begin():
            self._client.start_task(self._preview(ask_to_publish=True))

    @Slot()
    def _on_withdraw_clicked(self) -> None:
        if self._busy or not self._client.active:
            return
        self.dialog = confirm.ask(self, t("求職公開の取り下げ"), t(
            "求職情報の公開を取り下げますか。\n取り下げると、事業所はあなたの求職情報を見られなくなり、"
            "新しい直接リクエストも届かなくなります（届いているリクエストには回答できます）。"),
            self._withdraw, yes_text=t("取り下げる"), on_closed=self._forget)

    def _begin(self) -> bool:
        """One request at a time (a double click sends one)."""
        if self._busy or not self._client.active:
            return False
        self._clear_errors()
        self.done_label.hide()
        self._set_busy(True)
        return True

    async def _load(self) -> None:
        try:
            info: PublicationInfo = await self._send(self._api.publication)
        except (ServiceUnavailable, ValidationFailed):
            if not self.alive:
                return
            self.status.setText(t("公開の状態を読み込めません。しばらくしてから、もう一度このページを開いてください。"))
            return
        except SessionInvalid:
            return
        if self.alive:
            self.show_info(info)

    async def _preview(self, *, ask_to_publish: bool) -> None:
        if not self.alive:
            return
        profile: PublicProfile | None = await self._attempt(self._api.preview_publication, self.form())
        if profile is None:
            return
        self.show_preview(profile)
        if ask_to_publish:
            updating = bool(self.info and self.info.published)
            question = t("この内容で公開内容を更新しますか。") if updating else t("この内容で求職情報を公開しますか。")
            self.dialog = confirm.ask(self, t("求職公開"), question + "\n" + t("事業所には次のとおり表示されます。")
                                      + "\n\n" + profile_text(profile), self._publish,
                                      yes_text=t("更新する") if updating else t("公開する"), on_closed=self._forget)

    def _publish(self) -> None:
        if self._begin():
            self._client.start_task(self._run(self._api.publish_profile, self.form()))

    def _withdraw(self) -> None:
        if self._begin():
            self._client.start_task(self._run(self._api.withdraw_publication))

    async def _run(self, call: Callable[..., PublicationInfo], *args: object) -> None:
        info = await self._attempt(call, *args)
        if info is None:
            return
        self.show_info(info, fill=info.published)
        self.show_preview(info.profile)
        self.done_label.setText(t("求職情報を公開しました。") if info.published
                                else t("求職情報の公開を取り下げました。"))
        self.done_label.show()

    # -- errors and state ---------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()
        self.error.clear_message()

    def _on_edited(self, name: str) -> None:
        self.errors[name].clear_message()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not self.alive:
            return
        self.busy_label.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and self.info is not None
        published = bool(self.info and self.info.published)
        for edit in self.edits.values():
            edit.setEnabled(not self._busy)
        self.preview_button.setEnabled(ready)
        self.publish_button.setEnabled(ready and bool(self.info and self.info.can_publish))
        self.publish_button.setText(t("公開内容を更新する") if published else t("公開する"))
        self.withdraw_button.setEnabled(ready and published)
