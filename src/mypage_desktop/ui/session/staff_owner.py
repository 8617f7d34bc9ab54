"""The one owner of a staff session (docs/security.md S1–S3 for the console), built on the seekers'
:class:`~mypage_desktop.ui.session.owner.SessionOwner`: the same single ``end_session`` path
(logout button, closing the console, quit, OS logoff, a :class:`SessionInvalid` from any
call, the idle limit), the token kept only in memory, calls off the GUI thread.

The owner and its :class:`~mypage_desktop.ui.session.idle_monitor.IdleMonitor` only ever call
``logout``, ``touch_session`` and ``session_status`` on their façade;
:class:`StaffSessionCalls` maps those three to the staff façade, so the idle warning, the
touch-on-input rule (S2) and the server-side status poll work for staff unchanged. The idle
limit is the server's (``staff_idle_minutes``).

While a seeker uses the opening wizard at the counter PC the session is *paused*: the
idle monitor is stopped, so nothing the seeker types counts as staff activity and no
poll runs; :meth:`StaffSessionOwner.resume` restarts it, :meth:`StaffSessionOwner.renew`
takes the token of a fresh sign-in when the server ended the paused session meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.reasons import REASON_LOGOUT

if TYPE_CHECKING:
    from mypage_desktop.domain.staff_dto import StaffProfile
    from mypage_desktop.facade.staff_protocol import StaffFacade


class StaffSessionCalls:
    """The session calls :class:`SessionOwner` and the idle monitor make, on staff tokens."""

    def __init__(self, staff: StaffFacade) -> None:
        self.logout = staff.staff_logout
        self.touch_session = staff.touch_staff_session
        self.session_status = staff.staff_session_status


class StaffSessionOwner(SessionOwner):
    """Holds the staff token and profile; see the module doc.

    ``profile`` (the seeker profile of the base class) stays None: use :attr:`staff_profile`.
    """

    def __init__(self, staff: StaffFacade, parent: QObject | None = None) -> None:
        super().__init__(StaffSessionCalls(staff), parent)
        self.staff = staff
        self._staff_profile: StaffProfile | None = None
        self._paused = False

    @property
    def staff_profile(self) -> StaffProfile | None:
        return self._staff_profile

    @property
    def paused(self) -> bool:
        return self._paused

    def begin_staff(self, token: str, profile: StaffProfile) -> None:
        if self.active:
            self.end_session(REASON_LOGOUT)
        self._staff_profile = profile
        self._paused = False
        self.begin(token, None)  # no seeker in a staff session

    def update_profile(self, profile: StaffProfile) -> None:
        """After the password change (``must_change_password`` is then False)."""
        if self.active:
            self._staff_profile = profile

    def end_session(self, reason: str, *, blocking: bool = False) -> None:
        if self.active:
            self._staff_profile = None
            self._paused = False
        super().end_session(reason, blocking=blocking)

    # -- the counter wizard ----------------------------------------------------------------
    def pause(self) -> None:
        """No activity is counted and the server is not asked until :meth:`resume`."""
        if not self.active:
            return
        self._paused = True
        if self.idle_monitor is not None:
            self.idle_monitor.stop()

    def resume(self) -> None:
        if not self.active:
            return
        self._paused = False
        if self.idle_monitor is not None:
            self.idle_monitor.start()

    def renew(self, token: str, profile: StaffProfile) -> None:
        """The same staff member signed in again after the paused session ended on the server
        (idle limit): the console keeps its state, the new token replaces the dead one."""
        if not self.active:
            return
        self._token = token
        self._staff_profile = profile
        self.resume()
