"""The online 求職仮登録: the seeker's form (saved, resumed, submitted), the counter's
confirmation, and the 郵便番号 lookup."""
