"""``mypage-admin`` entry point. Messages are Japanese; errors never show a traceback."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from datetime import date

from sqlalchemy.exc import OperationalError

from mypage_desktop.config import ConfigError, Settings, load_settings
from mypage_desktop.db.engine import UnsupportedDatabasePath, create_db_engine
from mypage_desktop.db.migrate import current_revision, head_revision, upgrade
from mypage_desktop.domain.email import mask_email
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.messages import message_for
from mypage_desktop.domain.text import nfkc
from mypage_desktop.facade.local import build_context
from mypage_desktop.mail.transport import transport_from_settings
from mypage_desktop.mail.worker import OutboxWorker, list_outbox
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.demo import seed_demo
from mypage_desktop.services.seekers import register_seeker
from mypage_desktop.services.staff import StaffRole, create_staff


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mypage-admin", description="求職者マイページ 管理コマンド")
    parser.add_argument("--database-url", help="設定の database_url を上書きします")
    commands = parser.add_subparsers(dest="command", required=True)

    db = commands.add_parser("db", help="データベースの管理").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="最新のスキーマに移行します")
    db.add_parser("current", help="現在のスキーマ版を表示します")

    staff = commands.add_parser("create-staff", help="職員アカウントを作成します（初回用パスワードを表示）")
    staff.add_argument("login_id")
    staff.add_argument("--name", required=True, help="表示名")
    staff.add_argument("--role", choices=[r.value for r in StaffRole], default=StaffRole.STAFF.value)

    seeker = commands.add_parser("register-seeker", help="求職登録とログイン用メールアドレスの登録")
    seeker.add_argument("--name", required=True, help="氏名")
    seeker.add_argument("--kana", required=True, help="フリガナ（全角カタカナ）")
    seeker.add_argument("--birthdate", required=True, help="生年月日 YYYY-MM-DD")
    seeker.add_argument("--email", help="ログインIDにするメールアドレス")
    seeker.add_argument("--phone", default="")
    seeker.add_argument("--address", default="")
    seeker.add_argument("--applied-on", help="求職申込日 YYYY-MM-DD（省略時は今日）")

    commands.add_parser("demo-seed", help="デモ用の求職者を登録します（何度実行しても同じ結果）")

    outbox = commands.add_parser("outbox", help="送信待ちメール").add_subparsers(
        dest="outbox_command", required=True)
    listing = outbox.add_parser("list", help="送信待ち・失敗したメールを表示します")
    listing.add_argument("--all", action="store_true", help="送信済みも表示します")
    outbox.add_parser("deliver", help="送信待ちのメールを今すぐ送信します")
    return parser


def _date(text: str, label: str) -> date:
    try:
        return date.fromisoformat(nfkc(text).strip())
    except ValueError:
        raise SystemExit(f"エラー: {label}は YYYY-MM-DD の形式で指定してください（例: 1985-04-12）") from None


def _context(settings: Settings) -> ServiceContext:
    engine = create_db_engine(settings.database_url)
    if current_revision(engine) != head_revision(engine):
        raise SystemExit(
            "エラー: データベースが最新ではありません。先に `mypage-admin db upgrade` を実行してください。")
    return build_context(settings, engine)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "db":
        engine = create_db_engine(settings.database_url)
        if args.db_command == "upgrade":
            upgrade(engine)
        print(f"スキーマ版: {current_revision(engine) or '（未作成）'}（最新: {head_revision(engine)}）")
        return 0
    ctx = _context(settings)
    if args.command == "create-staff":
        created = create_staff(ctx, login_id=args.login_id, display_name=args.name, role=args.role)
        print(f"職員アカウント {created.login_id}（{created.role}）を作成しました。")
        print(f"初回用パスワード: {created.one_time_password}")
        print("このパスワードは再表示できません。本人に直接渡し、初回ログイン時に変更してもらってください。")
    elif args.command == "register-seeker":
        registered = register_seeker(
            ctx, name=args.name, name_kana=args.kana, birthdate=_date(args.birthdate, "生年月日"),
            applied_on=_date(args.applied_on, "求職申込日") if args.applied_on else date.today(),
            phone=args.phone, address=args.address, email=args.email, actor_type="cli")
        print(f"求職登録しました。求職番号: {registered.seeker_number}  有効期限: {registered.valid_until}")
        if registered.email:
            print(f"ログインID: {mask_email(registered.email)}")
    elif args.command == "demo-seed":
        print(f"デモ用の求職者を {seed_demo(ctx)} 件登録しました。")
    elif args.command == "outbox":
        if args.outbox_command == "deliver":
            worker = OutboxWorker(ctx.session_factory, transport_from_settings(settings), settings.mail_sender)
            report = worker.run_once()
            print(f"送信 {report.sent} 件、再送待ち {report.retried} 件、失敗 {report.failed} 件")
            return 1 if report.failed else 0
        for entry in list_outbox(ctx.session_factory, include_sent=args.all):
            print(f"{entry.id}\t{entry.status}\t{entry.kind}\t{entry.recipient}\t試行{entry.attempts}回\t"
                  f"{entry.subject}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        if args.database_url:
            settings = dataclasses.replace(settings, database_url=args.database_url)
        return _run(args, settings)
    except ConfigError as exc:
        print(f"エラー: {exc}", file=sys.stderr)
    except ValidationFailed as exc:
        for error in exc.errors:
            print(f"エラー（{error.field}）: {message_for(error)}", file=sys.stderr)
    except UnsupportedDatabasePath as exc:
        print(f"エラー: {exc}", file=sys.stderr)
    except OperationalError as exc:
        print(f"エラー: データベースに接続できません（{type(exc.orig).__name__}）。database_url を確認してください。",
              file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
