"""The language the seeker's screens are shown in (issue 15, docs/i18n.md).

Three translators per language, installed last-first so the app's own catalogue answers first:
Qt's ``qtbase_<qt_code>.qm`` (file dialogs, message-box buttons) where PySide6 ships one, the
supplement of Qt strings that qtbase lacks (Japanese), and ``mypage_<code>.qm``, which also
carries Qt's standard button texts for the languages Qt has no catalogue for (Vietnamese,
Tagalog; ``ui/widgets/qt_texts.py``).

A choice made on the login window lasts on an own PC until it is changed, and on a kiosk until
the session ends: the next visitor starts in the office's default language."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from mypage_desktop.domain.languages import SOURCE, Language, language
from mypage_desktop.resources import resources_dir
from mypage_desktop.ui.widgets.remembered import read_choice, write_choice

log = logging.getLogger(__name__)
_TRANSLATOR_NAME = "mypageLanguage"
_state = {"current": SOURCE, "default": SOURCE}
_store: list[Path | None] = [None]  # None: a kiosk, nothing is written


class LanguageNotifier(QObject):
    """One per application: ``changed(code)`` after the user chose another language. A Qt
    signal, so a window or controller that is gone is no longer called."""

    changed = Signal(str)


def notifier(app: QCoreApplication | None = None) -> LanguageNotifier:
    instance = app or QCoreApplication.instance()
    assert instance is not None
    found = instance.findChild(LanguageNotifier)
    return found if isinstance(found, LanguageNotifier) else LanguageNotifier(instance)


def current() -> str:
    return _state["current"]


def weekday_name(day: date) -> str:
    """「水」, "Wed", "qua.": the short weekday in the current language (Qt's locale data)."""
    locale = QLocale(language(current()).bcp47)
    return locale.standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def office_default() -> str:
    return _state["default"]


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(name, folder):
        return translator
    translator.deleteLater()
    return None


def _translators_for(app: QCoreApplication, chosen: Language) -> list[QTranslator]:
    found = []
    if chosen.qt_code:
        qt = _load(app, f"qtbase_{chosen.qt_code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        if qt is None:
            log.warning("Qt's translation qtbase_%s not found", chosen.qt_code)
        else:
            found.append(qt)
    if chosen.qt_code == "ja":
        supplement = _load(app, "qt_supplement_ja.qm", str(resources_dir() / "translations"))
        if supplement is not None:
            found.append(supplement)
    if chosen.code != SOURCE:
        own = _load(app, f"mypage_{chosen.code}.qm", str(resources_dir() / "translations"))
        if own is None:  # the set-up builds it (scripts/i18n.py release); Japanese is shown meanwhile
            log.warning("catalogue mypage_%s.qm not found", chosen.code)
        else:
            found.append(own)
    return found


def apply_language(code: str, app: QCoreApplication | None = None) -> bool:
    """Shows the app in ``code`` from the next text set on; True when it changed. Windows made
    afterwards are in the new language; the login window is rebuilt by its controller."""
    instance = app or QCoreApplication.instance()
    chosen = language(code)
    if instance is None:
        return False
    if chosen.code == _state["current"] and instance.findChild(QTranslator, _TRANSLATOR_NAME) is not None:
        return False  # in force already: start-up applies Japanese, then the office's language
    for old in instance.findChildren(QTranslator, _TRANSLATOR_NAME):
        instance.removeTranslator(old)
        old.deleteLater()
    for translator in _translators_for(instance, chosen):
        instance.installTranslator(translator)
    # Qt's own locale-dependent texts (calendar day names) and the language a screen reader is
    # told the application speaks (WCAG 3.1.1): Japanese screens say ja_JP on an English-language
    # system too (docs/accessibility.md §wcag).
    QLocale.setDefault(QLocale(chosen.bcp47))
    _state["current"] = chosen.code
    return True


def ensure_applied(app: QCoreApplication | None = None) -> None:
    """Before a Qt dialog: the current language's translators are installed (a test or tool
    that made its own application has not configured any)."""
    instance = app or QCoreApplication.instance()
    if instance is not None and instance.findChild(QTranslator, _TRANSLATOR_NAME) is None:
        apply_language(current(), instance)


def _known(code: str | None) -> str | None:
    try:
        return language(code).code if code else None
    except KeyError:
        return None


def configure(default_code: str, store: Path | None, app: QCoreApplication | None = None) -> str:
    """At start: the office's default language (setting ``language``), or on an own PC
    (``store`` given) the language chosen last time."""
    default = _known(default_code)
    if default is None:
        log.warning("unknown default_language %r; Japanese is used", default_code)
    _state["default"] = default or SOURCE
    _store[0] = store
    saved = read_choice(store) if store is not None else None
    remembered = _known(str(saved.get("language", ""))) if saved else None
    chosen = remembered or _state["default"]
    apply_language(chosen, app)
    return chosen


def choose(code: str) -> None:
    """The user's choice on the login window: applied, remembered on an own PC, announced."""
    if not apply_language(code):
        return
    store = _store[0]
    if store is not None:
        write_choice(store, {"language": code}, "language")
    notifier().changed.emit(code)


def reset_for_next_visitor() -> None:
    """A kiosk at session end: back to the office's default language."""
    if _store[0] is None and current() != office_default():
        choose(office_default())
