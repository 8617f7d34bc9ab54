"""Reads a tagged PDF's structure the way assistive technology does, with pypdf alone (no code
of the app's): the tree from the catalog's /StructTreeRoot, each element's text from the
marked content its MCIDs point at, and whatever text was drawn outside marked content."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject


@dataclass
class Node:
    role: str
    attributes: dict[str, str] = field(default_factory=dict)
    text: str = ""  # its own marked content's text, in order
    kids: list[Node] = field(default_factory=list)

    def walk(self) -> list[Node]:
        return [self, *(node for kid in self.kids for node in kid.walk())]

    def all_text(self) -> str:
        return self.text + "".join(kid.all_text() for kid in self.kids)


@dataclass
class Tagged:
    root: Node
    marked: bool
    untagged_text: str  # drawn outside every BDC … EMC with an MCID and outside /Artifact
    artifact_text: str
    parent_tree_ok: bool  # each MCID's parent-tree entry is the element that holds it


def read(data: bytes) -> Tagged:
    reader = PdfReader(io.BytesIO(data))
    catalog = reader.trailer["/Root"]
    page_ids = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    texts, untagged, artifacts = _marked_text(reader)
    tree = catalog["/StructTreeRoot"].get_object()
    owners: dict[tuple[int, int], int] = {}  # (page, MCID) → the element's object number

    def node(ref: IndirectObject) -> Node:
        element = ref.get_object()
        attributes = {str(k)[1:]: str(v).lstrip("/") for k, v in element.get("/A", DictionaryObject()).items()}
        result = Node(str(element["/S"])[1:], attributes)
        kids = element.get("/K", ArrayObject())
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            target = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if isinstance(target, DictionaryObject) and target.get("/Type") == "/MCR":
                page = page_ids[_idnum(target.raw_get("/Pg"))]
                mcid = int(target["/MCID"])
                owners[(page, mcid)] = ref.idnum
                result.text += texts.get((page, mcid), "")
            elif isinstance(target, DictionaryObject):
                result.kids.append(node(kid))
            else:  # a bare MCID on the element's /Pg
                page = page_ids[_idnum(element.raw_get("/Pg"))]
                owners[(page, int(target))] = ref.idnum
                result.text += texts.get((page, int(target)), "")
        return result

    root = node(tree["/K"])
    nums = tree["/ParentTree"].get_object()["/Nums"]
    parents = {int(nums[i]): nums[i + 1].get_object() for i in range(0, len(nums), 2)}
    parent_tree_ok = all(
        _idnum(parents[int(page["/StructParents"])][mcid]) == owner
        for (index, mcid), owner in owners.items() for page in [reader.pages[index]]
    ) and set(texts) <= set(owners)
    mark_info = catalog.get("/MarkInfo")
    marked = bool(mark_info is not None and mark_info.get_object().get("/Marked"))
    return Tagged(root, marked, untagged, artifacts, parent_tree_ok)


def _idnum(value: Any) -> int:
    return int(value.idnum if isinstance(value, IndirectObject) else value.indirect_reference.idnum)


def _marked_text(reader: PdfReader) -> tuple[dict[tuple[int, int], str], str, str]:
    """Text per (page, MCID), and the text drawn untagged or as an artifact."""
    pages = [_PageText(index) for index in range(len(reader.pages))]
    for page, seen in zip(reader.pages, pages, strict=True):
        page.extract_text(visitor_operand_before=seen.operand, visitor_text=seen.text)
    texts = {key: text for seen in pages for key, text in seen.texts.items()}
    return (texts, "".join(t for seen in pages for t in seen.untagged),
            "".join(t for seen in pages for t in seen.artifacts))


class _PageText:
    """pypdf's visitors for one page: the open marked-content sequences (per sequence its MCID,
    "artifact", or None for one that is neither), and where each piece of text went."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.stack: list[Any] = []
        self.texts: dict[tuple[int, int], str] = {}
        self.untagged: list[str] = []
        self.artifacts: list[str] = []

    def operand(self, op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"BDC":
            properties = args[1] if len(args) > 1 else {}
            mcid = properties.get("/MCID") if isinstance(properties, dict) else None
            self.stack.append("artifact" if args[0] == "/Artifact" else mcid)
        elif op == b"BMC":
            self.stack.append("artifact" if args[0] == "/Artifact" else None)
        elif op == b"EMC":
            self.stack.pop()

    def text(self, content: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not content.strip():
            return
        where = next((entry for entry in reversed(self.stack) if entry is not None), None)
        if where == "artifact":
            self.artifacts.append(content)
        elif where is None:
            self.untagged.append(content)
        else:
            key = (self.index, int(where))
            self.texts[key] = self.texts.get(key, "") + content
