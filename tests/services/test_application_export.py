"""``export-applications`` (docs/application-export.md) on SQLite and PostgreSQL: an online
application's 志望動機 and PDFs in the ZIP with its manifest, and the employer's answer imported
as an employer event by 応募番号 showing to the seeker."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from mypage_desktop.facade.document_upload import upload_document
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.services.activity.export import FORMAT, export_applications
from services.activity_helpers import ONLINE, ONLINE_2, add_postings, audit_rows, jst, new_seeker
from services.pdf_samples import tiny_pdf

MOTIVATION = "地域の介護に携わりたいと考え、応募しました。\n夜勤も可能です。"


def test_export_then_the_employers_status_change_shows_to_the_seeker(ctx, facade: LocalFacade, clock,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    clock.now = jst(2026, 11, 25, 10)
    jobs = add_postings(ctx)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    resume = upload_document(facade, seeker.token, "履歴書", "庄内次郎 履歴書.pdf", tiny_pdf("Shonai Jiro"))
    applied = facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION, (resume.document_id,))
    facade.apply_online(seeker.token, jobs[ONLINE_2.job_number], "二件目の志望動機です。")

    target = tmp_path / "out" / "applications.zip"
    report = export_applications(ctx, target, job_number=ONLINE.job_number)
    assert (report.applications, report.documents) == (1, 1)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        entry = manifest["applications"][0]
        pdf = archive.read(entry["documents"][0]["file"])
    assert manifest["format"] == FORMAT and len(manifest["applications"]) == 1
    assert entry["application_number"] == applied.application_number
    assert entry["motivation"] == MOTIVATION and entry["status"] == "応募済"
    assert entry["seeker"]["name"] == "庄内 次郎" and entry["seeker"]["email"] == "jiro.shonai@example.jp"
    assert entry["documents"][0] | {"sha256": ""} == {
        "kind": "履歴書", "file": f"documents/{applied.application_number}/resume.pdf",
        "original_name": "庄内次郎 履歴書.pdf", "size": len(pdf), "sha256": ""}
    assert "Shonai Jiro" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert len(audit_rows(ctx, "applications_exported")) == 1

    everything = export_applications(ctx, tmp_path / "all.zip")
    assert (everything.applications, everything.documents) == (2, 1)

    report_in = import_employer_events(ctx, [{
        "event_id": "emp-2026-0001", "type": "status", "application": entry["application_number"],
        "status": "書類選考中", "note": "書類を拝見しています。"}])
    assert report_in.applied == 1 and not report_in.problems
    detail = facade.application_detail(seeker.token, applied.application_id)
    assert detail.summary.status == "書類選考中"
    assert (detail.history[-1].status, detail.history[-1].recorded_by, detail.history[-1].note) == (
        "書類選考中", "事業所", "書類を拝見しています。")
