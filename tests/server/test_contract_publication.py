"""求職公開 and 直接リクエスト through the local and the remote back end, on SQLite and PostgreSQL
(issue 12): the same answers and the same refusals on both doors. The dead-token check of
every call is in test_contract.py (it covers these calls through the protocol)."""

from __future__ import annotations

import pytest

from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.domain.publication_dto import PublicationForm
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.services.jobs.index_writer import upsert_postings
from server.test_contract import open_and_login
from server_helpers import Door
from services.job_fixtures import FIXTURES

FORM = PublicationForm("一般事務", "山形市", "経理事務を8年。", "日商簿記2級", "丁寧な仕事を心がけています。")


def test_publish_receive_a_direct_request_and_answer_it(door: Door) -> None:
    with door.ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, door.ctx.clock())
    token = open_and_login(door)
    f = door.facade
    assert f.publication(token).published is False
    with pytest.raises(ValidationFailed) as bad:
        f.preview_publication(token, PublicationForm("事務", self_pr="\x07"))
    assert bad.value.codes() == {"publication.self_pr_control_chars"}
    preview = f.preview_publication(token, FORM)
    info = f.publish_profile(token, FORM)
    assert info.published and info.profile.wish_occupation == preview.wish_occupation == "一般事務"
    assert info.profile.age_band.endswith("代") and "山形 太郎" not in repr(info.profile)

    rows = f.search_jobs(token, JobConditions(), SortOrder.NEWEST, 50).rows
    job_number = "06010-00000001"
    assert any(r.job_number == job_number for r in rows)
    report = import_employer_events(door.ctx, [{"event_id": "dr-1", "type": "direct_request", "posting": job_number,
                                                "seeker": info.profile.public_number}])
    assert report.applied == 1, report.problems
    [notice] = f.notices(token).notices
    assert notice.direct_request_id is not None and notice.job_number == job_number
    request = f.direct_request(token, notice.direct_request_id)
    assert [r.request_id for r in f.direct_requests(token)] == [request.request_id]
    with pytest.raises(ValidationFailed) as missing:
        f.direct_request(token, request.request_id + 99)
    assert missing.value.codes() == {"direct_request.not_found"}
    answered = f.answer_direct_request(token, request.request_id, "応募", "求人票を拝見し応募します。")
    assert answered.answer == "応募" and answered.application_number
    with pytest.raises(ValidationFailed) as twice:
        f.answer_direct_request(token, request.request_id, "辞退")
    assert twice.value.codes() == {"direct_request.answered"}
    assert f.withdraw_publication(token).published is False
