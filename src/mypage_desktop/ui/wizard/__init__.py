"""「求職者マイページの開設」 wizard: the Qt-free flow (``flow``), one file per page, and the
wizard (``opening_wizard``). Nothing is imported here, so ``flow`` loads without PySide6."""
