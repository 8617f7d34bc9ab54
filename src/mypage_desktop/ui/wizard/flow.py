"""The opening wizard's rules without Qt (docs/code-style.md §qt-free-wizard, after Electrum's ``AbstractWizard``).

Which page follows which, when the seeker may agree, go back or submit, what each submission
carries and what is forgotten when. The Qt pages only show this state and feed it input; this
module imports nothing but the domain, so its tests need no display.

Secrets (password, key) never live here: they pass straight from the widgets into a
:class:`PasswordSubmission` that the page hands to the façade and then drops.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum, StrEnum

from mypage_desktop.domain.account_dto import Consent, RegistrationCompleted, RegistrationRequested
from mypage_desktop.domain.errors import FieldError


class PageId(IntEnum):
    """The wizard's pages; the ids given to ``QWizard.setPage`` (never ``addPage`` order)."""

    CONSENT = 1
    EMAIL = 2
    PASSWORD = 3
    DONE = 4


NO_PAGE = -1  # QWizard's "there is no next page"


class Document(StrEnum):
    PRIVACY = "privacy"
    TERMS = "terms"


FIELD_PAGES: dict[str, PageId] = {
    "consent": PageId.CONSENT,
    "email": PageId.EMAIL,
    "birth_year": PageId.EMAIL,
    "birth_month": PageId.EMAIL,
    "birth_day": PageId.EMAIL,
    "password": PageId.PASSWORD,
    "password_confirm": PageId.PASSWORD,
    "auth_key": PageId.PASSWORD,
}

KEY_REJECTED = "auth_key.rejected"
KEY_REJECTED_RESET = "auth_key.rejected_reset"  # the same refusal in the reset's words


class FlowError(Exception):
    """A step was attempted out of order (a bug in the caller, not a user mistake)."""


@dataclass(frozen=True)
class RegistrationSubmission:
    """Step 2's arguments for ``MyPageFacade.request_password_registration``."""

    email: str = field(repr=False)
    birth_year: str = field(repr=False)
    birth_month: str = field(repr=False)
    birth_day: str = field(repr=False)
    consent: Consent | None  # None for a password reset (the account agreed when it opened)

    def args(self) -> tuple[str, str, str, str, Consent]:
        if self.consent is None:
            raise FlowError("the opening request needs the consent")
        return (self.email, self.birth_year, self.birth_month, self.birth_day, self.consent)

    def reset_args(self) -> tuple[str, str, str, str]:
        """``MyPageFacade.request_password_reset``'s arguments."""
        return (self.email, self.birth_year, self.birth_month, self.birth_day)


@dataclass(frozen=True)
class PasswordSubmission:
    """Step 3's arguments for ``MyPageFacade.complete_password_registration``."""

    email: str = field(repr=False)
    auth_key: str = field(repr=False)
    password: str = field(repr=False)
    password_confirm: str = field(repr=False)

    def args(self) -> tuple[str, str, str, str]:
        return (self.email, self.auth_key, self.password, self.password_confirm)


def utc_now() -> datetime:
    return datetime.now(UTC)


class OpeningFlow:
    """State of one run through 「求職者マイページの開設」 (or, with ``reset``, through
    「パスワードを忘れた方」, which is the same steps 2–4 without the consent step).

    Step 1 needs both documents read to the end before the seeker may agree; leaving it
    records a :class:`Consent` (versions, UTC time). Step 2 may be submitted only with that
    consent; once the key was requested there is no way back, only :meth:`restart`. Step 3
    may be submitted only after step 2 succeeded, step 4 only follows a completed step 3.
    """

    def __init__(self, privacy_version: str, terms_version: str,
                 clock: Callable[[], datetime] = utc_now, *, reset: bool = False) -> None:
        self._privacy_version = privacy_version
        self._terms_version = terms_version
        self._clock = clock
        self.reset = reset
        self.restart()

    @property
    def first_page(self) -> PageId:
        return PageId.EMAIL if self.reset else PageId.CONSENT

    def step(self, page: PageId) -> tuple[int, int]:
        """(this step, all steps) as the seeker counts them: the reset has no consent step, so
        it counts 1–3 where the opening counts 1–4."""
        return (int(page) - 1, len(PageId) - 1) if self.reset else (int(page), len(PageId))

    # -- state -------------------------------------------------------------------------
    def restart(self) -> None:
        """Back to the very beginning: nothing read, agreed, requested or remembered."""
        self._read: set[Document] = set()
        self._agreed = False
        self.consent: Consent | None = None
        self._email = ""
        self.requested: RegistrationRequested | None = None
        self.completed: RegistrationCompleted | None = None
        self._busy = False

    wipe = restart  # closing the wizard forgets everything, too

    @property
    def key_requested(self) -> bool:
        return self.requested is not None

    @property
    def busy(self) -> bool:
        return self._busy

    # -- step 1 ------------------------------------------------------------------------
    def mark_read(self, document: Document) -> None:
        self._read.add(Document(document))

    def is_read(self, document: Document) -> bool:
        return Document(document) in self._read

    def unread(self) -> list[Document]:
        return [d for d in Document if d not in self._read]

    def can_agree(self) -> bool:
        return not self.unread()

    def set_agreed(self, agreed: bool) -> None:
        if agreed and not self.can_agree():
            raise FlowError("the documents must be read to the end before agreeing")
        self._agreed = agreed
        if not agreed:
            self.consent = None

    @property
    def agreed(self) -> bool:
        return self._agreed

    def consent_complete(self) -> bool:
        return self._agreed and self.can_agree()

    def record_consent(self) -> Consent:
        """Called when the seeker leaves step 1: what was agreed to, and when (UTC)."""
        if not self.consent_complete():
            raise FlowError("no consent to record")
        agreed_at = self._clock()
        if agreed_at.tzinfo is None:
            raise FlowError("the consent time must be timezone-aware")
        self.consent = Consent(self._privacy_version, self._terms_version, agreed_at.astimezone(UTC))
        return self.consent

    # -- step 2 ------------------------------------------------------------------------
    def registration_submission(self, email: str, birth_year: str, birth_month: str,
                                birth_day: str) -> RegistrationSubmission:
        if self.consent is None and not self.reset:
            raise FlowError("step 2 needs the consent of step 1")
        if self.key_requested:
            raise FlowError("the key was already requested; restart to request another")
        return RegistrationSubmission(email, birth_year, birth_month, birth_day, self.consent)

    def registration_requested(self, submission: RegistrationSubmission,
                               result: RegistrationRequested) -> None:
        """Step 2 succeeded. The outcome is the same whether or not the data matched (E3)."""
        self._email = submission.email
        self.requested = result

    # -- step 3 ------------------------------------------------------------------------
    def password_submission(self, auth_key: str, password: str, password_confirm: str) -> PasswordSubmission:
        if not self.key_requested:
            raise FlowError("step 3 needs the key requested in step 2")
        if self.completed is not None:
            raise FlowError("the password is already registered")
        return PasswordSubmission(self._email, auth_key, password, password_confirm)

    def registration_completed(self, result: RegistrationCompleted) -> None:
        self.completed = result
        self._email = ""

    # -- submitting ----------------------------------------------------------------------
    def begin_submission(self) -> bool:
        """False when a submission is already running (a double click sends one request)."""
        if self._busy:
            return False
        self._busy = True
        return True

    def end_submission(self) -> None:
        self._busy = False

    # -- navigation ----------------------------------------------------------------------
    def next_id(self, page: PageId) -> int:
        if page == PageId.CONSENT:
            return PageId.EMAIL
        if page == PageId.EMAIL:
            return PageId.PASSWORD
        if page == PageId.PASSWORD:
            return PageId.DONE
        return NO_PAGE

    def may_leave(self, page: PageId) -> bool:
        """Whether 「次へ進む」/「完了」 may be pressed on ``page`` right now."""
        if self._busy:
            return False
        if page == PageId.CONSENT:
            return self.consent_complete()
        if page == PageId.EMAIL:
            return (self.reset or self.consent is not None) and not self.key_requested
        if page == PageId.PASSWORD:
            return self.key_requested and self.completed is None
        return self.completed is not None

    def back_allowed(self, page: PageId) -> bool:
        """Only step 2 may go back (to read the documents again), and only before the key
        was requested; after that, going back makes no sense: restart instead."""
        return page == PageId.EMAIL and not self.reset and not self.key_requested

    def cancel_allowed(self, page: PageId) -> bool:
        """Nothing to cancel once the password is registered."""
        return page != PageId.DONE

    def buttons_enabled(self) -> bool:
        """While a submission runs, no button may be pressed (D3: one click, one request)."""
        return not self._busy

    @staticmethod
    def forget_on_entering(page: PageId) -> tuple[PageId, ...]:
        """Pages whose input is no longer needed once ``page`` is shown: after completion
        the email and birthdate go the way the password and key already went."""
        return (PageId.EMAIL, PageId.PASSWORD) if page == PageId.DONE else ()

    def restart_offered(self, page: PageId) -> bool:
        """「はじめからやり直す」: after the key was requested, for mail that never came."""
        return page == PageId.PASSWORD and self.key_requested and self.completed is None

    def cancel_needs_confirmation(self, input_typed: bool) -> bool:
        """Ask before throwing away what the seeker did; nothing to lose once completed."""
        if self.completed is not None:
            return False
        return input_typed or self._agreed or self.key_requested

    # -- errors ------------------------------------------------------------------------
    @staticmethod
    def errors_by_field(errors: Iterable[FieldError]) -> dict[str, list[FieldError]]:
        grouped: dict[str, list[FieldError]] = {}
        for error in errors:
            grouped.setdefault(error.field, []).append(error)
        return grouped

    @staticmethod
    def page_of(error: FieldError) -> PageId | None:
        return FIELD_PAGES.get(error.field)

    @staticmethod
    def key_rejected(errors: Iterable[FieldError]) -> bool:
        return any(e.code == KEY_REJECTED for e in errors)

    def worded(self, errors: Iterable[FieldError]) -> tuple[FieldError, ...]:
        """The errors as this flow words them: a refused key in the reset says to start the
        reset over, not the registration."""
        if not self.reset:
            return tuple(errors)
        return tuple(FieldError(e.field, KEY_REJECTED_RESET, e.params) if e.code == KEY_REJECTED else e
                     for e in errors)
