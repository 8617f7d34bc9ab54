"""Tagged PDF for the saved forms (docs/accessibility.md §tagged-pdf): a structure tree
(Document › H1 / H2 / P / Table › TR › TH / TD) written next to the pages, each piece of text
in the content stream marked with the element it belongs to (``BDC`` with an MCID), and table
rules, backgrounds and the like marked as ``Artifact`` so a screen reader skips them.

ReportLab draws the pages but writes no structure; it does call a table's ``renderCB`` at each
row and cell, and its catalog has the ``StructTreeRoot`` and ``MarkInfo`` slots. The tree is
collected while the pages are drawn (:class:`TaggedCanvas`'s ``tags``) and written at save.

A table is tagged as a table only when it holds data (captions against values, 年 | 月 | 内容);
a table that only places things side by side or draws a box (``layout=True``) adds no
element, and its contents are tagged as if it were not there (PDF/UA's rule for layout tables)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFPage
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table

__all__ = ["CELL_ROLES", "Element", "Tags", "TaggedCanvas", "TaggedTable", "marked"]

CELL_ROLES = frozenset({"TH", "TD"})


@dataclass(eq=False)
class Element:
    """A structure element: its standard role, attributes (/A, e.g. a header cell's /Scope),
    and its kids in reading order: elements, or ``(page index, MCID)`` of marked content."""

    role: str
    attributes: dict[str, Any] = field(default_factory=dict)
    kids: list[Element | tuple[int, int]] = field(default_factory=list)


class Tags:
    """The structure tree as the pages are drawn. Flowables open and close elements around
    what they draw; :meth:`content` marks the drawing itself."""

    def __init__(self) -> None:
        self.root = Element("Document")
        self._open = [self.root]
        self.repeating = 0  # > 0 while a row repeated on a new page is drawn: an artifact
        self.pages: list[list[Element]] = [[]]  # per page: the element of each MCID, by MCID

    def begin(self, role: str, **attributes: Any) -> Element:
        element = Element(role, attributes)
        self._open[-1].kids.append(element)
        self._open.append(element)
        return element

    def end(self) -> None:
        if len(self._open) == 1:
            raise RuntimeError("closing the document element")
        self._open.pop()

    @property
    def current(self) -> Element:
        return self._open[-1]

    def new_page(self) -> None:
        self.pages.append([])

    @contextlib.contextmanager
    def content(self, canvas: Canvas, role: str) -> Iterator[None]:
        """Marks what is drawn inside as the content of a new ``role`` element, or, drawn in
        a data table's cell, of the cell itself (a caption's text is the TH's). Inside a
        repeated row it is a pagination artifact: read once, where it first came."""
        if self.repeating:
            canvas.addLiteral("/Artifact BMC")
            try:
                yield
            finally:
                canvas.addLiteral("EMC")
            return
        in_cell = self.current.role in CELL_ROLES
        if not in_cell:
            self.begin(role)
        self.mark(canvas)
        try:
            yield
        finally:
            canvas.addLiteral("EMC")
            if not in_cell:
                self.end()

    def mark(self, canvas: Canvas) -> None:
        """Opens a marked-content sequence for the current element (closed by ``EMC``)."""
        element = self.current
        page = len(self.pages) - 1
        mcid = len(self.pages[page])
        self.pages[page].append(element)
        element.kids.append((page, mcid))
        canvas.addLiteral(f"/{element.role} <</MCID {mcid}>> BDC")


def marked(canvas: Canvas, role: str) -> contextlib.AbstractContextManager[None]:
    """:meth:`Tags.content` on a :class:`TaggedCanvas`; on any other canvas (a flowable drawn
    elsewhere) nothing is marked."""
    tags = getattr(canvas, "tags", None)
    return tags.content(canvas, role) if isinstance(tags, Tags) else contextlib.nullcontext()


class TaggedTable(Table):  # type: ignore[misc]  # ReportLab has no type hints
    """A ReportLab table that tags itself: ``header_rows`` / ``header_columns`` give the cells
    that are TH (scope Column / Row); ``layout=True`` tags no table at all. Its rules and
    backgrounds are artifacts either way. The parts of a table split across pages are tables
    of their own, each with its repeated header rows."""

    def __init__(self, data: Any, *args: Any, header_rows: int = 0, header_columns: int = 0,
                 layout: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("renderCB", _render_callback)
        super().__init__(data, *args, **kwargs)
        self.header_rows, self.header_columns, self.layout = header_rows, header_columns, layout
        self.continued = False  # a part after a page break: its first repeatRows rows are repeats

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts = super().split(available_width, available_height)
        for index, part in enumerate(parts):
            if isinstance(part, TaggedTable):
                part.header_rows, part.header_columns, part.layout = (
                    self.header_rows, self.header_columns, self.layout)
                part.continued = self.continued or index > 0
        return list(parts)

    def repeats(self, row: int) -> bool:
        """A layout table's row repeated on a new page (a box's caption): drawn, not read
        again. A data table's repeated header row stays TH: the continued table has headers."""
        return self.layout and self.continued and row < int(self.repeatRows or 0)


_ARTIFACT_STARTS = {"startBG": "endBG", "startLines": "endLines"}
_ARTIFACT_ENDS = frozenset(_ARTIFACT_STARTS.values())


def _render_callback(table: Table, event: str, *args: Any) -> None:
    canvas = table.canv
    tags = getattr(canvas, "tags", None)
    if not isinstance(tags, Tags):
        return
    if event in _ARTIFACT_STARTS:
        canvas.addLiteral("/Artifact BMC")
    elif event in _ARTIFACT_ENDS:
        canvas.addLiteral("EMC")
    elif event == "startRow" and isinstance(table, TaggedTable) and table.repeats(args[0]):
        table._tags_repeating = True  # ReportLab's endRow does not say which row ends
        tags.repeating += 1
    elif event == "endRow" and getattr(table, "_tags_repeating", False):
        table._tags_repeating = False
        tags.repeating -= 1
    elif getattr(table, "layout", False):
        return
    elif event == "startTable":
        tags.begin("Table")
    elif event == "startRow":
        tags.begin("TR")
    elif event == "startCell":
        row, column, value = args[0], args[1], args[2]
        attributes = _span(table, row, column)
        if row < table.header_rows:
            tags.begin("TH", O="Table", Scope="Column", **attributes)
        elif column < table.header_columns:
            tags.begin("TH", O="Table", Scope="Row", **attributes)
        else:
            tags.begin("TD", **({"O": "Table", **attributes} if attributes else {}))
        # ReportLab draws a plain string cell itself: "" (a row to write in by hand) is no
        # text, any other string is the cell's content. A flowable marks its own drawing.
        table._tags_closes = isinstance(value, str)
        if table._tags_closes and value == "":
            canvas.addLiteral("/Artifact BMC")
        elif table._tags_closes:
            tags.mark(canvas)
    elif event == "endCell":
        if getattr(table, "_tags_closes", False):
            canvas.addLiteral("EMC")
        tags.end()
    elif event in ("endRow", "endTable"):
        tags.end()


def _span(table: Table, row: int, column: int) -> dict[str, int]:
    ranges = getattr(table, "_spanRanges", None) or {}  # only a table with spans has them
    start_col, start_row, end_col, end_row = ranges.get((column, row)) or (column, row, column, row)
    spans = {"RowSpan": end_row - start_row + 1, "ColSpan": end_col - start_col + 1}
    return {key: value for key, value in spans.items() if value > 1}


class TaggedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """A canvas that collects the structure tree (``tags``) while the pages are drawn and
    writes it at save: the catalog's /StructTreeRoot and /MarkInfo, each page's
    /StructParents, and the parent tree from MCIDs back to their elements."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tags = Tags()

    def showPage(self) -> None:
        super().showPage()
        self.tags.new_page()

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self._write_structure()
        super().save()

    def _write_structure(self) -> None:
        document = self._doc
        pages: list[PDFPage] = list(document.Pages.pages)
        page_refs = [document.Reference(page) for page in pages]
        dictionaries: dict[int, PDFDictionary] = {}
        references: dict[int, Any] = {}

        def register(element: Element) -> None:
            dictionaries[id(element)] = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(element.role)})
            references[id(element)] = document.Reference(dictionaries[id(element)])
            for kid in element.kids:
                if isinstance(kid, Element):
                    register(kid)

        def fill(element: Element, parent: Any) -> None:
            entry = dictionaries[id(element)].dict
            entry["P"] = parent
            kids: list[Any] = []
            for kid in element.kids:
                if isinstance(kid, Element):
                    fill(kid, references[id(element)])
                    kids.append(references[id(kid)])
                else:
                    page, mcid = kid
                    kids.append(PDFDictionary({"Type": PDFName("MCR"), "Pg": page_refs[page], "MCID": mcid}))
            if kids:
                entry["K"] = PDFArray(kids)
            if element.attributes:
                entry["A"] = PDFDictionary({key: PDFName(value) if isinstance(value, str) else value
                                            for key, value in element.attributes.items()})

        register(self.tags.root)
        root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_ref = document.Reference(root)
        fill(self.tags.root, root_ref)
        numbers: list[Any] = []
        for index, page in enumerate(pages):
            page.StructParents = index
            page.__NoDefault__ = [*PDFPage.__NoDefault__, "StructParents"]
            marks = self.tags.pages[index] if index < len(self.tags.pages) else []
            numbers += [index, PDFArray([references[id(element)] for element in marks])]
        root.dict["K"] = references[id(self.tags.root)]
        root.dict["ParentTree"] = document.Reference(PDFDictionary({"Nums": PDFArray(numbers)}))
        root.dict["ParentTreeNextKey"] = len(pages)
        document.Catalog.StructTreeRoot = root
        document.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})
