"""Only user input counts as activity (docs/security.md S2), and the server decides when a session is
over (S2 idle/absolute limits, S4 a login elsewhere).

Installed as an application-wide event filter while a session is live: key presses, clicks and
wheel turns in any window mark activity; at most every ``TOUCH_SECONDS`` that activity is
reported with ``facade.touch_session``. Every ``POLL_SECONDS`` ``facade.session_status`` says
how long the session has left; a minute before the idle limit a warning with a countdown
appears, and when the server reports the session ended, the owner ends it here too.

When the database cannot be reached for ``CONNECTION_LOST_SECONDS`` the server can no longer
enforce the idle limit, so the session is ended here (``session.connection_lost``): the screen
is cleared and the login window says why. The revocation then fails, but the session row
expires by its own idle limit, and the next start-up on this PC revokes it (S3)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid
from mypage_desktop.ui.session.idle_warning import IdleWarning
from mypage_desktop.ui.session.reasons import REASON_EXPIRED

if TYPE_CHECKING:
    from mypage_desktop.domain.account_dto import SessionStatus
    from mypage_desktop.ui.session.owner import SessionCalls, SessionOwner

log = logging.getLogger(__name__)
TOUCH_SECONDS = 15.0
POLL_SECONDS = 5.0
WARN_SECONDS = 60
CONNECTION_LOST_SECONDS = 30.0
REASON_CONNECTION_LOST = "session.connection_lost"
INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                          QEvent.Type.TouchBegin})


class IdleMonitor(QObject):
    def __init__(self, owner: SessionOwner, calls: SessionCalls,
                 monotonic: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        self._calls = calls
        self._now = monotonic
        self._input_at: float | None = None
        self._touched_at = monotonic()
        self._polled_at = monotonic()
        self._idle_left_at_poll: float | None = None
        self._unreachable_since: float | None = None
        self._busy = False
        self._touch_wanted = False  # 「操作を続ける」 pressed while a check was in flight
        self._warning: IdleWarning | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        owner.session_ended.connect(self._on_owner_session_ended)

    @property
    def warning(self) -> IdleWarning:
        """Built when first shown: nothing extra on the GUI thread at login."""
        if self._warning is None:
            self._warning = IdleWarning()
            self._warning.continue_requested.connect(self._on_warning_continue_requested)
        return self._warning

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._touched_at = self._polled_at = self._now()
        self._unreachable_since = None
        self._timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
        if self._warning is not None:
            self._warning.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._input_at = self._now()
        return False

    def idle_seconds_left(self) -> float | None:
        """The server's last figure, counted down since it was given."""
        if self._idle_left_at_poll is None:
            return None
        return self._idle_left_at_poll - (self._now() - self._polled_at)

    def tick(self) -> None:
        """Once a second: report activity, ask the server, update the warning."""
        if not self._owner.active or self._busy:
            return
        now = self._now()
        if self._input_at is not None and self._input_at > self._touched_at and now - self._touched_at >= TOUCH_SECONDS:
            self._start(self._calls.touch_session)
        elif now - self._polled_at >= POLL_SECONDS or (self.idle_seconds_left() or 1) <= 0:
            self._start(self._calls.session_status)
        self._show_warning_if_due()

    def _start(self, call: Callable[[str], SessionStatus]) -> None:
        self._busy = True
        self._owner.start_task(self._ask(call))

    async def _ask(self, call: Callable[[str], Any]) -> None:
        sent_at = self._now()
        try:
            status: SessionStatus = await self._owner.call(call)
        except SessionInvalid:
            return  # the owner has ended the session already
        except ServiceUnavailable:
            log.warning("session check unavailable")
            self._note_unreachable(sent_at)
            return
        finally:
            self._busy = False
        self._unreachable_since = None
        if call == self._calls.touch_session:
            self._touched_at = sent_at
        self._polled_at = sent_at
        self._idle_left_at_poll = float(status.idle_seconds_left)
        if not status.active:
            self._owner.end_session(status.message_code or REASON_EXPIRED)
            return
        if self._touch_wanted:
            self._touch_wanted = False
            self._start(self._calls.touch_session)
            return
        self._show_warning_if_due()

    def _note_unreachable(self, at: float) -> None:
        if self._unreachable_since is None:
            self._unreachable_since = at
            self._polled_at = at  # ask again after POLL_SECONDS, not on every tick
        elif at - self._unreachable_since >= CONNECTION_LOST_SECONDS and self._owner.active:
            log.warning("database unreachable: ending the session")
            self._owner.end_session(REASON_CONNECTION_LOST)
        else:
            self._polled_at = at

    def _show_warning_if_due(self) -> None:
        left = self.idle_seconds_left()
        if left is not None and left <= WARN_SECONDS and self._owner.active:
            self.warning.set_seconds_left(int(left))
            if not self.warning.isVisible():
                self.warning.show()
        elif self._warning is not None and self._warning.isVisible():
            self._warning.hide()

    def _on_warning_continue_requested(self) -> None:
        self.warning.hide()
        self._input_at = self._now()
        if not self._owner.active:
            return
        if self._busy:
            self._touch_wanted = True
        else:
            self._start(self._calls.touch_session)

    def _on_owner_session_ended(self, _reason: str) -> None:
        self.stop()
        self._idle_left_at_poll = None
