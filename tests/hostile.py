"""Builders of hostile input files for the robustness tests (generated, never committed)."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SEED_000 = Path(__file__).resolve().parent.parent / "corpus" / "000_6a5e51584c6108a1.txt"


def _font() -> str:
    if Path(FONT).exists():
        if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        return "DejaVu"
    return "Helvetica"


def text_pdf(pages: int = 1, *, size: tuple[float, float] = A4, encrypt: object | None = None, lines: int = 5) -> bytes:
    """A real PDF with a text layer: each page prints a few report-like lines."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, encrypt=encrypt)
    font = _font()
    for p in range(pages):
        c.setFont(font, 10)
        for i in range(lines):
            c.drawString(40, size[1] - 60 - 14 * i, f"Trang {p + 1}: Tổng sản lượng lương thực 41.160/41.100 tấn đạt 100,1% kế hoạch")
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return text_pdf(encrypt=StandardEncryption(user_password, ownerPassword="owner-secret", canPrint=1))


def zero_page_pdf() -> bytes:
    """A syntactically valid PDF whose page tree is empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def broken_xref_pdf() -> bytes:
    """A real PDF whose xref offsets all point to the wrong place."""
    data = text_pdf()
    start = data.rfind(b"xref")
    head, tail = data[:start], data[start:]
    tail = tail.replace(b" 00000 n", b" 00000 n").replace(b"0000000", b"9999999", 3)
    return head + tail


def png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buf, "PNG")
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A PDF page that is one picture of text: needs OCR."""
    img = Image.new("L", (800, 300), 255)
    from PIL import ImageDraw, ImageFont

    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 28) if Path(FONT).exists() else ImageFont.load_default()
    draw.text((20, 100), "Tổng sản lượng lương thực 41.160 tấn", fill=0, font=font)
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=100.0)
    return buf.getvalue()


_TCVN3_LOWER = {
 "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
 "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
 "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
 "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
 "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
 "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
 "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
 "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
 "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
 "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
 "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
 "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
 "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}
_TCVN3_UPPER = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}


# VNI-Windows, as its fonts draw it: a base letter, then one mark byte for shape and tone together.
_VNI_TONE = {"": "", "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni_bytes(text: str) -> bytes:
    """Vietnamese text as a file typed with the VNI-Times fonts holds it (VNI-Windows): "tổng" is
    "toång" (o, then the mark of circumflex with hook), "ơ" "ô", "ư" "ö", "đ" "ñ", "ỵ" "î"; capitals
    take capital marks. Spelled letter by letter from each letter's parts (NFD), not from a table."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ch)
            continue
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        base, *marks = unicodedata.normalize("NFD", ch.lower())
        tone = next((m for m in marks if m in _VNI_I), "")
        shape = next((m for m in marks if m not in _VNI_I), "")
        if base == "i":
            spelled = _VNI_I[tone]
        elif base == "y" and tone == "\u0323":
            spelled = "î"
        elif shape == "\u031b":
            spelled = {"o": "ô", "u": "ö"}[base] + _VNI_TONE[tone]
        elif shape == "\u0302":
            spelled = base + _VNI_HAT[tone]
        elif shape == "\u0306":
            spelled = base + _VNI_BREVE[tone]
        else:
            spelled = base + _VNI_TONE[tone]
        out.append(spelled.upper() if ch.isupper() else spelled)
    return "".join(out).encode("cp1252", errors="replace")


def tcvn3_bytes(text: str) -> bytes:
    """Vietnamese text as a file written with the .VnTime fonts holds it: TCVN3 (ABC, TCVN 5712:1993
    VN3), still sent by district offices. Capitals with tone marks share the small letters' codes (the
    .VnTimeH font prints them as capitals)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in _TCVN3_UPPER:
            out.append(_TCVN3_UPPER[ch])
        elif ch in _TCVN3_LOWER:
            out.append(_TCVN3_LOWER[ch])
        elif ch.lower() in _TCVN3_LOWER:
            out.append(_TCVN3_LOWER[ch.lower()])
        else:
            out += b"?"
    return bytes(out)
