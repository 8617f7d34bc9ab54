"""求人 import (issue #4): CSV in UTF-8, UTF-8 with BOM and Shift_JIS, JSON; bad rows reported
with their line and a Japanese reason while the good rows are imported; upsert by 求人番号;
募集終了 closes. Runs on SQLite and PostgreSQL (tests/services/conftest.py)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.jobs import JobConditions, SortOrder, WageUnit, derived_employer_number, validate_conditions
from mypage_desktop.services.jobs import search as job_search
from mypage_desktop.services.jobs.importer import ImportFileError, import_postings

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
HEADER = ("求人番号,事業所名,職種,仕事の内容,求人区分,雇用形態,職業分類,都道府県,市区町村,賃金形態,賃金下限,賃金上限,"
          "就業時間,休日,年齢,受付年月日,紹介期限日,オンライン自主応募,求人者マイページ,状態")


def row(number: str, occupation: str = "一般事務", description: str = "書類作成、データ入力（Excel）。",
        category: str = "一般", prefecture: str = "山形県", wage_min: str = "180000", wage_max: str = "220000",
        received: str = "2026/11/20", status: str = "募集中", company: str = "株式会社さくら") -> str:
    unit = "時給" if category.startswith("パート") else "月給"
    employment = "パート労働者" if category.startswith("パート") else "正社員"
    return (f'{number},{company},{occupation},"{description}",{category},{employment},事務的職業,{prefecture},'
            f'山形市,{unit},"{wage_min}",{wage_max},8時30分〜17時30分,土日祝,不問,{received},2027-01-31,可,有,{status}')


def write(tmp_path: Path, lines: list[str], name: str = "jobs.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def search(ctx, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    valid = validate_conditions(JobConditions(free_words=words), TODAY)
    with ctx.session_factory() as session:
        ids = job_search.matching_ids(session, valid, SortOrder.NEWEST, TODAY, 1000)
        numbers = {r.id: r.job_number for r in session.execute(select(JobPosting.id, JobPosting.job_number))}
    return sorted(numbers[i] for i in ids)


def postings(ctx) -> dict[str, JobPosting]:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        return {p.job_number: p for p in session.scalars(select(JobPosting))}


def test_good_rows_are_imported_with_every_field(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, [HEADER, row("06010-00000001"),
                            row("0601000000002", occupation="介護職員", category="パート", wage_min="1,100円",
                                wage_max="1300", received="２０２６－１１－２４")])
    report = import_postings(ctx, path, NOW)
    assert (report.rows, report.inserted, report.updated, report.closed, report.errors) == (2, 2, 0, 0, [])
    stored = postings(ctx)
    part = stored["06010-00000002"]
    assert (part.category, part.wage_unit, part.wage_min, part.wage_max) == ("パート", WageUnit.HOURLY, 1100, 1300)
    assert part.received_on == date(2026, 11, 24) and part.expires_on == date(2027, 1, 31)
    assert part.online_application and part.employer_has_mypage and not part.closed
    assert search(ctx, "介護") == ["06010-00000002"]


def test_bad_rows_are_reported_by_physical_line_and_the_rest_imported(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [
        HEADER,
        row("06010-00000001", description="一行目\n二行目（セル内の改行）"),  # lines 2-3
        row("06010-00000002", received="2026/13/01"),  # line 4
        row("06010-00000003", prefecture="ヤマガタ県"),  # line 5
        row("06010-00000004", category="アルバイト"),  # line 6
        row("06010-00000005", wage_min="250000", wage_max="200000"),  # line 7
        row("06010-00000006", company=""),  # line 8
        row("0601-0000007"),  # line 9
        row("06010-00000001", occupation="重複"),  # line 10
        row("06010-00000010", prefecture="山形"),  # line 11: 「県」 may be left out
    ]
    report = import_postings(ctx, write(tmp_path, lines), NOW)
    assert [e.text() for e in report.errors] == [
        "行 4: 受付年月日「2026/13/01」は日付として正しくありません",
        "行 5: 都道府県「ヤマガタ県」は都道府県名として正しくありません",
        "行 6: 求人区分「アルバイト」は使用できません（"
        "一般、パート、一般（障害者）、パート（障害者）、新卒・既卒、季節、出稼ぎ）",
        "行 7: 賃金下限（250,000円）が賃金上限（200,000円）を上回っています",
        "行 8: 必須項目「事業所名」がありません",
        "行 9: 求人番号「0601-0000007」の形式が正しくありません（例: 06010-12345678）",
        "行 10: 求人番号「06010-00000001」が 2 行目と重複しています",
    ]
    assert (report.rows, report.inserted, report.bad_rows) == (9, 2, 7)
    assert sorted(postings(ctx)) == ["06010-00000001", "06010-00000010"]
    assert postings(ctx)["06010-00000001"].occupation == "一般事務"  # the first occurrence won


def test_shift_jis_file_from_excel(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, [HEADER, row("06010-00000001", company="㈱もがみ", description="介護施設の事務①")],
                 encoding="cp932")
    report = import_postings(ctx, path, NOW)
    assert (report.encoding, report.inserted, report.errors) == ("cp932", 1, [])
    assert postings(ctx)["06010-00000001"].company_name == "㈱もがみ"
    assert search(ctx, "事務①") == ["06010-00000001"]
    with pytest.raises(ImportFileError, match="UTF-8 として"):
        import_postings(ctx, path, NOW, encoding="utf-8")


def test_utf8_with_bom(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, [HEADER, row("06010-00000001")], encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    report = import_postings(ctx, path, NOW)
    assert (report.encoding, report.inserted, report.errors, report.ignored_columns) == ("utf-8-sig", 1, [], ())


def test_json_array_and_object_with_english_aliases(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = {"job_number": "06010-00000001", "company_name": "最上運輸", "occupation": "ドライバー",
            "description": "2tトラックでの配送。", "category": "一般", "employment_type": "正社員",
            "prefecture": "山形県", "municipality": "新庄市", "wage_unit": "月給", "wage_min": 230000,
            "wage_max": 280000, "received_on": "2026-11-24", "expires_on": "2027-01-31",
            "online_application": True, "employer_has_mypage": False, "extra": 1}
    japanese = {"求人番号": "06010-00000002", "事業所名": "さくら食堂", "職種": "調理補助", "求人区分": "パート",
                "雇用形態": "パート労働者", "都道府県": "山形県", "賃金形態": "時給", "賃金下限": "1050",
                "受付年月日": "2026/11/22", "紹介期限日": "2027/01/31"}
    bad = dict(good, job_number="06010-00000003", received_on="2026-02-30")
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps([good, japanese, bad, "x"], ensure_ascii=False), encoding="utf-8")
    report = import_postings(ctx, path, NOW)
    assert [e.text() for e in report.errors] == ["行 3: 受付年月日「2026-02-30」は日付として正しくありません",
                                                  "行 4: 求人のデータがオブジェクト（{...}）ではありません"]
    assert (report.inserted, report.ignored_columns) == (2, ("extra",))
    assert postings(ctx)["06010-00000002"].wage_max == 1050  # no 上限: same as 下限
    path.write_text(json.dumps({"postings": [dict(good, occupation="配送ドライバー")]}), encoding="utf-8")
    assert import_postings(ctx, path, NOW).updated == 1


def test_closed_rows_close_postings(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_postings(ctx, write(tmp_path, [HEADER, row("06010-00000001"), row("06010-00000002")]), NOW)
    assert search(ctx, "事務") == ["06010-00000001", "06010-00000002"]
    # A full row marked 募集終了, and a short closing feed (求人番号 and 状態 only).
    report = import_postings(ctx, write(tmp_path, [HEADER, row("06010-00000001", status="募集終了")]), NOW)
    assert (report.closed, report.updated, report.errors) == (1, 0, [])
    short = write(tmp_path, ["求人番号,状態", "06010-00000002,募集終了", "06010-00000099,募集終了"], "close.csv")
    report = import_postings(ctx, short, NOW)
    assert report.closed == 1
    assert [e.text() for e in report.errors] == [
        "行 3: 求人番号「06010-00000099」は登録されていないため募集終了にできません"]
    assert search(ctx, "事務") == []
    assert all(p.closed for p in postings(ctx).values())
    # Re-opened by a later 募集中 row.
    import_postings(ctx, write(tmp_path, [HEADER, row("06010-00000002")]), NOW)
    assert search(ctx, "事務") == ["06010-00000002"]


def test_reimport_updates_and_the_free_word_index_follows(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_postings(ctx, write(tmp_path, [HEADER, row("06010-00000001", occupation="手話通訳者",
                                                      description="聴覚障害のある方への手話通訳。")]), NOW)
    assert search(ctx, "手話") == ["06010-00000001"]
    report = import_postings(ctx, write(tmp_path, [HEADER, row("06010-00000001", occupation="点字翻訳者",
                                                               description="点字の翻訳。")]), NOW)
    assert (report.inserted, report.updated) == (0, 1)
    assert search(ctx, "手話") == [] and search(ctx, "点字") == ["06010-00000001"]
    assert len(postings(ctx)) == 1


def test_batches_commit_across_many_rows(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [HEADER] + [row(f"06010-{n:08d}") for n in range(1, 26)] + [row("06010-00000003")]
    report = import_postings(ctx, write(tmp_path, lines), NOW, batch=10)
    assert (report.inserted, [e.line for e in report.errors]) == (25, [27])
    assert len(search(ctx, "データ入力")) == 25


@pytest.mark.parametrize(("content", "message"), [
    (None, "ファイルが見つかりません"),
    (b"\xff\xfe\x00\x81\x00", "文字コードを読み取れません"),
    ("事業所名,職種\nA,B\n".encode(), "必須の列「求人番号」がありません"),
    ("求人番号,事業所名\n06010-00000001,A\n".encode(), "必須の列がありません: 職種、求人区分"),
    ("求人番号,求人番号,事業所名\n".encode(), "列「求人番号」が2回以上あります"),
    (b"[{", "JSON として読めません"),
    (b'{"jobs": []}', "JSON は求人の配列か"),
])
def test_unreadable_files(ctx, tmp_path: Path, content: bytes | None, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / ("jobs.json" if content and content[:1] in b"[{" else "jobs.csv")
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        import_postings(ctx, path, NOW)
    assert message in info.value.message
    assert postings(ctx) == {}


def test_unicode_line_separators_become_line_feeds(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, [HEADER, row("06010-00000001", occupation="一般事務\u2028（経理）",
                                        description="書類作成。\u2029電話応対。\r\n来客対応。")])
    assert import_postings(ctx, path, NOW).errors == []
    stored = postings(ctx)["06010-00000001"]
    assert (stored.occupation, stored.description) == ("一般事務\n（経理）", "書類作成。\n電話応対。\n来客対応。")


def _employer_numbers(ctx) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        return {n: e for n, e in session.execute(select(JobPosting.job_number, JobPosting.employer_number))}


def test_employer_number_column_is_normalised_and_bad_ones_refused(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """事業所番号 (issue 12): optional; full-width and unhyphenated forms stored as NNNN-NNNNNN-N;
    a wrong length or check digit refuses the row with a reason, the other rows are imported."""
    lines = [HEADER + ",事業所番号", row("06010-00000001") + ",0601-234567-2",
             row("06010-00000002") + ",０６０１２３４５６７２", row("06010-00000003") + ",0601-234567-3",
             row("06010-00000004") + ",0601-23456", row("06010-00000005", company="最上運輸") + ","]
    report = import_postings(ctx, write(tmp_path, lines), NOW)
    assert report.inserted == 3
    assert [(e.line, "事業所番号" in e.message and "チェック数字" in e.message) for e in report.errors] == [
        (4, True), (5, True)]
    assert _employer_numbers(ctx) == {"06010-00000001": "0601-234567-2", "06010-00000002": "0601-234567-2",
                                      "06010-00000005": derived_employer_number("最上運輸")}


def test_without_the_column_new_postings_get_the_derived_number_and_old_ones_keep_theirs(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_postings(ctx, write(tmp_path, [HEADER + ",employer_number", row("06010-00000001") + ",06012345672"]), NOW)
    report = import_postings(ctx, write(tmp_path, [HEADER, row("06010-00000001", occupation="経理事務"),
                                                   row("06010-00000002")], name="b.csv"), NOW)
    assert (report.inserted, report.updated, report.errors) == (1, 1, [])
    assert _employer_numbers(ctx) == {"06010-00000001": "0601-234567-2",
                                      "06010-00000002": derived_employer_number("株式会社さくら")}
    valid = validate_conditions(JobConditions(employer_number="0601-234567-2"), TODAY)
    with ctx.session_factory() as session:
        rows, _more = job_search.first_page(session, valid, SortOrder.NEWEST, TODAY, 10)
    assert [(r.job_number, r.occupation) for r in rows] == [("06010-00000001", "経理事務")]
