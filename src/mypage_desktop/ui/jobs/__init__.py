"""求人情報検索, 求人票, 保存した検索条件 and キープした求人 (issue #4): one widget per file.

The pages reach data only through the façade, via :meth:`SessionOwner.call` (off the GUI
thread); every page has ``clear()``, which the main window calls when the session ends (S5)."""
