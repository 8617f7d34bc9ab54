"""applications pages of the main window."""
