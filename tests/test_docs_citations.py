"""The repository stands alone: code, tests, scripts and docs cite the repository's own docs/
files, never notes that a clone does not contain, and every cited requirement ID or section
exists in the document it names.

Citation forms (docs/code-style.md, docs/security.md): ``docs/security.md A2`` (several IDs:
``A1, A3``; a range: ``S1–S3``) and ``docs/<name>.md §anchor`` where the document has
``<a id="anchor"></a>``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
SCANNED_DIRS = ("src", "bench", "scripts", "tests", "docs", "packaging")
SCANNED_FILES = ("README.md", "CONTRIBUTING.md", "pyproject.toml")
THIS_FILE = Path(__file__).resolve()

# Notes outside the repository (they lived beside it, in ../shared) and their citation forms.
OUTSIDE_NAMES = "SPEC|SECURITY|TECH-NOTES|STYLE"
OUTSIDE = {
    "a file outside the repository": re.compile(rf"\.\./shared\b|\b(?:{OUTSIDE_NAMES})\.md\b"),
    "SPEC §…": re.compile(r"\bSPEC\s+§"),
    "TECH-NOTES": re.compile(r"\bTECH-NOTES\b"),
    "SECURITY <ID>": re.compile(r"(?<![\w-])SECURITY\s+[A-Z]\d"),
    "STYLE <n>": re.compile(r"(?<![\w-])STYLE\s+\d"),
}
SECURITY_CITATION = re.compile(r"docs/security\.md\s+((?:[A-Z]\d+(?:[–-][A-Z]?\d+)?(?:\s*[,/]\s*|\s+and\s+)?)+)")
SECTION_CITATION = re.compile(r"docs/([\w-]+\.md)\s+§([\w-]+)")
DOC_MENTION = re.compile(r"(?<![\w/.])docs/([\w-]+\.md)")
ANCHOR = re.compile(r'<a id="([\w-]+)"></a>')
SECURITY_HEADING = re.compile(r"^### ([A-Z]\d+) ", re.MULTILINE)


def scanned_files() -> list[Path]:
    files = [REPO / name for name in SCANNED_FILES if (REPO / name).is_file()]
    for directory in SCANNED_DIRS:
        for path in sorted((REPO / directory).rglob("*")):
            skip = "__pycache__" in path.parts or any(part.endswith(".egg-info") for part in path.parts)
            if path.is_file() and not skip and path.resolve() != THIS_FILE:
                files.append(path)
    return files


def texts() -> list[tuple[str, str]]:
    found = []
    for path in scanned_files():
        try:
            found.append((path.relative_to(REPO).as_posix(), path.read_text(encoding="utf-8")))
        except (UnicodeDecodeError, OSError):
            continue  # binary files (images, compiled translations) cite nothing
    return found


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def security_ids() -> set[str]:
    return set(SECURITY_HEADING.findall((DOCS / "security.md").read_text(encoding="utf-8")))


def anchors(document: str) -> set[str]:
    path = DOCS / document
    return set(ANCHOR.findall(path.read_text(encoding="utf-8"))) if path.is_file() else set()


def cited_ids(group: str) -> list[str]:
    """``A1, A3`` -> A1, A3; ``S1–S3`` -> S1, S2, S3."""
    ids: list[str] = []
    for letter, first, _, last in re.findall(r"([A-Z])(\d+)(?:[–-]([A-Z]?)(\d+))?", group):
        ids += [f"{letter}{n}" for n in range(int(first), int(last or first) + 1)]
    return ids


def test_nothing_cites_notes_outside_the_repository() -> None:
    found = [
        f"{name}:{line_of(text, m.start())}: {what} ({m.group(0)!r})"
        for name, text in texts()
        for what, pattern in OUTSIDE.items()
        for m in pattern.finditer(text)
    ]
    assert not found, "cite docs/ instead (rerun repoint_citations.py):\n" + "\n".join(found)


def test_every_cited_security_id_has_an_entry() -> None:
    known = security_ids()
    found = [
        f"{name}:{line_of(text, m.start())}: {requirement}"
        for name, text in texts()
        for m in SECURITY_CITATION.finditer(text)
        for requirement in cited_ids(m.group(1))
        if requirement not in known
    ]
    assert not found, "no such entry in docs/security.md:\n" + "\n".join(found)


def test_every_cited_section_exists() -> None:
    found = [
        f"{name}:{line_of(text, m.start())}: docs/{m.group(1)} §{m.group(2)}"
        for name, text in texts()
        for m in SECTION_CITATION.finditer(text)
        if m.group(2) not in anchors(m.group(1))
    ]
    assert not found, 'no <a id="…"></a> for these sections:\n' + "\n".join(found)


def test_every_mentioned_document_exists() -> None:
    found = [
        f"{name}:{line_of(text, m.start())}: docs/{m.group(1)}"
        for name, text in texts()
        for m in DOC_MENTION.finditer(text)
        if not (DOCS / m.group(1)).is_file()
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("see SPEC §3.1 for it", "SPEC §…"),
        ("(SECURITY\n    A2)", "SECURITY <ID>"),
        ("read ../shared/SECURITY.md", "a file outside the repository"),
        ("TECH-NOTES §2 says", "TECH-NOTES"),
        ("non-blocking (STYLE 7)", "STYLE <n>"),
    ],
)
def test_the_old_forms_are_recognised(text: str, complaint: str) -> None:
    assert OUTSIDE[complaint].search(text)


def test_code_names_are_not_citations() -> None:
    # Constants such as CLOSED_STYLE and the occupation group SECURITY are code, not citations.
    for text in ('CLOSED_STYLE = "x"', "SECURITY, FARM = 1, 2", "REPO = Path(SPECPATH)"):
        assert not any(p.search(text) for p in OUTSIDE.values()), text


def test_the_citation_parsers_read_lists_and_ranges() -> None:
    assert cited_ids("A1, A3") == ["A1", "A3"]
    assert cited_ids("S1–S3") == ["S1", "S2", "S3"]
    assert cited_ids("K1–6") == ["K1", "K2", "K3", "K4", "K5", "K6"]
    assert {"A2", "N8", "P2"} <= security_ids()
    match = SECURITY_CITATION.search("(docs/security.md D3/D4 spirit)")
    assert match and cited_ids(match.group(1)) == ["D3", "D4"]


def _heading_slugs(text: str) -> set[str]:
    """GitHub's anchors for headings: lower case, punctuation dropped, spaces to hyphens."""
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in re.findall(r"^#+ (.*)$", text, re.M)}


def test_links_between_the_documents_resolve() -> None:
    documents = [REPO / "README.md", REPO / "CONTRIBUTING.md", *sorted(DOCS.glob("*.md"))]
    broken = []
    for document in documents:
        text = document.read_text(encoding="utf-8")
        for m in re.finditer(r"\]\(([^)\s]+)\)", text):
            link = m.group(1)
            if re.match(r"[a-z]+:", link):
                continue  # web and mail addresses
            path, _, fragment = link.partition("#")
            target = (document.parent / path).resolve() if path else document
            if not target.exists():
                broken.append(f"{document.name}:{line_of(text, m.start())}: {link}")
            elif fragment and target.suffix == ".md":
                linked = target.read_text(encoding="utf-8")
                if fragment not in set(ANCHOR.findall(linked)) | _heading_slugs(linked):
                    broken.append(f"{document.name}:{line_of(text, m.start())}: {link}")
    assert not broken, "\n".join(broken)
