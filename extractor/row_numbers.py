"""The STT column of a table read as a sequence: numbers OCR damaged, put back from their neighbours.

A section number is one or two glyphs, and on a scan those are the glyphs OCR reads worst: a
roman "I" comes back as "l", "1", "|" or nothing, "II" as "H" (its serifs touch), "III" as "1H",
"lll" or "II", a "3" as "8". The path of every row below depends on them ("II.3"). What the
column says as a whole survives: section numbers count up (I, II, III …), and the numbered rows
of a section count up from 1. ``repair_numbers`` takes a table's STT texts top to bottom and
changes only a number that breaks its count where the damaged reading is one OCR makes of the
number the count expects; a printed count, however unusual, is left as it is.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from normalizers.text import fold

# The count section numbers follow, to put a damaged one back from its neighbours (whether a text
# is a roman number at all is ``normalizers.names.is_roman``'s to say, for every reader).
ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
# Glyphs OCR reads for the stroke of a roman "I" (and for each stroke of "II" in "H").
_STROKES = str.maketrans({c: "I" for c in "l|1!iíìỉĩịÌÍĨỈỊjJL[]"})
# Digits OCR confuses with each other or with a letter in a lone row number.
_DIGIT_LOOKS = {
    "3": "8", "8": "3B", "7": "1?", "1": "7lI|", "5": "6Ss", "6": "5", "0": "8O", "2": "Z", "9": "g", "4": "A",
}  # fmt: skip
_INT_RE = re.compile(r"^\d{1,2}$")
_DOTTED_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})$")
# A lone small letter, as a row's part is numbered ("a)", "b.") or a bullet stands.
_LETTER_RE = re.compile(r"[a-zđ]")
_BULLET_RE = re.compile(rf"^(?:[-+•*–]|{_LETTER_RE.pattern})$")
# A line that opens a row's list of parts (names as ``repair_numbers`` is given them, folded).
_PARTS_RE = re.compile(r"^(?:trong do|chia ra|bao gom|gom|cu the)\b")


def _bare(label: str) -> str:
    return label.strip().rstrip(".):,;").strip()


def roman_reading(label: str) -> str | None:
    """The roman number a damaged reading stands for, or None: ``"H"`` -> ``"II"``, ``"1H"`` ->
    ``"III"``, ``"l."`` -> ``"I"``, ``"lV"`` -> ``"IV"``. A plain number ("1", "11") is a number.

    >>> [roman_reading(t) for t in ("H", "1H", "l.", "lV", "ll", "M", "11", "B", "")]
    ['II', 'III', 'I', 'IV', 'II', 'V', None, None, None]
    """
    bare = _bare(label)
    # A digit beside an "L" is a number and its dot ("1L" for "1."), as often as a roman "I.".
    if not bare or bare.isdigit() or len(bare) > 5 or ("L" in bare and any(ch.isdigit() for ch in bare)):
        return None
    # A bold "V" comes back "M" (g10 v2110, v2360, v2390, v2560); M numbers no section.
    reading = "V" if bare == "M" else bare.replace("H", "II").translate(_STROKES)
    return reading if reading in ROMANS else None


# Section letters whose small letter differs from the capital only in size ("C", "V", "X"), or that a
# letter count uses: OCR may read such a glyph twice, once in each case. Not "I" or "L": their
# strokes are ``roman_reading``'s ("Il" is "II").
_DOUBLED_LETTERS = frozenset("ABCDEFGHĐVX")


def doubled_letter(label: str) -> str | None:
    """The section letter a heading's label reads twice, once small and once capital ("Vv" for
    "V", dev scans v25860 and v25930; "cC" for "C", v25660), or None.

    >>> [doubled_letter(t) for t in ("Vv", "cC.", "vV", "VV", "Il", "ab", "V", "")]
    ['V', 'C', 'V', None, None, None, None, None]
    """
    bare = _bare(label)
    if len(bare) != 2 or bare[0] == bare[1] or bare[0].upper() != bare[1].upper():
        return None
    return bare[0].upper() if bare[0].upper() in _DOUBLED_LETTERS else None


def _looks_like(read: str, meant: str) -> bool:
    """A row number read ``read`` where ``meant`` was printed, glyph by glyph ("8" for "3")."""
    return len(read) == len(meant) and all(r == m or r in _DIGIT_LOOKS.get(m, "") for r, m in zip(read, meant, strict=True))


def repair_numbers(labels: Sequence[str], headings: Sequence[bool], names: Sequence[str] | None = None,
                   *, scanned: bool = False) -> list[str]:
    """A table's STT texts, top to bottom, with the section and row numbers OCR damaged put back.
    ``headings``: per row, whether it is a heading (no figures, no unit).

    - the section number of a heading: the next roman number of the count when its reading is one
      OCR makes of it ("H" after "I" is "II"; the first of a table may be any, "H" after "G" is H), or when it repeats the number before it with a
      stroke fewer ("II" after "II" is "III"), or when it reads as nothing and the next section
      number reads as the number after the one expected (the first heading's "I" before "H");
    - a row number: the next of its section's count when the row after it carries the number
      after that ("1, 2, 8, 4" -> 3), or when its glyphs are ones OCR reads for it ("8" for "3")
      where no row number follows; "12" for "1.2" after "1.1".

    >>> repair_numbers(["", "1", "2", "8", "H", "1", "2", "1H", "1"], [True, False, False, False, True, False, False, True, False])
    ['I', '1', '2', '3', 'II', '1', '2', 'III', '1']
    >>> repair_numbers(["A", "1", "2", "B", "1", "C"], [True, False, False, True, False, True])
    ['A', '1', '2', 'B', '1', 'C']

    ``names``: each row's name; a heading repeating the last section's number and name is that
    section printed again, not the next one read a stroke short.

    ``scanned``: the labels are OCR's: a table's first heading, over rows counted from 1, read as
    junk OCR makes of an "A" ("LỘ", "^") is "A" (a text layer prints what it prints).

    >>> repair_numbers(["LỘ", "1", "2"], [True, False, False], scanned=True)
    ['A', '1', '2']
    """
    # A heading's letter read twice ("Vv") is that letter: no count reads it otherwise.
    labels = [(doubled_letter(t) or t) if h else t for t, h in zip(labels, headings, strict=True)]
    out = _gaps_filled(_parts_lettered(_runs_put_back(list(labels), headings), headings), headings, names)
    bare = [_bare(t) for t in out]
    last_roman: int | None = None
    previous: str | None = None  # the last row number of the current section
    last_letter = ""
    dotted = any(_DOTTED_RE.match(b) for b in bare)
    section: str | None = None  # the current section's number in a table numbered "2.1", "2.2"
    last_name: str | None = None  # the name of the last section heading
    for i, text in enumerate(bare):
        following = 0 if last_roman is None else last_roman + 1
        expected = ROMANS[following] if following < len(ROMANS) else None
        if dotted and headings[i] and _INT_RE.match(text):
            # Section "2" of a table numbered "2.1", "2.2" ("2," read for "2."): its rows count from
            # "2.1", not on from the last row above.
            section, previous = text, None
            continue
        if text in ROMANS:
            # A repeated number with one stroke fewer than the next one: "II" after "II".
            # Not when it repeats that section's name too: the section printed again over the rest
            # of its rows (v14280 by Writer: "V Phát triển chuyển đổi số" heading a second table
            # read on from the first, its rows placed in a section VI no page prints).
            name = names[i] if names is not None and i < len(names) else None
            if (headings[i] and last_roman is not None and text == ROMANS[last_roman] and expected == text + "I"
                    and not (name and name == last_name)):
                out[i], text = expected, expected
            last_roman, previous = ROMANS.index(text), None
            if headings[i]:
                last_name = name
            continue
        reading = roman_reading(text) if headings[i] and not (text == "H" and last_letter == "G") else None
        if reading is not None and last_roman is None and reading != "I":
            # The first section number of a table may be any (a page that starts at section III),
            # but a bold "I" reads "H" as often as "II" does: the next section number decides.
            after = next((roman_reading(b) for b, h in zip(bare[i + 1 :], headings[i + 1 :], strict=True)
                          if h and roman_reading(b) is not None), None)
            # Without one, a count of rows starting at 1 under it, none above it, makes it the first.
            numbered = [b for b in bare[i + 1 :] if b and not _BULLET_RE.match(b)]
            start = next((int(b) - k for k, b in enumerate(numbered) if _INT_RE.match(b)), None)
            first = start == 1 and not any(_INT_RE.match(b) or _DOTTED_RE.match(b) for b in bare[:i])
            ahead = _next_section(bare, headings, i, names)
            if (text == "H" and after == "II") or (reading == "II" and after is None and first):
                # A table's only section, its rows counted from 1 and none above: the first, its
                # "I" read with a stroke too many ("H", "lÍ" its accent a stroke, "l1." its dot;
                # dev scans v13440, v13970, v14160, v14390).
                reading = "I"
            elif text == "H" and ahead is not None and ROMANS.index(ahead[0]) == ahead[1] + 2:
                # "H", a heading OCR left unread, "IV" (dev scans v14050, v14470: a Phụ lục page
                # starting at section II): the count leaves "H" the II it looks like.
                reading = "II"
            elif text == "H" and after not in (None, "III"):
                reading = None
            elif after == reading and text not in ROMANS:
                # The first heading read with a stroke too many ("lÍ" for "I.", its accent a
                # stroke) before a next section of that same number (dev scan v13280: "lÍ",
                # then "H"): the first is the one before.
                reading = ROMANS[ROMANS.index(reading) - 1]
        if reading is not None and (reading == expected or last_roman is None):
            out[i] = reading
            last_roman, previous = ROMANS.index(reading), None
            continue
        if (scanned and headings[i] and last_roman is None and not last_letter and not any(bare[:i])
                and reads_as_a(text) and _counts_from_one(bare, i)
                and not any(h and roman_reading(b) is not None for b, h in zip(bare[i + 1 :], headings[i + 1 :], strict=True))):
            # The table's first heading, over rows counted from 1, read as one of the junk readings
            # OCR makes of a section "A" ("^", "n", "LỘ"): that "A", whether or not a later letter
            # confirms it (``_letter_put_back`` needs one). Not before a roman heading ("H"): the
            # count is roman, and the junk its first.
            out[i] = "A"
            last_letter, previous = "A", None
            continue
        # A lower-case letter numbers the parts of a numbered row: on a table's first heading,
        # with no row above it, it is a misread section letter ("n" for "A", dev scan v7460).
        misread = _is_junk(text) or (re.fullmatch(r"[a-zđ]", text) is not None and not any(bare[:i]))
        if headings[i] and misread and _letter_put_back(out, bare, headings, i, last_letter, previous):
            last_letter, previous = out[i], None
            continue
        opens_parts = names is not None and i < len(names) and _PARTS_RE.match(names[i]) is not None
        if (text in ("", "1") or (headings[i] and _is_junk(text))) and headings[i] and expected is not None and not opens_parts:
            after = next((b for b, h in zip(bare[i + 1 :], headings[i + 1 :], strict=True)
                          if b and h and roman_reading(b) is not None), None)
            counted = [b for b in bare[i + 1 :] if b and not _BULLET_RE.match(b)][:2]
            nxt = counted[0] if counted else None
            # Before the next section's number, or before a count that starts again at 1: inside
            # a count of sections, or read "1" itself (a section and its first row are not both 1).
            # Or before a section number the headings between count down to this one ("", "",
            # "IV" are II and III; dev scan v14050): the first of a table may be any.
            ahead = _next_section(bare, headings, i, names)
            counted_down = None if ahead is None else ROMANS.index(ahead[0]) - ahead[1] - 1
            if counted_down is not None and (counted_down == following or (last_roman is None and counted_down > 0)):
                out[i] = ROMANS[counted_down]
                last_roman, previous = counted_down, None
            elif (following + 1 < len(ROMANS) and after is not None and roman_reading(after) == ROMANS[following + 1]) or (
                nxt == "1" and (last_roman is not None or (text == "1" and counted == ["1", "2"]))
            ):
                out[i] = expected
                last_roman, previous = following, None
            continue
        if headings[i] and text == "E" and last_roman is None and not last_letter and _first_of_a_count(bare, headings, i):
            # The first heading's "I" read "E" (dev scan v7100, a rotated page, DejaVu Sans): a
            # table's first section is lettered "A", so an "E" with no "A" to "D" above it, over
            # rows counted from 1 and before section "II" (or none), is the roman "I".
            out[i] = "I"
            last_roman, previous = 0, None
            continue
        if headings[i] and labels[i].strip() in ("c", "v", "x"):
            # A section letter read in the wrong case (only its size tells "C" from "c").
            out[i] = text = text.upper()
        if re.fullmatch(r"[A-HĐ]", text) and not headings[i] and previous is not None and _INT_RE.match(previous):
            # A capital on a row of figures inside a count of rows: a misread number ("B" for
            # "8" between 7 and 9) or a mark on a row the count skips.
            later = next((b for b in bare[i + 1 :] if b and not _BULLET_RE.match(b)), None)
            if later == str(int(previous) + 2) and _looks_like(text, str(int(previous) + 1)):
                out[i] = previous = str(int(previous) + 1)
                continue
            if later == str(int(previous) + 1):
                out[i] = ""
                continue
            number = _count_goes_on(bare, headings, i, int(previous))
            if number is not None:
                # The count goes on below it ("4, B, 6", "10, H., 12"; dev scans v13120, v13260,
                # v14220): no section opens on a row of figures whose rows keep counting, so
                # the capital is that row's number misread, or (when the rows between leave
                # more than one number free) a number no one can read.
                out[i] = number
                if number:
                    previous = number
                continue
        if (scanned and not headings[i] and previous is None and text in _ONE_LOOKS
                and not (last_letter and ord(text) == ord(last_letter) + 1)
                and next((b for b in bare[i + 1 :] if b and not _BULLET_RE.match(b)), None) == "2"):
            # A section's first row, of figures, its "1." read "E", "F" or "H", the count going
            # on "2." under it (dev scans v27990 page 1, "E | Tổng thu ngân sách …" then "2. | Chi
            # thường xuyên"; v24430 and v25500 under "II", v23790 and v22290 under "I"): no section
            # opens on a row whose own parts count from 2, so it is that "1", not a section "E"
            # every row below would be filed in.
            out[i] = previous = "1"
            continue
        if re.fullmatch(r"[A-HĐ]", text):
            last_letter, previous = text, None
            continue
        previous = _row_number(out, bare, i, previous, section)
    return out


# Capitals OCR reads for a row number "1." (a serif "1" and its dot as one glyph), where the count
# under them decides (``repair_numbers``): "E" (dev scans v27990, v24430, v27950), "F" (v23790,
# v22290), "H" (v25500).
_ONE_LOOKS = frozenset({"E", "F", "H"})


# Junk OCR makes of a section letter "A" (its folded reading): "^" (dev scans v7160, v25740),
# "n" (v7460, v24060), "LỘ"/"LỒ" (v7920, v21410, v25510).
_A_LOOKS = frozenset({"^", "n", "lo"})


def reads_as_a(text: str) -> bool:
    """Is ``text`` (a label, bare) a reading OCR makes of a section "A"?

    >>> [reads_as_a(t) for t in ("LỘ", "^", "n", "A", "l", "LỘI")]
    [True, True, True, False, False, False]
    """
    return fold(text) in _A_LOOKS


def _counts_from_one(bare: Sequence[str], i: int) -> bool:
    """Is the first row number below row ``i`` (bullets and blanks skipped) a "1"?"""
    return next((b for b in bare[i + 1 :] if b and not _BULLET_RE.match(b)), None) == "1"


def _next_section(bare: Sequence[str], headings: Sequence[bool], i: int,
                  names: Sequence[str] | None = None) -> tuple[str, int] | None:
    """The next heading below row ``i`` whose label reads as a section number, and how many
    headings between read as nothing ("" or junk); None when none does or a heading between
    reads as something else (a letter, a number: another level of the count). A line opening a
    row's parts ("Trong đó:", "Gồm:") is no heading of the count."""
    between = 0
    for k, (b, h) in enumerate(zip(bare[i + 1 :], headings[i + 1 :], strict=True), start=i + 1):
        if not h or (names is not None and k < len(names) and _PARTS_RE.match(names[k])):
            continue
        reading = roman_reading(b) if b else None
        if reading is not None:
            return reading, between
        if b and not _is_junk(b):
            return None
        between += 1
    return None


def _count_goes_on(bare: Sequence[str], headings: Sequence[bool], i: int, previous: int) -> str | None:
    """Row ``i`` (no number of its own readable) inside a count of rows that goes on below it:
    the next row number of its section is greater than ``previous``, the number above it. Returns
    its number when the rows between leave exactly one free ("4, B, 6" -> "5"), "" when they
    leave more (it is some number of the count, which one no one can tell), None when the
    count does not go on (a section's end, or a count that starts again at 1)."""
    between = 0
    for b, h in zip(bare[i + 1 :], headings[i + 1 :], strict=True):
        if h and b:
            return None  # a numbered heading: the section ends before the count goes on
        if not b or _BULLET_RE.match(b):
            continue
        if _INT_RE.match(b):
            n = int(b)
            if n <= previous:
                return None
            return str(previous + 1) if n == previous + 2 and between == 0 else ""
        between += 1
    return None


def _first_of_a_count(bare: Sequence[str], headings: Sequence[bool], i: int) -> bool:
    """Do the rows under heading ``i`` count from 1, with the next numbered heading (if any) "II"?"""
    after = next((b for b, h in zip(bare[i + 1 :], headings[i + 1 :], strict=True) if h and b), None)
    numbered = [b for b, h in zip(bare[i + 1 :], headings[i + 1 :], strict=True) if b and not h and not _BULLET_RE.match(b)]
    return (after is None or roman_reading(after) == "II") and numbered[:2] == ["1", "2"]


def _is_junk(text: str) -> bool:
    """A short reading that is no row number of any kind (", lì" and "Zì" for "1." and "2." in a
    serif face on dev scan v7020): not a number, a bullet, a letter or a roman number."""
    return (0 < len(text) <= 4 and not (_INT_RE.match(text) or _DOTTED_RE.match(text) or _BULLET_RE.match(text))
            and roman_reading(text) is None and text not in ROMANS and not re.fullmatch(r"[A-HĐ]", text))


def _letter_put_back(out: list[str], bare: Sequence[str], headings: Sequence[bool], i: int, last: str,
                     previous: str | None = None) -> bool:
    """A heading read as junk ("LỒ" for "A" on dev scan v7920) before a heading lettered
    with the letter after the one the count expects here (after ``last``, or "A" first): it is
    that expected letter. True when ``out[i]`` was put back.

    The first section of a table is "A" also when the next lettered one skips a letter, as a
    table printed in part does ("^" for "A", then "2 Các chỉ tiêu …" and "C": dev scan v7160);
    numbered headings between them ("2", "4") are the first section's own.

    Not when the count of rows above it (``previous``, its last number) goes on below it: a new
    section counts from 1 again, so the junk is a numbered heading of that count (dev scan v14380:
    "kì" for "5" between "4" and "9" of section A, a table lettered A then C).
    """
    if previous is not None and _INT_RE.match(previous):
        nxt = next((b for b in bare[i + 1 :] if _INT_RE.match(b)), None)
        if nxt is not None and int(nxt) > int(previous):
            return False
    expected = chr(ord(last) + 1) if last else "A"
    later = [b for b, h in zip(bare[i + 1 :], headings[i + 1 :], strict=True) if h and b and not _is_junk(b)]
    after = later[0] if later else None
    if expected in "ABCDEFGH" and after is not None and len(after) == 1 and after == chr(ord(expected) + 1):
        out[i] = expected
        return True
    # The first heading after it that no count of rows numbers: a later letter ("H" may be "II").
    section = next((b for b in later if not _INT_RE.match(b)), None)
    if expected == "A" and section is not None and re.fullmatch(r"[B-G]|c", section):
        out[i] = expected
        return True
    return False


def _runs_put_back(out: list[str], headings: Sequence[bool]) -> list[str]:
    """Rows read as junk (``_is_junk``), one after another, put back when the count around them
    leaves exactly their numbers: after row number p (or at a section's start, p = 0) and before
    p + n + 1, n junk rows are p + 1 … p + n (blank rows between them are lines of a wrapped name).

    A lone small letter other than "a" is such a reading too ("x", "z:" for "1.", "2." under "I",
    dev scans v20380, v25740, v25080): a part of row p would leave p + 1 next, not p + n + 1, and
    a list of parts opens with "a", which is left as read (its row p + 1 may be one the page lost).

    >>> _runs_put_back([", lì", "Zì", "", "3.", "4."], [False] * 5)
    ['1', '2', '', '3.', '4.']
    >>> _runs_put_back(["Zì", "3.", "4."], [False] * 3)
    ['Zì', '3.', '4.']
    >>> _runs_put_back(["x", "z:", "sc Â", "4."], [False] * 4)
    ['1', '2', '3', '4.']
    >>> _runs_put_back(["4.", "a)", "b)", "5."], [False] * 4)
    ['4.', 'a)', 'b)', '5.']
    """
    previous: int | None = 0
    run: list[int] = []
    for i, label in enumerate(out):
        text = _bare(label)
        if headings[i]:
            previous, run = 0, []
        elif not text:
            continue
        elif _is_junk(text) or (_LETTER_RE.fullmatch(text) and text != "a"):
            run.append(i)
        elif _INT_RE.match(text):
            if run and previous is not None and previous + len(run) + 1 == int(text):
                for k, j in enumerate(run, start=1):
                    out[j] = str(previous + k)
            previous, run = int(text), []
        else:
            previous, run = None, []
    return out


def _next_of(number: str) -> str | None:
    """The row number after ``number`` in its count ("5" -> "6", "1.4" -> "1.5")."""
    if _INT_RE.match(number):
        return str(int(number) + 1)
    m = _DOTTED_RE.match(number)
    return f"{m.group(1)}.{int(m.group(2)) + 1}" if m else None


def _parts_lettered(out: list[str], headings: Sequence[bool]) -> list[str]:
    """The letter "a)" of a row's first part, read "8)", put back: the next part is "b)", or the
    numbered rows around it count on past it ("5", "8)", "6"; "1.4", "8)", "1.5"), so it numbers
    no row of the count and is the part its bracket says (dev scans v13290, v13360, v13380,
    v13620, v13670, v13680, v13750, v13770: "8)" under "Trong đó:", "Gồm:", "Chia ra:").

    >>> _parts_lettered(["4", "8)", "b)", "5"], [False] * 4)
    ['4', 'a)', 'b)', '5']
    >>> _parts_lettered(["1.4", "", "8)", "1.5"], [False, True, False, False])
    ['1.4', '', 'a)', '1.5']
    >>> _parts_lettered(["7", "8)", "9)"], [False] * 3)
    ['7', '8)', '9)']
    """
    bare = [_bare(t) for t in out]
    for i, label in enumerate(out):
        if headings[i] or label.strip() != "8)":
            continue
        after = next((b for b in bare[i + 1 :] if b), None)
        before = next((b for b in reversed(bare[:i]) if b and (_INT_RE.match(b) or _DOTTED_RE.match(b))), None)
        later = next((b for b in bare[i + 1 :] if _INT_RE.match(b) or _DOTTED_RE.match(b)), None)
        if after == "b" or (before is not None and later is not None and later == _next_of(before) and before != "7"):
            out[i] = "a)"
    return out


def _gaps_filled(out: list[str], headings: Sequence[bool], names: Sequence[str] | None) -> list[str]:
    """A row number OCR misread, put back when its count leaves it one place: between row
    numbers p and the one after p + 1, the only row (blank lines apart) is p + 1 whatever its
    label reads ("6", "+", "8"; "1.3", "1,4", "1.5"; "2.2", "z3", "2.4"; "3", "", "5" with the "4"
    read into the name: dev scans v13230, v13540, v13800, v13880, v14190, v14610). A count skips
    no number, so a bullet or a letter there is that number misread; with two rows or more
    between, which one is p + 1 no count says, and both are left as read. So is a first part
    "a)" or a dash: p's own part, where p + 1 may be a row the page lost.

    >>> _gaps_filled(["6", "+", "8"], [False] * 3, None)
    ['6', '7', '8']
    >>> _gaps_filled(["1.3", "1,4", "", "1.5"], [False] * 4, ["a", "b", "", "c"])
    ['1.3', '1.4', '', '1.5']
    >>> _gaps_filled(["6", "+", "", "8"], [False] * 4, ["a", "b", "c", "d"])
    ['6', '+', '', '8']
    >>> _gaps_filled(["6", "", "", "8"], [False, True, False, False], ["a", "trong do:", "b", "d"])
    ['6', '', '', '8']
    """
    bare = [_bare(t) for t in out]
    numbered = [i for i, b in enumerate(bare) if _INT_RE.match(b) or _DOTTED_RE.match(b)]
    for a, b in itertools.pairwise(numbered):
        missing = _next_of(bare[a])
        if missing is None or _next_of(missing) != bare[b]:
            continue
        rows = [i for i in range(a + 1, b) if bare[i] or names is None or (i < len(names) and names[i])]
        # A first part ("a)"), a dash, or a row under a line that opens p's parts ("Trong đó:"),
        # with p + 1 lost from the page, is read as printed.
        if len(rows) == 1 and not headings[rows[0]] and bare[rows[0]] not in ("a", "-", "–", "•"):
            out[rows[0]] = missing
    return out


def _dot_lost(number: str) -> tuple[str, ...]:
    """What OCR reads of a dotted row number with its dot lost: "1.2" as "12", "1.5" as "L5" (the
    "1." one stroke, dev scan v13620)."""
    return (number.replace(".", ""), *((number.replace("1.", "L", 1),) if number.startswith("1.") else ()))


def _row_number(out: list[str], bare: Sequence[str], i: int, previous: str | None, section: str | None = None) -> str | None:
    """Check row ``i``'s number against its section's count; returns the count's number after it
    (None when a number no count explains leaves it unknown). ``section``: the number of the
    section heading above, when it is a plain number ("2")."""
    text = bare[i]
    number = _INT_RE.match(text) or _DOTTED_RE.match(text)
    if not text or _BULLET_RE.match(text):
        return previous
    if previous is None:
        if section is not None and text in _dot_lost(f"{section}.1"):
            # The first row of section "2" in a table numbered "2.1", "2.2": "21" (dev scan v13620).
            out[i] = f"{section}.1"
            return out[i]
        return text if number else None
    dotted = _DOTTED_RE.match(previous)
    if dotted:
        expected = f"{dotted.group(1)}.{int(dotted.group(2)) + 1}"
        if text in _dot_lost(expected):
            out[i] = expected
            return expected
        # A plain number among dotted ones ("8)" for a part's "a)") does not end their count.
        return previous if _INT_RE.match(text) else text if number else None
    expected = str(int(previous) + 1)
    if text == expected or not _INT_RE.match(previous):
        return text if number else None
    later = next((b for b in bare[i + 1 :] if b and not _BULLET_RE.match(b)), None)
    # The row after carries the number after the one expected, or the section ends after it.
    sandwiched = later == str(int(expected) + 1) and (not number or _looks_like(text, expected))
    ends = later is None or roman_reading(later) is not None or re.fullmatch(r"[A-HĐ]", later) is not None
    if sandwiched or (ends and _looks_like(text, expected)):
        out[i] = expected
        return expected
    return text if number else None


__all__ = ["ROMANS", "doubled_letter", "reads_as_a", "repair_numbers", "roman_reading"]
