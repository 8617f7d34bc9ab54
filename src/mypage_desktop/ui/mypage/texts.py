"""Texts and small formatters shared by ホーム and 求職者情報・設定 (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

from datetime import date, datetime

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.dates import format_date
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.language import weekday_name

ACTIVE = SeekerStatus.ACTIVE.value
INACTIVE = SeekerStatus.INACTIVE.value
UNAVAILABLE = N_("ただいま処理できません。入力した内容はそのままです。しばらくしてからもう一度お試しください。")
LOADING = N_("読み込み中…")
LOAD_FAILED = N_("ただいま情報を読み込めません。しばらくしてから、もう一度このページを開いてください。")

# The leaflet's 「求職者マイページ」でできること.
FEATURES = (
    N_("登録した求職情報の確認や有効/無効の切り替えができます。"),
    N_("求人の検索条件を保存したり、気になった求人を保存することができます。"),
    N_("ハローワークでご紹介した求人の内容や紹介状、応募履歴を確認することができます。"),
    N_("メッセージ機能により、応募した求人の担当者とやりとりできます。また、ハローワークから求人情報やお知らせを"
       "お送りする場合があります。"),
)
FEATURES_NOTE = N_("※ メッセージをやりとりできるのは、求人事業所が「求人者マイページ」を開設している場合です。")

# What 無効 turns off (docs/product-rules.md §seeker-status); the rest (viewing, settings) keeps working.
INACTIVE_EFFECTS = (N_("求職状態が「無効」の間は、求人情報検索、オンライン自主応募、応募先へのメッセージの送信が"
                       "できません。登録内容・紹介状・応募履歴・メッセージ・お知らせの確認と、設定の変更はできます。"))
LAST_MONTH = (N_("有効期限の月に入りました。この期間にハローワークの紹介を受けるか、オンライン自主応募をすると、"
                 "有効期限が1か月延長されます。"))




def date_text(value: date | None) -> str:
    return "" if value is None else format_date(value)


def datetime_text(moment: datetime) -> str:
    """「2026年12月2日（水）14時00分」 in Japan time."""
    local = moment.astimezone(JST)
    return t("{y}年{m}月{d}日（{w}）{hh}時{mm:02d}分").format(
        y=local.year, m=local.month, d=local.day, w=weekday_name(local.date()), hh=local.hour, mm=local.minute)


def status_text(info: RegistrationInfo) -> str:
    """「有効」 or 「無効（ご本人による変更）」."""
    if info.status == INACTIVE and info.inactive_reason_label:
        return t("{status}（{reason}）").format(status=t(info.status), reason=t(info.inactive_reason_label))
    return t(info.status)


def refusal_text(info: RegistrationInfo) -> str:
    """Why 無効→有効 is refused (「…最寄りのハローワークにお越しください。」), or ""."""
    if info.reactivation_refusal is None:
        return ""
    return message(info.reactivation_refusal, days=info.grace_days)


def inactive_guidance(info: RegistrationInfo) -> str:
    """While 無効: until when the seeker can switch back, or the refusal."""
    refusal = refusal_text(info)
    if refusal:
        return refusal
    if info.reactivation_deadline is not None:
        return t("{deadline}までは、「求職者情報・設定」で求職状態を「有効」に戻すことができます。").format(
            deadline=date_text(info.reactivation_deadline))
    return ""
