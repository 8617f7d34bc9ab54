"""Helpers of the office-server tests: a test CA, enrolling a device through the real flow,
a remote back end over the real application in-process."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.testclient import TestClient

from mypage_desktop import pki
from mypage_desktop.domain.caller import COUNTER
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.facade.remote.client import RemoteBackend, RemoteConnection
from mypage_desktop.facade.remote.httpx_transport import HttpxTransport
from mypage_desktop.facade.staff_protocol import StaffFacade
from mypage_desktop.server.app import create_app
from mypage_desktop.server.state import ServerState
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff import devices


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


