"""The contact sheet ``--render-screens`` writes when it renders more than one language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from mypage_desktop.ui.devtools.contact_sheet import CAPTION, GAP, contact_sheet, screen_path

COLOURS = {"ja": "#c00000", "en": "#00a000", "zh_CN": "#0000c0", "vi": "#a0a000", "tl": "#00a0a0"}


def picture(path: Path, colour: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))


def test_each_language_is_a_tile_in_the_order_given_four_to_a_row(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for code, colour in COLOURS.items():
        picture(screen_path(tmp_path, code, "200", "00_login.png"), colour)
    sheet = QImage(str(contact_sheet(tmp_path, tuple(COLOURS), look="200")))
    assert (tmp_path / "contact_200_00_login.png").exists()
    tile_w, tile_h = 100, 50  # half size
    assert sheet.width() == GAP + 4 * (tile_w + GAP) and sheet.height() == GAP + 2 * (CAPTION + tile_h + GAP)
    for k, colour in enumerate(COLOURS.values()):
        x = GAP + (k % 4) * (tile_w + GAP) + tile_w // 2
        y = GAP + (k // 4) * (CAPTION + tile_h + GAP) + CAPTION + tile_h // 2
        assert sheet.pixelColor(x, y).name() == colour, k


def test_japanese_at_100_percent_is_the_main_set(tmp_path: Path) -> None:
    assert screen_path(tmp_path, "ja", "100", "00_login.png") == tmp_path / "00_login.png"
    assert screen_path(tmp_path, "ja", "200", "00_login.png") == tmp_path / "ja" / "200" / "00_login.png"


def test_a_language_not_rendered_is_named(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    picture(screen_path(tmp_path, "ja", "100", "00_login.png"), "#ffffff")
    with pytest.raises(FileNotFoundError, match="Tiếng Việt"):
        contact_sheet(tmp_path, ("ja", "vi"))
