"""The counter: staff accounts and sign-in, the work on seekers, the staff side of 求職活動, and the
audit-log viewer."""
