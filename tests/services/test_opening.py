"""Opening My Page: steps 2 and 3 as services (docs/security.md K1–K6, E3, C1, D3)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mypage_desktop.db.account_models import ConsentRecord, LoginAccount, RegistrationRequest
from mypage_desktop.domain import consent as versions
from mypage_desktop.domain.account_dto import Consent
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.services.accounts import login as auth, opening
from mypage_desktop.services.hashing import Hasher
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, GOOD_PASSWORD, consent_at, open_account, outbox, race, request_key


def test_full_opening_flow_then_login(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    mail = outbox(ctx, "registration_key")[-1]
    assert mail.subject == "パスワード登録申込受付通知" and mail.recipient == DEMO_EMAIL
    assert "30分以内" in mail.body and "system@mail.hellowork.mhlw.go.jp" in mail.body
    done = opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)
    assert not done.password_converted_from_fullwidth
    result = auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD)
    assert result.ok and result.profile is not None
    assert result.profile.name == "山形 太郎" and result.profile.status == "有効"
    assert result.profile.seeker_number[:6] == "06010-"


def test_K1_no_key_without_consent(ctx) -> None:  # type: ignore[no-untyped-def]
    """K1: issuing requires consent to the current versions."""
    for consent in (None, Consent("1999-01-01", versions.TERMS_OF_USE_VERSION, ctx.clock())):
        with pytest.raises(ValidationFailed) as info:
            opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent)
        assert "consent.required" in info.value.codes()
    assert outbox(ctx) == []


def test_K1_consent_versions_and_time_recorded(ctx) -> None:  # type: ignore[no-untyped-def]
    request_key(ctx)
    with ctx.session_factory() as session:
        record = session.scalars(select(ConsentRecord)).one()
    assert record.privacy_version == versions.PRIVACY_POLICY_VERSION
    assert record.agreed_at == ctx.clock()


def test_K1_the_consent_time_is_the_servers_not_the_pcs(ctx) -> None:  # type: ignore[no-untyped-def]
    """A kiosk whose clock is years off cannot back- or post-date a consent (issue 10)."""
    wrong_pc_clock = ctx.clock().replace(year=2020)
    consent = Consent(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, wrong_pc_clock)
    opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent)
    with ctx.session_factory() as session:
        record = session.scalars(select(ConsentRecord)).one()
    assert record.agreed_at == ctx.clock() != wrong_pc_clock


def test_K2_only_an_argon2id_hash_of_the_key_is_stored(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    with ctx.session_factory() as session:
        stored = session.scalars(select(RegistrationRequest.key_hash)).one()
    assert stored.startswith("$argon2id$") and key not in stored


def test_C1_production_parameters(settings, backend) -> None:  # type: ignore[no-untyped-def]
    """C1: the stored value starts with the RFC 9106 second recommended parameters."""
    from mypage_desktop.facade.local.backend import build_context

    ctx = build_context(settings, backend.engine, backend.context.clock, Hasher())
    open_account(ctx)
    with ctx.session_factory() as session:
        stored = session.scalars(select(LoginAccount.password_hash).where(LoginAccount.email == DEMO_EMAIL)).one()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


@pytest.mark.parametrize(
    ("email", "birth"),
    [
        ("nobody@example.jp", DEMO_BIRTH),  # not registered
        (DEMO_EMAIL, ("1985", "4", "13")),  # wrong birthdate
    ],
)
def test_E3_unmatched_pair_same_outcome_and_no_mail(ctx, email, birth) -> None:  # type: ignore[no-untyped-def]
    """E3: the same answer whether or not the data matched; mail only to the stored address."""
    matched = opening.request_password_registration(ctx, "hanako.mogami@example.jp", "1992", "11", "3",
                                                         consent_at(ctx.clock()))
    before = len(outbox(ctx))
    unmatched = opening.request_password_registration(ctx, email, *birth, consent_at(ctx.clock()))
    assert unmatched == matched
    assert len(outbox(ctx)) == before


def test_E3_already_open_account_same_screen_and_a_notice_not_a_key(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent_at(ctx.clock()))
    assert outbox(ctx)[-1].kind == "already_open"


def test_K3_key_valid_at_30_00_expired_at_30_01(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    clock.advance(minutes=30)
    opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)

    other = "hanako.mogami@example.jp"
    key = request_key(ctx, other, ("1992", "11", "3"))
    clock.advance(minutes=30, seconds=1)
    with pytest.raises(ValidationFailed) as info:
        opening.complete_password_registration(ctx, other, key, GOOD_PASSWORD, GOOD_PASSWORD)
    assert info.value.codes() == {"auth_key.rejected"}


def test_K4_key_works_once(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)
    with pytest.raises(ValidationFailed) as info:
        opening.complete_password_registration(ctx, DEMO_EMAIL, key, "Other#Pass9", "Other#Pass9")
    assert info.value.codes() == {"auth_key.rejected"}
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok


def test_K4_D3_concurrent_submits_exactly_one_wins(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    outcomes = race(lambda pw: opening.complete_password_registration(ctx, DEMO_EMAIL, key, pw, pw))
    assert sorted(outcomes) == ["ok", "rejected", "rejected", "rejected"]
    assert len(outbox(ctx, "password_registered")) == 1


def test_K5_wrong_tries_void_the_key(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    wrong = f"{(int(key) + 1) % 10**8:08d}"
    for _ in range(ctx.settings.key_max_wrong_tries):
        with pytest.raises(ValidationFailed) as info:
            opening.complete_password_registration(ctx, DEMO_EMAIL, wrong, GOOD_PASSWORD, GOOD_PASSWORD)
        assert info.value.codes() == {"auth_key.rejected"}
    with pytest.raises(ValidationFailed):
        opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)


def test_K5_new_key_voids_older_ones(ctx) -> None:  # type: ignore[no-untyped-def]
    first = request_key(ctx)
    second = request_key(ctx)
    if first != second:
        with pytest.raises(ValidationFailed):
            opening.complete_password_registration(ctx, DEMO_EMAIL, first, GOOD_PASSWORD, GOOD_PASSWORD)
    opening.complete_password_registration(ctx, DEMO_EMAIL, second, GOOD_PASSWORD, GOOD_PASSWORD)


def test_K5_rate_limit_fourth_request_sends_no_mail(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        request_key(ctx)
        clock.advance(minutes=1)
    before = len(outbox(ctx))
    result = opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent_at(clock()))
    assert result.key_validity_minutes == 30  # the unchanged screen
    assert len(outbox(ctx)) == before
    clock.advance(minutes=30)
    request_key(ctx)
    assert len(outbox(ctx)) == before + 1


def test_K6_key_is_not_a_password_and_completion_mails_a_notice(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    assert not auth.login(ctx, DEMO_EMAIL, key).ok
    opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)
    assert outbox(ctx, "password_registered")[-1].subject == "パスワード登録完了のお知らせ"
    assert not auth.login(ctx, DEMO_EMAIL, key).ok


def test_unknown_email_and_wrong_key_share_the_message_E3(ctx) -> None:  # type: ignore[no-untyped-def]
    request_key(ctx)
    messages = []
    for email in ("nobody@example.jp", DEMO_EMAIL):
        with pytest.raises(ValidationFailed) as info:
            opening.complete_password_registration(ctx, email, "00000000", GOOD_PASSWORD, GOOD_PASSWORD)
        messages.append(info.value.errors)
    assert messages[0] == messages[1]


def test_C4_common_and_personal_passwords_refused_without_burning_the_key(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    for password, code in (("Passw0rd!", "password.common"), ("taro19850412!", "password.personal")):
        with pytest.raises(ValidationFailed) as info:
            opening.complete_password_registration(ctx, DEMO_EMAIL, key, password, password)
        assert info.value.codes() == {code}
    opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)


def test_I1_fullwidth_password_registered_and_logs_in_halfwidth(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    done = opening.complete_password_registration(ctx, DEMO_EMAIL, key, "Ｍｏｇａｍｉ＃７ｘ", "Ｍｏｇａｍｉ＃７ｘ")
    assert done.password_converted_from_fullwidth
    assert auth.login(ctx, DEMO_EMAIL, "Mogami#7x").ok
    assert auth.login(ctx, "ＴＡＲＯ．ＹＡＭＡＧＡＴＡ＠ｅｘａｍｐｌｅ．ｊｐ", "Ｍｏｇａｍｉ＃７ｘ").ok


def test_validation_errors_name_every_field(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as info:
        opening.request_password_registration(ctx, "やまだ@example.jp", "昭和60", "2", "30",
                                                   consent_at(ctx.clock()))
    assert {e.field for e in info.value.errors} == {"email", "birth_year"}


def test_K3_postgresql_uses_the_database_clock(settings) -> None:  # type: ignore[no-untyped-def]
    """K3: on the office engine, validity is measured by the server's clock, not the kiosk's."""
    from datetime import UTC, datetime

    from mypage_desktop.facade.local.backend import open_local_backend

    backend = open_local_backend(settings, start_mail_worker=False)
    try:
        ctx = backend.context
        moment = ctx.clock()
        if settings.database_url.startswith("postgresql"):
            from mypage_desktop.services.context import system_clock

            assert ctx.clock is not system_clock
            with backend.engine.connect() as conn:
                server = conn.exec_driver_sql("SELECT now()").scalar_one()
            assert abs((server - moment).total_seconds()) < 5
        assert moment.tzinfo is not None and abs((datetime.now(UTC) - moment).total_seconds()) < 60
    finally:
        backend.close()
