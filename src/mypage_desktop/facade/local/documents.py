"""The 応募書類 upload calls and オンライン自主応募 of :class:`~mypage_desktop.facade.local.backend.LocalFacade`
(issue 12), kept apart so backend.py stays readable; LocalFacade inherits them."""

from __future__ import annotations

from mypage_desktop.domain.activity_dto import ApplicationSummary, DocumentInfo
from mypage_desktop.facade.local.errors import environmental
from mypage_desktop.services.activity import documents as application_documents
from mypage_desktop.services.activity.online_application import apply_online
from mypage_desktop.services.context import ServiceContext


class DocumentCalls:
    _ctx: ServiceContext

    @environmental
    def apply_online(self, token: str, job_id: int, motivation: str,
                     document_ids: tuple[int, ...] = ()) -> ApplicationSummary:
        return apply_online(self._ctx, token, job_id, motivation, document_ids)

    @environmental
    def begin_document_upload(self, token: str, kind: str, file_name: str, size: int) -> str:
        return application_documents.begin_upload(self._ctx, token, kind, file_name, size)

    @environmental
    def upload_document_chunk(self, token: str, upload_key: str, offset: int, data: bytes) -> int:
        return application_documents.upload_chunk(self._ctx, token, upload_key, offset, data)

    @environmental
    def finish_document_upload(self, token: str, upload_key: str) -> DocumentInfo:
        return application_documents.finish_upload(self._ctx, token, upload_key)
