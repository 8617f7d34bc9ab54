"""PDFs for tests, written byte by byte with a correct cross-reference table (what a PDF
writer produces), and files that only pretend to be PDFs."""

from __future__ import annotations


def tiny_pdf(text: str = "Rirekisho", *, extra: bytes = b"") -> bytes:
    """A one-page PDF showing ``text`` (ASCII); ``extra`` is added to the catalog dictionary
    (e.g. an /OpenAction with JavaScript)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def padded_pdf(size: int) -> bytes:
    """A valid PDF of about ``size`` bytes (a comment line pads it before the xref)."""
    base = tiny_pdf()
    cut = base.index(b"xref\n")
    pad = size - len(base) - 2
    assert pad > 0
    padding = b"%" + b"x" * pad + b"\n"
    body = base[:cut] + padding
    rest = base[cut:].replace(f"startxref\n{cut}\n".encode(), f"startxref\n{len(body)}\n".encode())
    out = body + rest
    return out + b" " * (size - len(out)) if len(out) < size else out


TEXT_RENAMED = "これはPDFではありません。\n履歴書\n".encode()
EXE_RENAMED = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
JS_PDF = tiny_pdf(extra=b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ")


def object_stream_pdf(inner: bytes, *, compress: bool = True) -> bytes:
    """``tiny_pdf`` with one more object: a /FlateDecode object stream whose content is
    ``inner`` (where a producer hides dictionaries, and a raw-bytes scan sees nothing);
    ``compress=False`` puts ``inner`` in as it is (a stream that is not deflate data)."""
    import zlib

    packed = zlib.compress(inner) if compress else inner
    objstm = (b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + str(len(packed)).encode()
              + b" >>\nstream\n" + packed + b"\nendstream")
    base = tiny_pdf()
    cut = base.index(b"xref\n")
    return base[:cut] + b"6 0 obj\n" + objstm + b"\nendobj\n" + _fixed_tail(base, cut, len(objstm) + 16)


def _fixed_tail(base: bytes, cut: int, shift: int) -> bytes:
    """The xref section of ``base`` with its ``startxref`` moved by ``shift`` bytes."""
    tail = base[cut:]
    head, _, rest = tail.rpartition(b"startxref\n")
    old = int(rest.split(b"\n", 1)[0])
    return head + b"startxref\n" + str(old + shift).encode() + b"\n%%EOF\n"
