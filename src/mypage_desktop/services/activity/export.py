"""``mypage-admin export-applications``: online applications with their 志望動機 and 応募書類
for the employers' system (docs/product-rules.md §data-in-out, the format in
docs/application-export.md). One ZIP file: ``manifest.json`` and the PDFs under
``documents/<応募番号>/``. The employer's answers come back as employer events by 応募番号
(services/activity/employer_events.py). The file holds personal data: written 0600, whole or not at
all, and the export is audited (never its content)."""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.db.activity_models import JobApplication, PostingSnapshot
from mypage_desktop.db.document_models import ApplicationDocument, DocumentContent, SeekerDocument
from mypage_desktop.domain.applications import ApplicationSource
from mypage_desktop.domain.documents import DocumentKind
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.private_files import ensure_private_parent
from mypage_desktop.services import audit
from mypage_desktop.services.context import ServiceContext

FORMAT = "mypage-desktop/applications-export/1"
FILE_NAMES = {DocumentKind.RESUME.value: "resume.pdf", DocumentKind.CAREER.value: "career.pdf"}


@dataclass(frozen=True)
class ExportReport:
    applications: int
    documents: int
    path: Path


def _documents(session: Session, app: JobApplication) -> list[tuple[dict[str, Any], bytes]]:
    rows = session.execute(
        select(SeekerDocument, DocumentContent.data)
        .join(ApplicationDocument, ApplicationDocument.document_id == SeekerDocument.id)
        .join(DocumentContent, DocumentContent.sha256 == SeekerDocument.sha256)
        .where(ApplicationDocument.application_id == app.id))
    found = []
    for document, data in rows:
        entry = {"kind": document.kind, "file": f"documents/{app.application_number}/{FILE_NAMES[document.kind]}",
                 "original_name": document.file_name, "size": document.size, "sha256": document.sha256}
        found.append((entry, data))
    return sorted(found, key=lambda pair: pair[0]["file"] != f"documents/{app.application_number}/resume.pdf")


def _entry(session: Session, app: JobApplication, documents: list[dict[str, Any]]) -> dict[str, Any]:
    seeker = session.get_one(JobSeeker, app.seeker_id)
    snapshot = session.get_one(PostingSnapshot, app.snapshot_id)
    email = session.scalar(select(LoginAccount.email).where(LoginAccount.seeker_id == seeker.id)) or ""
    return {
        "application_number": app.application_number, "applied_on": app.applied_on.isoformat(),
        "status": app.status, "job_number": snapshot.job_number, "company_name": snapshot.company_name,
        "occupation": snapshot.occupation,
        "seeker": {"name": seeker.name, "name_kana": seeker.name_kana, "birthdate": seeker.birthdate.isoformat(),
                   "address": seeker.address, "phone": seeker.phone, "email": email},
        "motivation": app.motivation, "documents": documents,
    }


def export_applications(ctx: ServiceContext, target: Path, *, since: date | None = None,
                        job_number: str | None = None, actor_type: str = "cli") -> ExportReport:
    """Online applications (applied on or after ``since``; of one posting with ``job_number``),
    oldest first, into the ZIP ``target`` (replaced whole)."""
    with ctx.session_factory.begin() as session:
        query = (select(JobApplication).join(PostingSnapshot, PostingSnapshot.id == JobApplication.snapshot_id)
                 .where(JobApplication.source == ApplicationSource.ONLINE.value))
        if since is not None:
            query = query.where(JobApplication.applied_on >= since)
        if job_number:
            query = query.where(PostingSnapshot.job_number == job_number)
        apps = list(session.scalars(query.order_by(JobApplication.id)))
        entries, files = [], []
        for app in apps:
            documents = _documents(session, app)
            entries.append(_entry(session, app, [entry for entry, _data in documents]))
            files += [(entry["file"], data) for entry, data in documents]
        now = ctx.clock()
        manifest = {"format": FORMAT, "office_code": ctx.settings.office_code,
                    "exported_at": now.astimezone(JST).isoformat(timespec="seconds"), "applications": entries}
        _write_zip(target, manifest, files)
        audit.record(session, at=now, action="applications_exported", result="ok", terminal=ctx.terminal,
                     actor_type=actor_type, target_type="applications", target_id=len(apps))
    return ExportReport(len(apps), len(files), target)


def _write_zip(target: Path, manifest: dict[str, Any], files: list[tuple[str, bytes]]) -> None:
    ensure_private_parent(target)
    fd, temporary = tempfile.mkstemp(prefix=".~", suffix=".zip.part", dir=target.parent)  # 0600 (P2)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            for name, data in files:
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)  # PDFs are compressed already
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = ["ExportReport", "export_applications"]
