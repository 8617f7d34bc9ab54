"""``mypage-server``: runs the office server (docs/office-server.md).

    mypage-server run     the API (client certificate required) with N worker processes,
                          and the enrolment listener (no client certificate) beside it
    mypage-server check   configuration, TLS files, database and schema: exit 0 when all is well

Settings come from the server's config file or ``MYPAGE_*`` variables like the app's; the
database credential lives only here (``MYPAGE_DATABASE_URL`` or a 0600 config file).
"""

from __future__ import annotations

import argparse
import os
import signal
import ssl
import subprocess
import sys
from pathlib import Path

from mypage_desktop.config import ConfigError, Settings, load_settings

EXIT_OK, EXIT_PROBLEM = 0, 2
# An idle PC connection is kept this long (uvicorn's own default is 5 s). The PCs let theirs go
# sooner (facade/remote/client.py: POOL), so a call never races the server closing its connection:
# with both at 5 s a kiosk whose user paused ~5 s got "server unreachable" (bench/run office).
KEEP_ALIVE_SECONDS = 20


def _problems(settings: Settings) -> list[str]:
    problems = []
    if not settings.database_url or settings.database_url.startswith("sqlite"):
        problems.append("database_url に PostgreSQL の URL を指定してください"
                        "（オフィスサーバーは SQLite を使いません）")
    for name in ("server_tls_cert_file", "server_tls_key_file", "server_ca_file"):
        if not Path(getattr(settings, name) or "/nonexistent").is_file():
            problems.append(f"{name}（{getattr(settings, name) or '未設定'}）がありません: "
                            "mypage-admin ca init / ca server-cert で作成してください")
    return problems


def _schema_problem(settings: Settings) -> str:
    from mypage_desktop.db.engine import create_db_engine
    from mypage_desktop.db.migrate import require_current_schema

    engine = create_db_engine(settings.database_url)
    try:
        require_current_schema(engine)
    except Exception as exc:
        return str(exc) or type(exc).__name__
    finally:
        engine.dispose()
    return ""


def check(settings: Settings) -> int:
    problems = _problems(settings)
    if not problems:
        schema = _schema_problem(settings)
        if schema:
            problems.append(schema)
    for problem in problems:
        print(f"NG: {problem}", file=sys.stderr)
    if not problems:
        print("OK: 設定・証明書・データベース・スキーマ")
    return EXIT_PROBLEM if problems else EXIT_OK


def _uvicorn_args(settings: Settings, factory: str, port: int, workers: int, client_certs: bool) -> list[str]:
    args = [sys.executable, "-m", "uvicorn", factory, "--factory", "--host", settings.server_host,
            "--port", str(port), "--workers", str(workers), "--no-access-log", "--log-level", "warning",
            "--timeout-keep-alive", str(KEEP_ALIVE_SECONDS),
            "--ssl-certfile", settings.server_tls_cert_file, "--ssl-keyfile", settings.server_tls_key_file]
    if client_certs:
        args += ["--ssl-ca-certs", settings.server_ca_file, "--ssl-cert-reqs", str(int(ssl.CERT_REQUIRED))]
    return args


def run(settings: Settings, workers: int | None) -> int:
    if check(settings) != EXIT_OK:
        return EXIT_PROBLEM
    count = workers or settings.server_workers
    enrol = subprocess.Popen(_uvicorn_args(settings, "mypage_desktop.server.asgi:enrolment",
                                           settings.server_enrol_port, 1, client_certs=False))
    api = subprocess.Popen(_uvicorn_args(settings, "mypage_desktop.server.asgi:api", settings.server_port, count,
                                         client_certs=True))

    def stop(_signum: int, _frame: object) -> None:
        for child in (api, enrol):
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    code = api.wait()
    stop(0, None)
    enrol.wait()
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mypage-server", description="求職者マイページ オフィスサーバー")
    sub = parser.add_subparsers(dest="command", required=True)
    run_parser = sub.add_parser("run", help="サーバーを起動する")
    run_parser.add_argument("--workers", type=int, default=None, help="ワーカープロセス数（既定: server_workers）")
    sub.add_parser("check", help="設定・証明書・データベースを確認する")
    args = parser.parse_args(argv)
    try:
        settings = load_settings(os.environ)
    except ConfigError as exc:
        print(f"NG: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    if args.command == "check":
        return check(settings)
    return run(settings, args.workers)


if __name__ == "__main__":
    sys.exit(main())
