"""Helpers of the office-server tests: a test CA, enrolling a device through the real flow,
a remote back end over the real application in-process."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx
from starlette.testclient import TestClient

from mypage_desktop import pki
from mypage_desktop.domain.caller import COUNTER
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.facade.remote.client import RemoteBackend, RemoteConnection
from mypage_desktop.facade.remote.transport import Answer, Unreachable
from mypage_desktop.facade.staff_protocol import StaffFacade
from mypage_desktop.server.app import create_app
from mypage_desktop.server.state import ServerState
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff import devices


class HttpxTransport:
    """An ``httpx.Client`` as the remote back end's transport: how the tests reach the real
    server application in-process (Starlette's ``TestClient`` is one). PCs use
    ``facade/remote/transport.py``'s ``HttpsTransport``, which needs no httpx."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def request(self, method: str, path: str, body: bytes | None, headers: Mapping[str, str]) -> Answer:
        try:
            response = self.client.request(method, path, content=body, headers=dict(headers))
        except httpx.HTTPError as exc:  # timeouts, refused or broken connections, TLS failures
            raise Unreachable(type(exc).__name__) from exc
        return Answer(response.status_code, response.content)

    def close(self) -> None:
        self.client.close()


def give_ca(ctx: ServiceContext, ca: tuple[bytes, bytes]) -> None:
    ca_cert, ca_key = ca
    ctx.device_signer = lambda csr, uid: pki.sign_device_request(ca_cert, ca_key, csr, uid)


def enrol(ctx: ServiceContext, kind: str = COUNTER, name: str = "窓口1") -> tuple[str, str]:
    """The real enrolment flow through the services: request, operator approval, poll.
    Returns (device id, device token)."""
    _key, csr = pki.make_device_request("new-pc")
    started = devices.start_enrolment(ctx, csr.decode(), kind, name)
    devices.approve_as_operator(ctx, started.user_code)
    state = devices.poll_enrolment(ctx, started.poll_secret)
    assert state.device_token
    return state.device_uid, state.device_token


@dataclass
class Door:
    kind: str
    facade: MyPageFacade
    staff: StaffFacade
    ctx: ServiceContext  # the services as this door's device calls them (for test set-up)


def remote_backend(ctx: ServiceContext, token: str) -> tuple[RemoteBackend, TestClient]:
    client = TestClient(create_app(ServerState(ctx_engine(ctx), ctx, None)), base_url="https://office.test")
    connection = RemoteConnection(HttpxTransport(client), token)
    return RemoteBackend(connection, connection.server_info(), ctx.settings), client


def ctx_engine(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    return ctx.session_factory.kw["bind"]


