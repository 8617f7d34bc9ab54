"""The one door between the UI and everything else. Coarse calls, one per user action,
taking the session token and returning dataclasses (domain.dto). A network client for an
office server can implement :class:`MyPageFacade` unchanged."""

from mypage_desktop.facade.protocol import MyPageFacade

__all__ = ["MyPageFacade"]
