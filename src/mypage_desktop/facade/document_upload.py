"""Sends one 応募書類 through the three upload calls (docs/office-server.md §document-upload):
the same loop on the local and the remote back end, so the UI has one way to attach a PDF."""

from __future__ import annotations

from mypage_desktop.domain.activity_dto import DocumentInfo
from mypage_desktop.domain.documents import CHUNK_BYTES
from mypage_desktop.facade.protocol import MyPageFacade


def upload_document(facade: MyPageFacade, token: str, kind: str, file_name: str, data: bytes) -> DocumentInfo:
    """Blocks (one call per 128 KiB): call it off the GUI thread."""
    key = facade.begin_document_upload(token, kind, file_name, len(data))
    sent = 0
    while sent < len(data):
        sent = facade.upload_document_chunk(token, key, sent, data[sent:sent + CHUNK_BYTES])
    return facade.finish_document_upload(token, key)
