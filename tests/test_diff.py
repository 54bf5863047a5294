"""Diff of two versions: printed differently but equal is not a change; blank -> value is."""

from pathlib import Path

from reconcile.api import diff

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_6a5e51584c6108a1.txt"


def _edit(tmp_path: Path, name: str, replacements: list[tuple[str, str]]) -> Path:
    text = SEED.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reformatted_values_are_not_changes(tmp_path: Path) -> None:
    new = _edit(
        tmp_path,
        "v2.txt",
        [
            ("\t41.100\t41.160\t", "\t41100\t41.160\t"),  # thousands separator dropped
            ("<b>Tỷ đồng</b>\t<b>55,00</b>\t<b>48,10</b>", "<b>Triệu đồng</b>\t<b>55.000</b>\t<b>48.100</b>"),
        ],
    )
    result = diff(SEED, new)
    changed = [(c.indicator, c.column, c.old, c.new) for c in result.changes]
    # Only the unit words changed for Thu NSNN; every value converts to the same amount of đồng.
    assert not [c for c in changed if c[0] == "Tổng sản lượng lương thực có hạt"]
    assert not [c for c in changed if c[0] == "Thu NSNN trên địa bàn" and c[1] in ("KH năm 2024",)]


def test_a_changed_value_and_a_filled_blank_are_changes(tmp_path: Path) -> None:
    new = _edit(
        tmp_path,
        "v2.txt",
        [
            ("\t88,0\t88,5\t83,9\t", "\t88,0\t88,5\t88,5\t"),
            ("TTHC rà soát hằng năm\t%\t30\t\t30", "TTHC rà soát hằng năm\t%\t30\t30\t100"),
        ],
    )
    result = diff(SEED, new)
    got = {(c.indicator[:40], c.column, c.old, c.new) for c in result.changes}
    assert ("Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "Ước thực hiện năm 2024", "83,9", "88,5") in got
    assert any(c.old == "" and c.new == "30" for c in result.changes)
    assert any(c.old == "30" and c.new == "100" for c in result.changes)
    assert result.added == () and result.removed == ()


def test_renamed_indicator_is_removed_plus_added(tmp_path: Path) -> None:
    new = _edit(tmp_path, "v2.txt", [("Doanh thu từ dịch vụ du lịch", "Doanh thu du lịch")])
    result = diff(SEED, new)
    assert [r.indicator for r in result.removed] == ["Doanh thu từ dịch vụ du lịch"]
    assert [r.indicator for r in result.added] == ["Doanh thu du lịch"]


def _nameless_report(folder: Path, values: list[tuple[str, str, str]]) -> Path:
    """A BIỂU 01 whose indicator names and STT were lost (as OCR loses them)."""
    lines = ["UBND HUYỆN TAM ĐƯỜNG", "BIỂU 01", "STT\tChỉ tiêu\tĐơn vị tính\tKH năm 2024\tƯớc thực hiện năm 2024"]
    lines += [f"\t\t{unit}\t{plan}\t{actual}" for unit, plan, actual in values]
    folder.mkdir(exist_ok=True)
    path = folder / "bieu01.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_nameless_rows_change_only_the_cells_that_changed(tmp_path: Path) -> None:
    """Issue 9: with names unreadable every row paired with the next nameless row of the other
    version, and a diff of two versions reported 146 changed cells where 10 had changed."""
    rows = [("Tấn", "41.100", "39.500"), ("%", "51,82", "51,30"), ("Xã", "8", "8"), ("Ha", "3.120", "3.050")]
    old = _nameless_report(tmp_path / "v1", rows)
    # The second row is dropped, the third's actual changes.
    new = _nameless_report(tmp_path / "v2", [rows[0], ("Xã", "8", "9"), rows[3]])
    result = diff(str(old), str(new))
    assert [(c.old, c.new) for c in result.changes] == [("8", "9")]
    assert [r.unit for r in result.removed] == ["%"] and not result.added


def _two_tables(folder: Path, first_name: str) -> Path:
    """BIỂU 01 and BIỂU 02 both print "Thu NSNN trên địa bàn", with different columns."""
    lines = [
        "UBND HUYỆN TAM ĐƯỜNG",
        "BIỂU 01",
        "STT\tChỉ tiêu\tĐơn vị tính\tKH năm 2024\tƯớc thực hiện năm 2024",
        f"1\t{first_name}\tTỷ đồng\t55,00\t48,10",
        "2\tTổng sản lượng lương thực có hạt\tTấn\t41.100\t41.160",
        "BIỂU 02",
        "STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2023\tKH năm 2025",
        "1\tThu NSNN trên địa bàn\tTỷ đồng\t51,20\t60,00",
        "2\tDiện tích trồng rừng mới\tHa\t3.120\t3.050",
    ]
    folder.mkdir(exist_ok=True)
    path = folder / "bieu.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_renamed_row_does_not_take_its_namesake_from_another_table(tmp_path: Path) -> None:
    """A row renamed in BIỂU 01 paired with the row of its old name in BIỂU 02: both rows' every
    cell was reported changed, and BIỂU 02's row removed."""
    old = _two_tables(tmp_path / "v1", "Thu NSNN trên địa bàn")
    new = _two_tables(tmp_path / "v2", "Thu NSNN trên địa bàn (điều chỉnh)")
    result = diff(str(old), str(new))
    assert result.changes == ()
    assert [(r.table, r.indicator) for r in result.removed] == [(0, "Thu NSNN trên địa bàn")]
    assert [(r.table, r.indicator) for r in result.added] == [(0, "Thu NSNN trên địa bàn (điều chỉnh)")]


def _bieu01(folder: Path, header: list[str], rows: list[list[str]]) -> Path:
    """A BIỂU 01 of v0027's rows under ``header`` (its value columns)."""
    lines = ["UBND HUYỆN TỦA CHÙA", "BIỂU 01", "\t".join(["TT", "Chỉ tiêu", "ĐVT", *header])]
    lines += ["\t".join(r) for r in rows]
    folder.mkdir(exist_ok=True)
    path = folder / "bieu01.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


V0027_ROWS = [
    ["1", "Tỷ trọng kinh tế số trong ngành, lĩnh vực đạt tối thiểu 5%", "%", "4", "4", "4"],
    ["2", "Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt 1.022 tỷ đồng", "Tỷ đồng", "835", "947", "877"],
    ["3", "Diện tích trồng mới", "Ha", "481,31", "460,99", "490,91"],
    ["4", "Phát triển 08 đội văn nghệ quần chúng thành sản phẩm du lịch phục vụ du khách", "Đội", "7", "6", "7"],
]


def test_a_header_read_otherwise_in_one_version_changes_only_the_edited_cell(tmp_path: Path) -> None:
    """v0027: on a short page the group title "Năm 2025" was read as a column of its own, so the
    old version's plan column was "Năm 2025" (no role) and its estimate "Ước TH" (no year); the new
    version read "KH 2025" and "Ước TH 2025". Matched by header, every cell of the table was a
    change (43 reported for 1 edit); the columns are the same by what the shared rows print."""
    old = _bieu01(tmp_path / "v1", ["TH 2024", "Năm 2025", "Ước TH"], V0027_ROWS)
    edited = [list(r) for r in V0027_ROWS]
    edited[2][5] = "515,46"
    new = _bieu01(tmp_path / "v2", ["TH 2024", "KH 2025", "Ước TH 2025"], edited)
    result = diff(str(old), str(new))
    assert [(c.indicator, c.role, c.period, c.old, c.new) for c in result.changes] == [
        ("Diện tích trồng mới", "estimate", "2025", "490,91", "515,46")
    ]


def test_a_report_diffed_with_its_columns_renamed_has_no_changes(tmp_path: Path) -> None:
    # Metamorphic: the same figures under other header words are the same cells.
    old = _bieu01(tmp_path / "v1", ["TH 2024", "KH 2025", "Ước TH 2025"], V0027_ROWS)
    new = _bieu01(tmp_path / "v2", ["Thực hiện năm 2024", "Kế hoạch", "Ước thực hiện"], V0027_ROWS)
    assert diff(str(old), str(new)).changes == ()


def test_two_columns_printing_the_same_figures_keep_their_own_headers(tmp_path: Path) -> None:
    # KH and Ước TH equal in every row: the values cannot tell the columns apart, the headers do.
    rows = [[*r[:4], r[4], r[4]] for r in V0027_ROWS]
    edited = [list(r) for r in rows]
    edited[1][4] = "950"
    old = _bieu01(tmp_path / "v1", ["TH 2024", "KH 2025", "Ước TH 2025"], rows)
    new = _bieu01(tmp_path / "v2", ["TH 2024", "KH 2025", "Ước TH 2025"], edited)
    assert [(c.role, c.old, c.new) for c in diff(str(old), str(new)).changes] == [("plan", "947", "950")]


def test_a_column_whose_period_was_read_in_one_version_only_is_the_same_column(tmp_path: Path) -> None:
    # v0489: "Tỷ lệ (%)" divides 2024 figures; its period was read from the values in the edited
    # version only (the edit changed which division the values support). Three rows are too few to
    # pair columns by values: the same header at the same place is the same column.
    rows = [["1", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "%", "71", "69", "97"],
            ["2", "Diện tích trồng mới", "Ha", "370,52", "397,21", "107,2"]]
    edited = [["1", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "%", "71", "63", "89"], rows[1]]
    old = _bieu01(tmp_path / "v1", ["Chỉ tiêu 2024", "Kết quả thực hiện năm 2024", "Tỷ lệ (%)"], rows)
    new = _bieu01(tmp_path / "v2", ["Chỉ tiêu 2024", "Kết quả thực hiện năm 2024", "Tỷ lệ năm 2024 (%)"], edited)
    assert sorted((c.old, c.new) for c in diff(str(old), str(new)).changes) == [("69", "63"), ("97", "89")]
