"""保存した検索条件 and キープ through the façade, scoped to the session (issue #4, docs/security.md A2)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from mypage_desktop.domain.errors import SessionInvalid, ValidationFailed
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.jobs.index_writer import close_postings, upsert_postings
from services.helpers import GOOD_PASSWORD, open_account
from services.job_fixtures import FIXTURES, posting
from services.security_helpers import audit_rows

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


@pytest.fixture
def token(ctx, facade) -> str:  # type: ignore[no-untyped-def]
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, NOW)
    open_account(ctx)
    result = facade.login("taro.yamagata@example.jp", GOOD_PASSWORD)
    assert result.token
    return result.token


def other_token(ctx, facade) -> str:  # type: ignore[no-untyped-def]
    from mypage_desktop.services.accounts import opening
    from services.helpers import consent_at, latest_key

    opening.request_password_registration(ctx, "hanako.mogami@example.jp", "1992", "11", "3",
                                               consent_at(ctx.clock()))
    key = latest_key(ctx)
    opening.complete_password_registration(ctx, "hanako.mogami@example.jp", key, GOOD_PASSWORD, GOOD_PASSWORD)
    result = facade.login("hanako.mogami@example.jp", GOOD_PASSWORD)
    assert result.token
    return result.token


def test_search_page_ids_rows_and_detail(facade: LocalFacade, token: str) -> None:
    conditions = JobConditions(free_words="介護")
    page = facade.search_jobs(token, conditions, SortOrder.NEWEST)
    snapshot = facade.search_job_ids(token, conditions, SortOrder.NEWEST)
    assert [r.job_id for r in page.rows] == list(snapshot.ids) and snapshot.total == 2 and not page.has_more
    assert facade.job_rows(token, list(snapshot.ids)) == list(page.rows)
    detail = facade.job_detail(token, snapshot.ids[0])
    assert detail.occupation == "介護職員（介護福祉士）" and detail.wage == "月給 200,000円〜250,000円"


def test_keep_unkeep_and_closed_marked_not_dropped(facade: LocalFacade, token: str, ctx) -> None:  # type: ignore[no-untyped-def]
    ids = facade.search_job_ids(token, JobConditions(), SortOrder.NEWEST).ids
    assert facade.set_job_kept(token, ids[0], True) and facade.set_job_kept(token, ids[0], True)
    facade.set_job_kept(token, ids[1], True)
    assert facade.job_detail(token, ids[0]).kept
    with ctx.session_factory.begin() as session:
        number = facade.job_detail(token, ids[0]).job_number
        close_postings(session, [number], NOW)
    kept = facade.kept_jobs(token)
    assert [k.job.job_id for k in kept] == [ids[1], ids[0]]
    assert kept[1].job.closed and not kept[0].job.closed
    assert not facade.set_job_kept(token, ids[0], False)
    assert [k.job.job_id for k in facade.kept_jobs(token)] == [ids[1]]


def test_kept_limit_gives_a_clear_message(ctx, facade: LocalFacade, token: str) -> None:  # type: ignore[no-untyped-def]
    ctx.settings = dataclasses.replace(ctx.settings, kept_job_max=2)
    ids = facade.search_job_ids(token, JobConditions(), SortOrder.NEWEST).ids
    facade.set_job_kept(token, ids[0], True)
    facade.set_job_kept(token, ids[1], True)
    with pytest.raises(ValidationFailed) as info:
        facade.set_job_kept(token, ids[2], True)
    assert info.value.codes() == {"kept_job.limit"}


def test_saved_search_lifecycle_and_new_since_last_run(ctx, facade: LocalFacade, token: str, clock) -> None:  # type: ignore[no-untyped-def]
    conditions = JobConditions(free_words="介護", categories=("一般",))
    saved = facade.save_search(token, "  介護の仕事  ", conditions)
    assert saved.name == "介護の仕事" and saved.summary == "フリーワード「介護」／一般"
    clock.advance(minutes=10)  # within the idle limit (S2): a later call would find the session ended
    with ctx.session_factory.begin() as session:
        upsert_postings(session, [posting(50, occupation="介護職員"), posting(51, occupation="事務")], clock())
    listed = facade.saved_searches(token)
    assert [(s.name, s.new_since_last_run) for s in listed] == [("介護の仕事", 1)]
    assert facade.run_saved_search(token, saved.saved_id) == conditions
    assert facade.saved_searches(token)[0].new_since_last_run == 0
    facade.rename_saved_search(token, saved.saved_id, "介護（一般）")
    assert facade.saved_searches(token)[0].name == "介護（一般）"
    facade.delete_saved_search(token, saved.saved_id)
    assert facade.saved_searches(token) == []


def test_saved_search_limit_and_name_rules(ctx, facade: LocalFacade, token: str) -> None:  # type: ignore[no-untyped-def]
    ctx.settings = dataclasses.replace(ctx.settings, saved_search_max=1)
    facade.save_search(token, "一つ目", JobConditions())
    with pytest.raises(ValidationFailed) as info:
        facade.save_search(token, "二つ目", JobConditions())
    assert info.value.codes() == {"saved_search.limit"}
    with pytest.raises(ValidationFailed) as info:
        facade.save_search(token, "   ", JobConditions())
    assert info.value.codes() == {"saved_search.name_required"}


def test_A2_another_seekers_saved_search_is_not_reachable(ctx, facade: LocalFacade, token: str) -> None:  # type: ignore[no-untyped-def]
    saved = facade.save_search(token, "太郎の条件", JobConditions(free_words="事務"))
    hanako = other_token(ctx, facade)
    assert facade.saved_searches(hanako) == []
    for call in (lambda: facade.run_saved_search(hanako, saved.saved_id),
                 lambda: facade.rename_saved_search(hanako, saved.saved_id, "x"),
                 lambda: facade.delete_saved_search(hanako, saved.saved_id)):
        with pytest.raises(ValidationFailed) as info:
            call()
        assert info.value.codes() == {"saved_search.not_found"}  # the same answer as a missing id
    assert facade.saved_searches(token)[0].name == "太郎の条件"
    # Audited like the other seeker-data calls: ids only, by Hanako's account.
    denied = audit_rows(ctx, "access_denied")
    assert [(d.target_type, d.target_id, d.result, d.actor_type) for d in denied] == [
        ("saved_search", saved.saved_id, "denied", "seeker")] * 3
    assert len({d.actor_id for d in denied}) == 1 and denied[0].actor_id is not None
    with pytest.raises(ValidationFailed):
        facade.delete_saved_search(hanako, saved.saved_id + 1000)  # a missing id: refused, not audited
    assert len(audit_rows(ctx, "access_denied")) == 3


def test_job_calls_need_a_live_session(facade: LocalFacade, token: str, clock) -> None:
    facade.logout(token)
    with pytest.raises(SessionInvalid):
        facade.search_jobs(token, JobConditions(), SortOrder.NEWEST)
    with pytest.raises(SessionInvalid):
        facade.kept_jobs(token)


def test_search_options_list_municipalities_with_postings(facade: LocalFacade, token: str) -> None:
    options = facade.job_search_options(token)
    assert len(options.prefectures) == 47 and "天童市" in options.municipalities["山形県"]
    assert "サービスの職業" in options.occupation_groups
