"""Japanese for the Qt strings that Qt's own Japanese translation lacks.

PySide6 ships ``qtbase_ja.qm``, but it was made for older Qt sources: Qt 6 renamed some
strings of the non-native file dialog (「&Look in:」, 「Files of &type:」, with mnemonics) and
moved the file type names (「Folder」, 「Drive」) to a new context, so those stayed English next
to Japanese labels. ``resources/translations/qt_supplement_ja.qm`` (compiled from the ``.ts``
beside it) carries just those; installed after ``qtbase_ja`` it is asked first and answers
only for them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from mypage_desktop.resources import resources_dir

log = logging.getLogger(__name__)
SUPPLEMENT = "qt_supplement_ja.qm"
_OBJECT_NAME = "qtSupplementJa"


def install_qt_supplement(app: QCoreApplication) -> bool:
    """Installs the supplement once per application; True when it is installed."""
    if app.findChild(QTranslator, _OBJECT_NAME) is not None:
        return True
    translator = QTranslator(app)
    translator.setObjectName(_OBJECT_NAME)
    if not translator.load(SUPPLEMENT, str(resources_dir() / "translations")):
        log.warning("Qt supplement translation (%s) not found", SUPPLEMENT)
        translator.deleteLater()
        return False
    return app.installTranslator(translator)
