"""The 求職公開 and 直接リクエスト calls of :class:`~mypage_desktop.facade.local.backend.LocalFacade`
(issue 12), kept apart so backend.py stays readable; LocalFacade inherits them."""

from __future__ import annotations

from mypage_desktop.domain.publication_dto import DirectRequestInfo, PublicationForm, PublicationInfo, PublicProfile
from mypage_desktop.facade.local.errors import environmental
from mypage_desktop.services.activity import direct_requests, publication
from mypage_desktop.services.context import ServiceContext


class PublicationCalls:
    _ctx: ServiceContext

    @environmental
    def publication(self, token: str) -> PublicationInfo:
        return publication.publication(self._ctx, token)

    @environmental
    def preview_publication(self, token: str, form: PublicationForm) -> PublicProfile:
        return publication.preview_publication(self._ctx, token, form)

    @environmental
    def publish_profile(self, token: str, form: PublicationForm) -> PublicationInfo:
        return publication.publish_profile(self._ctx, token, form)

    @environmental
    def withdraw_publication(self, token: str) -> PublicationInfo:
        return publication.withdraw_publication(self._ctx, token)

    @environmental
    def direct_requests(self, token: str) -> list[DirectRequestInfo]:
        return direct_requests.direct_requests(self._ctx, token)

    @environmental
    def direct_request(self, token: str, request_id: int) -> DirectRequestInfo:
        return direct_requests.direct_request(self._ctx, token, request_id)

    @environmental
    def answer_direct_request(self, token: str, request_id: int, answer: str, motivation: str = "",
                              document_ids: tuple[int, ...] = ()) -> DirectRequestInfo:
        return direct_requests.answer_direct_request(self._ctx, token, request_id, answer, motivation, document_ids)
