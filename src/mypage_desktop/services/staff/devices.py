"""Office devices: enrolment with a short code a 管理者 approves, the device token every call
carries, revocation, and the binding of sessions to the device that opened them
(docs/security.md, N3 and N4; enrolment follows the device flow of RFC 8628).

1. The new PC makes a key and a certificate request and calls :func:`start_enrolment`; it
   shows the short code and polls :func:`poll_enrolment` with its long poll secret.
2. A 管理者 types the code into the staff console (:func:`approve`) or the server operator
   runs ``mypage-admin device approve CODE`` (:func:`approve_as_operator`): the request is
   signed by the office CA (``ctx.device_signer``) and a device row is made.
3. The next poll hands over the certificate and a new device token, once; only the token's
   digest is kept.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import AuthSession
from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.db.device_models import Device, DeviceEnrolment
from mypage_desktop.db.staff_models import StaffSession
from mypage_desktop.domain.caller import DEVICE_KINDS, Caller
from mypage_desktop.domain.device_dto import (
    APPROVED,
    CODE_ALPHABET,
    CODE_LENGTH,
    DELIVERED,
    EXPIRED,
    PENDING,
    UNKNOWN,
    DeviceInfo,
    EnrolmentStarted,
    EnrolmentState,
    PendingEnrolment,
    display_code,
    normalize_code,
)
from mypage_desktop.domain.errors import DeviceRefused, FieldError, NotPermitted, SessionInvalid, ValidationFailed
from mypage_desktop.domain.ids import letters_id
from mypage_desktop.services import audit
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.sign_in import StaffActor, require_staff

CODE_MINUTES = 10           # a short code expires after this long (N4)
POLL_INTERVAL_SECONDS = 5
MAX_PENDING = 50            # enrolments waiting at once, office-wide: a flood is refused
WRONG_CODES_PER_15_MIN = 5  # per 管理者 (or the operator): then approvals wait
LAST_SEEN_RESOLUTION = timedelta(minutes=1)  # one write a minute per device, not one per call
OPERATOR = "operator"


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _serialize(session: Session, key: str) -> None:
    """Concurrent callers on one key take turns (PostgreSQL; SQLite's BEGIN IMMEDIATE already
    serialises writers)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), {"key": key})


def start_enrolment(ctx: ServiceContext, csr_pem: str, kind: str, name: str) -> EnrolmentStarted:
    from mypage_desktop.pki import CertificateRequestError, check_request

    errors: list[FieldError] = []
    if kind not in DEVICE_KINDS:
        errors.append(FieldError("kind", "device.kind"))
    clean_name = name.strip()
    if not 1 <= len(clean_name) <= 60 or any(ch.isspace() and ch != " " for ch in clean_name) \
            or any(ord(ch) < 32 or ord(ch) == 127 for ch in clean_name):
        errors.append(FieldError("name", "device.name"))
    if len(csr_pem) > 8192:
        errors.append(FieldError("csr", "device.csr"))
    else:
        try:
            check_request(csr_pem)
        except CertificateRequestError:
            errors.append(FieldError("csr", "device.csr"))
    if errors:
        raise ValidationFailed(errors)
    code, poll_secret = _new_code(), secrets.token_urlsafe(32)
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        _serialize(session, "device_enrolment")
        waiting = session.scalar(select(func.count()).select_from(DeviceEnrolment).where(
            DeviceEnrolment.approved_at.is_(None), DeviceEnrolment.expires_at > now)) or 0
        if waiting >= MAX_PENDING:
            raise NotPermitted("device.too_many_pending")
        row = DeviceEnrolment(code_hash=digest(code), poll_hash=digest(poll_secret), kind=kind, name=clean_name,
                              csr_pem=csr_pem, created_at=now, expires_at=now + timedelta(minutes=CODE_MINUTES),
                              polls=0)
        session.add(row)
        session.flush()
        audit.record(session, at=now, action="device_enrolment_started", result=kind, terminal="",
                     target_type="enrolment", target_id=row.id)
    return EnrolmentStarted(poll_secret, display_code(code), CODE_MINUTES * 60, POLL_INTERVAL_SECONDS)


def poll_enrolment(ctx: ServiceContext, poll_secret: str) -> EnrolmentState:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = session.scalar(select(DeviceEnrolment).where(DeviceEnrolment.poll_hash == digest(poll_secret))
                             .with_for_update())
        if row is None:
            return EnrolmentState(UNKNOWN)
        row.polls += 1
        if row.delivered_at is not None:
            return EnrolmentState(DELIVERED)
        if row.approved_at is None:
            return EnrolmentState(EXPIRED if row.expires_at <= now else PENDING)
        device = session.get_one(Device, row.device_id)
        token = secrets.token_urlsafe(32)  # 256 bits; shown once, kept only as a digest
        device.token_hash = digest(token)
        row.delivered_at = now
        certificate = row.certificate_pem or ""
        row.certificate_pem = None
        row.csr_pem = ""
        audit.record(session, at=now, action="device_delivered", result="ok", terminal=device.uid,
                     target_type="device", target_id=device.id)
        return EnrolmentState(APPROVED, device.uid, device.kind, certificate, token)


def _approve(ctx: ServiceContext, session: Session, code: str, now: datetime, actor_type: str,
             actor_id: int | None) -> DeviceInfo:
    if ctx.device_signer is None:
        raise NotPermitted("device.no_ca")
    _serialize(session, f"device_approve:{actor_type}:{actor_id}")
    wrong = session.scalar(select(func.count()).select_from(AuditLog).where(
        AuditLog.action == "device_code_wrong", AuditLog.actor_type == actor_type,
        AuditLog.actor_id == actor_id if actor_id is not None else AuditLog.actor_id.is_(None),
        AuditLog.at > now - timedelta(minutes=15))) or 0
    if wrong >= WRONG_CODES_PER_15_MIN:
        raise ValidationFailed([FieldError("code", "device.code_throttled")])
    clean = normalize_code(code)
    row = None
    if len(clean) == CODE_LENGTH:
        row = session.scalar(select(DeviceEnrolment).where(
            DeviceEnrolment.code_hash == digest(clean), DeviceEnrolment.approved_at.is_(None),
            DeviceEnrolment.expires_at > now).with_for_update())
    if row is None:
        raise _WrongCode(actor_type, actor_id)
    uid = letters_id(12)
    certificate, serial = ctx.device_signer(row.csr_pem, uid)
    device = Device(uid=uid, kind=row.kind, name=row.name, token_hash=None, cert_serial=serial, enrolled_at=now,
                    approved_by=actor_id if actor_type == "staff" else None)
    session.add(device)
    session.flush()
    row.approved_at, row.device_id, row.certificate_pem = now, device.id, certificate
    audit.record(session, at=now, action="device_approved", result=row.kind, terminal=ctx.terminal,
                 actor_type=actor_type, actor_id=actor_id, target_type="device", target_id=device.id)
    return _info(device)


class _WrongCode(Exception):
    def __init__(self, actor_type: str, actor_id: int | None) -> None:
        super().__init__()
        self.actor_type, self.actor_id = actor_type, actor_id


def _record_wrong_code(ctx: ServiceContext, wrong: _WrongCode) -> ValidationFailed:
    with ctx.session_factory.begin() as session:
        audit.record(session, at=ctx.clock(), action="device_code_wrong", result="refused", terminal=ctx.terminal,
                     actor_type=wrong.actor_type, actor_id=wrong.actor_id)
    return ValidationFailed([FieldError("code", "device.code_wrong")])


def approve(ctx: ServiceContext, token: str, code: str) -> DeviceInfo:
    """A 管理者 approves the code shown on a new PC (N4): expired, used and wrong codes are
    refused alike, and wrong ones are counted (five in 15 minutes make approvals wait)."""
    try:
        with ctx.session_factory.begin() as session:
            now = ctx.clock()
            actor = require_staff(session, token, now, admin=True)
            return _approve(ctx, session, code, now, "staff", actor.staff_id)
    except _WrongCode as wrong:
        raise _record_wrong_code(ctx, wrong) from None


def approve_as_operator(ctx: ServiceContext, code: str) -> DeviceInfo:
    """``mypage-admin device approve`` on the server itself (the first staff PC)."""
    try:
        with ctx.session_factory.begin() as session:
            return _approve(ctx, session, code, ctx.clock(), OPERATOR, None)
    except _WrongCode as wrong:
        raise _record_wrong_code(ctx, wrong) from None


def _info(device: Device) -> DeviceInfo:
    return DeviceInfo(device.id, device.uid, device.kind, device.name, device.enrolled_at, device.last_seen_at,
                      device.revoked_at)


def list_devices(ctx: ServiceContext, token: str | None) -> list[DeviceInfo]:
    """Every enrolled device, newest first; ``token`` None is the operator on the server."""
    with ctx.session_factory.begin() as session:
        if token is not None:
            require_staff(session, token, ctx.clock(), admin=True)
        return [_info(d) for d in session.scalars(select(Device).order_by(Device.id.desc()))]


def pending_enrolments(ctx: ServiceContext, token: str) -> list[PendingEnrolment]:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        require_staff(session, token, now, admin=True)
        rows = session.scalars(select(DeviceEnrolment).where(
            DeviceEnrolment.approved_at.is_(None), DeviceEnrolment.expires_at > now).order_by(DeviceEnrolment.id))
        return [PendingEnrolment(r.id, r.kind, r.name, r.created_at, r.expires_at) for r in rows]


def _revoke(ctx: ServiceContext, session: Session, device_id: int, now: datetime, actor: StaffActor | None) -> bool:
    device = session.get(Device, device_id, with_for_update=True)
    if device is None:
        raise ValidationFailed([FieldError("device", "device.not_found")])
    if device.revoked_at is not None:
        return False
    device.revoked_at = now
    device.token_hash = None
    audit.record(session, at=now, action="device_revoked", result=device.kind, terminal=ctx.terminal,
                 actor_type="staff" if actor else OPERATOR, actor_id=actor.staff_id if actor else None,
                 target_type="device", target_id=device.id)
    return True


def revoke(ctx: ServiceContext, token: str | None, device_id: int) -> bool:
    """Refused from its next call on (the token digest is dropped). True if it was live."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, admin=True) if token is not None else None
        return _revoke(ctx, session, device_id, now, actor)


def authenticate(ctx: ServiceContext, device_token: str) -> Caller:
    """The caller behind a device token, or :class:`DeviceRefused` (unknown or revoked)."""
    if not device_token or len(device_token) > 128:
        raise DeviceRefused()
    with ctx.session_factory.begin() as session:
        device = session.scalar(select(Device).where(Device.token_hash == digest(device_token)))
        if device is None or device.revoked_at is not None:
            raise DeviceRefused()
        now = ctx.clock()
        if device.last_seen_at is None or now - device.last_seen_at > LAST_SEEN_RESOLUTION:
            device.last_seen_at = now
        return Caller(device.uid, device.kind)


def device_name(ctx: ServiceContext, uid: str) -> str:
    with ctx.session_factory() as session:
        return session.scalar(select(Device.name).where(Device.uid == uid)) or ""


def check_session_device(ctx: ServiceContext, staff_door: bool, token: str) -> None:
    """A session token works only from the device that opened it (N3): from another device
    it is refused (SessionInvalid) and the attempt audited. A token not found is left to the
    call itself, which refuses it as usual."""
    model: type[AuthSession] | type[StaffSession] = StaffSession if staff_door else AuthSession
    with ctx.session_factory() as session:
        row = session.execute(select(model.terminal, model.id).where(model.token_hash == digest(token))).first()
    if row is None or row[0] == ctx.terminal:
        return
    with ctx.session_factory.begin() as session:
        audit.record(session, at=ctx.clock(), action="session_device_mismatch", result="refused",
                     terminal=ctx.terminal, target_type="staff_session" if staff_door else "session",
                     target_id=row[1])
    raise SessionInvalid()
