"""The enrolment listener: the one door open to a PC without a client certificate yet.

It serves only the device flow (start an enrolment, poll it) and a health check, on its own
port with TLS but no client certificate. Everything else needs the main port, which refuses
a PC without a certificate from the office CA (docs/office-server.md, "Enrolment")."""

from __future__ import annotations

import msgspec
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mypage_desktop.facade.remote import wire
from mypage_desktop.server.app import JSON, BodyTooLarge, _error, _read_body, access_logger
from mypage_desktop.server.state import ServerState
from mypage_desktop.services.staff import devices

ENROL_PREFIX = "/enrol/v1"


class StartRequest(msgspec.Struct, forbid_unknown_fields=True):
    csr_pem: str
    kind: str
    name: str


class PollRequest(msgspec.Struct, forbid_unknown_fields=True):
    poll_secret: str


def create_enrol_app(state: ServerState) -> Starlette:
    async def start(request: Request) -> Response:
        try:
            body = msgspec.json.decode(await _read_body(request), type=StartRequest)
        except BodyTooLarge:
            return JSONResponse({"error": "too_large"}, status_code=413)
        except (msgspec.ValidationError, msgspec.DecodeError):
            return JSONResponse({"error": "bad_request"}, status_code=400)
        try:
            started = await run_in_threadpool(devices.start_enrolment, state.context, body.csr_pem, body.kind,
                                              body.name)
        except Exception as exc:
            return _error(exc, request.state.request_id)
        return Response(wire.encode_result(started), media_type=JSON)

    async def poll(request: Request) -> Response:
        try:
            body = msgspec.json.decode(await _read_body(request), type=PollRequest)
        except BodyTooLarge:
            return JSONResponse({"error": "too_large"}, status_code=413)
        except (msgspec.ValidationError, msgspec.DecodeError):
            return JSONResponse({"error": "bad_request"}, status_code=400)
        try:
            answer = await run_in_threadpool(devices.poll_enrolment, state.context, body.poll_secret)
        except Exception as exc:
            return _error(exc, request.state.request_id)
        return Response(wire.encode_result(answer), media_type=JSON)

    async def health(_request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    return Starlette(middleware=[Middleware(BaseHTTPMiddleware, dispatch=access_logger)], routes=[
        Route("/healthz", health, methods=["GET"]),
        Route(f"{ENROL_PREFIX}/start", start, methods=["POST"]),
        Route(f"{ENROL_PREFIX}/poll", poll, methods=["POST"]),
    ])
