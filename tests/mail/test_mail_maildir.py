"""Delivering into a Maildir and reading it back for the demo mailbox window."""

from __future__ import annotations

import mailbox
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mail_helpers import RECIPIENT, SENDER, START, SUBJECT

from mypage_desktop.mail.maildir import read_maildir
from mypage_desktop.mail.templates import registration_notice
from mypage_desktop.mail.transport import MaildirTransport, TransientMailError, build_message


def test_japanese_mail_round_trips_through_the_maildir(tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    text = registration_notice(
        key="83619247",
        expires_at=START,
        validity_minutes=30,
        sender=SENDER,
        office_name="ハローワークやまがた",
        helpdesk="0570-077450",
    )
    MaildirTransport(folder).send(build_message(SENDER, RECIPIENT, text.subject, text.body, date=START))

    assert not os.listdir(folder / "tmp")  # moved atomically out of tmp/
    assert len(os.listdir(folder / "new")) == 1
    mails = read_maildir(folder)
    assert len(mails) == 1
    mail = mails[0]
    assert mail.subject == "パスワード登録申込受付通知"
    assert mail.body == text.body
    assert "認証キー：8361 9247" in mail.body
    assert mail.recipient == RECIPIENT
    assert mail.sender == SENDER
    assert mail.received_at.tzinfo is not None
    assert abs((datetime.now(UTC) - mail.received_at).total_seconds()) < 60
    # A standard Maildir: the stdlib reader agrees.
    assert len(mailbox.Maildir(folder, create=False)) == 1


def test_newest_first_and_cur_is_read_too(tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    transport = MaildirTransport(folder)
    for index in range(3):
        transport.send(build_message(SENDER, RECIPIENT, f"件名{index}", f"本文{index}\n"))
    names = sorted(os.listdir(folder / "new"))
    # Give each file a distinct delivery time; the second one has been read (moved to cur/).
    by_subject = {}
    for name in names:
        subject = next(m.subject for m in read_maildir(folder) if m.mail_id == name)
        by_subject[subject] = name
    base = 1_700_000_000
    for index in range(3):
        os.utime(folder / "new" / by_subject[f"件名{index}"], (base + index, base + index))
    os.rename(folder / "new" / by_subject["件名1"], folder / "cur" / (by_subject["件名1"] + ":2,S"))

    mails = read_maildir(folder)
    assert [m.subject for m in mails] == ["件名2", "件名1", "件名0"]
    assert [m.body for m in mails] == ["本文2\n", "本文1\n", "本文0\n"]
    assert mails[1].mail_id == by_subject["件名1"]
    assert mails[0].received_at == datetime.fromtimestamp(base + 2, UTC)


def test_missing_folder_is_an_empty_mailbox(tmp_path: Path) -> None:
    assert read_maildir(tmp_path / "nothing-here") == []


def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    MaildirTransport(folder).send(build_message(SENDER, RECIPIENT, SUBJECT, "本文\n"))
    (folder / "new" / "garbage").write_bytes(b"\xff\xfe not a mail")
    (folder / "new" / ".hidden").write_bytes(b"ignored")
    subjects = [m.subject for m in read_maildir(folder)]
    assert SUBJECT in subjects
    assert len(subjects) <= 2


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_mail_folder_is_private(tmp_path: Path) -> None:
    """docs/security.md K2: the delivered mails carry 認証キー; the folder is not world-readable."""
    folder = tmp_path / "mailbox"
    MaildirTransport(folder).send(build_message(SENDER, RECIPIENT, SUBJECT, "本文\n"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_folder_is_a_transient_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(TransientMailError):
        MaildirTransport(locked / "mailbox").send(build_message(SENDER, RECIPIENT, SUBJECT, "本文\n"))


def test_unusable_folder_path_is_a_transient_error(tmp_path: Path) -> None:
    """A file where the folder should be (or an unplugged drive): retry later, lose nothing."""
    blocker = tmp_path / "mailbox"
    blocker.write_text("not a directory")
    with pytest.raises(TransientMailError):
        MaildirTransport(blocker).send(build_message(SENDER, RECIPIENT, SUBJECT, "本文\n"))
