"""``mypage-admin`` subcommands for the office CA and office devices (issue 10).

On the office server:
    ca init --dir DIR                   a new office CA (office-ca.pem, office-ca-key.pem 0600)
    ca server-cert --dir DIR --host H   the server's certificate for the names the PCs use
    device approve CODE                 approve the code a new PC shows (the first staff PC)
    device list / device revoke ID
On a new PC (office IT):
    device enrol --server URL --kind kiosk --name 窓口1 [--ca FILE]
        makes a key and a request, shows the code, waits for the approval and stores the
        certificate, key and device token (0600) where the settings say.
Exit codes: 0 done, 1 refused or timed out, 2 bad input.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from mypage_desktop.cli.terminal import say, say_columns, warn
from mypage_desktop.config import Settings
from mypage_desktop.domain.caller import DEVICE_KINDS
from mypage_desktop.domain.device_dto import APPROVED, PENDING, EnrolmentStarted, EnrolmentState
from mypage_desktop.domain.timefmt import format_datetime_jst
from mypage_desktop.services.context import ServiceContext

COMMANDS = frozenset({"ca", "device"})
CA_CERT, CA_KEY, SERVER_CERT, SERVER_KEY = "office-ca.pem", "office-ca-key.pem", "server.pem", "server-key.pem"


def add_commands(commands: Any) -> None:
    ca = commands.add_parser("ca", help="事業所の認証局と証明書（オフィスサーバー）").add_subparsers(
        dest="ca_command", required=True)
    init = ca.add_parser("init", help="事業所の認証局を作成します")
    init.add_argument("--dir", required=True, help="書き出すフォルダー")
    init.add_argument("--name", default="mypage office CA", help="認証局の名前")
    server = ca.add_parser("server-cert", help="オフィスサーバーの証明書を発行します")
    server.add_argument("--dir", required=True, help="認証局のフォルダー（証明書もここに書き出します）")
    server.add_argument("--host", action="append", required=True, help="端末が接続に使うホスト名か IP（複数可）")

    device = commands.add_parser("device", help="端末の登録・一覧・取消").add_subparsers(
        dest="device_command", required=True)
    approve = device.add_parser("approve", help="新しい端末に表示された登録コードを承認します")
    approve.add_argument("code", help="例: BCDF-GHJK")
    device.add_parser("list", help="登録済みの端末を表示します")
    revoke = device.add_parser("revoke", help="端末の登録を取り消します（次の通信から拒否）")
    revoke.add_argument("device_id", type=int)
    enrol = device.add_parser("enrol", help="この PC をオフィスサーバーに登録します（端末側で実行）")
    enrol.add_argument("--server", required=True, help="オフィスサーバーの URL（例 https://mypage.office.local:8443）")
    enrol.add_argument("--enrol-url", help="登録用の URL（既定: 同じホストのポート 8444）")
    enrol.add_argument("--kind", choices=DEVICE_KINDS, required=True,
                       help="kiosk（利用者用）、counter（窓口）、staff（職員）")
    enrol.add_argument("--name", required=True, help="端末の名前（例: 窓口1）")
    enrol.add_argument("--ca", help="事業所の認証局の証明書（office-ca.pem）。設定の server_ca_file にコピーします")
    enrol.add_argument("--wait", type=int, default=600, help="承認を待つ秒数")


def _write_public(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _ca(args: argparse.Namespace) -> int:
    from mypage_desktop import pki

    folder = Path(args.dir)
    if args.ca_command == "init":
        if (folder / CA_KEY).exists():
            warn(f"エラー: {folder / CA_KEY} は既にあります（上書きしません）")
            return 2
        cert, key = pki.create_ca(args.name)
        _write_public(folder / CA_CERT, cert)
        pki.write_private(folder / CA_KEY, key)
        say(f"認証局を作成しました: {folder / CA_CERT}（鍵 {folder / CA_KEY} はこのサーバーから出さないでください）")
        return 0
    try:
        ca_cert, ca_key = (folder / CA_CERT).read_bytes(), (folder / CA_KEY).read_bytes()
    except OSError:
        warn(f"エラー: {folder} に {CA_CERT} と {CA_KEY} がありません（先に ca init）")
        return 2
    cert, key = pki.issue_server_certificate(ca_cert, ca_key, args.host)
    _write_public(folder / SERVER_CERT, cert)
    pki.write_private(folder / SERVER_KEY, key)
    say(f"サーバー証明書を発行しました: {folder / SERVER_CERT}（{', '.join(args.host)}）")
    return 0


def enrol_url_for(server_url: str, port: int) -> str:
    parts = urlsplit(server_url)
    host = parts.hostname or ""
    netloc = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return urlunsplit((parts.scheme, netloc, "", "", ""))


Poster = Callable[[str, dict[str, str]], bytes]


def enrol_device(settings: Settings, args: argparse.Namespace, post: Poster | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> int:
    """The PC's side of the device flow; ``post`` is injectable for tests."""
    import msgspec

    from mypage_desktop import pki

    if args.ca:
        _write_public(Path(settings.server_ca_file), Path(args.ca).read_bytes())
    if not Path(settings.server_ca_file).is_file():
        warn(f"エラー: 事業所の認証局の証明書がありません（--ca で指定: {settings.server_ca_file}）")
        return 2
    base = args.enrol_url or enrol_url_for(args.server, settings.server_enrol_port)
    if post is None:
        client = EnrolmentClient(Path(settings.server_ca_file), base)
        try:
            return enrol_device(settings, args, client, sleep)
        finally:
            client.close()
    send = post
    key_pem, csr_pem = pki.make_device_request(args.name)
    started = msgspec.json.decode(send("/enrol/v1/start", {"csr_pem": csr_pem.decode(), "kind": args.kind,
                                                           "name": args.name}), type=EnrolmentStarted)
    say(f"この端末の登録コード: {started.user_code}")
    say(f"管理者が職員コンソールの「端末管理」か、サーバーで `mypage-admin device approve {started.user_code}` "
          f"を実行して承認してください（{started.expires_in_seconds // 60} 分以内）。")
    deadline = time.monotonic() + min(args.wait, started.expires_in_seconds)
    while time.monotonic() < deadline:
        sleep(started.interval_seconds)
        state = msgspec.json.decode(send("/enrol/v1/poll", {"poll_secret": started.poll_secret}), type=EnrolmentState)
        if state.status == PENDING:
            continue
        if state.status != APPROVED:
            warn(f"登録できませんでした（{state.status}）。もう一度実行してください。")
            return 1
        pki.write_private(Path(settings.device_key_file), key_pem)
        _write_public(Path(settings.device_cert_file), state.certificate_pem.encode("ascii"))
        pki.write_private(Path(settings.device_token_file), state.device_token.encode("ascii"))
        say(f"登録しました: 端末ID {state.device_uid}（{state.kind}）。設定 server_url = \"{args.server}\" "
              "をこの PC の全体設定に書いてください。")
        return 0
    warn("承認されないまま時間切れになりました。もう一度実行してください。")
    return 1


class EnrolmentClient:
    """Posts to the enrolment listener over TLS, trusting the office CA only (the app's own
    HTTPS transport: a PC needs no other HTTP client)."""

    def __init__(self, ca_file: Path, base: str) -> None:
        from mypage_desktop.facade.remote.transport import HttpsTransport
        from mypage_desktop.pki import client_ssl_context

        self._base = base
        self._transport = HttpsTransport(base, client_ssl_context(ca_file), timeout=15)

    def __call__(self, path: str, body: dict[str, str]) -> bytes:
        import json

        from mypage_desktop.facade.remote.transport import Unreachable

        try:
            answer = self._transport.request("POST", path, json.dumps(body).encode("utf-8"),
                                             {"Content-Type": "application/json"})
        except Unreachable as exc:
            raise SystemExit(f"エラー: オフィスサーバー（{self._base}）に接続できません（{exc}）。"
                             "URL、ネットワーク、--ca の認証局を確認してください。") from None
        if answer.status != 200:
            raise SystemExit(f"エラー: オフィスサーバーが登録を受け付けません（{answer.status}）")
        return answer.body

    def close(self) -> None:
        self._transport.close()


def run(settings: Settings, args: argparse.Namespace, context: Callable[[Settings], ServiceContext]) -> int:
    if args.command == "ca":
        return _ca(args)
    if args.device_command == "enrol":
        return enrol_device(settings, args)
    from mypage_desktop.services.staff import devices

    ctx = context(settings)
    if args.device_command == "approve":
        if settings.server_ca_key_file:
            from mypage_desktop import pki

            ctx.device_signer = pki.device_signer(Path(settings.server_ca_file), Path(settings.server_ca_key_file))
        device = devices.approve_as_operator(ctx, args.code)
        say(f"承認しました: 端末ID {device.uid}（{device.kind}、{device.name}）")
    elif args.device_command == "list":
        for d in devices.list_devices(ctx, None):
            state = "取消済み" if d.revoked_at else "有効"
            seen = format_datetime_jst(d.last_seen_at) if d.last_seen_at else "—"
            say_columns(str(d.device_id), d.uid, d.kind, d.name, state, f"最終通信 {seen}")
    elif args.device_command == "revoke":
        was_live = devices.revoke(ctx, None, args.device_id)
        say("登録を取り消しました。" if was_live else "この端末は既に取り消されています。")
    return 0
