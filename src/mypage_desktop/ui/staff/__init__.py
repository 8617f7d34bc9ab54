"""The staff console (窓口用): staff sign-in, seeker lookup and counter actions, the audit log
(issue 6). Reaches the back end only through :class:`~mypage_desktop.facade.staff_protocol.StaffFacade`."""
