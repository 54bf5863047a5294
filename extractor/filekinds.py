"""What a file that is not a report file is, told from its first bytes, and what to do with it.

An auditor's folder holds Word and Excel files, archives and photographed pages beside the PDFs.
Read as text they were all "binary content, not a text report" (a TIFF even came out as a table
of garbage "with no figures"): the reader must be told what the file is and how to get a file
doisoat reads from it.
"""

from __future__ import annotations

import io
import zipfile

from normalizers.messages import N_, Msg, msg

# File signatures (the first bytes) of what people send or rename by mistake.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF8", N_("a GIF image")),
    (b"II*\x00", N_("a TIFF image")),
    (b"MM\x00*", N_("a TIFF image")),
    (b"BM", N_("a BMP image")),
    (b"PK\x03\x04", N_("a ZIP archive (Word or Excel file?)")),
    (b"\xd0\xcf\x11\xe0", N_("an old Office document")),
    (b"{\\rtf", N_("an RTF document")),
    (b"Rar!", N_("a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", N_("a 7-Zip archive")),
)
# Office files are ZIP archives: the part that names what they are.
_ZIP_PARTS = (
    ("word/document.xml", N_("a Word document (.docx)")),
    ("xl/workbook.xml", N_("an Excel workbook (.xlsx)")),
    ("ppt/presentation.xml", N_("a PowerPoint presentation (.pptx)")),
    ("content.xml", N_("an OpenDocument file (.odt, .ods)")),
)

_SAVE_AS_PDF = N_("save it as PDF (File > Save As) and read the PDF")
_ADVICE = {
    N_("an Excel workbook (.xlsx)"): N_("save it as PDF, or the table as tab-separated text (.tsv), and read that"),
    N_("a ZIP archive (Word or Excel file?)"): N_("extract it and read the folder"),
    N_("a RAR archive"): N_("extract it and read the folder"),
    N_("a 7-Zip archive"): N_("extract it and read the folder"),
    N_("a PNG image"): N_("put the scanned pages in a PDF and read the PDF"),
    N_("a JPEG image"): N_("put the scanned pages in a PDF and read the PDF"),
    N_("a GIF image"): N_("put the scanned pages in a PDF and read the PDF"),
    N_("a TIFF image"): N_("put the scanned pages in a PDF and read the PDF"),
    N_("a BMP image"): N_("put the scanned pages in a PDF and read the PDF"),
}


def file_kind(data: bytes) -> str | None:
    """The message id of what ``data`` is when its first bytes say it is a known kind of file that
    is no report doisoat reads (an image, an Office document, an archive), else None.

    >>> file_kind(b"\\xff\\xd8\\xff\\xe0..."), file_kind("Báo cáo".encode())
    ('a JPEG image', None)
    """
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return _zip_kind(data) if magic == b"PK\x03\x04" else what
    return None


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return N_("a ZIP archive (Word or Excel file?)")
    return next((what for part, what in _ZIP_PARTS if part in names), N_("a ZIP archive (Word or Excel file?)"))


def not_a_report(data: bytes) -> Msg | None:
    """Why ``data`` is no report file, and what to do, when its kind is known (``file_kind``).

    >>> not_a_report(b"\\x89PNG\\r\\n\\x1a\\n...").render()
    'a PNG image, not a report file doisoat reads (PDF, .txt, .md, .tsv, .html): put the scanned pages in a PDF and read the PDF'
    """
    what = file_kind(data)
    if what is None:
        return None
    return msg(N_("{what}, not a report file doisoat reads (PDF, .txt, .md, .tsv, .html): {advice}"),
               what=msg(what), advice=msg(_ADVICE.get(what, _SAVE_AS_PDF)))


__all__ = ["file_kind", "not_a_report"]
