"""Transactional outbox and its delivery (local Maildir folder or SMTP)."""
