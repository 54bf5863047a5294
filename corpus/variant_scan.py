"""A variant's scanned copy: the text-layer PDF printed, stamped, signed and scanned back.

Builds on ``corpus/make_scans.py`` (paper tint, optics blur, uneven light, noise, dust, JPEG) and
adds what district scans carry: 200 or 300 dpi, a red or grey round seal overlapping a column of
figures, a handwritten signature over the signature block, a skew of up to 2°, a page fed
upside down, and a page fed sideways (a landscape table page scanned into a portrait image, turned
90° or 270°). Everything is drawn from a seeded ``numpy.random.RandomState``, so the bytes are the
same on every run with the same pdfium, Pillow and libjpeg.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter

from corpus.make_scans import (
    BLUR_RADIUS,
    FIXED_DATE,
    INK,
    NOISE_SIGMA,
    PAPER,
    SHADING,
    SPECKS,
    generator_versions,
)
from corpus.variant_layout import ScanLayout

SEAL_INK = {"red": (205, 40, 45), "grey": (95, 95, 95)}
SIGNATURE_INK = (25, 35, 120)


def _seal(image: Image.Image, centre: tuple[float, float], radius: float, ink: tuple[int, int, int],
          rng: np.random.RandomState) -> Image.Image:
    """A round office seal: two rings, a star, a band of text-like strokes, partly transparent ink."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    cx, cy = centre
    alpha = int(rng.uniform(150, 200))
    colour = (*ink, alpha)
    w = max(2, int(radius * 0.05))
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=colour, width=w)
    r2 = radius * 0.72
    draw.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), outline=colour, width=max(1, w // 2))
    # The ring of lettering between the two circles: short radial strokes read as letters.
    for k in range(64):
        a = 2 * math.pi * k / 64 + rng.uniform(-0.02, 0.02)
        if 0.42 * math.pi < a < 0.58 * math.pi:
            continue
        r_in, r_out = radius * 0.78, radius * 0.93
        draw.line((cx + r_in * math.cos(a), cy + r_in * math.sin(a), cx + r_out * math.cos(a), cy + r_out * math.sin(a)),
                  fill=colour, width=max(1, w // 2))
    star = []
    for k in range(10):
        rr = radius * (0.28 if k % 2 == 0 else 0.11)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(star, fill=colour)
    base = image.convert("RGBA")
    return Image.alpha_composite(base, overlay).convert("RGB")


def _signature(image: Image.Image, box: tuple[float, float, float, float], rng: np.random.RandomState) -> Image.Image:
    """A handwritten signature: a few looping strokes across the middle of the signer's column."""
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    width = (x1 - x0) * 0.35
    points = []
    for k in range(60):
        t = k / 59
        x = cx - width / 2 + width * t
        y = cy + math.sin(t * rng.uniform(8, 14)) * (y1 - y0) * 0.12 + rng.normal(0, 1.5)
        points.append((x, y))
    draw.line(points, fill=SIGNATURE_INK, width=max(2, int((x1 - x0) * 0.006)))
    return image


def degrade(image: Image.Image, *, seed: int, skew: float, colour: bool) -> Image.Image:
    """make_scans' degradations with a chosen skew; colour scans keep the seal's hue."""
    rgb = image.convert("RGB")
    rotated = rgb.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    blurred = rotated.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))
    pixels = np.asarray(blurred if colour else blurred.convert("L"), dtype=np.float32)
    pixels = INK + pixels * ((PAPER - INK) / 255.0)
    rng = np.random.RandomState(seed)
    h, w = pixels.shape[:2]
    coarse = rng.normal(0.0, 1.0, size=(h // 64 + 2, w // 64 + 2)).astype(np.float32)
    shading = np.asarray(Image.fromarray(coarse, mode="F").resize((w, h), Image.Resampling.BICUBIC))
    if colour:
        shading = shading[:, :, None]
    pixels += SHADING * shading
    pixels += rng.normal(0.0, NOISE_SIGMA, size=(h, w) + ((1,) if colour else ())).astype(np.float32)
    specks = rng.random_sample((h, w)) < SPECKS
    pixels[specks] -= 110.0
    out = np.clip(pixels, 0, 255).round().astype(np.uint8)
    return Image.fromarray(out, mode="RGB" if colour else "L")


def scan_variant(source: Path, target: Path, scan: ScanLayout, *, seed: int,
                 seal_at: tuple[int, float, float, float] | None,
                 signature_at: tuple[int, float, float, float, float] | None,
                 page_height: Sequence[float]) -> Path:
    """Write the image-only copy of ``source``.

    seal_at:      (page, x, y, radius) in PDF points of the upright page (y up), or None.
    signature_at: (page, x0, y0, x1, y1) of the signature block, or None.
    page_height:  upright height in points of each page (to turn y-up points into pixels).
    """
    scale = scan.dpi / 72.0
    colour = scan.seal == "red"
    rng = np.random.RandomState(seed % (2**32))
    pdf = pdfium.PdfDocument(str(source))
    pages: list[Image.Image] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            image = page.render(scale=scale, grayscale=False).to_pil().convert("RGB")
            page.close()
            number = index + 1
            h = page_height[index]
            if scan.signature and signature_at and signature_at[0] == number:
                _, x0, y0, x1, y1 = signature_at
                image = _signature(image, (x0 * scale + (x1 - x0) * scale * 0.5, (h - y1) * scale,
                                           x1 * scale, (h - y0) * scale), rng)
            if scan.seal and seal_at and seal_at[0] == number:
                _, x, y, radius = seal_at
                image = _seal(image, (x * scale, (h - y) * scale), radius * scale, SEAL_INK[scan.seal], rng)
            out = degrade(image, seed=seed * 31 + number, skew=scan.skew * (1 if number % 2 else -0.6), colour=colour)
            if scan.upside_down_page == number:
                out = out.rotate(180)
            if scan.sideways and scan.sideways[0] == number:
                # A quarter turn without resampling: the scanner's pixels, only stored the other way.
                turn = Image.Transpose.ROTATE_90 if scan.sideways[1] == 90 else Image.Transpose.ROTATE_270
                out = out.transpose(turn)
            pages.append(out)
    finally:
        pdf.close()
    buffer = io.BytesIO()
    pages[0].save(
        buffer, "PDF", save_all=True, append_images=pages[1:], resolution=float(scan.dpi),
        quality=25 if scan.dpi >= 300 else 30,
        title=f"{source.stem} (scanned)", author="doisoat layout variants", subject=generator_versions(),
        creationDate=FIXED_DATE, modDate=FIXED_DATE,
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(buffer.getvalue())
    return target
