"""応募書類 (履歴書 / 職務経歴書) and the 志望動機 of an online application
(docs/product-rules.md §application-documents, docs/security.md I5): what counts as a PDF, the
size limit, and the text rules. Pure rules: the bytes are checked here, stored by the service."""

from __future__ import annotations

import hashlib
import re
import zlib
from enum import StrEnum

from mypage_desktop.domain.applications import text_errors
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.translatable import N_

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024  # a scanned two-page 履歴書 is ~1-3 MB; more is a photo album
MOTIVATION_MAX = 1000  # about two-thirds of an A4 page in the 履歴書's 志望動機 box
CHUNK_BYTES = 128 * 1024  # one upload call: 128 KiB raw is ~171 KiB of base64, under the body limit
MAX_FILE_NAME = 100


class DocumentKind(StrEnum):
    RESUME = N_("履歴書")
    CAREER = N_("職務経歴書")


NOT_PDF = "document.not_pdf"
TOO_LARGE = "document.too_large"
EMPTY = "document.empty"
ACTIVE_CONTENT = "document.active_content"
UNKNOWN_KIND = "document.unknown_kind"

_HEADER = re.compile(rb"\A%PDF-[12]\.\d")
_STARTXREF = re.compile(rb"startxref\s+(\d{1,10})\s+%%EOF\s*\Z")
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")
# Names that make a PDF act (run script, start a program, carry a file) rather than show a page.
# A PDF viewer on a staff PC or at the employer must not be handed any of them. Checked on the
# raw bytes and inside compressed object streams (docs/security.md I5), after undoing the #xx
# escapes a name may be written with (/J#61vaScript is /JavaScript).
_ACTIVE = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|EmbeddedFiles|RichMedia|XFA)\b")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
# An object stream: the dictionary just before ``stream`` says /Type /ObjStm and /FlateDecode.
_OBJECT_STREAM = re.compile(rb"<<(?:(?!>>).){0,400}?/ObjStm(?:(?!>>).){0,400}?>>\s*stream\r?\n", re.S)
# Object streams hold dictionaries (small); one that inflates beyond this is refused, not read.
MAX_INFLATED_BYTES = 16 * 1024 * 1024


def pdf_problem(data: bytes) -> str | None:
    """None for a plausible, inert PDF; the message code otherwise. A structural parse, not a
    renderer: the header, the final ``startxref <offset> %%EOF``, an offset that lands on a
    cross-reference table or stream inside the file, and at least one object. A text or .exe
    file renamed to .pdf fails at the header; a truncated upload fails at the end."""
    if not data:
        return EMPTY
    if len(data) > MAX_DOCUMENT_BYTES:
        return TOO_LARGE
    if _HEADER.match(data) is None:
        return NOT_PDF
    tail = _STARTXREF.search(data[-1024:])
    if tail is None:
        return NOT_PDF
    offset = int(tail.group(1))
    if offset >= len(data):
        return NOT_PDF
    at = data[offset:offset + 64]
    if not (at.startswith(b"xref") or _OBJECT.match(at)):
        return NOT_PDF
    if _OBJECT.search(data) is None or b"endobj" not in data:
        return NOT_PDF
    return _active_content(data)


def _acts(text: bytes) -> bool:
    return _ACTIVE.search(_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), text)) is not None


def _active_content(data: bytes) -> str | None:
    """ACTIVE_CONTENT when an action or attachment is named in the file or in one of its
    compressed object streams (or a stream inflates past :data:`MAX_INFLATED_BYTES`)."""
    if _acts(data):
        return ACTIVE_CONTENT
    budget = MAX_INFLATED_BYTES
    for found in _OBJECT_STREAM.finditer(data):
        if b"/FlateDecode" not in found.group(0):
            continue
        end = data.find(b"endstream", found.end())
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(data[found.end():end if end != -1 else len(data)], budget + 1)
        except zlib.error:
            continue  # not inflatable: a viewer cannot read names from it either
        if len(inflated) > budget or inflater.unconsumed_tail:
            return ACTIVE_CONTENT
        budget -= len(inflated)
        if _acts(inflated):
            return ACTIVE_CONTENT
    return None


def kind_error(kind: str) -> FieldError | None:
    if kind in {k.value for k in DocumentKind}:
        return None
    return FieldError("kind", UNKNOWN_KIND, {"kind": kind[:20]})


def document_errors(kind: str, data: bytes) -> list[FieldError]:
    unknown = kind_error(kind)
    if unknown is not None:
        return [unknown]
    problem = pdf_problem(data)
    if problem is None:
        return []
    params = {"max_mb": MAX_DOCUMENT_BYTES // (1024 * 1024)} if problem == TOO_LARGE else {}
    return [FieldError("document", problem, {"kind": kind, **params})]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


def clean_file_name(name: str, kind: str) -> str:
    """The name the seeker's file had, for showing and for the export: no path, no control or
    reserved characters, ``.pdf`` at the end, at most 100 characters."""
    base = re.split(r"[/\\]", name)[-1]
    base = _UNSAFE_NAME.sub("_", base).strip(" .") or kind
    if not base.lower().endswith(".pdf"):
        base += ".pdf"
    return base[-MAX_FILE_NAME:]


def motivation_errors(raw: str) -> tuple[str, list[FieldError]]:
    """志望動機: required, 1–1000 characters, newlines allowed, no other control characters."""
    text, errors = text_errors("motivation", raw, max_length=MOTIVATION_MAX, code_prefix="application.motivation_")
    return text.strip(), errors
