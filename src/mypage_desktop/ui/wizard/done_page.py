"""Step 4 「パスワード登録完了」: the account is open; 「ログイン画面へ進む」 leads to an empty login."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.user_guide import UserGuideDialog
from mypage_desktop.ui.wizard.base_page import WizardPageBase, text_label
from mypage_desktop.ui.wizard.flow import OpeningFlow, PageId

C = "DonePage"


class DonePage(WizardPageBase):
    page_id = PageId.DONE

    def __init__(self, flow: OpeningFlow, app_info: AppInfo, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setTitle(t("パスワード再設定完了") if flow.reset else t("パスワード登録完了"))
        self.setFinalPage(True)
        if flow.reset:
            done = text_label(t("パスワードの再設定が完了しました"), self, bold=True, scale=1.2)
            lead = text_label("\n".join((
                t("「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスと新しいパスワードで"
                  "ログインしてください。"),
                t("安全のため、ほかのパソコンなどでログインしていた場合は、すべてログアウトしました。"),
                t("登録したメールアドレス宛に「パスワード再設定のお知らせ」メールをお送りしました。"),
            )), self)
        else:
            done = text_label(t("マイページ開設完了"), self, bold=True, scale=1.2)
            lead = text_label("\n".join((
                t("「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスとパスワードでログイン後、"
                  "各種サービスをご利用ください。"),
                t("求職者マイページの開設が完了し、求職者マイページの各種メニューを"
                  "ご利用いただけるようになりました。"),
                t("登録したメールアドレス宛に「パスワード登録完了のお知らせ」メールをお送りしました。"),
            )), self)
        self.converted = text_label(t(
            "入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。"
            "ログインの際は半角で入力してください（全角で入力しても同じパスワードとして扱われます）。"), self)
        style.themed_sheet(self.converted, lambda c: f"color: {c.info_text};")
        self.converted.hide()

        important = QFrame(self)
        important.setFrameShape(QFrame.Shape.StyledPanel)
        style.themed_sheet(important, lambda c: (
            f"QFrame {{ border: 2px solid {c.important_border}; border-radius: 4px; }}"
            f"QLabel {{ border: none; color: {c.important_text}; }}"))
        box = QVBoxLayout(important)
        box.addWidget(text_label(t("【！重要！】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。"),
            important, bold=True))

        manual = text_label(t("※マイページの操作方法は、「求職者マイページ利用者マニュアル」をご覧ください"
                              "（下のボタンで開きます）。"), self)
        self.manual_button = QPushButton(t("利用者マニュアルを開く"), self)
        self.manual_button.clicked.connect(self._on_manual_button_clicked)
        self.manual_dialog: UserGuideDialog | None = None
        help_text = text_label("\n".join((
            t("ヘルプデスク(電話：{number})でも操作方法をご案内しております。").format(
                number=app_info.helpdesk_number),
            t("※登録したメールアドレスを忘れた場合は、本人確認書類を準備したうえで窓口までお越しください。"),
            app_info.office_name,
        )), self)
        self._app_info = app_info

        layout = self.scrolling_layout()
        layout.addWidget(done)
        layout.addWidget(lead)
        layout.addWidget(self.converted)
        layout.addSpacing(8)
        layout.addWidget(important)
        layout.addSpacing(8)
        layout.addWidget(manual)
        layout.addWidget(self.manual_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(help_text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        completed = self.flow.completed
        self.converted.setVisible(bool(completed and completed.password_converted_from_fullwidth))

    def validatePage(self) -> bool:
        return self.flow.completed is not None

    def reset_inputs(self) -> None:
        self.converted.hide()
        if self.manual_dialog is not None:
            self.manual_dialog.close()

    @Slot()
    def _on_manual_button_clicked(self) -> None:
        if self.manual_dialog is None:
            self.manual_dialog = UserGuideDialog(self._app_info, self)
        self.manual_dialog.show()  # not modal: the seeker may read it beside the wizard
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # cannot raise there
            self.manual_dialog.raise_()
            self.manual_dialog.activateWindow()
