"""The local back end's one error translation, shared by its façade classes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

from mypage_desktop.domain.errors import ServiceUnavailable

log = logging.getLogger("mypage_desktop.facade.local.backend")  # where these warnings always went
P = ParamSpec("P")
R = TypeVar("R")


def environmental(func: Callable[P, R]) -> Callable[P, R]:
    """Database trouble (locked, unreachable, disk full) becomes ServiceUnavailable: the user
    sees a friendly message and can retry; the traceback goes to the log only."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (OperationalError, DBAPIError) as exc:
            log.warning("database unavailable in %s: %s", func.__name__, type(exc.orig).__name__)
            raise ServiceUnavailable() from exc

    return wrapper
