"""Step 1 「求職者マイページ利用規約確認」: read both documents to the end, then agree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from mypage_desktop.domain.account_dto import AppInfo, LegalDocuments
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.wrap_button import WrapCheckBox
from mypage_desktop.ui.wizard.base_page import WizardPageBase, text_label
from mypage_desktop.ui.wizard.flow import Document, OpeningFlow, PageId
from mypage_desktop.ui.wizard.legal_pane import LegalPane
from mypage_desktop.ui.wizard.legal_reference import PRIVACY, TERMS

C = "ConsentPage"


def steps_overview(minutes: int) -> list[tuple[str, str]]:
    """The seed's four steps: (step, what happens). The key's validity starts a line of its own
    so that a narrow window never breaks it apart (「30分以／内」)."""
    return [
        (t("ステップ1"), t("マイページ利用規約等の同意")),
        (t("ステップ2"), "\n".join((
            t("メールアドレスの入力（パスワード登録申込）"),
            t("メールアドレスを入力すると、入力したメールアドレス宛に「パスワード登録申込受付通知」メールが"
              "届きます。")))),
        (t("ステップ3"), "\n".join((
            t("パスワードの登録"),
            t("パスワードとパスワード登録申込受付通知メール記載の「認証キー」を入力します。"),
            t("（メール配信から{minutes}分以内）").format(minutes=minutes)))),
        (t("ステップ4"), "\n".join((
            t("求職者マイページアカウント登録完了、求職者マイページの開設"),
            t("求職者マイページの各種メニューをご利用いただけるようになります。")))),
    ]


def steps_grid(minutes: int, parent: QWidget) -> tuple[QGridLayout, list[QLabel]]:
    """The steps with a hanging indent: a wrapped line continues under its own text, not under
    「ステップ」; returns the layout and the description labels."""
    grid = QGridLayout()
    grid.setContentsMargins(12, 0, 0, 0)
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(2)
    grid.setColumnStretch(1, 1)
    descriptions = []
    for row, (step, text) in enumerate(steps_overview(minutes)):
        grid.addWidget(text_label(step, parent), row, 0, Qt.AlignmentFlag.AlignTop)
        description = text_label(text, parent)
        grid.addWidget(description, row, 1)
        descriptions.append(description)
    return grid, descriptions


class ConsentPage(WizardPageBase):
    page_id = PageId.CONSENT

    def __init__(self, flow: OpeningFlow, app_info: AppInfo, legal: LegalDocuments,
                 parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setTitle(t("求職者マイページ利用規約確認"))
        intro = text_label(t("このページは、ハローワークの窓口で求職登録とアカウント（メールアドレス）登録の手続きを"
                             "完了している方が、求職者マイページを開設するためのページです。"), self)
        steps_heading = text_label(t("●求職者マイページ開設手順"), self, bold=True)
        steps, self.step_texts = steps_grid(app_info.key_validity_minutes, self)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        consent_heading = text_label(t("マイページ利用規約等の確認・同意"), self, bold=True, scale=1.1)
        instruction = text_label(
            t("プライバシーポリシーとマイページ利用規約をご確認のうえ、「次へ進む」ボタンをクリックしてください。"),
            self)
        self.privacy = LegalPane(legal.privacy_policy, PRIVACY, self)
        self.terms = LegalPane(legal.terms_of_use, TERMS, self)
        self._panes = {Document.PRIVACY: self.privacy, Document.TERMS: self.terms}
        panes = QHBoxLayout()
        panes.addWidget(self.privacy, 1)
        panes.addWidget(self.terms, 1)
        self.agree = WrapCheckBox(t("「プライバシーポリシー」「マイページ利用規約」に同意します。"), self)
        self.agree.setEnabled(False)
        self.note = text_label(t("必ず「プライバシーポリシー」と「マイページ利用規約」をご確認ください。\n"
                                 "それぞれ最後までご覧いただくと、「同意します」へのチェックが可能です。"), self)
        self.status = StatusLabel("", self)
        style.themed_sheet(self.status, lambda c: f"color: {c.info_text};")

        layout = self.scrolling_layout()
        layout.setSpacing(6)
        layout.addWidget(intro)
        layout.addWidget(steps_heading)
        layout.addLayout(steps)
        for widget in (line, consent_heading, instruction):
            layout.addWidget(widget)
        layout.addLayout(panes, 1)
        layout.addWidget(self.agree, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        layout.addWidget(self.status)

        self.privacy.view.read_to_end.connect(self._on_privacy_read_to_end)
        self.terms.view.read_to_end.connect(self._on_terms_read_to_end)
        self.agree.toggled.connect(self._on_agree_toggled)
        self._update_state()

    @Slot()
    def _on_privacy_read_to_end(self) -> None:
        self.flow.mark_read(Document.PRIVACY)
        self._update_state()

    @Slot()
    def _on_terms_read_to_end(self) -> None:
        self.flow.mark_read(Document.TERMS)
        self._update_state()

    @Slot(bool)
    def _on_agree_toggled(self, checked: bool) -> None:
        self.flow.set_agreed(checked and self.flow.can_agree())
        self._update_state()

    def _update_state(self) -> None:
        self.agree.setEnabled(self.flow.can_agree())
        unread = [self._panes[d].view.accessibleName() for d in self.flow.unread()]
        if unread:
            self.status.setText(t("まだ最後までご覧いただいていない文書：{titles}").format(
                titles="、".join(f"「{t}」" for t in unread)))
        elif self.agree.isChecked():
            self.status.setText(t("同意いただきました。「次へ進む」ボタンをクリックしてください。"))
        else:
            self.status.setText(t("両方の文書を最後までご確認いただきました。「同意します」にチェックできます。"))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._update_state()

    def validatePage(self) -> bool:
        if not self.flow.consent_complete():
            return False
        self.flow.record_consent()  # versions and the UTC time the seeker left this page
        return True

    def has_input(self) -> bool:
        """Reading counts: a seeker who scrolled through a document loses that by cancelling."""
        return self.agree.isChecked() or any(pane.view.scrolled for pane in self._panes.values())

    def reset_inputs(self) -> None:
        self.agree.setChecked(False)
        self.privacy.reset()
        self.terms.reset()
        self._update_state()
