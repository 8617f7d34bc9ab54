"""「求職者マイページの開設」 wizard: the Qt-free flow, one file per page, and the wizard."""

from mypage_desktop.ui.wizard.flow import OpeningFlow, PageId
from mypage_desktop.ui.wizard.opening_wizard import OpeningWizard

__all__ = ["OpeningFlow", "OpeningWizard", "PageId"]
