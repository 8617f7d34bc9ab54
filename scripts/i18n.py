#!/usr/bin/env python3
"""The translation workflow (docs/i18n.md): Qt Linguist catalogues kept in the repository.

  i18n.py update          pyside6-lupdate: every catalogue gets the texts the sources now have
  i18n.py release         pyside6-lrelease: .ts -> .qm (the set-up runs this; .qm are not in git)
  i18n.py check           fails on a Japanese text the extractor cannot see, a catalogue behind
                          the sources, or an unfinished/broken entry in a shipped language
  i18n.py export LANG F   the unfinished entries of one catalogue as JSON {source: ""}
  i18n.py import LANG F   fills a catalogue from such a JSON file (translators' round trip)
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "mypage_desktop"
CATALOGUES = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "src"))

from mypage_desktop.domain.languages import LANGUAGES, SHIPPED, SOURCE  # noqa: E402

# lupdate is told that ``t`` is ``tr`` and ``N_`` is ``QT_TR_NOOP``; both file texts under the
# empty context, which is the one ``ui/widgets/i18n.t`` looks them up in.
ALIASES = "tr+=t,QT_TR_NOOP+=N_"
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff10-\uff5a]")
# Full-width punctuation between translated parts (「：」「（」) is not a text of its own.
PUNCTUATION_ONLY = re.compile(r"^[\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u30fb〜～/／・:()（）ー‐−－]*$")
MARKERS = {"t", "N_", "message"}
# Documents for the employer stay Japanese whatever the seeker's language (docs/i18n.md).
JAPANESE_DOCUMENTS = {"ui/referrals/letter_document.py", "ui/referrals/letter_pdf.py", "ui/jobs/resume_document.py",
                      "ui/jobs/resume_pdf.py"}
# Domain modules whose texts are shown on screen (the rule messages, states, labels).
DISPLAY_DOMAIN = {"rule_texts", "audit_dto", "applications", "jobs", "preregistration", "own_changes",
                  "publication", "info_sharing", "staff_dto", "seeker", "documents", "validity"}
REGEX = re.compile(r"\\[sd]|\[.*\]|\(\?")  # patterns that match input, not texts to show
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")
MNEMONIC = re.compile(r"&(?!&)\S")


def lupdate_tool() -> str:
    return str(Path(sys.executable).with_name("pyside6-lupdate"))


def lrelease_tool() -> str:
    return str(Path(sys.executable).with_name("pyside6-lrelease"))


def source_files() -> list[str]:
    """What the extractor reads: the package without the developer tools."""
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "devtools" not in p.parts)


def catalogue(code: str) -> Path:
    return CATALOGUES / f"mypage_{code}.ts"


def run_lupdate(target: Path, language: str) -> None:
    subprocess.run([lupdate_tool(), "-tr-function-alias", ALIASES, "-locations", "none", "-no-obsolete",
                    "-source-language", "ja", "-target-language", language, *source_files(), "-ts", str(target)],
                   check=True, capture_output=True, text=True)


def update() -> None:
    CATALOGUES.mkdir(exist_ok=True)
    for language in LANGUAGES:
        if language.code != SOURCE:
            run_lupdate(catalogue(language.code), language.qt_code or language.code)
            print(f"updated {catalogue(language.code).relative_to(ROOT)}")


def release() -> None:
    for language in LANGUAGES:
        ts = catalogue(language.code)
        if language.code == SOURCE or not ts.exists():
            continue
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([lrelease_tool(), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(path: Path) -> Iterator[ET.Element]:
    yield from ET.parse(path).getroot().iter("message")


def text_of(element: ET.Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def key_of(message: ET.Element) -> str:
    """The source, and the disambiguation where one was given (``t("表示", "配色")``): the same
    Japanese with two meanings is two entries."""
    source, comment = text_of(message.find("source")), text_of(message.find("comment"))
    return f"{source} ⟨{comment}⟩" if comment else source


# --- the check ---------------------------------------------------------------------------------

def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body and \
                isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            found.add(id(body[0].value))
    return found


def _marker_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _inside_functions(tree: ast.AST) -> set[int]:
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) or \
                (isinstance(node, ast.Call) and _marker_name(node) == "compile"):
            inside.update(id(inner) for inner in ast.walk(node))
    return inside


def unwrapped_texts(path: Path, *, tables_only: bool = False) -> list[str]:
    """Japanese texts in one module that no ``t``/``N_`` carries to the extractor, and calls of
    those markers with texts the extractor misreads (f-strings, concatenation). ``tables_only``
    (the domain): module-level tables; the functions there build data, not screen texts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    carried: set[int] = _inside_functions(tree) if tables_only else set()
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # lupdate does not look inside f-strings
            problems += [f"{path}:{inner.lineno}: {_marker_name(inner)}() inside an f-string: the extractor "
                         "cannot see it; translate a template with {placeholders}, then .format() it"
                         for inner in ast.walk(node)
                         if isinstance(inner, ast.Call) and _marker_name(inner) in ("t", "N_")]
        if isinstance(node, ast.Call) and _marker_name(node) in MARKERS:
            for argument in node.args:
                carried.update(id(inner) for inner in ast.walk(argument))
            first = node.args[0] if node.args else None
            if isinstance(first, (ast.JoinedStr, ast.BinOp)):
                problems.append(f"{path}:{node.lineno}: {_marker_name(node)}() of a built text: "
                                "translate a template, then .format() it")
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(target, ast.Name) and ("SAMPLE" in target.id or target.id.endswith("_CHARS"))
                   for target in targets):
                carried.update(id(inner) for inner in ast.walk(node))  # width samples, character sets: data
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and JAPANESE.search(node.value) \
                and id(node) not in docstrings and id(node) not in carried \
                and not PUNCTUATION_ONLY.match(node.value) and not REGEX.search(node.value):
            problems.append(f"{path}:{node.lineno}: not marked for translation: {node.value[:40]!r}")
    return problems


def checked_modules() -> list[Path]:
    ui = [p for p in (PACKAGE / "ui").rglob("*.py")
          if "devtools" not in p.parts and str(p.relative_to(PACKAGE)) not in JAPANESE_DOCUMENTS]
    domain = [PACKAGE / "domain" / f"{name}.py" for name in sorted(DISPLAY_DOMAIN)]
    return sorted(ui) + domain


def extracted_sources() -> set[str]:
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "all.ts"
        run_lupdate(target, "en")
        return {key_of(m) for m in messages(target)}


def catalogue_problems(code: str, wanted: set[str], shipped: bool) -> list[str]:
    path = catalogue(code)
    if not path.exists():
        return [f"{path.relative_to(ROOT)} is missing: run scripts/i18n.py update"]
    problems = []
    have = {}
    for message in messages(path):
        translation = message.find("translation")
        state = "" if translation is None else translation.get("type", "")
        if state in ("vanished", "obsolete"):
            continue
        have[key_of(message)] = (text_of(translation), state)
    missing, stale = wanted - have.keys(), have.keys() - wanted
    if missing or stale:
        problems.append(f"{path.name}: {len(missing)} texts missing, {len(stale)} no longer used: "
                        "run scripts/i18n.py update")
    if not shipped:
        return problems
    for source, (translation, state) in sorted(have.items()):
        label = f"{path.name}: {source[:30]!r}"
        if state == "unfinished" or not translation.strip():
            problems.append(f"{label}: unfinished")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"{label}: the {{placeholders}} differ from the source")
        if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(translation)):
            problems.append(f"{label}: the source has a keyboard shortcut (&) and the translation not, or back")
    return problems


def check() -> list[str]:
    # A translator holds a language to "complete" before it is shipped: MYPAGE_I18N_SHIP=en
    shipped = SHIPPED | set(filter(None, os.environ.get("MYPAGE_I18N_SHIP", "").split(",")))
    problems = [problem for path in checked_modules()
                for problem in unwrapped_texts(path, tables_only=path.parent.name == "domain")]
    wanted = extracted_sources()
    for language in LANGUAGES:
        if language.code != SOURCE:
            problems += catalogue_problems(language.code, wanted, language.code in shipped)
    return problems


# --- translators' round trip -------------------------------------------------------------------

def export(code: str, target: Path) -> None:
    todo = {key_of(m): "" for m in messages(catalogue(code))
            if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"}  # type: ignore[union-attr]
    target.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(todo)} unfinished texts -> {target}")


def import_(code: str, source: Path) -> None:
    done: dict[str, str] = json.loads(source.read_text(encoding="utf-8"))
    path = catalogue(code)
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        text = done.get(key_of(message), "")
        translation = message.find("translation")
        if text.strip() and translation is not None:
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate rewrites the file in its own layout, so diffs stay small
    run_lupdate(path, next(lang.qt_code or lang.code for lang in LANGUAGES if lang.code == code))
    print(f"{filled} texts filled in {path.name}")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "export":
        export(argv[1], Path(argv[2]))
    elif command == "import":
        import_(argv[1], Path(argv[2]))
    elif command == "check":
        problems = check()
        for problem in problems:
            print(problem)
        print(f"i18n check: {len(problems)} problem(s)")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
