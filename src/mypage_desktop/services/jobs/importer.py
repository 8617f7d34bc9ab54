"""求人 import from the central system (``mypage-admin import-jobs``): CSV (UTF-8 with or without
BOM, or Shift_JIS/CP932 as Excel writes it) and JSON, with Japanese column names (the English
field names of ``PostingInput`` are accepted as aliases). Upsert by 求人番号; rows marked
募集終了 close the posting. A bad row is reported with its line (CSV: the physical line where
the record starts; JSON: array index + 1) and a Japanese reason; the good rows are imported,
``BATCH`` rows per transaction."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.jobs import (
    CATEGORIES,
    EMPLOYMENT_TYPES,
    PostingInput,
    WageUnit,
    normalize_employer_number,
    normalize_job_number,
)
from mypage_desktop.domain.prefectures import PREFECTURES
from mypage_desktop.domain.text import nfkc, unify_line_breaks
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.jobs.import_files import (
    COLUMNS,
    LABEL,
    REQUIRED,
    ImportFileError,
    ImportReport,
    Record,
    RowError,
    csv_problem,
    read_records,
)
from mypage_desktop.services.jobs.index_writer import close_postings, upsert_postings

BATCH = 1000
TEXT_MAX = {f: limit for f, _l, _r, limit in COLUMNS if limit}
TRUE_WORDS = {"可", "有", "あり", "有り", "はい", "1", "true", "yes", "○", "◯"}
FALSE_WORDS = {"不可", "無", "なし", "無し", "いいえ", "0", "false", "no", "×", ""}
OPEN_WORDS, CLOSED_WORDS = {"募集中", "", "false", "0"}, {"募集終了", "終了", "true", "1"}
_CATEGORY = {nfkc(c): c for c in CATEGORIES}
_EMPLOYMENT = {nfkc(t): t for t in EMPLOYMENT_TYPES}
_PREFECTURE = {p: p for p in PREFECTURES} | {p[:-1]: p for p in PREFECTURES if p != "北海道"}
_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")


@dataclass(frozen=True)
class _CloseOnly:
    job_number: str


# --- checking one record ------------------------------------------------------------------------------

def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | str):
        return unify_line_breaks(str(value)).strip()  # U+2028/U+2029 are line breaks like CR LF
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    raise ValueError


def _date(value: str) -> date | None:
    match = _DATE.match(nfkc(value).strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _yen(value: str) -> int | None:
    digits = nfkc(value).replace(",", "").replace("円", "").strip()
    return int(digits) if digits.isdigit() and len(digits) <= 8 else None


def _has_controls(value: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in value)


def parse_record(record: Record) -> tuple[str | None, PostingInput | _CloseOnly | None, list[str]]:
    """(normalised 求人番号 or None, what to write or None, the problems in Japanese)."""
    if record.get("__not_object__"):
        return None, None, ["求人のデータがオブジェクト（{...}）ではありません"]
    problems: list[str] = []
    if "__extra__" in record:
        problems.append(f"列の数（{record['__extra__']}）が見出しより多くなっています")
    values: dict[str, str] = {}
    for name, raw in record.items():
        if name.startswith("__"):
            continue
        try:
            values[name] = _text(raw)
        except ValueError:
            problems.append(f"{LABEL[name]}の値の形式が正しくありません")
    raw_number = values.get("job_number", "")
    number = normalize_job_number(raw_number) if raw_number else None
    if raw_number and number is None:
        problems.append(f"求人番号「{raw_number}」の形式が正しくありません（例: 06010-12345678）")
    closed_word = nfkc(values.get("closed", "")).strip().lower()
    closed = closed_word in CLOSED_WORDS
    if not closed and closed_word not in OPEN_WORDS:
        problems.append(f"状態「{values['closed']}」は「募集中」か「募集終了」で指定してください")
    if closed and number and all(not values.get(f) for f in REQUIRED if f != "job_number"):
        return number, (None if problems else _CloseOnly(number)), problems
    problems += [f"必須項目「{LABEL[f]}」がありません" for f in REQUIRED if not values.get(f)]
    for name, limit in TEXT_MAX.items():
        value = values.get(name, "")
        if len(value) > limit:
            problems.append(f"{LABEL[name]}が長すぎます（{limit}文字まで、{len(value)}文字）")
        if _has_controls(value):
            problems.append(f"{LABEL[name]}に使用できない制御文字が含まれています")
    posting = _build(values, closed, problems)
    return number, (None if problems else posting), problems


def _lookup(values: dict[str, str], name: str, table: dict[str, str], problems: list[str], hint: str) -> str:
    raw = values.get(name, "")
    found = table.get(nfkc(raw).strip(), "")
    if raw and not found:
        problems.append(f"{LABEL[name]}「{raw}」{hint}")
    return found


def _flag(values: dict[str, str], name: str, problems: list[str]) -> bool:
    word = nfkc(values.get(name, "")).strip().lower()
    if word not in TRUE_WORDS | FALSE_WORDS:
        problems.append(f"{LABEL[name]}「{values[name]}」は「可」か「不可」（または 1/0）で指定してください")
    return word in TRUE_WORDS


def _build(values: dict[str, str], closed: bool, problems: list[str]) -> PostingInput | None:
    category = _lookup(values, "category", _CATEGORY, problems, f"は使用できません（{'、'.join(CATEGORIES)}）")
    employment = _lookup(values, "employment_type", _EMPLOYMENT, problems,
                         f"は使用できません（{'、'.join(EMPLOYMENT_TYPES)}）")
    prefecture = _lookup(values, "prefecture", _PREFECTURE, problems, "は都道府県名として正しくありません")
    units = {u.value: u.value for u in WageUnit}
    unit = _lookup(values, "wage_unit", units, problems, "は月給・日給・時給のいずれかで指定してください")
    wages: dict[str, int] = {}
    for name in ("wage_min", "wage_max"):
        if values.get(name):
            amount = _yen(values[name])
            if amount is None:
                problems.append(f"{LABEL[name]}「{values[name]}」は金額（数字）で指定してください")
            else:
                wages[name] = amount
    wage_min = wages.get("wage_min", 0)
    wage_max = wages.get("wage_max", wage_min)
    if "wage_min" in wages and wage_max < wage_min:
        problems.append(f"賃金下限（{wage_min:,}円）が賃金上限（{wage_max:,}円）を上回っています")
    dates: dict[str, date] = {}
    for name in ("received_on", "expires_on"):
        if values.get(name):
            parsed = _date(values[name])
            if parsed is None:
                problems.append(f"{LABEL[name]}「{values[name]}」は日付として正しくありません")
            else:
                dates[name] = parsed
    if len(dates) == 2 and dates["expires_on"] < dates["received_on"]:
        problems.append(f"紹介期限日（{dates['expires_on']}）が受付年月日（{dates['received_on']}）より前です")
    online = _flag(values, "online_application", problems)
    mypage = _flag(values, "employer_has_mypage", problems)
    employer = ""
    if values.get("employer_number"):  # absent or empty: derived from 事業所名, or kept (index_writer)
        employer = normalize_employer_number(values["employer_number"]) or ""
        if not employer:
            problems.append(f"事業所番号「{values['employer_number']}」の形式が正しくないか、最後の1桁（チェック数字）が"
                            "合いません（4桁-6桁-1桁、例: 0601-234567-2）")
    if problems:
        return None
    return PostingInput(
        job_number=normalize_job_number(values["job_number"]) or "", company_name=values["company_name"],
        occupation=values["occupation"], description=values.get("description", ""), category=category,
        employment_type=employment, occupation_group=values.get("occupation_group", ""), prefecture=prefecture,
        municipality=values.get("municipality", ""), wage_unit=WageUnit(unit), wage_min=wage_min, wage_max=wage_max,
        working_hours=values.get("working_hours", ""), holidays=values.get("holidays", ""),
        age_requirement=values.get("age_requirement", ""), received_on=dates["received_on"],
        expires_on=dates["expires_on"], online_application=online, employer_has_mypage=mypage, closed=closed,
        employer_number=employer,
    )


# --- writing --------------------------------------------------------------------------------------------

def _flush(factory: sessionmaker[Session], pending: list[tuple[int, PostingInput | _CloseOnly]], now: datetime,
           report: ImportReport) -> None:
    if not pending:
        return
    full = [p for _line, p in pending if isinstance(p, PostingInput)]
    closing = [(line, p.job_number) for line, p in pending if isinstance(p, _CloseOnly)]
    with factory.begin() as session:
        opened = upsert_postings(session, [p for p in full if not p.closed], now)
        report.inserted += opened.inserted
        report.updated += opened.updated
        ended = upsert_postings(session, [p for p in full if p.closed], now)
        report.closed += ended.inserted + ended.updated
        if closing:
            known = set(session.scalars(select(JobPosting.job_number).where(
                JobPosting.job_number.in_([n for _line, n in closing]))))
            report.closed += close_postings(session, [n for _line, n in closing if n in known], now)
            report.errors += [RowError(line, f"求人番号「{n}」は登録されていないため募集終了にできません")
                              for line, n in closing if n not in known]
    pending.clear()


def import_postings(target: ServiceContext | sessionmaker[Session], path: Path | str, now: datetime,
                    encoding: str = "auto", batch: int = BATCH,
                    progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import a CSV or JSON file. Raises :class:`ImportFileError` when the file as a whole
    can't be read; bad rows are listed in the report and the rest is imported. ``progress``
    gets the number of rows read after each committed batch."""
    factory = target.session_factory if isinstance(target, ServiceContext) else target
    records, chosen, ignored = read_records(Path(path), encoding)
    report = ImportReport(encoding=chosen, ignored_columns=ignored)
    try:
        _import_records(factory, records, now, batch, report, progress)
    except (csv.Error, OSError, UnicodeDecodeError) as exc:
        # Checked before the first write, so only a file changed while it is read gets here:
        # the report says what the batches before had already committed.
        problem = csv_problem(report.rows + 1, exc) if isinstance(exc, csv.Error) else "ファイルを読めなくなりました"
        raise ImportFileError(f"{problem}。それより前の行は取り込み済みです。", committed=report) from None
    report.errors.sort(key=lambda e: e.line)
    return report


def _import_records(factory: sessionmaker[Session], records: Iterator[tuple[int, Record]], now: datetime,
                    batch: int, report: ImportReport, progress: Callable[[int], None] | None) -> None:
    seen: dict[str, int] = {}
    pending: list[tuple[int, PostingInput | _CloseOnly]] = []
    for line, record in records:
        report.rows += 1
        number, parsed, problems = parse_record(record)
        if number is not None:
            if number in seen:
                problems.append(f"求人番号「{number}」が {seen[number]} 行目と重複しています")
                parsed = None
            else:
                seen[number] = line
        report.errors += [RowError(line, message) for message in problems]
        if parsed is not None:
            pending.append((line, parsed))
        if len(pending) >= batch:
            _flush(factory, pending, now, report)
            if progress is not None:
                progress(report.rows)
    _flush(factory, pending, now, report)
    if progress is not None:
        progress(report.rows)


__all__ = ["BATCH", "ImportFileError", "ImportReport", "RowError", "import_postings", "parse_record"]
