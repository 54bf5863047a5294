"""Turn a text-layer PDF into an image-only "scanned" PDF, the way a district office scans a print.

``python corpus/make_scans.py [corpus/pdf/bieu01_ruled.pdf ...]`` writes
``corpus/pdf/<name>_scanned.pdf`` for each input (default: ``bieu01_ruled.pdf``).

Each page is rasterised at 200 dpi in grayscale, rotated by a small fixed skew (0.4°, the tilt of a
sheet laid slightly crooked on the glass: enough to break readers that assume axis-aligned rules),
blurred a little, given a paper tint, uneven shading, light noise and dust specks from a seeded
``numpy.random.RandomState``, then saved as low-quality JPEG-in-PDF with no text layer (about
150 KB a page, like an office scanner's default). Nothing depends on the clock or on chance, so
the output is byte-identical across runs with the same pdfium, Pillow and libjpeg;
``tests/test_ocr.py`` checks that.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "corpus" / "pdf"
DEFAULT_INPUTS = (OUT_DIR / "bieu01_ruled.pdf",)

SCAN_DPI = 200
SKEW_DEGREES = 0.4
NOISE_SIGMA = 3.0
SHADING = 5.0
SPECKS = 0.0003
PAPER = 244  # a scanned white is never 255
INK = 18
BLUR_RADIUS = 0.8
# Text compresses badly in JPEG; 20 keeps a dense table page near 150 KB and still legible.
JPEG_QUALITY = 20
# A fixed date so the PDF's info dictionary does not change between runs.
FIXED_DATE = time.gmtime(946684800)  # 2000-01-01T00:00:00Z


def scan_page(image: Image.Image, *, seed: int) -> Image.Image:
    """Make one clean grayscale rendering look scanned: skew, optics blur, paper, noise, specks."""
    gray = image.convert("L")
    # Counter-clockwise like a sheet pushed against the glass's left edge.
    rotated = gray.rotate(SKEW_DEGREES, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    blurred = rotated.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))
    pixels = np.asarray(blurred, dtype=np.float32)
    # Ink stays ink, white becomes paper: map [0, 255] onto [INK, PAPER].
    pixels = INK + pixels * ((PAPER - INK) / 255.0)
    rng = np.random.RandomState(seed)
    h, w = pixels.shape
    # Uneven lighting and paper: a coarse random field, smoothly upsampled (cheap for JPEG).
    coarse = rng.normal(0.0, 1.0, size=(h // 64 + 2, w // 64 + 2)).astype(np.float32)
    shading = np.asarray(Image.fromarray(coarse, mode="F").resize((w, h), Image.Resampling.BICUBIC))
    pixels += SHADING * shading
    pixels += rng.normal(0.0, NOISE_SIGMA, size=pixels.shape).astype(np.float32)
    # Dust: isolated dark specks.
    pixels[rng.random_sample(pixels.shape) < SPECKS] -= 110.0
    return Image.fromarray(np.clip(pixels, 0, 255).round().astype(np.uint8), mode="L")


def generator_versions() -> str:
    """What the output bytes depend on: ``"Pillow 13.0.0; pypdfium2 ...; numpy 2.4.6"``."""
    import PIL

    return f"Pillow {PIL.__version__}; pypdfium2 {pdfium.PYPDFIUM_INFO}; pdfium {pdfium.PDFIUM_INFO}; numpy {np.__version__}"


def scan_pdf(source: str | Path, target: str | Path, *, dpi: int = SCAN_DPI) -> Path:
    """Write an image-only version of ``source`` to ``target`` and return ``target``.

    >>> scan_pdf("corpus/pdf/bieu01_ruled.pdf", "/tmp/bieu01_ruled_scanned.pdf")  # doctest: +SKIP
    PosixPath('/tmp/bieu01_ruled_scanned.pdf')
    """
    source, target = Path(source), Path(target)
    pdf = pdfium.PdfDocument(str(source))
    pages: list[Image.Image] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72.0, grayscale=True)
            pages.append(scan_page(bitmap.to_pil(), seed=index + 1))
            page.close()
    finally:
        pdf.close()
    buffer = io.BytesIO()
    pages[0].save(
        buffer,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        quality=JPEG_QUALITY,
        title=f"{source.stem} (scanned)",
        author="doisoat corpus generator",
        # The bytes depend on these (Pillow bundles its libjpeg): a drift test compares like with like.
        subject=generator_versions(),
        creationDate=FIXED_DATE,
        modDate=FIXED_DATE,
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(buffer.getvalue())
    return target


def scanned_name(source: Path) -> Path:
    """``corpus/pdf/bieu01_ruled.pdf`` -> ``corpus/pdf/bieu01_ruled_scanned.pdf``."""
    return OUT_DIR / f"{source.stem}_scanned.pdf"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    sources = [Path(a) for a in args] or list(DEFAULT_INPUTS)
    for source in sources:
        if not source.is_file():
            print(f"{source}: no such file (run corpus/generate_pdfs.py first)", file=sys.stderr)
            return 2
        target = scan_pdf(source, scanned_name(source))
        with pdfium.PdfDocument(str(target)) as pdf:
            n_pages = len(pdf)
        size = target.stat().st_size
        print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
              f"{n_pages} pages, {size // 1024} KiB ({size // 1024 // max(n_pages, 1)} KiB/page)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
