"""``mypage-admin device enrol``'s HTTPS client (cli/device_commands.py): a server that is not
there is a clear message, not a traceback. (Enrolling through the real listener is
tests/server/test_real_server.py.)"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from mypage_desktop import pki
from mypage_desktop.cli.device_commands import EnrolmentClient


def test_an_unreachable_enrolment_listener_is_a_message(tmp_path: Path) -> None:
    ca_cert, _key = pki.create_ca("mypage enrol test CA")
    (tmp_path / "ca.pem").write_bytes(ca_cert)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = EnrolmentClient(tmp_path / "ca.pem", f"https://127.0.0.1:{port}")
    try:
        with pytest.raises(SystemExit) as stopped:
            client("/enrol/v1/start", {"csr_pem": "x", "kind": "kiosk", "name": "キオスク1"})
    finally:
        client.close()
    message = str(stopped.value)
    assert message.startswith(f"エラー: オフィスサーバー（https://127.0.0.1:{port}）に接続できません")
    assert "ConnectionRefusedError" in message and "--ca" in message
