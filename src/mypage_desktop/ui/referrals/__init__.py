"""referrals pages of the main window."""
