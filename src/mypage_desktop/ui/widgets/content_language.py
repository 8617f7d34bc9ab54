"""WCAG 3.1.2, language of parts (issue 15, docs/accessibility.md §language-of-parts): a posting's
own text (事業所名, 職種, 仕事の内容, 就業場所 …) and the 紹介状 are Japanese whatever language the
screens are shown in. Their widgets carry a Japanese ``QLocale``, which Qt hands to assistive
technology as that object's locale (AT-SPI: each accessible's locale; measured with Qt 6.12: a
``QLabel`` given ja_JP in an en_US application reads as ja_JP, its neighbour as en_US), so a
screen reader can read them with a Japanese voice. Children inherit a widget's locale, so only
widgets that hold Japanese text alone are marked, never a container with translated captions."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

JAPANESE = QLocale("ja_JP")


def mark_japanese(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setLocale(JAPANESE)
