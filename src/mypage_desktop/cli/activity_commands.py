"""``mypage-admin`` subcommands for job-seeking activity (issue 5): issue a referral, record an
application status, send a notice or recommendation, renew a registration at the counter,
import employer events and export the published (anonymised) profiles for the employers.
Exit codes: 0 done, 1 some events bad (the rest applied), 2 refused."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from mypage_desktop.cli.terminal import printable, say, warn
from mypage_desktop.demo.activity import seed_demo_activity
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.rule_texts import message_for
from mypage_desktop.domain.text import nfkc
from mypage_desktop.domain.timefmt import JST, format_date, format_datetime_jst
from mypage_desktop.services.accounts.seeker_status import renew_registration
from mypage_desktop.services.activity.applications import record_status
from mypage_desktop.services.activity.employer_events import EventFileError, import_employer_events_file
from mypage_desktop.services.activity.export import export_applications
from mypage_desktop.services.activity.notices import send_notice
from mypage_desktop.services.activity.publication import published_profiles
from mypage_desktop.services.activity.referrals import issue_referral
from mypage_desktop.services.context import ServiceContext

COMMANDS = frozenset({"issue-referral", "record-application-status", "send-notice", "renew-registration",
                      "import-employer-events", "demo-activity", "export-applications", "export-publications"})
PROBLEMS_SHOWN = 1000


def add_commands(commands: Any) -> None:
    """Adds the subcommands to ``mypage-admin``'s subparsers."""
    referral = commands.add_parser("issue-referral", help="求人を紹介し、紹介状を発行します（応募済として記録）")
    referral.add_argument("--seeker", required=True, help="求職番号")
    referral.add_argument("--job", required=True, help="求人番号")
    referral.add_argument("--staff", default="", help="担当者名（紹介状に印字）")
    referral.add_argument("--note", default="", help="備考（200文字以内）")

    status = commands.add_parser("record-application-status", help="応募状況を記録します（採否通知など）")
    status.add_argument("--application", required=True, help="応募番号か紹介番号")
    status.add_argument("--status", required=True, help="書類選考中・面接予定・選考中・採用・不採用・辞退・取消")
    status.add_argument("--interview-at", help="面接日時（例 2026-12-01T14:00、日本時間）")
    status.add_argument("--place", default="", help="面接場所")
    status.add_argument("--note", default="", help="備考")

    notice = commands.add_parser("send-notice", help="求職者にお知らせ・おすすめ求人を送ります")
    notice.add_argument("--seeker", required=True, help="求職番号")
    notice.add_argument("--title", required=True, help="件名（100文字以内）")
    notice.add_argument("--body", required=True, help="本文（2000文字以内）")
    notice.add_argument("--job", help="おすすめする求人の求人番号")
    notice.add_argument("--staff", default="", help="差出人の表示名（省略時は安定所名）")

    renew = commands.add_parser("renew-registration", help="窓口で求職登録を更新します（有効・翌々月末まで）")
    renew.add_argument("--seeker", required=True, help="求職番号")

    events = commands.add_parser("import-employer-events",
                                 help="事業所からの応募状況・メッセージ・直接リクエスト（JSON）を取り込みます"
                                      "（event_id で重複なし）")
    events.add_argument("file", help="UTF-8 の JSON ファイル")
    export = commands.add_parser("export-applications",
                                 help="オンライン自主応募を志望動機・応募書類ごと事業所システム向けに書き出します（ZIP）")
    export.add_argument("--output", required=True, help="書き出す ZIP ファイル（既存なら置き換え）")
    export.add_argument("--since", help="この日以降の応募だけ（YYYY-MM-DD）")
    export.add_argument("--job", help="この求人番号の応募だけ")
    publications = commands.add_parser("export-publications",
                                       help="公開中の求職情報（匿名）を事業所システム向けに書き出します（JSON）")
    publications.add_argument("--output", required=True, help="書き出す JSON ファイル（既存なら置き換え）")
    commands.add_parser("demo-activity",
                        help="デモ用の紹介・応募・メッセージ・お知らせを登録します（demo-seed と求人の後）")


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(nfkc(text).strip())
    except ValueError:
        raise SystemExit(printable(f"エラー: 日時「{text}」を読めません（例: 2026-12-01T14:00）")) from None
    return value.replace(tzinfo=JST) if value.tzinfo is None else value


def _import_events(ctx: ServiceContext, path: str) -> int:
    try:
        report = import_employer_events_file(ctx, path)
    except EventFileError as exc:
        warn(f"エラー: {exc.message}")
        return 2
    say(f"{path} を読み込みました（{report.total:,} 件）")
    say(f"反映 {report.applied:,} 件、取り込み済みのため変更なし {report.already_imported:,} 件、"
          f"エラー {len({p.index for p in report.problems}):,} 件")
    if report.problems:
        say("次のイベントは反映されていません:")
        for problem in report.problems[:PROBLEMS_SHOWN]:
            text = message_for(FieldError("", problem.code, problem.params))
            say(f"events[{problem.index}]（event_id: {problem.event_id or '不明'}）: {text}")
        if len(report.problems) > PROBLEMS_SHOWN:
            say(f"…ほか {len(report.problems) - PROBLEMS_SHOWN:,} 件")
    return 1 if report.problems else 0


def run(ctx: ServiceContext, args: argparse.Namespace) -> int:
    if args.command == "issue-referral":
        issued = issue_referral(ctx, seeker_number=args.seeker, job_number=args.job, staff_name=args.staff,
                                note=args.note, actor_type="cli")
        say(f"紹介しました。紹介番号: {issued.referral_number}  応募番号: {issued.application_number}")
        extended = "（紹介により1か月延長しました）" if issued.extended else ""
        say(f"求職情報の有効期限: {format_date(issued.valid_until)}{extended}")
    elif args.command == "record-application-status":
        recorded = record_status(ctx, application_number=args.application, status=args.status, note=args.note,
                                 interview_at=_moment(args.interview_at), place=args.place, actor_type="cli")
        say(f"応募 {recorded.application_number} の状況を「{recorded.status}」にしました。")
        if args.interview_at:
            interview = _moment(args.interview_at)
            assert interview is not None
            say(f"面接日時: {format_datetime_jst(interview)}")
    elif args.command == "send-notice":
        sent = send_notice(ctx, seeker_number=args.seeker, title=args.title, body=args.body, job_number=args.job,
                           sender_name=args.staff, actor_type="cli")
        say(f"{sent.kind}を送りました（番号 {sent.notice_id}）。")
    elif args.command == "renew-registration":
        until = renew_registration(ctx, seeker_number=args.seeker, actor_type="cli")
        say(f"求職登録を更新しました。求職状態: 有効  有効期限: {format_date(until)}")
    elif args.command == "import-employer-events":
        return _import_events(ctx, args.file)
    elif args.command == "export-applications":
        since = _moment(args.since + "T00:00") if args.since else None
        report = export_applications(ctx, Path(args.output), since=since.date() if since else None,
                                     job_number=nfkc(args.job).strip() if args.job else None)
        say(f"応募 {report.applications} 件（書類 {report.documents} 通）を"
            f" {printable(str(report.path))} に書き出しました。")
    elif args.command == "export-publications":
        profiles = published_profiles(ctx)
        Path(args.output).write_text(json.dumps([dataclasses.asdict(p) for p in profiles], ensure_ascii=False,
                                                indent=1) + "\n", encoding="utf-8")
        say(f"公開中の求職情報 {len(profiles)} 件を {printable(args.output)} に書き出しました。")
    elif args.command == "demo-activity":
        added = seed_demo_activity(ctx)
        say("デモ用の紹介・応募・メッセージ・お知らせを登録しました。" if added
              else "追加はありません（登録済みか、デモ用の求職者・求人がありません）。")
    return 0
