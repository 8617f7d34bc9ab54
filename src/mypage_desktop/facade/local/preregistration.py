"""The 求職仮登録 calls of :class:`~mypage_desktop.facade.local.backend.LocalFacade` (issue 12), kept
apart so backend.py stays readable; LocalFacade inherits them."""

from __future__ import annotations

from mypage_desktop.domain.account_dto import RegistrationRequested
from mypage_desktop.domain.preregistration_dto import (
    DraftResumed,
    DraftSaved,
    PostalAddress,
    PreregistrationForm,
    PreregistrationSubmitted,
)
from mypage_desktop.facade.local.errors import environmental
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.preregistration import postal, seeker as preregistration


class PreregistrationCalls:
    _ctx: ServiceContext

    def lookup_postal_code(self, postal_code: str) -> list[PostalAddress]:
        return postal.lookup(postal_code)  # bundled data, no database

    @environmental
    def save_preregistration_draft(self, form: PreregistrationForm, draft_token: str) -> DraftSaved:
        return preregistration.save_draft(self._ctx, form, draft_token)

    @environmental
    def request_preregistration_resume_key(self, email: str, language: str = "ja") -> RegistrationRequested:
        return preregistration.request_resume_key(self._ctx, email, language)

    @environmental
    def resume_preregistration(self, email: str, auth_key: str) -> DraftResumed:
        return preregistration.resume_draft(self._ctx, email, auth_key)

    @environmental
    def submit_preregistration(
        self, form: PreregistrationForm, draft_token: str, language: str = "ja"
    ) -> PreregistrationSubmitted:
        return preregistration.submit(self._ctx, form, draft_token, language)
