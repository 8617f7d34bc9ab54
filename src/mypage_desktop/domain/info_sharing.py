"""求職情報提供 (docs/product-rules.md §info-sharing): the seeker may agree that the office gives
their registered job-seeking information, without name and contact details, to municipalities
and private placement agencies, and may withdraw at any time. The explanation is versioned like
the privacy policy (domain/consent.py): the seeker agrees to the version they read, and an
agreement to an older text is refused (the screen reloads the current one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mypage_desktop.domain.translatable import N_

TEXT_VERSION = "2026-12-01"
OUTDATED = "info_sharing.outdated_text"
INACTIVE = "info_sharing.inactive"

# The explanation shown above the switch (marked N_; the UI passes each line through t()).
EXPLANATION = (
    N_("「求職情報提供」に同意すると、ハローワークに登録した求職情報を、地方自治体と職業紹介事業者"
       "（民間の人材紹介会社など）に提供します。提供先からあなたに合う求人の紹介を受けられる場合があります。"),
    N_("・提供するもの：希望職種・希望勤務地・希望賃金、年齢、資格・職歴などの登録内容。"),
    N_("・提供しないもの：氏名、住所、電話番号、メールアドレスなどの連絡先。提供先があなたに連絡したいときは、"
       "ハローワークを通じてお知らせします。"),
    N_("・同意はいつでも取り消せます。取り消した後は新たに提供しません。"),
    N_("・求職状態が「無効」の間は、新たに同意することはできません（取り消しはできます）。"),
)


@dataclass(frozen=True)
class InfoSharingState:
    """The seeker's current choice. ``given_at`` is the date of the consent in force (or of the
    last one, when withdrawn); ``agreed_version`` the explanation's version then."""

    sharing: bool
    given_at: datetime | None
    withdrawn_at: datetime | None
    agreed_version: str | None
    current_version: str
    can_opt_in: bool  # False while the registration is 無効
