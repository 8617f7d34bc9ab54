"""A4 documents the seeker prints (the 紹介状, the 履歴書): the page, the Japanese face and
printing. Saved PDFs are drawn by ReportLab instead (``pdf_draw``): Qt's PDF writer puts Kangxi
radicals in the text layer (docs/accessibility.md §pdf-text-layer).

No dialogs and no files here, so tests can build, read and render documents directly."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument

from mypage_desktop.ui.widgets.fonts import PREFERRED_FAMILIES, japanese_families

MARGIN_MM = 15.0


BODY_POINT_SIZE = 11.0  # a printed form's text, a little larger for reading ease


INK = "#222222"


def page_layout() -> QPageLayout:
    """A4 portrait with 15 mm margins: what a HelloWork counter printer takes."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def layout_dpi() -> int:
    """The resolution QTextDocument lays text out at without a paint device (Qt's
    ``qt_defaultDpi``); the page size below must be in the same units."""
    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() is not None else None
    return round(screen.logicalDotsPerInchX()) if screen is not None else 100


def page_size_pixels() -> QSizeF:
    """The printable area of :func:`page_layout` in layout pixels. With a page size set,
    ``QTextDocument.print_`` scales this rectangle onto the printer's, so the letter keeps its
    look on any printer and adds no page numbers."""
    area = page_layout().paintRect(QPageLayout.Unit.Millimeter)
    dpi = layout_dpi()
    return QSizeF(area.width() / 25.4 * dpi, area.height() / 25.4 * dpi)


def letter_font() -> QFont:
    """A Japanese face (ui/widgets/fonts.py's order), so a PDF never shows tofu boxes."""
    font = QFont(QGuiApplication.font()) if QGuiApplication.instance() is not None else QFont()
    available = set(japanese_families())
    family = next((name for name in PREFERRED_FAMILIES if name in available),
                  sorted(available)[0] if available else None)
    if family is not None:
        font.setFamilies([family])
    font.setPointSizeF(BODY_POINT_SIZE)
    return font


def print_to(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Prints on a printer or PDF writer whose page layout is :func:`page_layout`."""
    device.setPageLayout(page_layout())
    document.print_(device)
