"""mypage pages of the main window."""
