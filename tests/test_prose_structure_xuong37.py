"""A structure's later level after a bare "xuống" (issue 12, round 37).

"giảm từ 29,23% năm 2014 xuống 27,94% năm 2016" prints the level a share moved to after "xuống" alone, as seven
development districts do ("từ X% xuống Y%": luc-ngan-bac-giang, u-minh-ca-mau, phu-tan-an-giang, …); the rewording
benchmark's ``xuongcon_xuong`` ("xuống còn" -> "xuống") lost the later year's shares_sum in chau-thanh-tra-vinh_1
and mu-cang-chai-yen-bai_1: ``prose_wholes.structure_levels`` took "xuống còn", "giảm xuống", "lên", "còn" for the
level moved to, not "xuống". A real sentence of a development passage, reworded as the test says.
"""

from __future__ import annotations

from tests.test_prose_links import passage, printed, relations

# chau-thanh-tra-vinh_1, "xuống còn 43,89%" printed "xuống 43,89%"
_TEXT = ("Cơ cấu kinh tế tiếp tục chuyển dịch: tỷ trọng ngành nông nghiệp giảm từ 62,28% năm 2015 xuống 43,89% năm 2020; "
         "tỷ trọng ngành công nghiệp – xây dựng từ 16,51% năm 2015 tăng lên 30,25% năm 2020; tỷ trọng ngành thương mại - "
         "dịch vụ từ 21,20% năm 2015 tăng lên 25,86% năm 2020.")


def test_the_level_after_xuong_is_the_later_years_share() -> None:
    doc = passage(_TEXT)
    terms = [printed(doc, r, "term") for r in relations(doc, "shares_sum")]
    assert ["43,89%", "30,25%", "25,86%"] in terms
    assert ["từ 62,28%", "từ 16,51%", "từ 21,20%"] in terms
