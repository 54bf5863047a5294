"""Build ``Document``s for the check tests from rows copied out of the seed reports.

Rows are given as printed ("88,5", "> 90", "5-6", "Đạt", "" for a blank cell) and parsed with the
real ``normalizers.numbers.parse_value``; columns say their header, role, period and, for ratio
columns, which table columns they divide — exactly what the extractor's header reader produces.
Table column indexes count the layout columns (0 STT, 1 Chỉ tiêu, 2 Đơn vị tính) as the seeds do,
so value columns start at 3.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from extractor.model import Cell, Column, Document, Provenance, Row, Table
from normalizers.numbers import NumberStyle, parse_value
from normalizers.text import fold

FIRST_VALUE_COLUMN = 3


@dataclass(frozen=True)
class Col:
    """A value column: header, role, period, and for ratios the table columns (numerator, denominator)."""

    header: str
    role: str
    period: str | None = None
    divides: tuple[int, int] | None = None


@dataclass(frozen=True)
class R:
    """A table row as printed: indicator, unit, cell texts (one per value column, "" for blank).

    parent:    position (in the same table's row list) of the parent row for a "Trong đó" child.
    partition: the children add up to this row.
    repaired:  the extractor moved the row's values back under their headers (OCR damage).
    """

    indicator: str
    unit: str | None
    cells: Sequence[str]
    parent: int | None = None
    partition: bool = False
    notes: tuple[str, ...] = ()
    repaired: bool = False


@dataclass(frozen=True)
class P:
    """A figure in a prose row: role, printed text, relation, and positions it divides."""

    role: str
    raw: str
    relation: str | None = None
    divides: tuple[int, int] | None = None
    column: str = ""


@dataclass(frozen=True)
class Prose:
    """A prose row: the sentence and its figures."""

    indicator: str
    figures: Sequence[P]
    unit: str | None = None
    context: str | None = None
    notes: tuple[str, ...] = ()
    parent: int | None = None
    partition: bool = False


@dataclass
class DocBuilder:
    """Accumulates tables and prose rows into one ``Document`` with consistent row indexes."""

    doc_id: str = "test.txt"
    style: NumberStyle | None = None
    tables: list[Table] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    line: int = 1

    def table(self, columns: Sequence[Col], specs: Sequence[R], *, style: NumberStyle | None = None) -> DocBuilder:
        number = len(self.tables)
        cols = [Column(0, "STT", "number"), Column(1, "Chỉ tiêu", "indicator"), Column(2, "Đơn vị tính", "unit")]
        cols += [Column(FIRST_VALUE_COLUMN + i, c.header, c.role, c.period, c.divides) for i, c in enumerate(columns)]
        self.tables.append(Table(number, None, tuple(cols), Provenance(line=self.line)))
        start = len(self.rows)
        for r_no, spec in enumerate(specs):
            self.line += 1
            cells = []
            for i, text in enumerate(spec.cells):
                if not text.strip():
                    continue
                col = cols[FIRST_VALUE_COLUMN + i]
                cells.append(
                    Cell(
                        column=col.header, role=col.role, value=parse_value(text, style=style or self.style),
                        period=col.period, column_index=col.index, divides=col.divides,
                        provenance=Provenance(line=self.line),
                    )
                )
            self.rows.append(
                Row(
                    document=self.doc_id, index=len(self.rows), indicator=spec.indicator, key=_key(spec.indicator),
                    cells=tuple(cells), table=number, row=r_no, unit=spec.unit,
                    parent=None if spec.parent is None else start + spec.parent, partition=spec.partition,
                    provenance=Provenance(line=self.line), notes=spec.notes, repaired=spec.repaired,
                    confidence=0.7 if spec.repaired else 1.0,
                )
            )
        self.line += 2
        return self

    def prose(self, spec: Prose) -> DocBuilder:
        self.line += 1
        cells = tuple(
            Cell(
                column=f.column or f.role, role=f.role, value=parse_value(f.raw, style=self.style),
                divides=f.divides, relation=f.relation, provenance=Provenance(line=self.line),
            )
            for f in spec.figures
        )
        self.rows.append(
            Row(
                document=self.doc_id, index=len(self.rows), indicator=spec.indicator, key=_key(spec.indicator),
                cells=cells, unit=spec.unit, context=spec.context, notes=spec.notes, parent=spec.parent,
                partition=spec.partition, provenance=Provenance(line=self.line),
            )
        )
        return self

    def build(self) -> Document:
        return Document(
            id=self.doc_id, path=self.doc_id, sha256="0" * 64, pages=1, format="text",
            tables=tuple(self.tables), rows=tuple(self.rows),
        )


def _key(indicator: str) -> str:
    return " ".join(fold(indicator).split())


def table_document(columns: Sequence[Col], specs: Sequence[R], *, style: NumberStyle | None = None, doc_id: str = "test.txt") -> Document:
    """One table as a document."""
    return DocBuilder(doc_id=doc_id, style=style).table(columns, specs).build()


# --- seed 000 (Tam Đường, 1108/BC-UBND), Biểu 01: columns as its two-row header says ---------------------

SEED000_BIEU01 = (
    Col("Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "target", "2020-2025"),  # 3
    Col("KH năm 2024", "plan", "2024"),  # 4
    Col("Ước thực hiện năm 2024", "estimate", "2024"),  # 5
    Col("Kế hoạch năm 2025", "plan", "2025"),  # 6
    Col("Ước thực hiện giai đoạn 2021 - 2024", "estimate", "2021-2024"),  # 7
    Col("Ước thực hiện giai đoạn 2021 - 2025", "estimate", "2021-2025"),  # 8
    Col("So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024", "ratio", "2024", (5, 4)),  # 9
    Col("So sánh / Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH", "ratio", "2021-2024", (7, 3)),  # 10
    Col("So sánh / Ước thực hiện giai đoạn 2021-2025/ Mục tiêu NQ ĐH", "ratio", "2021-2025", (8, 3)),  # 11
    Col("Ghi chú", "note"),  # 12
)

# Biểu 02: target, cumulative actual, ratio actual/target, evaluation.
SEED000_BIEU02 = (
    Col("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ", "target"),  # 3
    Col("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", "actual", "2024"),  # 4
    Col("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra", "ratio", "2024", (4, 3)),  # 5
    Col("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)", "evaluation", "2024"),  # 6
    Col("Ghi chú", "note"),  # 7
)

# --- seed 001 (Tam Đường Huyện ủy, 641-BC/HU), appendix: OCR'd, English-style decimals ---------------------

SEED001_APPENDIX = (
    Col("Kế hoạch năm 2024", "plan", "2024"),  # 3
    Col("Thực hiện năm 2024", "actual", "2024"),  # 4
    Col("So sánh với kế hoạch năm 2024 (%)", "ratio", "2024", (4, 3)),  # 5
    Col("Mục tiêu năm 2025", "target", "2025"),  # 6
    Col("Chi chú", "note"),  # 7
)


# --- real rows, copied as printed -------------------------------------------------------------------

# Seed 000 Biểu 01 (lines 10-45; the section headings left out, 'Tỷ lệ xã đạt chuẩn' put back under
# its headers: the rendering shifted it one column left).
SEED000_BIEU01_ROWS = [
    R("Thu nhập bình quân đầu người/ năm", "Triệu đồng", ["50,00", "46,00", "46,0", "50,0", "46,0", "50,0", "100,0", "92,0", "100"]),
    R("Tổng sản lượng lương thực có hạt", "Tấn", ["39.500,00", "41.100", "41.160", "40.450,0", "41.160,0", "40.450,0", "100,1", "104,2", "102"]),
    R("Diện tích cây chè", "Ha", ["2.200,00", "2.202,34", "2.222,34", "2.297,34", "2.222,34", "2.297,34", "100,9", "101,0", "104"]),
    R("Trong đó : Diện tích trồng mới", "Ha", ["400,00", "70,00", "90,00", "75,00", "386,28", "461,28", "128,6", "96,6", "115"], parent=2),
    R("Tỷ lệ che phủ rừng", "%", ["50,50", "51,30", "51,30", "51,82", "51,30", "51,82", "100,0", "101,6", "103"]),
    R("Tăng trưởng đàn gia súc", "%", ["5-6", "7,2", "7,2", "6,00", "6,60", "6,30", "100,0", "0,0", "0"]),
    R("Số xã đạt chuẩn nông thôn mới", "Xã", ["12,00", "9,00", "9,00", "12,00", "9,00", "12,00", "100,0", "75,0", "100"]),
    R("Trong đó: Số xã đạt chuẩn nông thôn mới trong năm", "Xã", ["4,00", "1,00", "1,00", "3,00", "1,00", "3,00", "100,0", "25,0", "75"], parent=6),
    R("Tỷ lệ xã đạt chuẩn nông thôn mới", "%", ["100,00", "75,00", "75,00", "100,00", "75,00", "100,00", "100,0", "75,0", "100"]),
    R("Thu NSNN trên địa bàn", "Tỷ đồng", ["55,00", "48,10", "48,10", "55,00", "48,10", "55", "100,0", "87,5", "100"]),
    R("Xuất khẩu địa phương", "Tỷ đồng", ["", "150,00", "156,50", "150,00", "157", "150,0", "104,3", "", ""]),
    R("Tổng lượt khách du lịch", "Lượt", ["600.000", "500.000", "500.000,0", "600.000,0", "500.000,0", "600.000,0", "100,0", "83,3", "100"]),
    R("Doanh thu từ dịch vụ du lịch", "Tỷ đồng", ["230", "186,4", "186,4", "237", "186,4", "237", "100,0", "81,0", "103"]),
    R("Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi", "%", ["100,00", "100,00", "100,0", "100,0", "100,0", "100,0", "100,0", "100,0", "100"]),
    R("Tỷ lệ hộ được sử dụng điện lưới quốc gia", "%", ["100,00", "99,00", "99,0", "100,0", "99,0", "100,0", "100,0", "99,0", "100"]),
    R("Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung", "%", ["90,00", "84,00", "84,0", "90,0", "84,0", "90,0", "100,0", "93,3", "100"]),
    R("Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh", "%", ["100,00", "100,00", "100,00", "100,00", "100,00", "100,00", "100,0", "100,0", "100"]),
    R("Tỷ lệ trường học được xây dựng kiên cố", "%", ["100,0", "100,00", "100,00", "100,00", "100,00", "100,00", "100,0", "100,0", "100"]),
    R("Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa", "%", ["100", "98,4", "98,4", "100,0", "98,4", "100,0", "100,0", "98,4", "100"]),
    R("Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "%", ["88,0", "88,5", "83,9", "88,0", "83,9", "88,0", "94,8", "95,3", "100"]),
    R("Tỷ lệ thôn, bản, khu phố đạt tiêu chuẩn văn hóa", "%", ["86,0", "90,5", "81,0", "86,5", "81,0", "86,5", "89,5", "94,2", "101"]),
    R("Tỷ lệ cơ quan, đơn vị, trường học đạt tiêu chuẩn văn hóa", "%", ["96,0", "97,7", "97,7", "98,8", "97,7", "98,8", "100,0", "101,8", "103"]),
    R("Tỷ lệ đồng bào dân tộc thiểu số được xem truyền hình và nghe đài phát thanh", "%", ["96,0", "95,0", "95", "100", "95,0", "100,0", "100,0", "99,0", "104"]),
    R("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý", "%", ["98,0", "97,0", "97,0", "98,0", "97,0", "98,0", "100,0", "99,0", "100"]),
    R("Tỷ lệ số xã, phường, thị trấn tại các huyện, thành phố được thu gom, xử lý rác thải sinh hoạt", "%", ["100,0", "100,0", "100,0", "100,0", "100,0", "100,0", "100,0", "100,0", "100"]),
    R("Tổ chức chính quyền cơ sở đạt từ khá trở lên", "%", ["> 90", "> 90", "100,0", "> 90", "100,0", "> 90", "111,1", "111,1", "100"]),
]

# Seed 001's appendix (lines 397-435), English-style decimals from OCR.
SEED001_APPENDIX_ROWS = [
    R("Thu nhập bình quân đầu người năm", "Triệu đồng", ["46", "46", "100", "50", ""]),
    R("Thu NSNN trên địa bàn", "Tỷ đồng", ["48", "48.1", "100", "55", ""]),
    R("Tổng sản lượng lương thực", "Tấn", ["41.100", "41.160", "100.1", "40.620", ""]),
    R("Diện tích trồng chè mới", "Hà", ["70", "90", "128.6", "60", ""]),
    R("Tỷ lệ che phủ rừng", "%", ["51.3", "51.3", "100", "51.82", ""]),
    R("Tăng trưởng dân gia súc", "%", ["7.2", "7.2", "100", "6.1", ""]),
    R("Duy trì, công nhận xã đạt chuẩn NTM", "Xã", ["9", "9", "100", "12", ""]),
    R("Xã nông thôn mới nâng cao", "Tiêu chí", ["16/19", "16/19", "100", "2", ""]),
    R("Huyện đạt nông thôn mới", "Tiêu chí", ["6/9", "6/9", "100", "đạt", ""]),
    R("Tỷ lệ thôn, bản được cứng hóa, có đường xe máy hoặc ô tô đi lại thuận lợi", "%", ["100", "100", "100", "100", ""]),
    R("Tỷ lệ hộ được sử dụng điện lưới quốc gia", "%", ["99.9", "99.9", "100", "100", ""]),
    R("Tỷ lệ trường học được xây dựng kiên cố, hắt kiên cố", "%", ["100", "100", "100", "100", ""]),
    R("Tổng lượt khách du lịch", "Lượt", ["500.000", "500.000", "100", "600.000", ""]),
    R("Doanh thu từ dịch vụ du lịch", "Tỷ đồng", ["186.4", "186.4", "100", "237", ""]),
    R("Tỷ lệ trường đạt chuẩn quốc gia", "%", ["66.7", "66.7", "100", "69.4", ""]),
    R("Tỷ lệ học sinh mẫu giáo đến trường", "%", ["100", "100", "100", "99.9", ""]),
    R("Tỷ lệ tỷ lệ học sinh trong độ tuổi tiểu học đến trường", "%", ["100", "100", "100", "99.9", ""]),
    R("Tỷ lệ học sinh trong độ tuổi THCS đến trường", "%", ["96.3", "96.5", "100.2", "96.6", ""]),
    R("Duy trì xã đạt tiêu chí quốc gia về y tế", "xã", ["12", "12", "100", "12", ""]),
    R("Mức giảm tỷ suất sinh", "%o", ["0.5", "0.5", "100", "0.5", ""]),
    R("Tỷ suất tăng dân số tự nhiên", "%o", ["12.1", "12.1", "100", "12", ""]),
    R("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân", "%", ["16.90", "16.75", "100.8", "14.98", ""]),
    R("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi", "%", ["22.50", "22.38", "100.5", "21.3", ""]),
    R("Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa", "%", ["98.4", "98.4", "100", "100", ""]),
    R("Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "%", ["88.5", "88.5", "100", "84", ""]),
    R("Tỷ lệ thôn, bản, khu phố đạt tiêu chuẩn văn hóa", "%", ["90.5", "90.5", "100", "86", ""]),
    R("Tỷ lệ cơ quan, đơn vị, trường học đạt tiêu chuẩn văn hóa", "%", ["97.7", "97.7", "100", "96", ""]),
    R("Mức giảm tỷ lệ hộ nghèo", "%", ["6.00", "6.25", "104.2", "5", ""]),
    R("Số lao động được giải quyết việc làm", "Người", ["1.320", "2.412", "182.7", "1.140", ""]),
    R("Tỷ lệ lao động qua đào tạo", "%", ["60.27", "60.3", "100", "63", ""]),
    R("Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung", "%", ["84", "84", "100", "100", ""]),
    R("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý", "%", ["97", "97", "100", "98", ""]),
    R("Tỷ lệ số xã được thu gom, xử lý rác thải sinh hoạt", "%", ["100", "100", "100", "100", ""]),
    R("Kết nạp đảng viên mới", "Đảng viên", ["85", "90", "105.8", "90 (trên 3% trở lên)", ""]),
    R("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", [">90", "96.2", "106.8", ">90", ""]),
    R("Đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", [">90", "96.1", "106.7", ">90", ""]),
    R("Tổ chức chính quyền cơ sở đạt từ khá trở lên", "%", [">90", "100", "111.1", ">90", ""]),
    R("Tổ chức cơ sở của MTTQ và các đoàn thể chính trị - xã hội đạt từ khá trở lên", "%", [">75", "100", "133.3", ">75", ""]),
    R("Đảng bộ huyện hoàn thành tốt nhiệm vụ trở lên", "", ["HTTNV", "HTTNV", "HTTNV", "HTTNV", ""]),
]

# Seed 000 Biểu 02 (lines 56-106): target, cumulative actual, ratio, evaluation.
SEED000_BIEU02_ROWS = [
    R('Hàng năm bảo tồn và duy trì ít nhất 01 di sản văn hóa như: Lễ hội truyền thống, chữ viết, âm thực, dân ca, dân vũ, nghề thủ công truyền thống...', 'Di sản', ['5', '13', '260', 'Vượt', '']),
    R('Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)', 'Bản', ['3', '3', '100', 'Đạt', '']),
    R('Công nhận mới 02 điểm du lịch (Lao Tỳ Phùng, Chu Va 6)', 'Bản', ['2', '1', '50', 'Chưa đạt', '']),
    R('xây dựng bản du lịch Sì Thầu Chải, xã Hồ Thầu thành sản phẩm OCOP du lịch', 'Bản', ['2', '2', '100', 'Đạt', '']),
    R('Xây dựng 06 câu lạc bộ văn nghệ dân gian truyền thống tiêu biểu cho 06 dân tộc huyện Tam Đường (Dân tộc Dao, Thái, Mông, Dáy, Lào, Lự)', 'CLB', ['6', '21', '350', 'Vượt', '']),
    R('Phát triển 08 đội văn nghệ quần chúng thành sản phẩm du lịch phục vụ du khách', 'Đội', ['8', '10', '125', 'Vượt', '']),
    R('Duy trì 95% hoạt động của đội văn nghệ tại các bản', '%', ['95', '100', '105,3', 'Vượt', '']),
    R('Duy trì hoạt động của câu lạc bộ khèn Mông', 'CLB', ['4', '7', '175', 'Vượt', '']),
    R('100% các trường học có chương trình hoạt động ngoại khóa gắn với nội dung bảo tồn văn hóa truyền thống các dân tộc tại địa phương', '%', ['100', '100', '100', 'Đạt', '']),
    R('Hàng năm tổ chức hoạt động Tuần Văn hóa du lịch huyện Tam Đường', 'Hoạt động', ['5', '5', '100', 'Đạt', '']),
    R('xây dựng 03 điểm trưng bày, giới thiệu sản phẩm văn hóa, sản phẩm OCOP, nông sản gắn với các điểm tham quan, du lịch', 'Điểm', ['3', '1', '33,3', 'Chưa đạt', '']),
    R('Tốc độ tăng trưởng khách du lịch đạt 20%/năm', '%', ['20', '17,5', '87,5', 'Chưa đạt', '']),
    R('Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt 1.022 tỷ đồng', 'Tỷ đồng', ['1022', '510', '49,9', 'Chưa đạt', '']),
    R('Cắt giảm ít nhất 30% tổng thời gian giải quyết TTHC của các TTHC rà soát hằng năm', '%', ['30', '', '30', 'Đạt', '']),
    R('Trên 60% hệ thống thông tin của huyện có liên quan đến người dân, doanh nghiệp đưa vào vận hành, khai thác được kết nối, liên thông qua nền tảng tích hợp chia sẻ dữ liệu', '%', ['60', '', '100', 'Đạt', '']),
    R('Trên 50% đơn vị sự nghiệp công lập đảm bảo chi thường xuyên từ 10% trở lên', '%', ['50', '', '50', 'Đạt', '']),
    R('80% dịch vụ công có đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4 và được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động', '%', ['80', '80', '100', 'Đạt', '']),
    R('80% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)', '%', ['80', '99', '123,8', 'Vượt', '']),
    R('60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)', '%', ['60', '90', '150', 'Vượt', '']),
    R('100% văn bản trao đổi giữa các cơ quan được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng (trừ văn bản mật theo quy định)', '%', ['100', '92,7', '92,7', 'Chưa đạt', '']),
    R('100% công tác báo cáo (không bao gồm nội dung mật) của các cơ quan nhà nước được cập nhật, chia sẻ trên Hệ thống thông tin báo cáo cấp tỉnh, huyện và kết nối với Hệ thống thông tin báo cáo Chính phủ', '%', ['100', '100', '100', 'Đạt', '']),
    R('70% cơ sở dữ liệu dùng chung và chuyên ngành được kết nối, chia sẻ trên toàn huyện và với các cơ sở dữ liệu quốc gia thông qua nền tảng tích hợp, chia sẻ dữ liệu đo lường triển khai', '%', ['70', '70', '100', 'Đạt', '']),
    R('100% UBND cấp xã triển khai mạng truyền số liệu chuyên dùng', '%', ['100', '100', '100', 'Đạt', '']),
    R('70% tài liệu lưu trữ lịch sử và hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính đã được giải quyết thành công được tạo, lưu giữ, chia sẻ dữ liệu điện tử theo quy định', '%', ['70', '20', '28,6', 'Chưa đạt', '']),
    R('100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản;', '%', ['100', '100', '100', 'Đạt', '']),
    R('30% cán bộ, công chức, viên chức tham gia khai thác dữ liệu và công nghệ số', '%', ['30', '20,5', '68,3', 'Chưa đạt', '']),
    R('100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin theo mô hình 4 lớp', '%', ['100', '100', '100', 'Đạt', '']),
    R('20% trở lên hoạt động kiểm tra được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý', '%', ['20', '5', '25', 'Chưa đạt', '']),
    R('Năng suất lao động hàng năm tăng tối thiểu 7%', '%', ['7', '7', '100', 'Đạt', '']),
    R('Tỷ trọng kinh tế số trong ngành, lĩnh vực đạt tối thiểu 5%', '%', ['5', '5', '100', 'Đạt', '']),
    R('Ứng dụng rộng rãi các nền tảng thanh toán không dùng tiền mặt trong thanh toán các loại phí, lệ phí và hoạt động kinh doanh, mua sắm trong cộng đồng', 'Đạt', ['Đạt', 'đạt', 'đạt', 'Đạt', '']),
    R('Phần đầu 20% doanh nghiệp trên địa bàn huyện ứng dụng chuyển đổi số trong hoạt động quản lý, sản xuất, kinh doanh', '%', ['20', '90', '450', 'Vượt', '']),
    R('60% doanh nghiệp thực hiện giao dịch điện tử trong các hoạt động về tài chính', '%', ['60', '100', '167', 'Vượt', '']),
    R('80% cơ sở dữ liệu về tài nguyên môi trường được xây dựng, cập nhật trên hệ thống cơ sở dữ liệu do trung ương, tỉnh triển khai; cơ bản hoàn thành cơ sở dữ liệu đất đai cấp huyện để sẵn sàng kết nối, chia sẻ và cung cấp dữ liệu mở', '%', ['80', '80', '100', 'Đạt', '']),
    R('70% diện tích rừng được kiểm soát, theo dõi, giám sát bằng các hệ thống quản lý rừng thông minh do trung ương, tỉnh triển khai', '%', ['70', 'Chưa triển khai', '', 'Chưa đạt', '']),
    R('100% sản phẩm OCOP được đưa lên sàn thương mại điện tử của quốc gia và tỉnh', '%', ['100', '100', '100', 'đạt', '']),
    R('30% các sản phẩm chủ lực nông nghiệp của huyện được đưa lên sàn thương mại điện tử của quốc gia và tỉnh', '%', ['30', '20', '66,7', 'Chưa đạt', '']),
    R('Hạ tầng mạng băng rộng cáp quang đến 100% xã', '%', ['100', '100', '100', 'Đạt', '']),
    R('Phần đầu trên 55% hộ gia đình có đường truyền Internet băng rộng', '%', ['55', '48,4', '88', 'Chưa đạt', '']),
    R('Phần đầu cơ bản mỗi hộ dân có ít nhất 01 điện thoại hoặc thiết bị thông minh', '%', ['100', '85', '85', 'Chưa đạt', '']),
    R('Trên 50% người dùng điện thoại hoặc thiết bị thông minh được tiếp cận, sử dụng các dịch vụ chính quyền điện tử', '%', ['50', '60', '120', 'Vượt', '']),
]

# Seed 001 Biểu 02 (lines 505-514), OCR'd: '250%' for 21/6, '1.1' for 100/95.
SEED001_BIEU02_ROWS = [
    R('Tên Nghị quyết/Đề án', 'Đem ý tính', ['Chỉ tiêu (mục tiêu) chủ yếu của Đề án, Nghị quyết', 'Lợi ích thực hiện từ khi ban hành Đề án, Nghị quyết đến hết năm 2024', 'Lợi ích thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) Đề án, Nghị quyết đề ra', 'Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)', 'Ghi chú']),
    R('sử dụng bản đồ lịch Sĩ Thiệp Chải, xã Hồ Thấp thành sản phẩm OCOP du lịch', 'Bản', ['2', '2', '100%', 'Đạt', '']),
    R('Xây dựng 06 câu lạc bộ văn hóa dân gian truyền thống tiêu biểu của cơ dân tộc huyện Lâm Hoàng (Dân tộc Đan, Thái, Mông, Dày, Lào, Lự)', 'CLB', ['6', '21', '250%', 'Vượt', '']),
    R('Thời niên 08 đội văn nghệ quần chúng thành sản phẩm du lịch phục vụ du khách', 'Đội', ['8', '10', '125%', 'Vượt', '']),
    R('Đẩy tin 95% hoạt động của đội văn nghệ tại các bản', '%', ['95', '100', '1.1', 'Vượt', '']),
    R('Đẩy tin hoạt động của câu lạc bộ Môn Bóng', 'CLB', ['4', '7', '175%', 'Vượt', '']),
    R('100% các trường học có chương trình hoạt động ngoại khóa gắn với với đang bảo tồn văn hóa truyền thống các dân tộc tại địa phương', '%', ['100', '100', '100%', 'Đạt', '']),
    R('Hàng năm tổ chức hoạt động Tuần Văn hóa du lịch huyện Tam Dương', 'Hoạt động', ['5', '8', '160%', 'Đạt', '']),
    R('xây dựng 03 điểm trưng bày, giao thiệu sản phẩm văn hóa, sản phẩm OCOP, nông sản gắn với các điểm tham quan, du lịch', 'Điểm', ['3', '1', '33.33%', 'Chưa đạt', '']),
    R('Tốc độ tăng trưởng khách du lịch đạt 20%/năm', '%', ['20', '17.5', '87.5%', 'Chưa đạt', '']),
    R('Tổng doanh thu ngành du lịch giao đoạn 2021 - 2025 đạt 1.022 tỷ đồng', 'Tỷ đồng', ['1022', '510', '49.9%', 'Chưa đạt', '']),
]
