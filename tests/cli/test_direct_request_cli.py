"""``mypage-admin import-employer-events`` with 直接リクエスト (issue 12, docs/product-rules.md
§publication): accepted ones become お知らせ, and each refused line says why."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from test_activity_cli import db_url, rows, seeker_number  # noqa: F401 (fixtures)

from mypage_desktop.cli.main import main
from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.activity_models import SeekerNotice
from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.publication_models import DirectRequest, SeekerPublication

NUMBER = "K23456789A"


def publish(url: str) -> None:
    with make_session_factory(create_db_engine(url)).begin() as session:
        seeker_id = session.scalars(select(JobSeeker.id)).one()
        now = datetime.now(UTC)
        session.add(SeekerPublication(seeker_id=seeker_id, public_number=NUMBER, published=True, published_at=now,
                                      updated_at=now, wish_occupation="一般事務", wish_location="", experience="",
                                      qualifications="", self_pr=""))


def test_direct_requests_are_imported_and_refusals_explained(
        db_url: str, seeker_number: str, tmp_path: Path,  # noqa: F811 (the fixtures)
        capsys: pytest.CaptureFixture[str]) -> None:
    publish(db_url)
    events = tmp_path / "requests.json"
    events.write_text(json.dumps([
        {"event_id": "dr-1", "type": "direct_request", "posting": "06010-00000001", "seeker": NUMBER,
         "body": "ぜひご応募ください。"},
        {"event_id": "dr-2", "type": "direct_request", "posting": "06010-00000001", "seeker": NUMBER},
        {"event_id": "dr-3", "type": "direct_request", "posting": "06010-00000001", "seeker": "K99999999Z"},
        {"event_id": "dr-4", "type": "direct_request", "posting": "06010-00000002", "seeker": NUMBER},
        {"event_id": "dr-5", "type": "direct_request", "posting": "06010-00000001", "seeker": seeker_number},
    ], ensure_ascii=False), encoding="utf-8")
    assert main(["import-employer-events", str(events)]) == 1
    out = capsys.readouterr().out
    assert "反映 1 件、取り込み済みのため変更なし 0 件、エラー 4 件" in out
    assert "events[1]（event_id: dr-2）: この求職者にはこの求人の直接リクエストを送信済みです" in out
    assert "events[2]（event_id: dr-3）: seeker「K99999999Z」の求職情報は公開されていません" in out
    assert "events[3]（event_id: dr-4）: posting「06010-00000002」は募集を終了しているか" in out
    assert "events[4]（event_id: dr-5）: seeker には求職公開番号" in out
    [notice] = rows(db_url, SeekerNotice)
    assert notice.title == "直接リクエストが届きました" and "ぜひご応募ください。" in notice.body
    [request] = rows(db_url, DirectRequest)
    assert request.notice_id == notice.id and request.answer is None
    out_file = tmp_path / "profiles.json"
    assert main(["export-publications", "--output", str(out_file)]) == 0
    assert "公開中の求職情報 1 件" in capsys.readouterr().out
    [profile] = json.loads(out_file.read_text(encoding="utf-8"))
    assert profile == {"public_number": NUMBER, "age_band": profile["age_band"], "wish_occupation": "一般事務",
                       "wish_location": "", "experience": "", "qualifications": "", "self_pr": ""}
    assert profile["age_band"].endswith("代") and "庄内" not in out_file.read_text(encoding="utf-8")
