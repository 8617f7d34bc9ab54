"""Reading a 求人 file for ``import-jobs``: the encoding (checked over the whole file), CSV or
JSON, the column names. A file that can't be read as a whole (an undecodable byte, a CSV
field over the csv module's limit, JSON nested too deep for the parser) is refused before
anything is written, so an import never stops half-way on the file's form."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mypage_desktop.domain.text import nfkc

DESCRIPTION_MAX = 5000

# (field of PostingInput, column name, required, maximum length for text)
COLUMNS: tuple[tuple[str, str, bool, int], ...] = (
    ("job_number", "求人番号", True, 0), ("company_name", "事業所名", True, 100), ("occupation", "職種", True, 100),
    ("description", "仕事の内容", False, DESCRIPTION_MAX), ("category", "求人区分", True, 0),
    ("employment_type", "雇用形態", True, 0), ("occupation_group", "職業分類", False, 40),
    ("prefecture", "都道府県", True, 0), ("municipality", "市区町村", False, 40), ("wage_unit", "賃金形態", True, 0),
    ("wage_min", "賃金下限", True, 0), ("wage_max", "賃金上限", False, 0), ("working_hours", "就業時間", False, 200),
    ("holidays", "休日", False, 200), ("age_requirement", "年齢", False, 100), ("received_on", "受付年月日", True, 0),
    ("expires_on", "紹介期限日", True, 0), ("online_application", "オンライン自主応募", False, 0),
    ("employer_has_mypage", "求人者マイページ", False, 0), ("closed", "状態", False, 0),
    ("employer_number", "事業所番号", False, 0),
)
LABEL = {f: label for f, label, _r, _m in COLUMNS}
REQUIRED = tuple(f for f, _l, required, _m in COLUMNS if required)
HEADER_TO_FIELD = {label: f for f, label, _r, _m in COLUMNS} | {f: f for f, _l, _r, _m in COLUMNS}


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def text(self) -> str:
        return f"行 {self.line}: {self.message}"


@dataclass
class ImportReport:
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    closed: int = 0  # rows marked 募集終了 (not counted as inserted or updated)
    errors: list[RowError] = field(default_factory=list)
    encoding: str = ""
    ignored_columns: tuple[str, ...] = ()

    @property
    def bad_rows(self) -> int:
        return len({e.line for e in self.errors})


class ImportFileError(Exception):
    """The file as a whole can't be read (missing, undecodable, not CSV/JSON, no 求人番号
    column, a CSV record the csv module can't parse). ``committed`` is what an import had
    already written when the file failed part-way (None: nothing was written)."""

    def __init__(self, message: str, committed: ImportReport | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.committed = committed


Record = dict[str, object]


# --- reading ----------------------------------------------------------------------------------------

def detect_encoding(path: Path, encoding: str = "auto") -> str:
    """``utf-8-sig`` (with or without a BOM) or ``cp932``; the whole file is checked so a
    bad byte can't stop an import half-way."""
    candidates = {"auto": ("utf-8-sig", "cp932"), "utf-8": ("utf-8-sig",), "cp932": ("cp932",)}[encoding]
    for candidate in candidates:
        decoder = codecs.getincrementaldecoder(candidate)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return candidate
        except UnicodeDecodeError:
            continue
    names = {"auto": "UTF-8 でも Shift_JIS（CP932）でも", "utf-8": "UTF-8 として", "cp932": "Shift_JIS（CP932）として"}
    raise ImportFileError(f"ファイルの文字コードを読み取れません（{names[encoding]}読めません）")


def _field_of(name: str) -> str | None:
    return HEADER_TO_FIELD.get(nfkc(name).strip().lstrip("\ufeff"))


NOTHING_WRITTEN = "何も取り込んでいません。ファイルを直してから取り込み直してください。"


def csv_problem(line: int, error: csv.Error) -> str:
    """The csv module's complaint in Japanese, with the physical line it stopped at."""
    if "field larger than field limit" in str(error):
        reason = f"1つの項目が {csv.field_size_limit():,} 文字を超えています"
    else:
        reason = "引用符（\"）の対応などの形式が正しくありません"
    return f"{line:,} 行目付近を CSV として読めません（{reason}）"


def _check_csv(path: Path, encoding: str) -> None:
    """Parses every record once before anything is written: a record the csv module refuses
    (a field over its 131,072-character limit) would otherwise stop the import after some
    batches were committed."""
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle)
        try:
            for _row in reader:
                pass
        except csv.Error as exc:
            raise ImportFileError(f"{csv_problem(reader.line_num, exc)}。{NOTHING_WRITTEN}") from None


def _csv_records(path: Path, encoding: str) -> tuple[Iterator[tuple[int, Record]], tuple[str, ...]]:
    _check_csv(path, encoding)
    handle = path.open(encoding=encoding, newline="")
    reader = csv.reader(handle)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        handle.close()
        raise ImportFileError("見出し行（1行目）がありません") from exc
    fields = [_field_of(name) for name in header]
    known = [f for f in fields if f]
    duplicated = {f for f in known if known.count(f) > 1}
    missing = [f for f in REQUIRED if f not in known]
    problem = (f"列「{LABEL[sorted(duplicated)[0]]}」が2回以上あります" if duplicated else
               "必須の列「求人番号」がありません" if "job_number" in missing else
               f"必須の列がありません: {'、'.join(LABEL[f] for f in missing)}" if missing and "closed" not in known
               else "")
    if problem:
        handle.close()
        raise ImportFileError(problem)
    ignored = tuple(name for name, f in zip(header, fields, strict=True) if f is None and name.strip())

    def records() -> Iterator[tuple[int, Record]]:
        with handle:
            previous = reader.line_num
            for row in reader:
                start, previous = previous + 1, reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                record: Record = {f: cell for f, cell in zip(fields, row, strict=False) if f}
                if len(row) > len(fields) and any(cell.strip() for cell in row[len(fields):]):
                    record["__extra__"] = len(row)
                yield start, record

    return records(), ignored


def _json_records(path: Path, encoding: str) -> tuple[Iterator[tuple[int, Record]], tuple[str, ...]]:
    try:
        document = json.loads(path.read_text(encoding=encoding))
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"JSON として読めません（{exc.lineno} 行目付近）。{NOTHING_WRITTEN}") from None
    except RecursionError:  # arrays or objects nested thousands deep
        raise ImportFileError(f"JSON の入れ子が深すぎるため読めません。{NOTHING_WRITTEN}") from None
    except ValueError:  # e.g. a number of more than 4,300 digits
        raise ImportFileError(f"JSON として読めない値があります。{NOTHING_WRITTEN}") from None
    items = document.get("postings") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise ImportFileError("JSON は求人の配列か {\"postings\": [...]} の形にしてください")
    ignored: set[str] = set()
    for item in items:
        if isinstance(item, dict):
            ignored.update(k for k in item if _field_of(str(k)) is None)

    def records() -> Iterator[tuple[int, Record]]:
        for index, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                yield index, {"__not_object__": True}
                continue
            record: Record = {}
            for key, value in item.items():
                name = _field_of(str(key))
                if name and name not in record:
                    record[name] = value
            yield index, record

    return records(), tuple(sorted(ignored))


def read_records(path: Path, encoding: str = "auto") -> tuple[Iterator[tuple[int, Record]], str, tuple[str, ...]]:
    if not path.is_file():
        raise ImportFileError(f"ファイルが見つかりません: {path}")
    try:
        chosen = detect_encoding(path, encoding)
        with path.open(encoding=chosen) as handle:
            first = handle.read(4096).lstrip()
        is_json = path.suffix.lower() == ".json" or (path.suffix.lower() != ".csv" and first[:1] in ("[", "{"))
        records, ignored = (_json_records if is_json else _csv_records)(path, chosen)
    except OSError as exc:
        raise ImportFileError(f"ファイルを読めません: {path}（{exc.strerror}）") from exc
    return records, chosen, ignored
