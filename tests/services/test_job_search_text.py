"""The walk's text check (job_posting.search_text, migration 0114, docs/search.md): it must give
exactly FTS5's rows. Each search runs under every plan forced, so the walk (which trusts
search_text alone for plain rows) is compared with the index plan (FTS5 alone) on postings made
to trip it: half-width kana, full-width and upper-case ASCII, symbols between runs, a word
split over two fields, ASCII words inside longer ones, letters outside kana/kanji/ASCII."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from mypage_desktop.db.search_index import AGREED, CHECKED, PLAIN, search_text, search_text_of_fields
from mypage_desktop.domain.jobs import JobConditions, SortOrder, validate_conditions
from mypage_desktop.domain.textsearch import FIELD_END, GAP, document_tokens, parse_free_words
from mypage_desktop.services.jobs import search
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.services.jobs.search_query import Plan
from mypage_desktop.services.jobs.sqlite_plan import WalkCheck, needle, walk_kind
from services.job_fixtures import TODAY, posting

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


def made(n: int, occupation: str, description: str) -> object:
    return posting(n, occupation=occupation, description=description, company_name="有限会社",
                   received_on=date(2026, 11, n - 30))


POSTINGS = [
    made(41, "ﾃﾞｰﾀ入力", "ＥＸＣＥＬ２０１９を使います。"),
    made(42, "DATA入力", "Excel・Word・PowerPoint"),
    made(43, "データ", "入力作業のみ。"),  # データ | 入力: two fields
    made(44, "営業", "myexcel担当。"),  # excel inside a longer ASCII word
    made(45, "総務", "山形県・県内勤務。"),
    made(46, "Café店員", "Σοφία"),  # letters the walk leaves to FTS5
    made(47, "調理", "社員寮あり。"),
    made(48, "研修講師", "excel2019研修を実施。"),
    made(49, "通訳", "ΟΔΟΣ"),  # οδος after lower(): FTS5 folds ς and σ together, a substring test would not
]


@pytest.fixture(params=list(Plan), ids=lambda plan: plan.value)
def searched(ctx, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        if session.get_bind().dialect.name != "sqlite":
            pytest.skip("search_text and the forced plans are SQLite's")
    with ctx.session_factory.begin() as session:
        upsert_postings(session, POSTINGS, NOW)  # type: ignore[arg-type]
    return ctx.session_factory, request.param


def found(searched, words: str) -> list[int]:  # type: ignore[no-untyped-def]
    factory, plan = searched
    valid = validate_conditions(JobConditions(free_words=words), TODAY)
    with factory() as session:
        rows, _more = search.first_page(session, valid, SortOrder.NEWEST, TODAY, 100, plan=plan)
        assert search.count_matching(session, valid, TODAY, plan=plan) == len(rows)
    return [int(r.job_number[-2:]) for r in rows]


@pytest.mark.parametrize(("words", "expected"), [
    ("データ入力", [41]), ("ﾃﾞｰﾀ入力", [41]),  # half-width kana; never across two fields (43)
    ("ＤＡＴＡ入力", [42]), ("data入力", [42]),  # full-width and upper-case ASCII
    ("excel", [48, 42, 41]), ("EXCEL2019研修", [48]), ("myex", [44]),  # prefixes of ASCII words
    ("xcel", []), ("2019", []),  # not the start of an ASCII word
    ("山形県・県内", [45]), ("山形県/県内", [45]), ("山形県内", []),  # symbols between runs
    ("Word・Power", [42]), ("寮", [47]), ("員", [47, 46]), ("業", [44, 43]),  # lone characters, tails
    ("入力作業", [43]), ("excel 入力", [42, 41]), ("データ　入力", [43, 41]),
    ("caf", [46]), ("café", [46]), ("ΣΟΦΊΑ", [46]), ("café 店員", [46]),  # a CHECKED row
    ("δοσ", [49]),
])
def test_every_plan_finds_what_fts5_finds(searched, words: str, expected: list[int]) -> None:  # type: ignore[no-untyped-def]
    assert found(searched, words) == expected


def test_text_follows_an_update(searched) -> None:  # type: ignore[no-untyped-def]
    factory, _plan = searched
    with factory.begin() as session:
        upsert_postings(session, [made(47, "調理", "寮なし。")], NOW)  # type: ignore[list-item]
    assert found(searched, "社員") == []
    assert found(searched, "寮") == [47]


@pytest.mark.parametrize("fields", [
    ("ﾃﾞｰﾀ入力", "ＥＸＣＥＬ２０１９を使います。", "", "山形県", "山形市"),
    ("・・・", "(株)さくら　A_B", "🍣寿司", "", "x"),
    ("Café", "Σοφία、ΑΣ", "①②", "ⅱ", "㈱"),
    ("", "", "", "", ""),
    ("excel入力", "入力excel", "a1あ2", "・先頭", "末尾・"),
    (f"私用{GAP}文字{FIELD_END}", "二重  空白", "改\n行", "タブ\tあり", "々〆ヶ"),
])
def test_the_migration_fills_what_the_import_writes(fields: tuple[str, ...]) -> None:
    assert search_text_of_fields(*fields) == search_text(document_tokens(*fields))


def test_plain_and_checked_rows() -> None:
    expected = f"{PLAIN}介護{FIELD_END}ケア{GAP}ホーム{FIELD_END}excel2019"
    assert search_text_of_fields("介護", "ケア・ホーム", "excel2019") == expected
    assert search_text_of_fields("café") == f"{CHECKED}café"


def test_needles() -> None:
    def needles(words: str) -> list[str | None]:
        return [needle(p) for p in parse_free_words(words)]

    assert needles("データ入力 山形県・県内 excel入力") == ["データ入力", f"山形県{GAP}県内", "excel入力"]
    assert needles("café") == [None]
    assert walk_kind(parse_free_words("介護 寮")) is WalkCheck.TEXT
    assert walk_kind(parse_free_words("café 店員")) is WalkCheck.TEXT_FTS
    assert walk_kind(parse_free_words("σοφία")) is WalkCheck.FTS


def test_fts5_reads_every_plain_letter_as_itself() -> None:
    """What PLAIN rests on: SQLite's unicode61 tokenizer (as fts_job uses it) keeps each letter
    AGREED admits as a token of its own, unfolded: no case to fold, no letter it splits on."""
    letters = [chr(c) for c in range(0x30, 0xA000) if chr(c).isalnum() and AGREED.fullmatch(chr(c))]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(g, content='', tokenize='unicode61 remove_diacritics 0')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'row')")
    db.execute("INSERT INTO f(rowid, g) VALUES (1, ?)", (" ".join(letters),))
    assert {term for (term,) in db.execute("SELECT term FROM v")} == set(letters)
    assert len(letters) > 27_000
