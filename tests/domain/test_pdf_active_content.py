"""A PDF that acts is refused even where its names are compressed or escaped (docs/security.md
I5): inside a /FlateDecode object stream, written with #xx escapes, or behind a stream that
inflates without end."""

from __future__ import annotations

from mypage_desktop.domain import documents
from mypage_desktop.domain.documents import ACTIVE_CONTENT, pdf_problem
from services.pdf_samples import object_stream_pdf, tiny_pdf


def test_the_samples_are_well_formed() -> None:
    assert pdf_problem(object_stream_pdf(b"1 0 << /Type /Annot >>")) is None


def test_javascript_inside_a_compressed_object_stream_is_refused() -> None:
    hidden = object_stream_pdf(b"1 0 << /S /JavaScript /JS (app.alert(1)) >>")
    assert b"JavaScript" not in hidden  # what a raw-bytes scan would have let through
    assert pdf_problem(hidden) == ACTIVE_CONTENT


def test_an_escaped_name_is_read_as_the_name() -> None:
    assert pdf_problem(tiny_pdf(extra=b"/OpenAction << /S /J#61vaScript /JS (x) >> ")) == ACTIVE_CONTENT
    assert pdf_problem(object_stream_pdf(b"1 0 << /Type /L#61unch >>")) == ACTIVE_CONTENT


def test_an_object_stream_that_inflates_past_the_bound_is_refused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(documents, "MAX_INFLATED_BYTES", 4096)
    assert pdf_problem(object_stream_pdf(b" " * 4000)) is None
    assert pdf_problem(object_stream_pdf(b" " * 5000)) == ACTIVE_CONTENT


def test_a_stream_that_is_not_deflate_data_is_passed_over() -> None:
    """A viewer cannot read names out of it either; the raw bytes are still scanned."""
    assert pdf_problem(object_stream_pdf(b"not deflate data", compress=False)) is None
    assert pdf_problem(object_stream_pdf(b"1 0 << /JS (x) >>", compress=False)) == ACTIVE_CONTENT
