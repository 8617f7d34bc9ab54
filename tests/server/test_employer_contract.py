"""事業所番号 over the façade (issue 12): the search condition and the 求人票's number cross the
remote back end's wire as they cross the local one, on both engines."""

from __future__ import annotations

import pytest

from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.jobs import JobConditions, SortOrder, derived_employer_number
from mypage_desktop.services.jobs.index_writer import upsert_postings
from server.test_contract import open_and_login
from server_helpers import Door
from services.job_fixtures import FIXTURES


def test_search_by_employer_number_and_the_detail_carry_it(door: Door) -> None:
    with door.ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, door.ctx.clock())
    token = open_and_login(door)
    f = door.facade
    sakura = derived_employer_number("株式会社さくら")
    typed = JobConditions(employer_number="".join(chr(ord(c) + 0xFEE0) for c in sakura.replace("-", "")))
    page = f.search_jobs(token, typed, SortOrder.NEWEST, 10)
    assert page.rows and {r.company_name for r in page.rows} == {"株式会社さくら"}
    assert not any(r.closed for r in page.rows)
    assert f.count_jobs(token, typed) == len(page.rows)
    assert list(f.search_job_ids(token, typed, SortOrder.NEWEST).ids) == [r.job_id for r in page.rows]
    detail = f.job_detail(token, page.rows[0].job_id)
    assert detail.employer_number == sakura
    both = f.search_jobs(token, JobConditions(free_words="事務", employer_number=sakura), SortOrder.NEWEST, 10)
    assert [r.job_number for r in both.rows] == ["06010-00000001"]
    with pytest.raises(ValidationFailed) as bad:
        f.search_jobs(token, JobConditions(employer_number="0601-234567-9"), SortOrder.NEWEST, 10)
    assert [(e.field, e.code) for e in bad.value.errors] == [("employer_number", "search.employer_number_format")]


def test_a_saved_search_keeps_the_employer_number(door: Door) -> None:
    with door.ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, door.ctx.clock())
    token = open_and_login(door)
    f = door.facade
    sakura = derived_employer_number("株式会社さくら")
    saved = f.save_search(token, "さくらの求人", JobConditions(employer_number=sakura.replace("-", "")))
    (listed,) = f.saved_searches(token)
    assert listed.saved_id == saved.saved_id and f"事業所番号 {sakura}" in listed.summary
    assert f.run_saved_search(token, saved.saved_id).employer_number == sakura.replace("-", "")
