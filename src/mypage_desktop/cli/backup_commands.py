"""``mypage-admin backup FILE`` / ``restore FILE``: the embedded SQLite database.

Backup works while the app runs; restore needs every program using the database closed and
migrates an older backup to this version's schema. PostgreSQL: pg_dump / pg_restore.
Exit codes: 0 done, 1 refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mypage_desktop.cli.terminal import say, warn
from mypage_desktop.config import Settings
from mypage_desktop.db.backup import BackupError, backup_sqlite, restore_sqlite, sqlite_path

COMMANDS = frozenset({"backup", "restore"})


def add_commands(commands: Any) -> None:
    backup = commands.add_parser("backup", help="SQLite のデータベースをファイルにバックアップします（起動中でも可）")
    backup.add_argument("file", help="書き出すファイル（権限 0600。あれば置き換えます）")
    restore = commands.add_parser(
        "restore",
        help="バックアップからデータベースを復元します（アプリをすべて終了してから。現在のデータは置き換わります）")
    restore.add_argument("file", help="mypage-admin backup で作ったファイル")


def run(settings: Settings, args: argparse.Namespace) -> int:
    from mypage_desktop.db.engine import create_db_engine
    from mypage_desktop.db.migrate import current_revision, upgrade

    try:
        database = sqlite_path(settings.database_url)
        if args.command == "backup":
            done = backup_sqlite(database, Path(args.file))
            say(f"バックアップしました: {done.path}（スキーマ版 {done.revision}、{done.size_bytes:,} バイト）")
            return 0
        restored = restore_sqlite(Path(args.file), database)
    except BackupError as exc:
        warn(f"エラー: {exc.message}")
        return 1
    except OSError as exc:  # a folder without write permission, a full disk
        warn(f"エラー: ファイルを書き込めません: {exc.filename or args.file}（{type(exc).__name__}）")
        return 1
    say(f"復元しました: {database}（バックアップのスキーマ版 {restored.revision}）")
    if restored.needs_upgrade:
        engine = create_db_engine(settings.database_url)
        try:
            upgrade(engine)
            say(f"このプログラムのスキーマ版に移行しました: {current_revision(engine)}")
        finally:
            engine.dispose()
    return 0
