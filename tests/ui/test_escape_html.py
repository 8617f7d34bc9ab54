"""``escape_html`` (ui/widgets/texts.py) escapes as ``html.escape`` does: the app's rich texts
(letters, 履歴書, messages, tooltips) show what a seeker or employer typed literally
(docs/security.md I4), without loading the html package into a kiosk."""

from __future__ import annotations

import html

from hypothesis import given, strategies as st

from mypage_desktop.ui.widgets.texts import escape_html


@given(st.text(alphabet=st.sampled_from(list("&<>\"'a山 ;#x\n")) | st.characters(), max_size=60))
def test_escape_html_is_html_escape(text: str) -> None:
    assert escape_html(text) == html.escape(text)


def test_markup_typed_by_a_user_stays_text() -> None:
    assert escape_html('<b onclick="x">株式会社 & \'さくら\'</b>') == (
        "&lt;b onclick=&quot;x&quot;&gt;株式会社 &amp; &#x27;さくら&#x27;&lt;/b&gt;")
