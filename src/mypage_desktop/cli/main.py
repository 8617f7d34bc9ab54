"""``mypage-admin`` entry point. Messages are Japanese; errors never show a traceback."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from mypage_desktop.cli import activity_commands, backup_commands, device_commands
from mypage_desktop.cli.doctor import doctor
from mypage_desktop.cli.progress import Progress, estimated_rows
from mypage_desktop.cli.terminal import say, say_columns, warn
from mypage_desktop.config import ConfigError, Paths, Settings, load_settings
from mypage_desktop.db.engine import UnsupportedDatabasePath, create_db_engine
from mypage_desktop.db.migrate import current_revision, head_revision, upgrade
from mypage_desktop.db.roles import ServerRoleError, check_server_role, grant_server_role
from mypage_desktop.demo.jobs import bulk_load
from mypage_desktop.demo.seed import seed_demo
from mypage_desktop.domain.email import mask_email
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.rule_texts import message_for
from mypage_desktop.domain.text import nfkc
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.facade.local.backend import build_context
from mypage_desktop.mail.outbox import list_outbox
from mypage_desktop.mail.transport import transport_from_settings
from mypage_desktop.mail.worker import OutboxWorker
from mypage_desktop.private_files import ensure_data_dir
from mypage_desktop.services.accounts.seeker_registration import register_seeker
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.jobs.importer import ImportFileError, import_postings
from mypage_desktop.services.preregistration.seeker import purge_expired as purge_expired_preregistrations
from mypage_desktop.services.staff.accounts import StaffRole, create_staff, reset_staff_password


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mypage-admin", description="求職者マイページ 管理コマンド")
    parser.add_argument("--database-url", help="設定の database_url を上書きします")
    commands = parser.add_subparsers(dest="command", required=True)

    db = commands.add_parser("db", help="データベースの管理").add_subparsers(dest="db_command", required=True)
    db_upgrade = db.add_parser("upgrade", help="最新のスキーマに移行します（テーブルの所有者のロールで実行）")
    db_upgrade.add_argument("--server-role", metavar="ROLE",
                            help="移行の後、このロール（PostgreSQL）にサーバー用の権限を付け直します")
    db.add_parser("current", help="現在のスキーマ版を表示します")
    grant = db.add_parser("grant-server-role", help="サーバー用ロールにデータ操作だけの権限を付けます（PostgreSQL）")
    grant.add_argument("role", help="オフィスサーバーが接続に使う PostgreSQL のロール名")

    staff = commands.add_parser("create-staff", help="職員アカウントを作成します（初回用パスワードを表示）")
    staff.add_argument("login_id")
    staff.add_argument("--name", required=True, help="表示名")
    staff.add_argument("--role", choices=[r.value for r in StaffRole], default=StaffRole.STAFF.value)

    reset_staff = commands.add_parser(
        "reset-staff-password", help="職員の初回用パスワードを再発行します（ロック解除・ログイン中のセッションも終了）")
    reset_staff.add_argument("login_id")

    seeker = commands.add_parser("register-seeker", help="求職登録とログイン用メールアドレスの登録")
    seeker.add_argument("--name", required=True, help="氏名")
    seeker.add_argument("--kana", required=True, help="フリガナ（全角カタカナ）")
    seeker.add_argument("--birthdate", required=True, help="生年月日 YYYY-MM-DD")
    seeker.add_argument("--email", help="ログインIDにするメールアドレス")
    seeker.add_argument("--phone", default="")
    seeker.add_argument("--address", default="")
    seeker.add_argument("--applied-on", help="求職申込日 YYYY-MM-DD（省略時は今日）")
    seeker.add_argument("--wish-occupation", default="", help="希望職種")
    seeker.add_argument("--wish-location", default="", help="希望勤務地")
    seeker.add_argument("--wish-wage", default="", help="希望賃金")

    commands.add_parser("demo-seed", help="デモ用の求職者を登録します（何度実行しても同じ結果）")

    outbox = commands.add_parser("outbox", help="送信待ちメール").add_subparsers(
        dest="outbox_command", required=True)
    listing = outbox.add_parser("list", help="送信待ち・失敗したメールを表示します")
    listing.add_argument("--all", action="store_true", help="送信済みも表示します")
    outbox.add_parser("deliver", help="送信待ちのメールを今すぐ送信します")

    jobs = commands.add_parser("import-jobs", help="求人データ（CSV・JSON）を取り込みます（求人番号で更新）")
    jobs.add_argument("file", help="CSV（UTF-8 または Shift_JIS）か JSON のファイル")
    jobs.add_argument("--encoding", choices=["auto", "utf-8", "cp932"], default="auto",
                      help="CSV の文字コード（既定: 自動判別）")
    demo_jobs = commands.add_parser("demo-jobs", help="デモ・性能測定用の求人を生成します")
    demo_jobs.add_argument("--count", type=int, required=True, help="生成する件数")
    demo_jobs.add_argument("--seed", type=int, default=1, help="乱数の種（同じ種なら同じ求人）")
    activity_commands.add_commands(commands)
    device_commands.add_commands(commands)
    commands.add_parser("prereg-purge", help="有効期限を過ぎた求職仮登録（一時保存・未確認の仮登録）を削除します")
    commands.add_parser("doctor", help="この PC の設定・データベース・メール・フォント・オフィスサーバーを確認します")
    backup_commands.add_commands(commands)
    return parser


IMPORT_ERRORS_SHOWN = 1000


def _import_jobs(ctx: ServiceContext, args: argparse.Namespace) -> int:
    bar = Progress("取り込み中", estimated_rows(args.file), "行")
    try:
        report = import_postings(ctx, args.file, ctx.clock(), encoding=args.encoding, progress=bar.update)
    except ImportFileError as exc:
        bar.stop()
        warn(f"エラー: {exc.message}")
        done = exc.committed
        say(f"{args.file}: 取り込みを中止しました。" + (
            "データベースは変更していません（新規 0 件、更新 0 件、募集終了 0 件）" if done is None else
            f"中止までに取り込み済み: 新規 {done.inserted:,} 件、更新 {done.updated:,} 件、"
            f"募集終了 {done.closed:,} 件"))
        return 2
    bar.finish()
    encoding = {"utf-8-sig": "UTF-8", "cp932": "Shift_JIS（CP932）"}.get(report.encoding, report.encoding)
    say(f"{args.file} を読み込みました（文字コード: {encoding}、{report.rows:,} 行）")
    say(f"新規 {report.inserted:,} 件、更新 {report.updated:,} 件、募集終了 {report.closed:,} 件、"
        f"エラー {report.bad_rows:,} 行")
    if report.ignored_columns:
        say(f"使われなかった列: {'、'.join(report.ignored_columns)}")
    if report.errors:
        say("次の行は取り込まれていません:")
        for error in report.errors[:IMPORT_ERRORS_SHOWN]:
            say(error.text())
        if len(report.errors) > IMPORT_ERRORS_SHOWN:
            say(f"…ほか {len(report.errors) - IMPORT_ERRORS_SHOWN:,} 件")
    return 1 if report.errors else 0


def _demo_jobs(ctx: ServiceContext, args: argparse.Namespace) -> int:
    if not 1 <= args.count <= 10_000_000:
        warn("エラー: --count は 1〜10,000,000 の範囲で指定してください")
        return 2
    bar = Progress("生成中", args.count)
    now = ctx.clock()
    report = bulk_load(ctx.session_factory, args.count, args.seed, now.astimezone(JST).date(), now=now,
                       progress=lambda done, _total: bar.update(done))
    bar.finish()
    say(f"求人 {report.inserted:,} 件を生成しました（{report.seconds:.1f} 秒、{report.rows_per_second:,.0f} 件/秒）")
    return 0


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


def _db(args: argparse.Namespace, engine: Engine) -> int:
    role = args.role if args.db_command == "grant-server-role" else getattr(args, "server_role", None)
    if role:
        check_server_role(engine, role)  # a missing role is reported before anything is migrated
    if args.db_command == "upgrade":
        upgrade(engine)
    say(f"スキーマ版: {current_revision(engine) or '（未作成）'}（最新: {head_revision(engine)}）")
    if role:
        grant_server_role(engine, role)
        say(f"ロール {role} にサーバー用の権限を付けました（データの読み書きのみ。監査ログは追加と参照だけ、"
              "スキーマの変更・TRUNCATE・トリガーの無効化はできません）。")
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "db":
        engine = create_db_engine(settings.database_url)
        try:
            return _db(args, engine)
        finally:
            engine.dispose()
    if args.command in backup_commands.COMMANDS:
        return backup_commands.run(settings, args)
    if args.command in device_commands.COMMANDS:
        return device_commands.run(settings, args, _context)
    ctx = _context(settings)
    if args.command in activity_commands.COMMANDS:
        return activity_commands.run(ctx, args)
    if args.command == "create-staff":
        created = create_staff(ctx, login_id=args.login_id, display_name=args.name, role=args.role)
        say(f"職員アカウント {created.login_id}（{created.role}）を作成しました。")
        say(f"初回用パスワード: {created.one_time_password}")
        say("このパスワードは再表示できません。本人に直接渡し、初回ログイン時に変更してもらってください。")
    elif args.command == "reset-staff-password":
        created = reset_staff_password(ctx, login_id=args.login_id)
        say(f"職員アカウント {created.login_id}（{created.role}）のパスワードを再発行しました。")
        say(f"初回用パスワード: {created.one_time_password}")
        say("このパスワードは再表示できません。本人に直接渡し、次回ログイン時に変更してもらってください。")
    elif args.command == "register-seeker":
        registered = register_seeker(
            ctx, name=args.name, name_kana=args.kana, birthdate=_date(args.birthdate, "生年月日"),
            applied_on=_date(args.applied_on, "求職申込日") if args.applied_on else date.today(),
            phone=args.phone, address=args.address, email=args.email, wish_occupation=args.wish_occupation,
            wish_location=args.wish_location, wish_wage=args.wish_wage, actor_type="cli")
        say(f"求職登録しました。求職番号: {registered.seeker_number}  有効期限: {registered.valid_until}")
        if registered.email:
            say(f"ログインID: {mask_email(registered.email)}")
    elif args.command == "prereg-purge":
        say(f"有効期限を過ぎた求職仮登録を {purge_expired_preregistrations(ctx)} 件削除しました。")
    elif args.command == "demo-seed":
        say(f"デモ用の求職者を {seed_demo(ctx)} 件登録しました。")
    elif args.command == "import-jobs":
        return _import_jobs(ctx, args)
    elif args.command == "demo-jobs":
        return _demo_jobs(ctx, args)
    elif args.command == "outbox":
        if args.outbox_command == "deliver":
            worker = OutboxWorker(ctx.session_factory, transport_from_settings(settings), settings.mail_sender)
            report = worker.run_once()
            say(f"送信 {report.sent} 件、再送待ち {report.retried} 件、失敗 {report.failed} 件")
            return 1 if report.failed else 0
        for entry in list_outbox(ctx.session_factory, include_sent=args.all):
            say_columns(str(entry.id), entry.status, entry.kind, entry.recipient, f"試行{entry.attempts}回",
                        entry.subject)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "doctor":  # reports a bad configuration itself, among its findings
        return doctor(os.environ, args.database_url)
    try:
        paths = Paths.from_environment(os.environ)
        settings = load_settings(paths=paths)
        # The default database lives there: on a machine where the app never ran, the
        # README's first command (db upgrade) must not fail for want of the folder.
        ensure_data_dir(paths.data_dir)
        if args.database_url:
            settings = dataclasses.replace(settings, database_url=args.database_url)
        return _run(args, settings)
    except ConfigError as exc:
        warn(f"エラー: {exc}")
    except ValidationFailed as exc:
        for error in exc.errors:
            warn(f"エラー（{error.field}）: {message_for(error)}")
    except (UnsupportedDatabasePath, ServerRoleError) as exc:
        warn(f"エラー: {exc}")
    except OperationalError as exc:
        warn(f"エラー: データベースに接続できません（{type(exc.orig).__name__}）。database_url を確認してください。")
    except OSError as exc:
        warn(f"エラー: データフォルダを作成できません: {exc.filename}（{type(exc).__name__}）")
    return 2


if __name__ == "__main__":
    sys.exit(main())
