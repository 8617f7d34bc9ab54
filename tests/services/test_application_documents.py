"""オンライン自主応募 with a 志望動機 and 応募書類 (docs/product-rules.md §application-documents,
docs/security.md I5, A2) on SQLite and PostgreSQL: a PDF uploaded in chunks and stored once,
files that are not PDFs or too big refused, the 志望動機's rules, and another seeker's upload or
document refused like a missing one and audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mypage_desktop.db.activity_models import JobApplication
from mypage_desktop.db.document_models import DocumentUpload
from mypage_desktop.domain.documents import CHUNK_BYTES, MAX_DOCUMENT_BYTES, MOTIVATION_MAX
from mypage_desktop.facade.document_upload import upload_document
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.activity.documents import KEEP_UNSENT, stored_contents
from services.activity_helpers import ONLINE, ONLINE_2, add_postings, audit_rows, codes, jst, new_seeker
from services.pdf_samples import EXE_RENAMED, JS_PDF, TEXT_RENAMED, padded_pdf, tiny_pdf

MOTIVATION = "介護の仕事を続けてきた経験を活かし、\n利用者に寄り添う支援をしたいと考えました。"


@pytest.fixture
def jobs(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return add_postings(ctx)


@pytest.fixture
def seeker(ctx, facade: LocalFacade, clock):  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    return new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))


def test_apply_with_a_motivation_and_both_documents(ctx, facade: LocalFacade, jobs, seeker) -> None:  # type: ignore[no-untyped-def]
    big = padded_pdf(3 * CHUNK_BYTES + 1000)  # four chunks
    resume = upload_document(facade, seeker.token, "履歴書", "C:\\Users\\me\\履歴書.pdf", big)
    career = upload_document(facade, seeker.token, "職務経歴書", "career", tiny_pdf("Career"))
    assert (resume.kind, resume.file_name, resume.size) == ("履歴書", "履歴書.pdf", len(big))
    assert career.file_name == "career.pdf"
    applied = facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION + "\r\n",
                                  (resume.document_id, career.document_id))
    detail = facade.application_detail(seeker.token, applied.application_id)
    assert detail.motivation == MOTIVATION  # CRLF made LF, the trailing newline dropped
    assert [(d.kind, d.file_name) for d in detail.documents] == [("履歴書", "履歴書.pdf"), ("職務経歴書", "career.pdf")]
    with ctx.session_factory() as session:
        assert session.get_one(JobApplication, applied.application_id).motivation == MOTIVATION
        assert session.scalar(select(DocumentUpload.id)) is None  # finished uploads are gone


def test_the_same_pdf_is_stored_once(ctx, facade: LocalFacade, seeker) -> None:  # type: ignore[no-untyped-def]
    other = new_seeker(ctx, facade, "hanako.sakata@example.jp", date(2026, 11, 18), name="酒田 花子",
                       kana="サカタ ハナコ")
    data = tiny_pdf("Same")
    first = upload_document(facade, seeker.token, "履歴書", "a.pdf", data)
    again = upload_document(facade, seeker.token, "履歴書", "b.pdf", data)
    theirs = upload_document(facade, other.token, "履歴書", "a.pdf", data)
    assert again.document_id == first.document_id and again.file_name == "b.pdf"
    assert theirs.document_id != first.document_id  # each seeker has their own id ...
    with ctx.session_factory() as session:
        assert stored_contents(session) == 1  # ... for the one stored copy


@pytest.mark.parametrize(("data", "code"), [
    (TEXT_RENAMED, "document.not_pdf"),
    (EXE_RENAMED, "document.not_pdf"),
    (tiny_pdf()[:-40], "document.not_pdf"),  # cut short
    (b"%PDF-1.4\n" + b"garbage " * 50, "document.not_pdf"),  # a header and nothing behind it
    (JS_PDF, "document.active_content"),
])
def test_what_is_not_an_inert_pdf_is_refused(facade: LocalFacade, seeker, data: bytes, code: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(lambda: upload_document(facade, seeker.token, "履歴書", "x.pdf", data)) == {code}


def test_size_limit_and_broken_uploads(facade: LocalFacade, seeker) -> None:  # type: ignore[no-untyped-def]
    huge = MAX_DOCUMENT_BYTES + 1
    assert codes(lambda: facade.begin_document_upload(seeker.token, "履歴書", "big.pdf", huge)) == {
        "document.too_large"}
    assert codes(lambda: facade.begin_document_upload(seeker.token, "履歴書", "e.pdf", 0)) == {"document.empty"}
    assert codes(lambda: facade.begin_document_upload(seeker.token, "写真", "p.pdf", 10)) == {"document.unknown_kind"}
    data = tiny_pdf()
    key = facade.begin_document_upload(seeker.token, "履歴書", "r.pdf", len(data))
    assert codes(lambda: facade.upload_document_chunk(seeker.token, key, 5, data)) == {"document.upload_broken"}
    assert codes(lambda: facade.upload_document_chunk(seeker.token, key, 0, data + b"more")) == {
        "document.upload_broken"}  # past the announced size
    assert codes(lambda: facade.upload_document_chunk(seeker.token, key, 0, b"x" * (CHUNK_BYTES + 1))) == {
        "document.upload_broken"}
    facade.upload_document_chunk(seeker.token, key, 0, data[:100])
    assert codes(lambda: facade.finish_document_upload(seeker.token, key)) == {"document.upload_broken"}


@pytest.mark.parametrize(("text", "code"), [
    ("", "application.motivation_empty"),
    ("  \n\u3000", "application.motivation_empty"),
    ("x" * (MOTIVATION_MAX + 1), "application.motivation_too_long"),
    ("志望動機\x00です", "application.motivation_control_chars"),
    ("志望動機\x1b[31mです", "application.motivation_control_chars"),
])
def test_motivation_rules(ctx, facade: LocalFacade, jobs, seeker, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert codes(lambda: facade.apply_online(seeker.token, jobs[ONLINE.job_number], text)) == {code}
    with ctx.session_factory() as session:
        assert session.scalar(select(JobApplication.id)) is None


def test_motivation_at_the_limit_is_taken(facade: LocalFacade, jobs, seeker) -> None:  # type: ignore[no-untyped-def]
    applied = facade.apply_online(seeker.token, jobs[ONLINE.job_number], "あ" * MOTIVATION_MAX)
    assert len(facade.application_detail(seeker.token, applied.application_id).motivation) == MOTIVATION_MAX


def test_another_seekers_document_and_upload_are_refused_and_audited(ctx, facade: LocalFacade, jobs, seeker) -> None:  # type: ignore[no-untyped-def]
    other = new_seeker(ctx, facade, "hanako.sakata@example.jp", date(2026, 11, 18), name="酒田 花子",
                       kana="サカタ ハナコ")
    theirs = upload_document(facade, other.token, "履歴書", "hanako.pdf", tiny_pdf("Hanako"))
    before = len(audit_rows(ctx, "access_denied"))
    assert codes(lambda: facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION,
                                             (theirs.document_id,))) == {"document.not_found"}
    assert codes(lambda: facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION,
                                             (999_999,))) == {"document.not_found"}  # the same answer
    key = facade.begin_document_upload(other.token, "職務経歴書", "c.pdf", 10)
    assert codes(lambda: facade.upload_document_chunk(seeker.token, key, 0, b"%PDF-1.4\n")) == {
        "document.upload_broken"}
    assert codes(lambda: facade.finish_document_upload(seeker.token, key)) == {"document.upload_broken"}
    denied = audit_rows(ctx, "access_denied")[before:]
    assert [(row.target_type, row.result) for row in denied] == [
        ("seeker_document", "denied"), ("document_upload", "denied"), ("document_upload", "denied")]
    assert codes(lambda: facade.apply_online(seeker.token, jobs[ONLINE_2.job_number], MOTIVATION,
                                             (theirs.document_id, theirs.document_id))) == {"document.not_found"}


def test_two_documents_of_one_kind_are_refused(facade: LocalFacade, jobs, seeker) -> None:  # type: ignore[no-untyped-def]
    one = upload_document(facade, seeker.token, "履歴書", "a.pdf", tiny_pdf("A"))
    two = upload_document(facade, seeker.token, "履歴書", "b.pdf", tiny_pdf("B"))
    assert codes(lambda: facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION,
                                             (one.document_id, two.document_id))) == {
        "application.documents_too_many"}


def test_uploading_again_and_again_keeps_a_bounded_number_of_unsent_documents(ctx, facade: LocalFacade, jobs,  # type: ignore[no-untyped-def]
                                                                              seeker) -> None:
    sent = upload_document(facade, seeker.token, "履歴書", "sent.pdf", tiny_pdf("Sent"))
    applied = facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION, (sent.document_id,))
    for n in range(KEEP_UNSENT + 5):
        upload_document(facade, seeker.token, "職務経歴書", f"c{n}.pdf", tiny_pdf(f"Career{n}"))
    with ctx.session_factory() as session:
        assert stored_contents(session) == KEEP_UNSENT + 1  # the newest unsent ones and the sent one
    assert codes(lambda: facade.apply_online(seeker.token, jobs[ONLINE_2.job_number], MOTIVATION,
                                             (sent.document_id + 1,))) == {"document.not_found"}  # pruned
    detail = facade.application_detail(seeker.token, applied.application_id)
    assert [d.file_name for d in detail.documents] == ["sent.pdf"]
