"""The façades over HTTP: how a call, its answer and its errors travel between the remote
back end (:mod:`.client`) and the office server (``mypage_desktop.server``).

Everything here is derived from the protocols' own signatures (:class:`MyPageFacade`,
:class:`StaffFacade`): each method's parameters become a typed msgspec struct, decoded on the
server with unknown fields refused, and its return annotation is the type the client decodes
the answer into. No encoder is written by hand per type, so a new façade call travels as soon
as it is in the protocol. Errors cross as data: each façade exception has a stable code and
comes back as the same exception type (docs/office-server.md, "Errors").
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

import msgspec

from mypage_desktop.domain.errors import (
    DeviceRefused,
    FieldError,
    NotPermitted,
    ServerBusy,
    ServiceUnavailable,
    SessionInvalid,
    ValidationFailed,
)
from mypage_desktop.domain.job_dto import JobIdSnapshot
from mypage_desktop.domain.jobs import SortOrder
from mypage_desktop.domain.staff_dto import PasswordChangeRequired, ReauthRequired
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.facade.staff_protocol import StaffFacade

API_PREFIX = "/api/v1"
SEEKER_DOOR = "seeker"
STAFF_DOOR = "staff"
# Calls that only make sense on one PC: answered by the remote back end itself.
LOCAL_ONLY = frozenset({"app_info", "demo_mailbox"})
DEVICE_HEADER = "Authorization"  # "Bearer <device token>"
REQUEST_ID_HEADER = "X-Request-Id"
MAX_BODY_BYTES = 256 * 1024  # a 2,000-character message is ~6 KB; the largest call is far below


@dataclass(frozen=True)
class MethodSpec:
    door: str
    name: str
    params: tuple[str, ...]
    args_type: type[msgspec.Struct]
    result_type: Any
    takes_token: bool

    @property
    def path(self) -> str:
        return f"{API_PREFIX}/{self.door}/{self.name}"


def _spec(door: str, protocol: type, name: str) -> MethodSpec:
    func = getattr(protocol, name)
    hints = typing.get_type_hints(func)
    signature = inspect.signature(func)
    fields: list[tuple[str, Any, Any] | tuple[str, Any]] = []
    params: list[str] = []
    for param in list(signature.parameters.values())[1:]:  # not self
        params.append(param.name)
        if param.default is inspect.Parameter.empty:
            fields.append((param.name, hints[param.name]))
        else:
            fields.append((param.name, hints[param.name], param.default))
    args_type = msgspec.defstruct(f"{door}_{name}_args", fields, forbid_unknown_fields=True, kw_only=True)
    return MethodSpec(door, name, tuple(params), args_type, hints.get("return"), "token" in params)


def _methods(protocol: type) -> list[str]:
    return [name for name, value in vars(protocol).items()
            if callable(value) and not name.startswith("_") and name not in LOCAL_ONLY]


@cache
def method_specs() -> dict[tuple[str, str], MethodSpec]:
    specs: dict[tuple[str, str], MethodSpec] = {}
    for door, protocol in ((SEEKER_DOOR, MyPageFacade), (STAFF_DOOR, StaffFacade)):
        for name in _methods(protocol):
            specs[(door, name)] = _spec(door, protocol, name)
    return specs


def spec_for(door: str, name: str) -> MethodSpec | None:
    return method_specs().get((door, name))


# -- calls -------------------------------------------------------------------------------
def encode_call(spec: MethodSpec, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> bytes:
    values = dict(zip(spec.params, args, strict=False))
    values.update(kwargs)
    return msgspec.json.encode(spec.args_type(**values))


def decode_call(spec: MethodSpec, body: bytes) -> dict[str, Any]:
    """The keyword arguments of the call; :class:`msgspec.ValidationError` if they do not
    fit the signature (a wrong type, a missing or an unknown field)."""
    struct = msgspec.json.decode(body, type=spec.args_type)
    return {name: getattr(struct, name) for name in spec.params}


class _PackedSnapshot(msgspec.Struct, forbid_unknown_fields=True):
    """A :class:`JobIdSnapshot` on the wire: the first id, then each id minus the one before.
    A snapshot is sorted (newest first, or by wage, then by id), so most steps are a few
    digits where the ids have six or seven: 100,000 ids are ~420 KB of JSON instead of
    ~625 KB, and ~140 KB instead of ~280 KB once compressed (``bench/run office``)."""

    steps: list[int]
    sort: SortOrder
    capped: bool


def encode_result(value: object) -> bytes:
    if isinstance(value, JobIdSnapshot):
        ids = value.ids
        value = _PackedSnapshot([b - a for a, b in zip((0, *ids), ids, strict=False)], value.sort, value.capped)
    return msgspec.json.encode(value)


def decode_result(spec: MethodSpec, body: bytes) -> Any:
    if spec.result_type is None or spec.result_type is type(None):
        return None
    if spec.result_type is JobIdSnapshot:
        packed = msgspec.json.decode(body, type=_PackedSnapshot)
        return JobIdSnapshot(tuple(accumulate(packed.steps)), packed.sort, packed.capped)
    return msgspec.json.decode(body, type=spec.result_type)


# -- errors ------------------------------------------------------------------------------
class ErrorBody(msgspec.Struct, kw_only=True):
    error: str
    code: str = ""
    errors: tuple[FieldError, ...] = ()
    request_id: str = ""


# The most specific class first: the first match wins.
_ERRORS: tuple[tuple[type[Exception], str, int], ...] = (
    (ValidationFailed, "validation_failed", 422),
    (SessionInvalid, "session_invalid", 401),
    (ReauthRequired, "reauth_required", 403),
    (PasswordChangeRequired, "password_change_required", 403),
    (NotPermitted, "not_permitted", 403),
    (DeviceRefused, "device_refused", 403),
    (ServerBusy, "busy", 503),
    (ServiceUnavailable, "service_unavailable", 503),
)
FACADE_ERRORS = tuple(cls for cls, _code, _status in _ERRORS)


def error_answer(exc: Exception, request_id: str = "") -> tuple[int, bytes]:
    """(HTTP status, body) for a façade exception; anything else is an internal error."""
    for cls, code, status in _ERRORS:
        if isinstance(exc, cls):
            body = ErrorBody(error=code, request_id=request_id)
            if isinstance(exc, ValidationFailed):
                body.errors = exc.errors
            elif isinstance(exc, NotPermitted) and exc.args and isinstance(exc.args[0], str):
                body.code = exc.args[0]
            return status, msgspec.json.encode(body)
    return 500, msgspec.json.encode(ErrorBody(error="internal", request_id=request_id))


_RAISERS: dict[str, Callable[[ErrorBody], Exception]] = {
    "validation_failed": lambda body: ValidationFailed(body.errors),
    "session_invalid": lambda body: SessionInvalid(),
    "reauth_required": lambda body: ReauthRequired(),
    "password_change_required": lambda body: PasswordChangeRequired(),
    "not_permitted": lambda body: NotPermitted(body.code) if body.code else NotPermitted(),
    "device_refused": lambda body: DeviceRefused(),
    "busy": lambda body: ServerBusy(),
    "service_unavailable": lambda body: ServiceUnavailable(),
}


def error_from_answer(status: int, body: bytes) -> Exception:
    """The exception the server raised, rebuilt; anything unreadable or internal becomes
    :class:`ServiceUnavailable` (the user can retry; the server logged the trace)."""
    try:
        decoded = msgspec.json.decode(body, type=ErrorBody)
    except msgspec.DecodeError:
        return ServiceUnavailable()
    raiser = _RAISERS.get(decoded.error)
    return raiser(decoded) if raiser is not None else ServiceUnavailable()
