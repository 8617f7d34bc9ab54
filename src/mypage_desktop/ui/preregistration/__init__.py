"""求職申込み（仮登録）: the seeker's online pre-registration wizard (issue 12)."""
