"""The marker for texts that are translated where they are shown, not where they are written
(tables of captions, rule messages): ``pyside6-lupdate`` extracts ``N_("…")`` because the
extraction is told that ``N_`` is ``QT_TR_NOOP`` (docs/i18n.md). Pure: no Qt here."""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 (the gettext/Qt marker name translators know)
    return text
