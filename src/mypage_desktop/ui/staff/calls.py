"""One way to run a console action and turn what can go wrong into a message for the staff
member: field messages, 管理者-only, the password prompt closed, the service unavailable. A
:class:`SessionInvalid` needs no message: the owner has already ended the session."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from mypage_desktop.domain.errors import FieldError, NotPermitted, ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.staff.reauth import ReauthCancelled
from mypage_desktop.ui.staff.texts import UNAVAILABLE, errors_text, not_permitted_text
from mypage_desktop.ui.widgets.i18n import t

R = TypeVar("R")
REAUTH_CANCELLED = N_("パスワードの再入力が取り消されたため、操作は行っていません。")


async def guarded(work: Coroutine[Any, Any, R], show_message: Callable[[str], None],
                  show_fields: Callable[[tuple[FieldError, ...]], None] | None = None) -> R | None:
    """The result of ``work``, or None after telling the staff member why it did not happen."""
    try:
        return await work
    except ReauthCancelled:
        show_message(t(REAUTH_CANCELLED))
    except ValidationFailed as exc:
        if show_fields is not None:
            show_fields(exc.errors)
        else:
            show_message(errors_text(exc.errors))
    except NotPermitted as exc:
        show_message(not_permitted_text(exc))
    except ServiceUnavailable:
        show_message(t(UNAVAILABLE))
    except SessionInvalid:
        pass
    return None
