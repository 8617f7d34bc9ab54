"""The legal texts' reference translations (issue 15, docs/i18n.md §japanese-documents): in
another language the consent step shows the translation with its note first and the binding
Japanese after it; reading to the end means the Japanese end (「（以上）」); a translation of
another version is never shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from test_wizard_support import close_quietly, make_wizard

from mypage_desktop.domain.account_dto import LegalDocument
from mypage_desktop.domain.languages import LANGUAGES, SOURCE
from mypage_desktop.resources import resources_dir
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.wizard.legal_reference import PRIVACY, TERMS, reference_translation, shown_document

LEGAL = resources_dir() / "legal"


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    language.apply_language("en")
    yield
    language.apply_language(SOURCE)


def test_every_reference_translates_a_shipped_version_and_says_it_is_a_reference() -> None:
    references = sorted((LEGAL / "reference").glob("*/*.txt"))
    assert references, "no reference translations"
    codes = {entry.code for entry in LANGUAGES}
    for path in references:
        assert path.parent.name in codes, path
        assert (LEGAL / path.name).is_file(), f"{path}: no Japanese original of this version"
        title, blank, note = path.read_text(encoding="utf-8").split("\n")[:3]
        assert title.strip() and blank == "" and note.strip(), path
        assert path.read_text(encoding="utf-8").rstrip().splitlines()[-1].strip(), path


def test_the_english_consent_step_shows_the_translation_then_the_binding_japanese(qtbot, qloop, facade,  # type: ignore[no-untyped-def]
                                                                                 english) -> None:
    wizard = make_wizard(qtbot, facade)
    try:
        legal = facade.legal_documents()
        for pane, document, kind in ((wizard.consent_page.privacy, legal.privacy_policy, PRIVACY),
                                     (wizard.consent_page.terms, legal.terms_of_use, TERMS)):
            shown = pane.view.toPlainText()
            reference = reference_translation(kind, document.version, "en")
            assert reference is not None
            assert shown.startswith(reference.rstrip())  # the translation with its note first
            assert shown.rstrip().endswith(document.text.rstrip())  # the Japanese original last
            assert shown.index("Original (Japanese): this is the official text") > len(reference.rstrip())
            assert pane.heading.text().startswith(reference.split("\n", 1)[0])
            pane.view.setFocus()
            qtbot.keyClick(pane.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            assert pane.view.is_read  # the end is the Japanese 「（以上）」
        assert wizard.consent_page.agree.isEnabled()
    finally:
        close_quietly(wizard)


def test_a_translation_of_another_version_is_not_shown(english) -> None:  # type: ignore[no-untyped-def]
    newer = LegalDocument("マイページ利用規約", "2027-04-01", "第1条（目的）\n…\n（以上）")
    shown = shown_document(newer, TERMS)
    assert not shown.translated and shown.text == newer.text and shown.title == newer.title
