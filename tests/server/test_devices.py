"""Office devices (issue 10; docs/security.md N3, N4): enrolment codes, tokens, revocation,
sessions bound to their device, the device row deciding the policy."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import datetime

import pytest
from sqlalchemy import select

from mypage_desktop import pki
from mypage_desktop.db.device_models import Device
from mypage_desktop.domain import consent as versions
from mypage_desktop.domain.account_dto import Consent
from mypage_desktop.domain.caller import COUNTER, KIOSK, STAFF
from mypage_desktop.domain.device_dto import APPROVED, DELIVERED, EXPIRED, PENDING, UNKNOWN
from mypage_desktop.domain.errors import NotPermitted, SessionInvalid, ValidationFailed
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff import devices
from server_helpers import enrol, give_ca, remote_backend
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, GOOD_PASSWORD, latest_key
from services.security_helpers import audit_rows, make_staff


@pytest.fixture
def ctx(backend, office_ca) -> ServiceContext:  # type: ignore[no-untyped-def]
    give_ca(backend.context, office_ca)
    return backend.context


def start(ctx: ServiceContext, kind: str = KIOSK, name: str = "キオスク1"):  # type: ignore[no-untyped-def]
    _key, csr = pki.make_device_request("pc")
    return devices.start_enrolment(ctx, csr.decode(), kind, name)


def test_N4_a_code_is_single_use_and_the_token_is_handed_over_once(ctx: ServiceContext) -> None:
    started = start(ctx)
    assert len(started.user_code) == 9 and started.user_code[4] == "-"
    assert devices.poll_enrolment(ctx, started.poll_secret).status == PENDING
    info = devices.approve_as_operator(ctx, started.user_code.lower().replace("-", " "))  # typed loosely
    assert info.kind == KIOSK
    with pytest.raises(ValidationFailed) as used:
        devices.approve_as_operator(ctx, started.user_code)
    assert used.value.codes() == {"device.code_wrong"}
    handed = devices.poll_enrolment(ctx, started.poll_secret)
    assert handed.status == APPROVED and handed.certificate_pem.startswith("-----BEGIN CERTIFICATE")
    assert len(handed.device_token) >= 43  # 256 bits, URL-safe (N3: at least 128)
    assert devices.poll_enrolment(ctx, started.poll_secret) == type(handed)(DELIVERED)
    assert devices.poll_enrolment(ctx, "not-a-secret").status == UNKNOWN
    with ctx.session_factory() as session:
        stored = session.scalar(select(Device.token_hash))
    assert stored == hashlib.sha256(handed.device_token.encode()).hexdigest()  # only the digest is kept
    assert [r.action for r in audit_rows(ctx) if r.action.startswith("device_")] == [
        "device_enrolment_started", "device_approved", "device_code_wrong", "device_delivered"]


def test_N4_an_expired_code_is_refused(ctx: ServiceContext, clock) -> None:  # type: ignore[no-untyped-def]
    started = start(ctx)
    clock.advance(minutes=devices.CODE_MINUTES, seconds=1)
    with pytest.raises(ValidationFailed):
        devices.approve_as_operator(ctx, started.user_code)
    assert devices.poll_enrolment(ctx, started.poll_secret).status == EXPIRED


def test_N4_wrong_codes_are_throttled_per_approver(ctx: ServiceContext) -> None:
    started = start(ctx)
    for _ in range(devices.WRONG_CODES_PER_15_MIN):
        with pytest.raises(ValidationFailed) as wrong:
            devices.approve_as_operator(ctx, "BBBB-BBBB")
        assert wrong.value.codes() == {"device.code_wrong"}
    with pytest.raises(ValidationFailed) as throttled:
        devices.approve_as_operator(ctx, started.user_code)  # even the right one, for a while
    assert throttled.value.codes() == {"device.code_throttled"}


def test_N4_a_staff_approval_needs_a_manager_and_is_audited(ctx: ServiceContext) -> None:
    _staff_id, clerk = make_staff(ctx, "clerk.a", role="職員")
    admin_id, admin = make_staff(ctx, "admin.a", role="管理者")
    started = start(ctx, COUNTER, "窓口2")
    with pytest.raises(NotPermitted):
        devices.approve(ctx, clerk, started.user_code)
    assert [p.name for p in devices.pending_enrolments(ctx, admin)] == ["窓口2"]
    info = devices.approve(ctx, admin, started.user_code)
    approved = audit_rows(ctx, "device_approved")[-1]
    assert (approved.actor_type, approved.actor_id, approved.target_id) == ("staff", admin_id, info.device_id)


def test_N4_bad_requests_are_refused_with_field_messages(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationFailed) as bad:
        devices.start_enrolment(ctx, "-----BEGIN CERTIFICATE REQUEST-----\nnope\n", "printer", "a\nb")
    assert {e.field for e in bad.value.errors} == {"csr", "kind", "name"}


def test_N3_a_revoked_device_is_refused_on_its_next_call(ctx: ServiceContext) -> None:
    uid, token = enrol(ctx, KIOSK)
    remote, client = remote_backend(ctx, token)
    assert remote.server_info.device_uid == uid and remote.server_info.device_kind == KIOSK
    device_id = devices.list_devices(ctx, None)[0].device_id
    assert devices.revoke(ctx, None, device_id) is True
    with pytest.raises(Exception) as refused:
        remote.facade.login(DEMO_EMAIL, GOOD_PASSWORD)
    assert type(refused.value).__name__ == "DeviceRefused"
    client.close()


def _open(ctx: ServiceContext) -> None:
    from mypage_desktop.services.accounts import opening

    consent = Consent(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, datetime.now().astimezone())
    opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent)
    opening.complete_password_registration(ctx, DEMO_EMAIL, latest_key(ctx), GOOD_PASSWORD, GOOD_PASSWORD)


def test_N3_a_session_token_from_another_device_is_refused_and_audited(ctx: ServiceContext) -> None:
    _open(ctx)
    _uid_a, token_a = enrol(ctx, KIOSK, "キオスク1")
    _uid_b, token_b = enrol(ctx, KIOSK, "キオスク2")
    kiosk_a, client_a = remote_backend(ctx, token_a)
    kiosk_b, client_b = remote_backend(ctx, token_b)
    session = kiosk_a.facade.login(DEMO_EMAIL, GOOD_PASSWORD).token
    assert session
    with pytest.raises(SessionInvalid):
        kiosk_b.facade.my_profile(session)
    assert audit_rows(ctx, "session_device_mismatch")
    assert kiosk_a.facade.my_profile(session).email == DEMO_EMAIL  # still fine where it was opened
    client_a.close()
    client_b.close()


def test_N3_the_device_row_decides_the_session_policy_and_staff_calls(ctx: ServiceContext) -> None:
    _open(ctx)
    # The server's own settings say "not a kiosk"; a PC's settings never reach it at all.
    ctx.settings = dataclasses.replace(ctx.settings, kiosk_mode=False, idle_minutes_personal=120)
    _uid, token = enrol(ctx, KIOSK)
    kiosk, client = remote_backend(ctx, token)
    assert kiosk.facade.app_info().kiosk_mode is True
    session = kiosk.facade.login(DEMO_EMAIL, GOOD_PASSWORD).token
    assert session and kiosk.facade.session_status(session).idle_timeout_seconds == 5 * 60
    with pytest.raises(NotPermitted):
        kiosk.staff_facade.staff_login("sato.k", "whatever")
    _uid2, staff_token = enrol(ctx, STAFF, "職員PC")
    staff_pc, client2 = remote_backend(ctx, staff_token)
    assert staff_pc.staff_facade.staff_login("nobody", "Wrong#Pass1").token is None  # allowed, just wrong
    client.close()
    client2.close()


def test_N7_a_body_over_the_limit_and_a_malformed_call_get_clear_answers(ctx: ServiceContext) -> None:
    _uid, token = enrol(ctx, KIOSK)
    _remote, client = remote_backend(ctx, token)
    headers = {"Authorization": f"Bearer {token}"}
    too_big = client.post("/api/v1/seeker/login", content=b"x" * 300_000, headers=headers)
    assert too_big.status_code == 413
    wrong_type = client.post("/api/v1/seeker/login", json={"email": 1, "password": "p"}, headers=headers)
    assert wrong_type.status_code == 400
    unknown = client.post("/api/v1/seeker/drop_tables", json={}, headers=headers)
    assert unknown.status_code == 404
    no_device = client.post("/api/v1/seeker/login", json={"email": "a@b.jp", "password": "p"})
    assert no_device.status_code == 403 and no_device.json()["error"] == "device_refused"
    client.close()
