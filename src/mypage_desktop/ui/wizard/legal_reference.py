"""Reference translations of the プライバシーポリシー and マイページ利用規約 (issue 15,
docs/i18n.md §japanese-documents): the Japanese text stays the binding one; in another language
the pane shows the translation first, with its note saying so, and the Japanese original after it.
A translation belongs to one version of the document (``<kind>_<version>.txt``): when the office
publishes a new version, the old translation is no longer shown."""

from __future__ import annotations

from dataclasses import dataclass

from mypage_desktop.domain.account_dto import LegalDocument
from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.resources import resources_dir
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.widgets.i18n import t

PRIVACY = "privacy_policy"
TERMS = "terms_of_use"
RULE = "――――――――――――――――――――"


@dataclass(frozen=True)
class ShownDocument:
    title: str
    text: str
    translated: bool


def reference_translation(kind: str, version: str, code: str) -> str | None:
    path = resources_dir() / "legal" / "reference" / code / f"{kind}_{version}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def shown_document(document: LegalDocument, kind: str) -> ShownDocument:
    """What the pane shows in the current language."""
    code = language.current()
    reference = None if code == SOURCE else reference_translation(kind, document.version, code)
    if reference is None:
        return ShownDocument(document.title, document.text, False)
    title = reference.split("\n", 1)[0].strip() or document.title
    original = t("原文（日本語）：こちらが正式な内容です")
    text = f"{reference.rstrip()}\n\n{RULE}\n{original}\n{RULE}\n\n{document.text}"
    return ShownDocument(title, text, True)
