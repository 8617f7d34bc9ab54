"""The pages of the main window: ホーム and 求職者情報 (one widget per page; later issues add
search, saved conditions, kept jobs, referrals and messages). Views only show what they are
given; :meth:`clear` wipes every seeker value (SECURITY S5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from mypage_desktop.domain.dto import SeekerProfile
from mypage_desktop.domain.timefmt import format_date

from .. import style
from ..i18n import tr

CONTEXT = "main"

PROFILE_FIELDS = (
    ("name", "氏名"),
    ("name_kana", "フリガナ"),
    ("seeker_number", "求職番号"),
    ("status", "求職状態"),
    ("valid_until", "有効期限"),
    ("applied_on", "求職申込日"),
    ("email", "ログインID（メールアドレス）"),
)

FEATURES = (
    "登録した求職情報の確認や有効/無効の切り替え",
    "求人の検索条件の保存、気になった求人の保存",
    "ハローワークでご紹介した求人の内容や紹介状、応募履歴の確認",
    "メッセージ機能による応募先とのやりとり、ハローワークからのお知らせ",
)


def profile_values(profile: SeekerProfile) -> dict[str, str]:
    return {
        "name": profile.name,
        "name_kana": profile.name_kana,
        "seeker_number": profile.seeker_number,
        "status": profile.status,
        "valid_until": format_date(profile.valid_until),
        "applied_on": format_date(profile.applied_on),
        "email": profile.email,
    }


class HomeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = style.heading("", self, scale=1.3)
        self.summary = style.plain_label("", self)
        self.summary.setObjectName("homeSummary")
        self.summary.setStyleSheet("QLabel#homeSummary { border: 1px solid #9db7dc; background: #f3f7fc;"
                                   " padding: 10px; }")
        features = style.plain_label(
            tr(CONTEXT, "「求職者マイページ」でできること") + "\n"
            + "\n".join("・" + tr(CONTEXT, text) for text in FEATURES), self)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.welcome)
        layout.addWidget(self.summary)
        layout.addWidget(features)
        layout.addWidget(style.important_notice(self))
        layout.addStretch(1)

    def show_profile(self, profile: SeekerProfile) -> None:
        self.welcome.setText(tr(CONTEXT, "{name} さん、ようこそ。").format(name=profile.name))
        self.summary.setText(tr(CONTEXT, "求職状態：{status}　　有効期限：{valid_until}\n"
                                         "求職番号：{number}").format(
            status=profile.status, valid_until=format_date(profile.valid_until),
            number=profile.seeker_number))

    def clear(self) -> None:
        self.welcome.clear()
        self.summary.clear()


class ProfileView(QWidget):
    """求職者情報: the registered data, read only (switching 有効/無効 comes later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(10)
        for key, caption in PROFILE_FIELDS:
            value = style.plain_label("", self)
            value.setObjectName(f"profile_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            caption_label = style.plain_label(tr(CONTEXT, caption), self, wrap=False)
            caption_label.setBuddy(value)
            form.addRow(caption_label, value)
            self.values[key] = value
        frame = QFrame(self)
        frame.setObjectName("profileFrame")
        frame.setStyleSheet("QFrame#profileFrame { border: 1px solid #cccccc; }")
        frame.setLayout(form)
        self.note = style.plain_label(tr(
            CONTEXT, "登録内容に誤りがある場合や変更したい場合は、ハローワークの窓口にお申し出ください。"), self)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(style.heading(tr(CONTEXT, "求職者情報"), self, scale=1.3))
        layout.addWidget(frame)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_profile(self, profile: SeekerProfile) -> None:
        for key, text in profile_values(profile).items():
            self.values[key].setText(text)

    def clear(self) -> None:
        for label in self.values.values():
            label.clear()
