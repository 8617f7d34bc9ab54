"""Versions of the documents a seeker agrees to in step 1 (docs/code-style.md §versioned-consent: versioned consent)."""

from __future__ import annotations

PRIVACY_POLICY_VERSION = "2026-11-01"
TERMS_OF_USE_VERSION = "2026-11-01"
