"""Why a session ended: the reasons the session owner emits with ``session_ended``."""

REASON_LOGOUT = "logout"
REASON_WINDOW_CLOSED = "window_closed"
REASON_EXPIRED = "expired"
REASON_QUIT = "quit"
REASON_ERROR = "error"
# Server reasons that say nothing to someone who did not log out here: the generic expiry text.
GENERIC_END_CODES = ("session.logout", "session.ended")
