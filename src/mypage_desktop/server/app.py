"""The office server's HTTP application (Starlette): the seeker and staff façades, one POST
route per call, for enrolled devices only.

A request carries the device token (``Authorization: Bearer …``) besides the TLS client
certificate; the device row it names is the caller of the services (which PC: audit rows,
per-PC limits, the kiosk session policy). A call that takes a session token is served only
for the device that opened the session (N3). The work of a call runs in a thread (the
services block: database, argon2); arguments and answers are the façades' own dataclasses
(:mod:`mypage_desktop.facade.remote.wire`). The access log has the device id, the call, the status,
the time and a request id: never a token, password, key, email or body (P1).
"""

from __future__ import annotations

import gzip
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import msgspec
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mypage_desktop.domain.caller import Caller
from mypage_desktop.domain.device_dto import ServerInfo
from mypage_desktop.domain.errors import DeviceRefused, NotPermitted
from mypage_desktop.domain.ids import letters_id
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.facade.remote import wire
from mypage_desktop.server.state import ServerState
from mypage_desktop.services.staff import devices

access_log = logging.getLogger("mypage.server.access")
log = logging.getLogger(__name__)
JSON = "application/json"
COMPRESS_ABOVE = 32 * 1024  # id snapshots, long lists; a page of 50 rows stays as it is


class BodyTooLarge(Exception):
    pass


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > wire.MAX_BODY_BYTES):
        raise BodyTooLarge()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > wire.MAX_BODY_BYTES:
            raise BodyTooLarge()
        chunks.append(chunk)
    return b"".join(chunks)


def _device_token(request: Request) -> str:
    scheme, _, value = request.headers.get(wire.DEVICE_HEADER, "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def _error(exc: Exception, request_id: str) -> Response:
    status, body = wire.error_answer(exc, request_id)
    if status == 500:
        log.error("call failed (request %s)", request_id, exc_info=exc)
    headers = {"Retry-After": "2"} if status == 503 else None
    return Response(body, status_code=status, media_type=JSON, headers=headers)


def _dispatch(state: ServerState, device_token: str, spec: wire.MethodSpec, kwargs: dict[str, Any],
              seen: list[str]) -> object:
    """One call, start to end, in a worker thread: who is calling, whether this device may
    make this call with this session, then the façade method itself. ``seen`` gets the
    device id for the access log."""
    caller = devices.authenticate(state.context, device_token)
    seen.append(caller.device_id)
    ctx = state.context.for_caller(caller)
    if spec.door == wire.STAFF_DOOR and not caller.may_use_staff_console:
        raise NotPermitted("device.staff_not_allowed")
    if spec.takes_token:
        devices.check_session_device(ctx, spec.door == wire.STAFF_DOOR, kwargs["token"])
    facade: object = LocalFacade(ctx) if spec.door == wire.SEEKER_DOOR else LocalStaffFacade(ctx)
    return getattr(facade, spec.name)(**kwargs)


def _answer(state: ServerState, device_token: str, spec: wire.MethodSpec, kwargs: dict[str, Any],
            seen: list[str], gzip_ok: bool) -> tuple[bytes, bool]:
    """The call and its encoded answer, gzip-compressed when big and the PC accepts it (its
    transport asks for gzip and unpacks it). Done here, in the worker thread, not on the event
    loop: compressing 100,000 snapshot ids takes a few ms, with the GIL released."""
    body = wire.encode_result(_dispatch(state, device_token, spec, kwargs, seen))
    if gzip_ok and len(body) >= COMPRESS_ABOVE:
        return gzip.compress(body, compresslevel=1), True  # level 6: ~6× the time, ~3 % smaller
    return body, False


def _server_info(state: ServerState, device_token: str) -> ServerInfo:
    caller: Caller = devices.authenticate(state.context, device_token)
    name = devices.device_name(state.context, caller.device_id)
    s = state.context.settings
    return ServerInfo(s.office_name, s.helpdesk_number, s.mail_sender, s.key_validity_minutes,
                      caller.device_id, caller.kind, name)


def create_app(state: ServerState) -> Starlette:
    async def call(request: Request) -> Response:
        request_id = request.state.request_id
        spec = wire.spec_for(request.path_params["door"], request.path_params["name"])
        if spec is None:
            return JSONResponse({"error": "not_found"}, status_code=404)
        request.state.call = f"{spec.door}.{spec.name}"
        try:
            kwargs = wire.decode_call(spec, await _read_body(request))
        except BodyTooLarge:
            return JSONResponse({"error": "too_large"}, status_code=413)
        except (msgspec.ValidationError, msgspec.DecodeError):
            return JSONResponse({"error": "bad_request"}, status_code=400)
        seen: list[str] = []
        gzip_ok = "gzip" in request.headers.get("accept-encoding", "").lower()
        try:
            body, packed = await run_in_threadpool(_answer, state, _device_token(request), spec, kwargs, seen,
                                                   gzip_ok)
        except Exception as exc:  # façade errors travel as data; a bug is logged with its trace
            return _error(exc, request_id)
        finally:
            request.state.device = seen[0] if seen else "-"
        headers = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"} if packed else None
        return Response(body, media_type=JSON, headers=headers)

    async def info(request: Request) -> Response:
        try:
            result = await run_in_threadpool(_server_info, state, _device_token(request))
        except DeviceRefused as exc:
            return _error(exc, request.state.request_id)
        return Response(wire.encode_result(result), media_type=JSON)

    async def health(_request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def ready(_request: Request) -> Response:
        problem = await run_in_threadpool(state.readiness_problem)
        if problem:
            return JSONResponse({"status": "not_ready", "reason": problem}, status_code=503)
        return JSONResponse({"status": "ready"})

    return Starlette(middleware=[Middleware(BaseHTTPMiddleware, dispatch=access_logger)], routes=[
        Route("/healthz", health, methods=["GET"]),
        Route("/readyz", ready, methods=["GET"]),
        Route(f"{wire.API_PREFIX}/info", info, methods=["GET"]),
        Route(wire.API_PREFIX + "/{door}/{name}", call, methods=["POST"]),
    ])


async def access_logger(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """One line per request; ids and the call's name only (P1)."""
    request_id = letters_id(16)
    request.state.request_id = request_id
    request.state.call = request.url.path if not request.url.path.startswith(wire.API_PREFIX + "/") else "-"
    request.state.device = "-"
    started = time.perf_counter()
    response = await call_next(request)
    response.headers[wire.REQUEST_ID_HEADER] = request_id
    access_log.info("access request=%s device=%s call=%s status=%d ms=%.1f", request_id, request.state.device,
                    request.state.call, response.status_code, (time.perf_counter() - started) * 1000)
    return response
