"""messages pages of the main window."""
