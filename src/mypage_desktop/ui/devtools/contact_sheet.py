"""One screen across the rendered languages on one picture (``--render-screens`` with more than
one language): the quickest way to see that every language fits the same layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from mypage_desktop.domain.languages import SOURCE, language

COLUMNS = 4
SCALE = 0.5
GAP = 10
CAPTION = 26


def screen_path(out_dir: Path, code: str, look: str, screen: str) -> Path:
    """Where ``--render-screens`` put ``screen`` for a language and look (Japanese at 100 % is
    the main set, in ``out_dir`` itself)."""
    if code == SOURCE and look == "100":
        return out_dir / screen
    return out_dir / code / look / screen


def contact_sheet(out_dir: Path, codes: tuple[str, ...], screen: str = "00_login.png", look: str = "100") -> Path:
    """``out_dir/contact_<look>_<screen>``: each language's picture at half size under its own
    name, four to a row, in the order of ``codes``."""
    tiles = [(language(code).native_name, QImage(str(screen_path(out_dir, code, look, screen)))) for code in codes]
    missing = [name for name, image in tiles if image.isNull()]
    if missing:
        raise FileNotFoundError(f"{screen} was not rendered for: {', '.join(missing)}")
    width = max(round(image.width() * SCALE) for _, image in tiles)
    height = max(round(image.height() * SCALE) for _, image in tiles)
    rows = -(-len(tiles) // COLUMNS)
    columns = min(COLUMNS, len(tiles))
    sheet = QImage(GAP + columns * (width + GAP), GAP + rows * (CAPTION + height + GAP), QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont(painter.font())
    font.setPixelSize(CAPTION - 8)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    for k, (name, image) in enumerate(tiles):
        x = GAP + (k % COLUMNS) * (width + GAP)
        y = GAP + (k // COLUMNS) * (CAPTION + height + GAP)
        painter.drawText(QRect(x, y, width, CAPTION), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        scaled = image.scaled(round(image.width() * SCALE), round(image.height() * SCALE),
                              Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(QPoint(x, y + CAPTION), scaled)
    painter.end()
    path = out_dir / f"contact_{look}_{screen}"
    if not sheet.save(str(path)):
        raise OSError(f"could not write {path}")
    return path
