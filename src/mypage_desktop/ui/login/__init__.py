"""Signing in: the seekers' login window, the staff sign-in (with the first-time password change)
and the base both build on."""
