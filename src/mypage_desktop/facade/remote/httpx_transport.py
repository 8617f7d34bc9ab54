"""An ``httpx.Client`` as the remote back end's transport: how the tests reach the real server
application in-process (Starlette's ``TestClient`` is an ``httpx.Client`` over ASGI). PCs use
:class:`mypage_desktop.facade.remote.transport.HttpsTransport`, which needs no httpx."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from mypage_desktop.facade.remote.transport import Answer, Unreachable


class HttpxTransport:
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
