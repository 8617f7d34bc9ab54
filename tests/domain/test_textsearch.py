"""Bigram tokens (issue 13): no phrase across symbols or fields, and PostgreSQL segments that
keep every position of every token and hold every possible query phrase whole."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from mypage_desktop.domain.textsearch import (
    FIELD_END,
    GAP,
    MAX_QUERY_LENGTH,
    PG_MAX_POSITIONS,
    SEGMENT_TOKENS,
    DocumentTokens,
    document_tokens,
    parse_free_words,
    segment_starts,
    tsvector_segments,
)


def test_symbols_and_fields_separate_runs_in_the_token_stream() -> None:
    tokens = document_tokens("看護師", "勤務地は山形県（県内各地）", "Excel入力")
    assert tokens.grams == ["看護", "護師", FIELD_END, "勤務", "務地", "地は", "は山", "山形", "形県", GAP, "県内",
                            "内各", "各地", FIELD_END, "excel", "入力"]
    assert tokens.tails == ["師", "県", "地", "力"]


def test_a_query_word_never_joins_runs_that_symbols_separate() -> None:
    assert [p.tokens for p in parse_free_words("山形県内")] == [("山形", "形県", "県内")]
    assert [p.tokens for p in parse_free_words("山形県（県内")] == [("山形", "形県", GAP, "県内")]
    assert [p.tokens for p in parse_free_words("excel入力")] == [("excel", "入力")]
    assert all(FIELD_END not in p.tokens for p in parse_free_words("看護師\u3000師長 a-b ((c))"))


def _positions(literal: str) -> dict[str, list[int]]:
    return {m[1]: [int(n) for n in m[2].split(",")] for m in re.finditer(r"'((?:[^']|'')*)':([\d,]+)", literal)}


def test_a_long_text_keeps_every_position_of_a_common_bigram() -> None:
    tokens = document_tokens("介護業務を行います。" * 480 + "介護福祉士の資格を活かせます。")
    segments = [_positions(s) for s in tsvector_segments(tokens)]
    assert len(segments) > 1
    assert all(len(p) <= PG_MAX_POSITIONS and max(p) <= 16383 for s in segments for p in s.values())
    kept = sum(len([n for n in s.get("介護", []) if n <= SEGMENT_TOKENS]) for s in segments)
    assert kept >= tokens.grams.count("介護")  # every occurrence, some twice (segments overlap)
    last = segments[-1]
    assert any(p + 1 in last["護福"] for p in last["介護"])  # the phrase at the end lies whole in one segment


@given(st.integers(min_value=0, max_value=20_000), st.integers(min_value=1, max_value=MAX_QUERY_LENGTH))
def test_every_window_of_a_phrase_length_lies_whole_in_a_segment(count: int, length: int) -> None:
    starts = list(segment_starts(count))
    assert starts[0] == 0 and starts[-1] + SEGMENT_TOKENS >= count
    for first in range(0, max(count - length + 1, 0), 97):
        assert any(s <= first and first + length <= s + SEGMENT_TOKENS for s in starts)


def test_no_tokens_no_segment_and_tails_of_a_huge_text_stay_in_range() -> None:
    assert tsvector_segments(DocumentTokens([], [])) == []
    huge = "".join(f"あ{chr(0x4E00 + i % 5000)}・" for i in range(20_000))  # 20,000 runs, 5,000 tails
    [first, *_rest] = [_positions(s) for s in tsvector_segments(document_tokens(huge))]
    assert max(max(p) for p in first.values()) == 16383 and chr(0x4E00 + 4999) in first
