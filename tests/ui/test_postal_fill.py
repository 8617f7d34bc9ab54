"""The 住所 field after a 郵便番号 lookup (ui/widgets/postal_fill.py), shared by the 仮登録 form and
「連絡先の変更」."""

from __future__ import annotations

import pytest

from mypage_desktop.ui.widgets.postal_fill import address_after_lookup

FOUND = "山形県山形市七日町"
OTHER = "山形県山形市旅篭町"


@pytest.mark.parametrize(("current", "previous", "replaceable", "expected"), [
    ("", "", "", FOUND),  # empty: filled
    ("   ", "", "", FOUND),
    (FOUND + "1-2-3", "", "", FOUND + "1-2-3"),  # already this address: the 番地 stays
    (OTHER + "1-2-3", OTHER, "", FOUND + "1-2-3"),  # a new lookup: the 番地 after the old part stays
    ("仙台市青葉区", "", "", None),  # typed by the seeker: never replaced
    ("仙台市青葉区", "", "仙台市青葉区", FOUND),  # the registered address, untouched: may go
])
def test_the_found_part_goes_in_front_and_typed_addresses_stay(current: str, previous: str, replaceable: str,
                                                                 expected: str | None) -> None:
    assert address_after_lookup(current, FOUND, previous, replaceable) == expected
