"""``mypage-admin import-jobs`` and ``demo-jobs`` (issue #4): Japanese report, exit codes
0 (all rows good), 1 (some rows bad, the rest imported), 2 (file unreadable)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mypage_desktop.cli.main import main
from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.job_models import JobPosting

HEADER = "求人番号,事業所名,職種,求人区分,雇用形態,都道府県,市区町村,賃金形態,賃金下限,受付年月日,紹介期限日,状態"
GOOD = "06010-00000001,株式会社さくら,一般事務,一般,正社員,山形県,山形市,月給,180000,2026/11/20,2027/01/31,募集中"
BAD_DATE = "06010-00000002,株式会社さくら,経理事務,一般,正社員,山形県,山形市,月給,180000,2026/13/01,2027/01/31,"


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'jobs.sqlite3'}"
    monkeypatch.setenv("MYPAGE_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    return url


def count(url: str) -> int:
    with make_session_factory(create_db_engine(url))() as session:
        return int(session.scalar(select(func.count()).select_from(JobPosting)) or 0)


def csv_file(tmp_path: Path, *rows: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "jobs.csv"
    path.write_bytes("\n".join((HEADER, *rows)).encode(encoding))
    return path


def test_all_good_rows_exit_0(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-jobs", str(csv_file(tmp_path, GOOD))]) == 0
    out = capsys.readouterr().out
    assert "文字コード: UTF-8、1 行" in out and "新規 1 件、更新 0 件、募集終了 0 件、エラー 0 行" in out
    assert main(["import-jobs", str(csv_file(tmp_path, GOOD))]) == 0
    assert "新規 0 件、更新 1 件" in capsys.readouterr().out
    assert count(db_url) == 1


def test_a_bad_row_exits_1_with_its_line_and_reason(db_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-jobs", str(csv_file(tmp_path, BAD_DATE, GOOD))]) == 1
    out = capsys.readouterr().out
    assert "行 2: 受付年月日「2026/13/01」は日付として正しくありません" in out
    assert "新規 1 件、更新 0 件、募集終了 0 件、エラー 1 行" in out
    assert count(db_url) == 1


def test_shift_jis_with_explicit_and_automatic_encoding(db_url: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = csv_file(tmp_path, GOOD, encoding="cp932")
    assert main(["import-jobs", str(path), "--encoding", "cp932"]) == 0
    assert main(["import-jobs", str(path)]) == 0
    assert "Shift_JIS（CP932）" in capsys.readouterr().out
    assert main(["import-jobs", str(path), "--encoding", "utf-8"]) == 2
    assert "文字コードを読み取れません" in capsys.readouterr().err


@pytest.mark.parametrize("content", [None, b"\x00\xff\xfe\x81", "氏名,住所\nA,B\n".encode()])
def test_unreadable_file_exits_2(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 content: bytes | None) -> None:
    path = tmp_path / "jobs.csv"
    if content is not None:
        path.write_bytes(content)
    assert main(["import-jobs", str(path)]) == 2
    assert capsys.readouterr().err.startswith("エラー: ")
    assert count(db_url) == 0


def test_closing_feed(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["import-jobs", str(csv_file(tmp_path, GOOD))])
    closing = tmp_path / "close.json"
    closing.write_text('[{"求人番号": "0601000000001", "状態": "募集終了"}]', encoding="utf-8")
    assert main(["import-jobs", str(closing)]) == 0
    assert "募集終了 1 件" in capsys.readouterr().out


def test_demo_jobs(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo-jobs", "--count", "2000", "--seed", "3"]) == 0
    captured = capsys.readouterr()
    assert "求人 2,000 件を生成しました" in captured.out and "件/秒" in captured.out
    assert "生成中… 2,000 / 2,000 件" in captured.err
    assert main(["demo-jobs", "--count", "500"]) == 0  # serials continue: no clash
    assert count(db_url) == 2_500
    assert main(["demo-jobs", "--count", "0"]) == 2
