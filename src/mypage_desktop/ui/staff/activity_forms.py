"""紹介状の発行, 応募状況の記録 and お知らせの送信 for the selected seeker: the staff-forms widgets
wired to the staff façade (issue-5 services, audited with the staff id). The forms only
collect and check input; the calls run here, off the GUI thread, and each ends with exactly one
of the form's ``show_done`` / ``show_error`` / ``show_field_errors`` (which end its busy state)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.staff_dto import SeekerSummary
from mypage_desktop.ui.staff.calls import guarded
from mypage_desktop.ui.staff.texts import japanese_date
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.staff.forms.notice_form import NoticeForm
    from mypage_desktop.ui.staff.forms.referral_form import ReferralForm
    from mypage_desktop.ui.staff.forms.status_form import StatusForm


class ActivityForms(QObject):
    """Owns the three forms (the console puts them in its tabs).

    Signals:
        seeker_changed(int): an action may have changed this seeker (validity extended by a
            referral); the console refreshes their summary.
    """

    seeker_changed = Signal(int)

    def __init__(self, owner: StaffSessionOwner, parent: QWidget) -> None:
        super().__init__(parent)
        from mypage_desktop.ui.staff.forms.notice_form import NoticeForm
        from mypage_desktop.ui.staff.forms.referral_form import ReferralForm
        from mypage_desktop.ui.staff.forms.status_form import StatusForm

        self._owner = owner
        self.seeker: SeekerSummary | None = None
        self.referral: ReferralForm = ReferralForm(parent)
        self.status: StatusForm = StatusForm(parent)
        self.notice: NoticeForm = NoticeForm(parent)
        self.referral.submitted.connect(self._on_referral_submitted)
        self.status.submitted.connect(self._on_status_submitted)
        self.notice.submitted.connect(self._on_notice_submitted)
        self.set_seeker(None)

    def set_seeker(self, seeker: SeekerSummary | None) -> None:
        """紹介状 and お知らせ are for the selected seeker; 応募状況 names its application."""
        if (seeker is None) != (self.seeker is None) or (
                seeker is not None and self.seeker is not None and seeker.seeker_id != self.seeker.seeker_id):
            self.referral.clear()
            self.notice.clear()
        self.seeker = seeker
        self.referral.setEnabled(seeker is not None)
        self.notice.setEnabled(seeker is not None)

    def clear(self) -> None:
        self.seeker = None
        for form in (self.referral, self.status, self.notice):
            form.clear()
        self.set_seeker(None)

    # -- 紹介状 ---------------------------------------------------------------------------
    @Slot(str, str)
    def _on_referral_submitted(self, job_number: str, note: str) -> None:
        if self.seeker is not None:
            self._owner.start_task(self._refer(self.seeker, job_number, note))

    async def _refer(self, seeker: SeekerSummary, job_number: str, note: str) -> None:
        form = self.referral
        form.set_busy(True)
        issued = await guarded(self._owner.call(self._owner.staff.issue_referral, seeker.seeker_id, job_number, note),
                               form.show_error, form.show_field_errors)
        if issued is None:
            return
        text = t("{name} さんに紹介状を発行しました。紹介番号: {referral}（応募番号: {application}）").format(
            name=seeker.name, referral=issued.referral_number, application=issued.application_number)
        if issued.extended:
            extended = japanese_date(issued.valid_until)
            text += "\n" + t("求職の有効期限を {date} まで延長しました。").format(date=extended)
        form.show_done(text)
        self.seeker_changed.emit(seeker.seeker_id)

    # -- 応募状況 -------------------------------------------------------------------------
    @Slot(object)
    def _on_status_submitted(self, values: dict[str, Any]) -> None:
        self._owner.start_task(self._record_status(dict(values)))

    async def _record_status(self, values: dict[str, Any]) -> None:
        form = self.status
        form.set_busy(True)
        recorded = await guarded(self._owner.call(partial(self._owner.staff.record_application_status, **values)),
                                 form.show_error, form.show_field_errors)
        if recorded is not None:
            form.show_done(t("応募 {number} の応募状況を「{status}」として記録しました。").format(
                number=recorded.application_number, status=recorded.status))

    # -- お知らせ・おすすめ求人 ---------------------------------------------------------------
    @Slot(object)
    def _on_notice_submitted(self, values: dict[str, Any]) -> None:
        if self.seeker is not None:
            self._owner.start_task(self._send_notice(self.seeker, {**values, "seeker_id": self.seeker.seeker_id}))

    async def _send_notice(self, seeker: SeekerSummary, values: dict[str, Any]) -> None:
        form = self.notice
        form.set_busy(True)
        sent = await guarded(self._owner.call(partial(self._owner.staff.send_notice, **values)), form.show_error,
                             form.show_field_errors)
        if sent is not None:
            what = t("おすすめ求人") if values.get("job_number") else t("お知らせ")
            form.show_done(t("{name} さんのマイページに{what}を送りました。").format(name=seeker.name, what=what))
