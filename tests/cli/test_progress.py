"""Progress of ``import-jobs`` and ``demo-jobs`` (issue 16): a redrawn bar with rate and time
left on a terminal, a few plain lines elsewhere (CI, logs)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from mypage_desktop.cli import progress as progress_module
from mypage_desktop.cli.main import main
from mypage_desktop.cli.progress import Progress, estimated_rows

HEADER = "求人番号,事業所名,職種,求人区分,雇用形態,都道府県,市区町村,賃金形態,賃金下限,受付年月日,紹介期限日,状態"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_on_a_terminal_one_line_is_redrawn_with_rate_and_time_left() -> None:
    stream, clock = FakeTerminal(), Clock()
    bar = Progress("生成中", 1000, stream=stream, clock=clock)
    assert bar.on_terminal
    clock.now += 2.0
    bar.update(250)
    clock.now += 0.01
    bar.update(260)  # too soon after the last drawing: not drawn
    clock.now += 2.0
    bar.update(500)
    bar.finish()
    text = stream.getvalue()
    frames = text.split("\r")[1:]
    assert len(frames) == 3 and "\n" not in "".join(frames[:-1]) and text.endswith("\n")
    assert "[######" in frames[0] and "25%" in frames[0] and "250 / 1,000 件" in frames[0]
    assert "125 件/秒" in frames[0] and "残り 0:06" in frames[0]  # 750 left at 125 a second
    assert "50%" in frames[1] and "残り 0:04" in frames[1]


def test_elsewhere_plain_lines_one_per_tenth() -> None:
    stream, clock = io.StringIO(), Clock()
    bar = Progress("生成中", 10_000, stream=stream, clock=clock)
    assert not bar.on_terminal
    for done in range(500, 10_001, 500):
        clock.now += 1.0
        bar.update(done)
    bar.finish()
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert len(lines) == 10
    assert lines[0].startswith("生成中… 1,000 / 10,000 件  500 件/秒  残り 0:18")
    assert lines[-1] == "生成中… 10,000 / 10,000 件  500 件/秒"


def test_unknown_total_prints_count_and_rate_every_few_seconds() -> None:
    stream, clock = io.StringIO(), Clock()
    bar = Progress("取り込み中", None, "行", stream=stream, clock=clock)
    for done in range(1000, 30_001, 1000):
        clock.now += 1.0
        bar.update(done)
    bar.finish()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 4  # at 1 s, 11 s, 21 s and the end
    assert lines[-1] == "取り込み中… 30,000 行  1,000 行/秒" and "残り" not in stream.getvalue()


def test_stop_ends_the_terminal_line_and_prints_nothing_elsewhere() -> None:
    terminal, plain = FakeTerminal(), io.StringIO()
    for stream in (terminal, plain):
        bar = Progress("取り込み中", 100, stream=stream, clock=Clock())
        bar.update(1)
        bar.stop()
    assert terminal.getvalue().endswith("\n") and plain.getvalue() == ""


def test_estimated_rows(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text("head\na\nb\n", encoding="utf-8")
    assert estimated_rows(str(path)) == 2
    path.write_text("head\na\nb", encoding="utf-8")
    assert estimated_rows(str(path)) == 2
    path.write_text("", encoding="utf-8")
    assert estimated_rows(str(path)) is None
    assert estimated_rows(str(tmp_path / "missing.csv")) is None
    assert estimated_rows(str(tmp_path / "jobs.json")) is None


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'jobs.sqlite3'}"
    monkeypatch.setenv("MYPAGE_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    return url


def test_demo_jobs_draws_a_bar_on_a_terminal(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(progress_module.sys, "stderr", terminal)
    assert main(["demo-jobs", "--count", "1200"]) == 0
    text = terminal.getvalue()
    assert text.startswith("\r生成中 [") and "1,200 / 1,200 件" in text and "100%" in text
    assert "求人 1,200 件を生成しました" in capsys.readouterr().out


def test_import_jobs_reports_rows_as_plain_lines_when_not_a_terminal(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [f"06010-{n:08d},株式会社さくら,一般事務,一般,正社員,山形県,山形市,月給,180000,2026/11/20,2027/01/31,募集中"
            for n in range(1, 31)]
    path = tmp_path / "jobs.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    assert main(["import-jobs", str(path)]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err and err.splitlines()[-1].startswith("取り込み中… 30 / 30 行")
