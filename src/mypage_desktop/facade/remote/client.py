"""The remote back end: the façades over HTTPS to the office server (issue 10).

A PC on this back end holds no database credential: only the server's URL, the office CA, its
own certificate and key, and its device token (docs/security.md, N1). One long-lived
transport with a small pool of keep-alive connections (``transport.py``) serves every call;
it is built, and its first connection made, by :func:`open_remote_backend` on a worker thread,
because building the TLS context and the first handshake each stall the calling thread for
~100 ms (docs/tech-notes.md). Every call is the protocol method of the same name; timeouts
and refused connections become :class:`ServiceUnavailable`, like a lost database on the local
back end.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, cast

from mypage_desktop.config import ConfigError, Settings
from mypage_desktop.domain.account_dto import AppInfo, DeliveredMail
from mypage_desktop.domain.caller import SHARED_KINDS
from mypage_desktop.domain.device_dto import ServerInfo
from mypage_desktop.domain.errors import DeviceRefused, NotPermitted, ServiceUnavailable
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.facade.remote import wire
from mypage_desktop.facade.remote.transport import Answer, HttpsTransport, Transport, Unreachable
from mypage_desktop.facade.staff_protocol import StaffFacade

log = logging.getLogger(__name__)


class RemoteConnection:
    """Sends façade calls to the server; thread-safe (the UI calls from executor threads)."""

    def __init__(self, transport: Transport, device_token: str) -> None:
        self.transport = transport
        self._headers = {wire.DEVICE_HEADER: f"Bearer {device_token}", "Content-Type": "application/json"}

    def call(self, spec: wire.MethodSpec, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        answer = self._send("POST", spec.path, wire.encode_call(spec, args, kwargs))
        if answer.status == 200:
            return wire.decode_result(spec, answer.body)
        raise wire.error_from_answer(answer.status, answer.body)

    def server_info(self) -> ServerInfo:
        answer = self._send("GET", f"{wire.API_PREFIX}/info", None)
        if answer.status != 200:
            raise wire.error_from_answer(answer.status, answer.body)
        import msgspec

        return msgspec.json.decode(answer.body, type=ServerInfo)

    def _send(self, method: str, path: str, body: bytes | None) -> Answer:
        try:
            return self.transport.request(method, path, body, self._headers)
        except Unreachable as exc:
            log.warning("office server unreachable (%s)", exc)
            raise ServiceUnavailable() from exc

    def close(self) -> None:
        self.transport.close()


def _remote_class(door: str, base: type) -> type:
    """A class with one method per façade call of ``door``, each sending that call."""
    namespace: dict[str, Any] = {}
    for (spec_door, name), spec in wire.method_specs().items():
        if spec_door != door:
            continue

        def method(self: _RemoteBase, *args: Any, _spec: wire.MethodSpec = spec, **kwargs: Any) -> Any:
            return self._connection.call(_spec, args, kwargs)

        method.__name__ = method.__qualname__ = name
        namespace[name] = method
    return type(f"Remote{door.title()}Facade", (base,), namespace)


class _RemoteBase:
    def __init__(self, connection: RemoteConnection, info: AppInfo) -> None:
        self._connection = connection
        self._info = info


class _SeekerLocalCalls(_RemoteBase):
    """The calls that only make sense on this PC (answered here, not by the server)."""

    def app_info(self) -> AppInfo:
        return self._info

    def demo_mailbox(self) -> list[DeliveredMail]:
        raise NotPermitted()  # an office PC never runs the demo


RemoteSeekerFacade = _remote_class(wire.SEEKER_DOOR, _SeekerLocalCalls)
RemoteStaffFacade = _remote_class(wire.STAFF_DOOR, _RemoteBase)


def app_info_from(info: ServerInfo, settings: Settings) -> AppInfo:
    """The server's office data and key validity; the kiosk behaviour follows this PC's
    device row (a kiosk stays a kiosk whatever its own settings say)."""
    return AppInfo(info.office_name, info.helpdesk_number, info.mail_sender, info.key_validity_minutes,
                   False, info.device_kind in SHARED_KINDS or settings.kiosk_mode)


class RemoteBackend:
    """Implements :class:`mypage_desktop.facade.backend.Backend` over the office server."""

    def __init__(self, connection: RemoteConnection, info: ServerInfo, settings: Settings) -> None:
        self.connection = connection
        self.server_info = info
        app_info = app_info_from(info, settings)
        self.facade = cast(MyPageFacade, RemoteSeekerFacade(connection, app_info))
        self.staff_facade = cast(StaffFacade, RemoteStaffFacade(connection, app_info))

    def close(self) -> None:
        self.connection.close()


def _read_token(settings: Settings) -> str:
    try:
        return Path(settings.device_token_file).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        raise ConfigError(
            f"この端末はオフィスサーバーに登録されていません（{settings.device_token_file} がありません）。"
            "システム担当者に端末の登録（mypage-admin device enrol）を依頼してください。") from None


def make_transport(settings: Settings) -> HttpsTransport:
    from mypage_desktop.tls import client_ssl_context  # not pki: a PC needs no cryptography

    for name in ("server_ca_file", "device_cert_file", "device_key_file"):
        if not Path(getattr(settings, name)).is_file():
            raise ConfigError(f"{name}（{getattr(settings, name)}）がありません。端末の登録が必要です。")
    context = client_ssl_context(Path(settings.server_ca_file), Path(settings.device_cert_file),
                                 Path(settings.device_key_file))
    return HttpsTransport(settings.server_url, context, settings.server_timeout_seconds)


def open_remote_backend(settings: Settings, transport: Transport | None = None) -> RemoteBackend:
    """Builds the client and asks the server who this PC is (which also opens and warms the
    one connection); off the GUI thread. A refused device stops start-up with a message for
    office IT."""
    connection = RemoteConnection(transport or make_transport(settings), _read_token(settings))
    try:
        info = connection.server_info()
    except DeviceRefused:
        connection.close()
        raise ConfigError("オフィスサーバーがこの端末を受け付けません（登録が取り消されたか、無効です）。"
                          "システム担当者に連絡してください。") from None
    except ServiceUnavailable:
        connection.close()
        raise
    return RemoteBackend(connection, info, settings)
