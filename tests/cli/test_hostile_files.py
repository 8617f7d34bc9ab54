"""``mypage-admin`` against files made to break it (issue 13): a CSV field over the csv
module's limit after more than a batch of good rows, JSON nested too deep for the parser, and
terminal escape sequences in cells, column names, field names and event ids. Never a
traceback; exit 2 with a report of what was written (nothing), or escaped output."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mypage_desktop.cli.main import main
from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.services.jobs.importer import BATCH

HEADER = "求人番号,事業所名,職種,求人区分,雇用形態,都道府県,市区町村,賃金形態,賃金下限,受付年月日,紹介期限日"
OSC_TITLE = "\x1b]0;pwned\x07"  # retitles the terminal window
CLEAR = "\x1b[2J"


def row(n: int, category: str = "一般", municipality: str = "山形市") -> str:
    return (f"06010-{n:08d},株式会社さくら,一般事務,{category},正社員,山形県,{municipality},月給,180000,"
            "2026/11/20,2027/01/31")


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'hostile.sqlite3'}"
    monkeypatch.setenv("MYPAGE_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    return url


def count(url: str) -> int:
    with make_session_factory(create_db_engine(url))() as session:
        return int(session.scalar(select(func.count()).select_from(JobPosting)) or 0)


def test_a_field_over_the_csv_limit_after_a_batch_writes_nothing(db_url: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    huge = "あ" * (csv.field_size_limit() + 1)
    path = tmp_path / "jobs.csv"
    good = [row(n) for n in range(1, BATCH + 502)]
    path.write_text("\n".join([HEADER, *good, row(9999, municipality=f'"{huge}"'), row(10000)]), encoding="utf-8")
    assert main(["import-jobs", str(path)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert (f"エラー: {BATCH + 503:,} 行目付近を CSV として読めません（1つの項目が 131,072 文字を超えています）"
            in captured.err)
    assert "何も取り込んでいません" in captured.err
    assert "データベースは変更していません（新規 0 件、更新 0 件、募集終了 0 件）" in captured.out
    assert count(db_url) == 0


@pytest.mark.parametrize("command", ["import-jobs", "import-employer-events"])
def test_json_nested_too_deep_is_refused_without_a_traceback(db_url: str, tmp_path: Path, command: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    assert main([command, str(path)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert "JSON の入れ子が深すぎるため読めません" in captured.err


def test_escape_sequences_from_a_csv_reach_the_terminal_escaped(db_url: str, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text("\n".join([f"{HEADER},備考{CLEAR}", row(1, category=f"一般{OSC_TITLE}") + ",x",
                               row(2) + ",y"]), encoding="utf-8")
    assert main(["import-jobs", str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "行 2: 求人区分「一般\\x1b]0;pwned\\x07」は使用できません" in out
    assert "使われなかった列: 備考\\x1b[2J" in out
    assert count(db_url) == 1


def test_escape_sequences_from_employer_events_reach_the_terminal_escaped(db_url: str, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "events.json"
    path.write_text(json.dumps([
        {"event_id": f"emp{CLEAR}", "type": "status", "application": "R06010-00000001", "status": "採用"},
        {"event_id": "emp-2", "type": "status", "application": "R06010-00000001", "status": f"採用{OSC_TITLE}",
         f"note\u202e{CLEAR}": "x"},
    ]), encoding="utf-8")
    assert main(["import-employer-events", str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "events[0]（event_id: emp\\x1b[2J）" in out
    assert "不明な項目「note\\u202e\\x1b[2J」があります" in out
    assert "応募状況「採用\\x1b]0;pwned\\x07」は指定できません" in out
