"""One logged-in session in the UI: its owner (the one way a session ends), the idle monitor and
its warning, the per-session client pages call through, the page contract and the tracked tasks."""
