"""The words of the result count (issue 14): an estimate to two significant digits, the rows
shown 「以上」 without one, the exact count, and a list cut at the snapshot's cap."""

from __future__ import annotations

import pytest

from mypage_desktop.ui.jobs.result_count import ResultCount
from mypage_desktop.ui.jobs.texts import about, count_text, estimate_text


@pytest.mark.parametrize(("estimate", "shown"), [
    (135_964, 140_000), (126_881, 130_000), (53_801, 54_000), (1_234, 1_200), (1_250, 1_300),
    (433, 430), (99, 99), (7, 7), (1_000_000, 1_000_000), (995, 1_000),
])
def test_an_estimate_keeps_two_significant_digits(estimate: int, shown: int) -> None:
    assert about(estimate) == shown


def test_the_estimate_text_and_its_fallbacks() -> None:
    assert estimate_text(135_964, 50) == "該当 約140,000件"
    assert estimate_text(None, 50) == "該当 50件以上"
    assert estimate_text(40, 50) == "該当 50件以上"  # an estimate below the rows shown says nothing
    assert estimate_text(50, 50) == "該当 50件以上"


def test_exact_counts() -> None:
    assert count_text(135_964) == "該当 135,964 件"
    assert count_text(100_000, capped=True) == "該当 100,000件以上"
    assert count_text(135_964, listed=100_000) == "該当 135,964 件（一覧は先頭の 100,000 件）"
    assert count_text(2_000, listed=2_000) == "該当 2,000 件"


def test_what_the_count_says_as_the_answers_arrive() -> None:
    count = ResultCount(50, estimate=135_964)
    assert (count.text(), count.final) == ("該当 約140,000件", False)
    count.listed, count.capped = 100_000, True  # the snapshot, cut at its cap, before the count
    assert (count.text(), count.final) == ("該当 100,000件以上", False)
    count.exact = 135_964
    assert (count.text(), count.final) == ("該当 135,964 件（一覧は先頭の 100,000 件）", True)


def test_a_snapshot_that_lists_every_match_is_the_exact_count() -> None:
    count = ResultCount(50, estimate=None)
    assert count.text() == "該当 50件以上"
    count.listed = 2_834
    assert (count.text(), count.final) == ("該当 2,834 件", True)
    count.exact = 2_834  # the count arriving later changes nothing
    assert count.text() == "該当 2,834 件"
