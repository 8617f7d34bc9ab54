"""「求職者マイページの開設」 wizard: the Qt-free flow, one file per page, and the wizard."""

from .flow import OpeningFlow, PageId
from .opening_wizard import OpeningWizard

__all__ = ["OpeningFlow", "OpeningWizard", "PageId"]
