"""docs/architecture.md's import picture is the current one: regenerated from the source by
scripts/import_graph.py and compared (run ``scripts/import_graph.py --write`` after moving
modules)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def _import_graph() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_graph", REPO / "scripts" / "import_graph.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("import_graph", module)
    spec.loader.exec_module(module)
    return module


def test_the_import_picture_is_current() -> None:
    graph = _import_graph()
    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert graph.current_section(text) == graph.render(), (
        "docs/architecture.md is out of date: run scripts/import_graph.py --write"
    )


def test_the_graph_sees_imports_of_every_kind() -> None:
    graph = _import_graph()
    counts, edges, module_edges = graph.collect()
    assert counts["domain"] >= 10 and "domain" in edges["services"]
    ui_targets = set().union(*(targets for node, targets in edges.items() if node.split(".")[0] == "ui"))
    assert "facade" in ui_targets and "services" not in ui_targets
    # ``from mypage_desktop.facade.remote import wire`` names the module, not the package.
    assert "facade.remote.wire" in module_edges["facade.remote.client"]
    # Alembic versions count as db.migrations.
    assert "db.migrations.versions" not in counts


def test_cycles_are_found() -> None:
    graph = _import_graph()
    assert graph.cycles({"a": {"b"}, "b": {"a", "c"}, "c": set()}) == [["a", "b"]]
    assert graph.cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_back() -> None:
    """No import cycle between modules (issue 11: the session owner and its idle monitor, the
    wizard's pages and the wizard, the two local façades each had one)."""
    graph = _import_graph()
    _counts, _edges, module_edges = graph.collect()
    assert graph.cycles(module_edges) == []
