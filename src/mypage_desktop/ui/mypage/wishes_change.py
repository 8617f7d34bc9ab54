"""「希望条件の変更」 on 求職者情報・設定 (docs/product-rules.md §own-changes): 希望職種, 希望勤務地,
希望賃金 with the 仮登録 form's limits."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.own_changes import WishesChange
from mypage_desktop.domain.preregistration import LINE_MAX
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.mypage.change_form import ChangeFormBox
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

FIELDS = (("wish_occupation", N_("希望職種"), N_("例: 一般事務、介護職員、製造ライン作業")),
          ("wish_location", N_("希望勤務地"), N_("例: 山形市、天童市")),
          ("wish_wage", N_("希望賃金"), N_("例: 月給18万円以上、時給1,000円以上")))


class WishesChangeBox(ChangeFormBox):
    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(t("希望条件の変更"), t("希望する仕事の条件を変更できます。希望職種は必ず入力してください。"
                                         "窓口で相談しながら変更することもできます。"),
                         t("希望条件を変更する"), client, parent)
        for name, caption, hint in FIELDS:
            edit = self.add_field(name, caption, LINE_MAX[name] + 20, t(hint))
            edit.setMinimumWidth(360)
        self.clear()

    def registered_values(self, info: RegistrationInfo) -> dict[str, str]:
        return {"wish_occupation": info.wish_occupation, "wish_location": info.wish_location,
                "wish_wage": info.wish_wage}

    def request(self) -> tuple[Callable[..., Any], Any]:
        change = WishesChange(*(self.value(name) for name, _c, _h in FIELDS))
        return partial(self._api.change_wishes, language=language.current()), change  # the notice's language

    def done_text(self) -> str:
        return t("希望条件を変更しました。")
