"""``mypage-admin`` activity commands (issue 5): issue-referral, record-application-status,
send-notice, renew-registration and import-employer-events (exit 0 all applied, 1 some events
bad and the rest applied, 2 refused or unreadable)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from mypage_desktop.cli.main import main
from mypage_desktop.db.activity_models import ApplicationMessage, JobApplication, SeekerNotice
from mypage_desktop.db.engine import create_db_engine, make_session_factory

HEADER = ("求人番号,事業所名,職種,求人区分,雇用形態,都道府県,市区町村,賃金形態,賃金下限,受付年月日,紹介期限日,"
          "オンライン自主応募,求人者マイページ")
ROWS = [
    "06010-00000001,株式会社さくら,一般事務,一般,正社員,山形県,山形市,月給,180000,2026/11/20,2030/12/31,可,有",
    "06010-00000002,天童倉庫,倉庫内作業,パート,パート労働者,山形県,天童市,時給,1000,2026/11/20,2030/12/31,不可,無",
]


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'activity.sqlite3'}"
    monkeypatch.setenv("MYPAGE_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    jobs = tmp_path / "jobs.csv"
    jobs.write_text("\n".join([HEADER, *ROWS]), encoding="utf-8")
    assert main(["import-jobs", str(jobs)]) == 0
    return url


@pytest.fixture
def seeker_number(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["register-seeker", "--name", "庄内 次郎", "--kana", "ショウナイ ジロウ",
                 "--birthdate", "1985-04-12"]) == 0
    found = re.search(r"求職番号: (\d{5}-\d{8})", capsys.readouterr().out)
    assert found
    return found.group(1)


def rows(url: str, model: type) -> list:  # type: ignore[type-arg]
    with make_session_factory(create_db_engine(url))() as session:
        return list(session.scalars(select(model)))


def issue(capsys: pytest.CaptureFixture[str], seeker: str, job: str) -> str:
    assert main(["issue-referral", "--seeker", seeker, "--job", job, "--staff", "佐藤 健"]) == 0
    out = capsys.readouterr().out
    found = re.search(r"紹介番号: (R\d{5}-\d{8})  応募番号: (A\d{5}-\d{8})", out)
    assert found and "求職情報の有効期限: " in out
    return found.group(1)


def test_issue_referral_and_record_status(db_url: str, seeker_number: str, capsys: pytest.CaptureFixture[str]) -> None:
    referral = issue(capsys, seeker_number, "06010-00000001")
    assert main(["issue-referral", "--seeker", seeker_number, "--job", "06010-00000001"]) == 2
    assert "既に応募しています" in capsys.readouterr().err
    assert main(["issue-referral", "--seeker", "06010-99999999", "--job", "06010-00000001"]) == 2
    assert "エラー（seeker）: 該当する求職者が見つかりません。" in capsys.readouterr().err

    assert main(["record-application-status", "--application", referral, "--status", "面接予定",
                 "--interview-at", "2026-12-01T14:00", "--place", "本社"]) == 0
    out = capsys.readouterr().out
    assert "「面接予定」にしました" in out and "2026年12月1日 14時00分" in out
    assert main(["record-application-status", "--application", referral, "--status", "応募済"]) == 2
    assert "「面接予定」から「応募済」に変更することはできません" in capsys.readouterr().err
    [application] = rows(db_url, JobApplication)
    assert application.status == "面接予定"


def test_import_employer_events_twice_and_bad_events(db_url: str, seeker_number: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    referral = issue(capsys, seeker_number, "06010-00000001")
    other = issue(capsys, seeker_number, "06010-00000002")
    events = tmp_path / "events.json"
    events.write_text(json.dumps([
        {"event_id": "sakura-1", "type": "status", "application": referral, "status": "書類選考中"},
        {"event_id": "sakura-2", "type": "message", "application": referral, "body": "書類を受け取りました。"},
        {"event_id": "tendo-1", "type": "message", "application": other, "body": "こんにちは"},
        {"event_id": "tendo-2", "type": "status", "application": other, "status": "保留"},
    ], ensure_ascii=False), encoding="utf-8")
    assert main(["import-employer-events", str(events)]) == 1
    out = capsys.readouterr().out
    assert "反映 2 件、取り込み済みのため変更なし 0 件、エラー 2 件" in out
    assert "events[2]（event_id: tendo-1）: この求人の事業所は「求人者マイページ」を利用していないため" in out
    assert "events[3]（event_id: tendo-2）: 応募状況「保留」は指定できません" in out
    assert main(["import-employer-events", str(events)]) == 1
    assert "反映 0 件、取り込み済みのため変更なし 2 件、エラー 2 件" in capsys.readouterr().out
    assert len(rows(db_url, ApplicationMessage)) == 1

    good = tmp_path / "good.json"
    good.write_text(json.dumps({"events": [
        {"event_id": "sakura-3", "type": "status", "application": referral, "status": "不採用"}]}), encoding="utf-8")
    assert main(["import-employer-events", str(good)]) == 0
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    assert main(["import-employer-events", str(broken)]) == 2
    assert capsys.readouterr().err.startswith("エラー: JSON として読めません")


def test_send_notice_and_renew_registration(db_url: str, seeker_number: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send-notice", "--seeker", seeker_number, "--title", "おすすめ求人", "--body", "ご希望に近い求人です",
                 "--job", "06010-00000001", "--staff", "佐藤 健"]) == 0
    assert "おすすめ求人を送りました" in capsys.readouterr().out
    assert main(["send-notice", "--seeker", seeker_number, "--title", "お知らせ", "--body", "本文"]) == 0
    assert "お知らせを送りました" in capsys.readouterr().out
    assert main(["send-notice", "--seeker", seeker_number, "--title", "", "--body", "本文"]) == 2
    assert "件名を入力してください" in capsys.readouterr().err
    assert sorted(n.kind for n in rows(db_url, SeekerNotice)) == sorted(["お知らせ", "おすすめ求人"])
    assert main(["renew-registration", "--seeker", seeker_number]) == 0
    assert "求職状態: 有効  有効期限: " in capsys.readouterr().out


def test_demo_activity(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo-activity"]) == 0
    assert "追加はありません" in capsys.readouterr().out  # no demo seekers yet
    assert main(["demo-seed"]) == 0
    assert main(["demo-jobs", "--count", "300"]) == 0
    assert main(["demo-activity"]) == 0
    assert "登録しました" in capsys.readouterr().out
    assert len(rows(db_url, JobApplication)) == 3
