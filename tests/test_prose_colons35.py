"""A label's colon and the abbreviation NSNN read as the plain wording does (issue 12, round 35).

Round 35's rewrites, over development passages: gom_colon printed "gồm:" for "gồm" (an-phu-an-giang_2 prints
"14 đơn vị hành chính gồm: 03 thị trấn … và 11 xã"), danso_colon "Diện tích tự nhiên: 60 km" for "diện tích
tự nhiên 60 km" (kong-chro-gia-lai_2 prints "Dân số: 50.525 người"), nsnn_short "NSNN" for "ngân sách nhà
nước" (mong-cai-quang-ninh_2 prints "thu NSNN đạt 1.571,4 tỷ đồng"). Each sentence below is a development
passage's; with the rewrite it must give the relations it gives as printed.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, printed, relations

CAU_KE = ("Thị trấn Cầu Kè có 6.157 người, trong đó 1.839 người dân tộc thiểu số, chiếm 29,87%, và 4.318 người dân "
          "tộc Kinh; người dân tộc thiểu số gồm chủ yếu người Khmer (1.698 người) và người Hoa (141 người).")
CANG_LONG = ("Đề án một triệu héc-ta lúa chất lượng cao, phát thải thấp được thực hiện tại 02 xã Huyền Hội và Tân "
             "Bình, diện tích 69,72ha, với 97 hộ tham gia.")
SA_DEC = ("Thành phố Sa Đéc có diện tích tự nhiên 60 km, dân số trung bình 102.399 người (năm 2005), mật độ 1.707 "
          "người/ km2.")
THACH_THANH = ("Tổng vốn đầu tư phát triển toàn xã hội ước 1.057,2 tỷ đồng, đạt 50,2% kế hoạch, trong đó vốn ngân sách "
               "nhà nước 130 tỷ đồng, vốn doanh nghiệp 490 tỷ đồng, vốn dân cư 437,2 tỷ đồng.")


def sums(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    doc = passage(text)
    return [(printed(doc, r, "total"), printed(doc, r, "part")) for r in relations(doc, kind)]


def test_main_parts_after_gom_colon_are_some_of_the_whole() -> None:
    # cau-ke-tra-vinh_1: "chủ yếu" (mainly) names the main minorities, a subset, after "gồm:" as after "gồm"
    for text in (CAU_KE, CAU_KE.replace("gồm chủ", "gồm: chủ")):
        assert sums(text, "subset") == [(["1.839"], ["1.698", "141"])], text
        assert (["1.839"], ["1.698", "141"]) not in sums(text, "count_sum")


def test_names_before_a_labelled_figure_are_counted() -> None:
    # cang-long-tra-vinh_3: the two communes are named before ", diện tích: 69,72ha"
    for text in (CANG_LONG, CANG_LONG.replace("tích 69", "tích: 69")):
        doc = passage(text)
        assert [r.kind for r in relations(doc, "count_list")] == ["count_list"], text


def test_a_labelled_area_in_km_is_the_density_base() -> None:
    # sa-dec-dong-thap_1: "60 km" is the area's km² when "diện tích" names it, with or without its colon
    for text in (SA_DEC, SA_DEC.replace("nhiên 60", "nhiên: 60")):
        doc = passage(text)
        assert [printed(doc, r, "base") for r in relations(doc, "per_capita")] == [["60"]], text
        assert errors(doc) == []


def test_nsnn_is_the_state_budget_among_who_funds() -> None:
    # thach-thanh-thanh-hoa_2: the state, enterprises and the people put up all of the capital
    for text in (THACH_THANH, THACH_THANH.replace("ngân sách nhà nước", "NSNN")):
        assert sums(text, "partition") == [(["1.057,2"], ["130", "490", "437,2"])], text
