"""The wizard on the screens offices have (1366×768, 1280×720, each less a 40 px taskbar), in
the application's own font: every step fits at the default size, the birthdate's messages line
up, and the key's validity 「（メール配信から30分以内）」 is never broken across lines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QLabel, QWizard
from test_wizard_support import (
    DEMO_BIRTH,
    DEMO_EMAIL,
    WAIT_MS,
    agree,
    click,
    close_quietly,
    fill_email_page,
    next_button,
)

from mypage_desktop.ui.widgets.fonts import ensure_japanese_font
from mypage_desktop.ui.wizard.flow import PageId
from mypage_desktop.ui.wizard.opening_wizard import MINIMUM_SIZE, TITLE_BAR, OpeningWizard, default_size

SCREENS = {"1366x768": QSize(1366, 768 - 40), "1280x720": QSize(1280, 720 - 40)}  # free area


@pytest.fixture
def app_font(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The font the application sets at start-up (Japanese, at least 11 pt), then back."""
    before = QFont(qapp.font())
    ensure_japanese_font(qapp)
    yield
    qapp.setFont(before)


def wrapped_lines(label: QLabel) -> list[str]:
    """The label's text as it is broken into lines at its current width."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setPlainText(label.text())
    document.setTextWidth(label.contentsRect().width() - max(label.indent(), 0) - 2 * label.margin())
    document.size()  # lays the text out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(block.text()[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return lines


def assert_unbroken(labels: list[QLabel], phrase: str) -> None:
    holding = [label for label in labels if phrase in label.text()]
    assert holding, f"no label says {phrase}"
    for label in holding:
        assert any(phrase in line for line in wrapped_lines(label)), wrapped_lines(label)


def assert_buttons_inside(wizard: OpeningWizard) -> None:
    for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton):
        button = wizard.button(which)
        if button.isVisible():
            assert button.mapTo(wizard, QPoint(0, button.height())).y() <= wizard.height()
    page = wizard.currentPage()
    assert page.height() >= page.minimumSizeHint().height()  # nothing squeezed


@pytest.mark.parametrize("available", SCREENS.values(), ids=SCREENS.keys())
def test_every_step_fits_at_the_default_size(qtbot, qloop, facade, app_font, available) -> None:  # type: ignore[no-untyped-def]
    size = default_size(available)
    assert size.width() <= available.width() and size.height() + TITLE_BAR <= available.height()
    minutes = facade.app_info().key_validity_minutes
    for width in (size.width(), MINIMUM_SIZE.width()):  # the default, and as narrow as it goes
        wizard = OpeningWizard(facade, facade.app_info(), facade.legal_documents())
        qtbot.addWidget(wizard)
        wizard.resize(width, size.height())
        wizard.show()
        qtbot.waitExposed(wizard)
        assert_buttons_inside(wizard)
        assert_unbroken(wizard.consent_page.findChildren(QLabel), f"（メール配信から{minutes}分以内）")

        agree(qtbot, wizard)
        page = wizard.email_page
        fill_email_page(qtbot, wizard, DEMO_EMAIL, "昭和60", "13", "32")
        click(qtbot, next_button(wizard))
        names = ("birth_year", "birth_month", "birth_day")
        qtbot.waitUntil(lambda: all(page.field_error_label(n).isVisible() for n in names), timeout=WAIT_MS)  # noqa: B023
        lefts = {page.field_error_label(n).mapTo(page, QPoint(0, 0)).x() for n in names}
        assert lefts == {page.birth_year.mapTo(page, QPoint(0, 0)).x()}  # one column, no staircase
        assert_buttons_inside(wizard)

        fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
        click(qtbot, next_button(wizard))
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)  # noqa: B023
        assert_buttons_inside(wizard)
        assert_unbroken(wizard.password_page.findChildren(QLabel), f"（メール配信から{minutes}分以内有効）")
        close_quietly(wizard)
