"""Combo boxes that do not hold a page wider than the screen (WCAG 1.4.10 reflow,
docs/accessibility.md): Qt sizes a combo box by its longest choice, and a long translation at
200 % made forms scroll sideways. A shrinkable one asks for ``chars`` characters; the layout
still gives it the room there is, and the closed box elides a choice that does not fit (the
open list shows it whole)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

MIN_CHARS = 10


def shrinkable(combo: QComboBox, chars: int = MIN_CHARS) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo
