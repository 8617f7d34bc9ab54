"""What the UI may ask for. Every method blocks (database, hashing, files): the UI calls it
off the GUI thread. Errors: ``ValidationFailed`` (field messages), ``SessionInvalid``
(back to login), ``ServiceUnavailable`` (friendly retry message), ``NotPermitted``."""

from __future__ import annotations

from typing import Protocol

from mypage_desktop.domain.dto import (
    AppInfo,
    Consent,
    DeliveredMail,
    LegalDocuments,
    LoginResult,
    RegistrationCompleted,
    RegistrationRequested,
    SeekerProfile,
)


class MyPageFacade(Protocol):
    def app_info(self) -> AppInfo: ...

    def legal_documents(self) -> LegalDocuments: ...

    def request_password_registration(
        self, email: str, birth_year: str, birth_month: str, birth_day: str, consent: Consent
    ) -> RegistrationRequested:
        """Step 2: validates, then answers the same whether or not the pair matched."""
        ...

    def complete_password_registration(
        self, email: str, auth_key: str, password: str, password_confirm: str
    ) -> RegistrationCompleted:
        """Step 3: raises ValidationFailed (``auth_key.rejected`` for any bad key)."""
        ...

    def login(self, email: str, password: str) -> LoginResult: ...

    def my_profile(self, token: str) -> SeekerProfile: ...

    def logout(self, token: str) -> None: ...

    def demo_mailbox(self) -> list[DeliveredMail]:
        """Mail delivered to the local folder; raises NotPermitted outside demo mode."""
        ...
