"""A Japanese-capable font for every screen (docs/tech-notes.md §japanese-fonts: without one, offscreen renders
and bare Linux PCs show tofu boxes).

The system font database is asked first; only when no family can write Japanese are the
bundled ``resources/fonts/*.ttf|otf`` and a few well-known system files loaded into the
application font database (``addApplicationFont``, no fontconfig changes needed)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from mypage_desktop.resources import resources_dir

log = logging.getLogger(__name__)

# Preferred faces, best first: Windows office PCs, macOS, then Linux packages.
PREFERRED_FAMILIES = (
    "Yu Gothic UI", "Meiryo UI", "Meiryo", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
    "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "TakaoGothic", "VL Gothic",
)
SYSTEM_FONT_FILES = (
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "C:/Windows/Fonts/YuGothM.ttc",
    "C:/Windows/Fonts/meiryo.ttc",
    "C:/Windows/Fonts/msgothic.ttc",
)
MIN_POINT_SIZE = 11  # many users are not computer-savvy; small text is hard to read


def japanese_families() -> list[str]:
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))


def _bundled_files() -> list[Path]:
    folder = resources_dir() / "fonts"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".otf", ".ttc"))


def japanese_font_files() -> list[Path]:
    """Font files that may hold a Japanese face, best first: the bundled ones, then the
    well-known system files (some may be missing here; the caller checks)."""
    return _bundled_files() + [Path(p) for p in SYSTEM_FONT_FILES]


def _load_first_font_file(candidates: list[Path]) -> list[str]:
    for path in candidates:
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families = list(QFontDatabase.applicationFontFamilies(font_id))
            log.info("loaded Japanese font file %s", path.name)
            return families
    return []


def _pick(families: list[str]) -> str:
    available = set(families)
    for name in PREFERRED_FAMILIES:
        if name in available:
            return name
    return families[0]


def ensure_japanese_font(app: QGuiApplication) -> str | None:
    """Makes the application font able to show Japanese; returns the family used (None when
    no Japanese font could be found, which is logged so office IT can install one)."""
    families = japanese_families()
    if not families:
        families = _load_first_font_file(_bundled_files() + [Path(p) for p in SYSTEM_FONT_FILES])
    if not families:
        log.warning("no Japanese font found: install fonts-ipaexfont-gothic or put a .ttf in resources/fonts")
        return None
    family = _pick(families)
    font = QFont(app.font())
    font.setFamilies([family, *[f for f in font.families() if f != family]])
    if 0 < font.pointSize() < MIN_POINT_SIZE:
        font.setPointSize(MIN_POINT_SIZE)
    app.setFont(font)
    return family
