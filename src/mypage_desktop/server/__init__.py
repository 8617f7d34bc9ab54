"""The office server (issue 10): the façades over HTTPS for enrolled office PCs; the only holder
of the database credential. ``mypage-server`` runs it (docs/office-server.md)."""
