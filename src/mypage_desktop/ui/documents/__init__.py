"""応募書類 the seeker writes here: a 履歴書 and a 職務経歴書 in the JIS-style layout, as PDF."""
