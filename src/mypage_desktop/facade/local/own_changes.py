"""The seeker's own changes and 求職情報提供 of :class:`~mypage_desktop.facade.local.backend.LocalFacade`
(issue 12), kept apart so backend.py stays readable; LocalFacade inherits them."""

from __future__ import annotations

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.info_sharing import InfoSharingState
from mypage_desktop.domain.own_changes import ContactChange, WishesChange
from mypage_desktop.facade.local.errors import environmental
from mypage_desktop.services.accounts import info_sharing, own_changes
from mypage_desktop.services.context import ServiceContext


class OwnChangeCalls:
    _ctx: ServiceContext

    @environmental
    def change_contact(self, token: str, contact: ContactChange, language: str = "ja") -> RegistrationInfo:
        return own_changes.change_contact(self._ctx, token, contact, language)

    @environmental
    def change_wishes(self, token: str, wishes: WishesChange, language: str = "ja") -> RegistrationInfo:
        return own_changes.change_wishes(self._ctx, token, wishes, language)

    @environmental
    def info_sharing(self, token: str) -> InfoSharingState:
        return info_sharing.info_sharing(self._ctx, token)

    @environmental
    def opt_in_info_sharing(self, token: str, text_version: str, language: str = "ja") -> InfoSharingState:
        return info_sharing.opt_in(self._ctx, token, text_version, language)

    @environmental
    def opt_out_info_sharing(self, token: str, language: str = "ja") -> InfoSharingState:
        return info_sharing.opt_out(self._ctx, token, language)
