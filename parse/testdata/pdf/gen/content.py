# -*- coding: utf-8 -*-
"""Content of the second set of test documents (synthetic; NFC Unicode).

A document is a list of blocks:
  ('cols', [left column], [right column])   borderless two-column block;
      a column is a list of (style, text)
  ('rows', [[left, right], ...])             the same as a table of several
      rows (Word template: names in row 1, number and date in row 2)
  ('p', style, text)                         paragraph
  ('grid', [[cell, ...], ...])               ruled table, first row is the head
"""

MOTTO = [("hdr_qh", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("hdr_tn", "Độc lập - Tự do - Hạnh phúc")]

# (h) Chỉ thị of a province typed in VNI-Times ------------------------------
H_CHITHI_VNI = [
    ("cols", [("hdr_org", "ỦY BAN NHÂN DÂN"), ("hdr_org_b", "TỈNH QUẢNG NAM"), ("hdr_rule", "Số: 05/CT-UBND")],
     MOTTO + [("hdr_date", "Quảng Nam, ngày 10 tháng 3 năm 2025")]),
    ("p", "title", "CHỈ THỊ"),
    ("p", "trichyeu", "Về tăng cường công tác thi đua, khen thưởng năm 2025"),
    ("p", "body", "Năm 2024, công tác thi đua, khen thưởng trên địa bàn tỉnh Quảng Nam tiếp tục được các cấp, các ngành quan tâm chỉ đạo; nhiều phong trào thi đua được tổ chức thiết thực, hiệu quả, góp phần hoàn thành các chỉ tiêu phát triển kinh tế - xã hội của tỉnh. Tuy vậy, việc bình xét khen thưởng ở một số nơi còn chậm, chưa chú trọng người lao động trực tiếp."),
    ("p", "body", "Thực hiện Luật Thi đua, khen thưởng số 06/2022/QH15 và Kế hoạch số 112/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh, để công tác thi đua, khen thưởng năm 2025 đạt kết quả cao, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"),
    ("p", "body", "1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức phát động thi đua ngay từ đầu năm, gắn với nhiệm vụ trọng tâm của từng cơ quan, đơn vị."),
    ("p", "body", "2. Đổi mới công tác khen thưởng:"),
    ("p", "body", "a) Khen thưởng kịp thời, đúng người, đúng thành tích; ưu tiên khen thưởng công nhân, nông dân, người trực tiếp lao động, sản xuất."),
    ("p", "body", "b) Rút ngắn thời gian xét duyệt hồ sơ; thực hiện tiếp nhận hồ sơ khen thưởng trên môi trường điện tử."),
    ("p", "body", "3. Sở Nội vụ hướng dẫn, kiểm tra, đôn đốc việc thực hiện Chỉ thị này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/11/2025."),
    ("p", "body", "4. Báo Quảng Nam, Đài Phát thanh - Truyền hình Quảng Nam mở chuyên mục tuyên truyền các điển hình tiên tiến, gương người tốt, việc tốt."),
    ("p", "body", "Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện Chỉ thị này./."),
    ("cols", [("noinhan", "Nơi nhận:"), ("nn_item", "- Ban TĐKT Trung ương;"), ("nn_item", "- TT Tỉnh ủy, TT HĐND tỉnh;"),
              ("nn_item", "- CT, các PCT UBND tỉnh;"), ("nn_item", "- Các sở, ban, ngành; UBND các huyện, thị xã, thành phố;"),
              ("nn_item", "- Lưu: VT, NC.")],
     [("sign_title", "CHỦ TỊCH"), ("sign_name", "Lê Văn Dũng")]),
]

# (i) Kế hoạch of a city, written in Word (.docx), 4 pages --------------------
I_ROWS = [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["1", "Ban hành hướng dẫn tổ chức phong trào thi đua năm 2025 cho các cơ quan, đơn vị, địa phương", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 4/2025"],
    ["2", "Ký kết giao ước thi đua giữa các cụm, khối thi đua thuộc thành phố", "Các cụm, khối thi đua", "Sở Nội vụ", "Tháng 5/2025"],
    ["3", "Tổ chức phong trào thi đua xây dựng nông thôn mới tại các xã", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các huyện", "Cả năm"],
    ["4", "Vận động ủng hộ Quỹ Vì người nghèo thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Các tổ chức chính trị - xã hội", "Quý III/2025"],
    ["5", "Tuyên truyền các điển hình tiên tiến trên báo chí và mạng xã hội", "Sở Văn hóa và Thể thao", "Báo và Phát thanh, Truyền hình Đà Nẵng", "Thường xuyên"],
    ["6", "Hỗ trợ doanh nghiệp tham gia phong trào thi đua lao động giỏi, lao động sáng tạo", "Liên đoàn Lao động thành phố", "Sở Công Thương", "Cả năm"],
    ["7", "Bố trí kinh phí thi đua, khen thưởng theo quy định", "Sở Tài chính", "Sở Nội vụ", "Quý II/2025"],
    ["8", "Kiểm tra việc thực hiện phong trào thi đua tại các quận, huyện", "Sở Nội vụ", "Các cụm, khối thi đua", "Tháng 9/2025"],
    ["9", "Sơ kết 6 tháng, đề xuất khen thưởng đột xuất các tập thể, cá nhân có thành tích xuất sắc", "Các sở, ban, ngành; Ủy ban nhân dân các quận, huyện", "Sở Nội vụ", "Tháng 7/2025"],
    ["10", "Tổng kết phong trào thi đua năm 2025, đề nghị tặng Cờ thi đua của Chính phủ", "Sở Nội vụ", "Các cụm, khối thi đua", "Tháng 12/2025"],
]
I_FILLER = ("Các cơ quan, đơn vị, địa phương cụ thể hóa nội dung thi đua thành các chỉ tiêu, nhiệm vụ của từng tập thể, cá nhân; "
            "gắn phong trào thi đua với việc thực hiện nhiệm vụ chính trị, cải cách hành chính, chuyển đổi số và nâng cao chất lượng phục vụ Nhân dân, doanh nghiệp.")
I_KEHOACH_DOCX = [
    ("rows", [[[("hdr_org", "ỦY BAN NHÂN DÂN"), ("hdr_org_b", "THÀNH PHỐ ĐÀ NẴNG")], MOTTO],
              [[("hdr_num", "Số: 87/KH-UBND")], [("hdr_date", "Đà Nẵng, ngày 14 tháng 4 năm 2025")]]]),
    ("p", "title", "KẾ HOẠCH"),
    ("p", "trichyeu", "Tổ chức các phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025"),
    ("p", "body", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
    ("p", "body", "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"),
    ("p", "body", "Căn cứ Quyết định số 1145/QĐ-UBND ngày 20 tháng 3 năm 2025 của Ủy ban nhân dân thành phố ban hành Quy chế thi đua, khen thưởng thành phố Đà Nẵng;"),
    ("p", "body", "Ủy ban nhân dân thành phố ban hành Kế hoạch tổ chức các phong trào thi đua năm 2025 như sau:"),
    ("p", "head", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "body", "1. Tạo khí thế thi đua sôi nổi trong các cơ quan, đơn vị, địa phương và các tầng lớp Nhân dân, phấn đấu hoàn thành cao nhất các chỉ tiêu phát triển kinh tế - xã hội năm 2025 của thành phố."),
    ("p", "body", "2. Phong trào thi đua phải có nội dung thiết thực, hình thức phù hợp, tránh phô trương, hình thức; gắn với việc phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến."),
    ("p", "body", "3. Công tác khen thưởng bảo đảm chính xác, công khai, công bằng, kịp thời; chú trọng khen thưởng tập thể nhỏ, cá nhân trực tiếp lao động, sản xuất, công tác."),
    ("p", "head", "II. NỘI DUNG, NHIỆM VỤ"),
    ("p", "body", "1. Tiếp tục triển khai các phong trào thi đua do Thủ tướng Chính phủ phát động:"),
    ("p", "body", "- Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”, tập trung hoàn thiện hạ tầng giao thông, thủy lợi và nâng cao thu nhập của người dân vùng nông thôn."),
    ("p", "body", "- Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau”, huy động các nguồn lực hỗ trợ hộ nghèo, hộ cận nghèo thoát nghèo bền vững."),
    ("p", "body", I_FILLER),
    ("p", "body", "Ngành Giáo dục và Đào tạo, ngành Y tế tổ chức phong trào thi đua nâng cao chất lượng dạy và học, chất lượng khám, chữa bệnh; các doanh nghiệp tổ chức phong trào thi đua lao động giỏi, lao động sáng tạo, bảo đảm an toàn, vệ sinh lao động."),
    ("p", "body", "Lực lượng vũ trang thành phố tổ chức phong trào thi đua quyết thắng, bảo vệ vững chắc chủ quyền biển, đảo và giữ vững an ninh chính trị, trật tự, an toàn xã hội trên địa bàn."),
    ("p", "body", "Việc tổ chức phong trào thi đua phải có sơ kết, tổng kết, rút kinh nghiệm; lựa chọn những tập thể, cá nhân tiêu biểu để khen thưởng và đề nghị cấp trên khen thưởng."),
    ("p", "body", "2. Phân công thực hiện các nhiệm vụ cụ thể:"),
    ("grid", I_ROWS),
    ("p", "head", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "body", "1. Sở Nội vụ (Ban Thi đua - Khen thưởng) là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch này."),
    ("p", "body", "2. Các sở, ban, ngành, Ủy ban nhân dân các quận, huyện xây dựng kế hoạch cụ thể của cơ quan, đơn vị mình, gửi về Sở Nội vụ trước ngày 30/4/2025."),
    ("p", "body", "3. Định kỳ 6 tháng và hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân thành phố."),
    ("p", "body", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, giải quyết./."),
    ("cols", [("noinhan", "Nơi nhận:"), ("nn_item", "- Ban TĐKT Trung ương;"), ("nn_item", "- TT Thành ủy, TT HĐND thành phố;"),
              ("nn_item", "- CT, các PCT UBND thành phố;"), ("nn_item", "- Các sở, ban, ngành thành phố;"),
              ("nn_item", "- UBND các quận, huyện;"), ("nn_item", "- Lưu: VT, SNV.")],
     [("sign_kt", "KT. CHỦ TỊCH"), ("sign_title", "PHÓ CHỦ TỊCH"), ("sign_name", "Trần Chí Cường")]),
]

# (j) Chỉ thị of a provincial Party committee ---------------------------------
J_CHITHI_TINHUY = [
    ("cols", [("hdr_org_b", "TỈNH ỦY BẮC NINH"), ("hdr_org", "*"), ("hdr_org", "Số 12-CT/TU")],
     [("hdr_qh_u", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("hdr_date", "Bắc Ninh, ngày 20 tháng 5 năm 2025")]),
    ("p", "title", "CHỈ THỊ"),
    ("p", "title2", "CỦA BAN THƯỜNG VỤ TỈNH ỦY"),
    ("p", "trichyeu_party", "về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong giai đoạn mới"),
    ("p", "rule", "-----"),
    ("p", "body", "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng, những năm qua các cấp ủy, tổ chức đảng trong tỉnh đã quan tâm lãnh đạo, chỉ đạo công tác thi đua, khen thưởng và đạt nhiều kết quả quan trọng."),
    ("p", "body", "Tuy nhiên, ở một số nơi cấp ủy chưa thường xuyên kiểm tra việc tổ chức các phong trào thi đua; việc phát hiện, nhân rộng các điển hình tiên tiến còn ít. Để khắc phục hạn chế, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:"),
    ("p", "body", "1. Nâng cao nhận thức của cấp ủy, người đứng đầu về vị trí, vai trò của công tác thi đua, khen thưởng; đưa nội dung này vào chương trình công tác hằng năm của cấp ủy."),
    ("p", "body", "2. Lãnh đạo chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tổ chức các phong trào thi đua thiết thực, gắn với nhiệm vụ chính trị của địa phương."),
    ("p", "body", "3. Chú trọng phát hiện, bồi dưỡng, tôn vinh các điển hình tiên tiến là công nhân, nông dân, chiến sĩ, người trực tiếp lao động, sản xuất."),
    ("p", "body", "4. Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo các cơ quan báo chí tuyên truyền sâu rộng về gương người tốt, việc tốt."),
    ("p", "body", "5. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo việc bố trí kinh phí và kiện toàn bộ máy làm công tác thi đua, khen thưởng các cấp."),
    ("p", "body", "Chỉ thị này được phổ biến đến chi bộ. Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy."),
    ("cols", [("noinhan", "Nơi nhận:"), ("nn_item", "- Ban Bí thư Trung ương Đảng (để b/c),"),
              ("nn_item", "- Ban Thi đua - Khen thưởng Trung ương,"),
              ("nn_item", "- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,"),
              ("nn_item", "- Các đồng chí Tỉnh ủy viên,"), ("nn_item", "- Lưu Văn phòng Tỉnh ủy.")],
     [("sign_kt", "T/M BAN THƯỜNG VỤ"), ("sign_title", "BÍ THƯ"), ("sign_name", "Nguyễn Hồng Sơn")]),
]

# (l) Kế hoạch of a commune -------------------------------------------------
L_KEHOACH_XA = [
    ("cols", [("hdr_org", "ỦY BAN NHÂN DÂN"), ("hdr_org_b", "XÃ TÂN HƯNG"), ("hdr_rule", "Số: 21/KH-UBND")],
     MOTTO + [("hdr_date", "Tân Hưng, ngày 05 tháng 02 năm 2025")]),
    ("p", "title", "KẾ HOẠCH"),
    ("p", "trichyeu", "Phát động phong trào thi đua năm 2025"),
    ("p", "body", "Để động viên cán bộ, công chức và Nhân dân trong xã thi đua hoàn thành các chỉ tiêu năm 2025, Ủy ban nhân dân xã ban hành Kế hoạch phát động phong trào thi đua như sau:"),
    ("p", "body", "1. Các ấp tổ chức phát động thi đua trong tháng 02/2025, gắn với việc giữ gìn an ninh trật tự và vệ sinh môi trường."),
    ("p", "body", "2. Công chức Văn phòng - Thống kê theo dõi phong trào, tổng hợp kết quả hằng quý."),
    ("p", "body", "3. Các đoàn thể xã vận động hội viên tham gia, giới thiệu gương người tốt, việc tốt."),
    ("p", "body", "4. Hội đồng Thi đua - Khen thưởng xã sơ kết 6 tháng và tổng kết cuối năm, đề nghị khen thưởng./."),
    ("cols", [("noinhan", "Nơi nhận:"), ("nn_item", "- UBND huyện;"), ("nn_item", "- TT Đảng ủy, TT HĐND xã;"),
              ("nn_item", "- Các đoàn thể xã;"), ("nn_item", "- Lưu: VT.")],
     [("sign_kt", "TM. ỦY BAN NHÂN DÂN"), ("sign_title", "CHỦ TỊCH"), ("sign_name", "Võ Thị Lan")]),
]

# (m) Chỉ thị of a ministry, 2 pages ------------------------------------------
M_CHITHI_BO = [
    ("cols", [("hdr_org_b", "BỘ GIÁO DỤC VÀ ĐÀO TẠO"), ("hdr_rule", "Số: 09/CT-BGDĐT")],
     MOTTO + [("hdr_date", "Hà Nội, ngày 02 tháng 6 năm 2025")]),
    ("p", "title", "CHỈ THỊ"),
    ("p", "trichyeu", "Về đẩy mạnh phong trào thi đua trong ngành Giáo dục năm học 2025 - 2026"),
    ("p", "body", "Năm học 2024 - 2025, các phong trào thi đua trong ngành Giáo dục được triển khai rộng khắp, góp phần nâng cao chất lượng giáo dục và đào tạo. Nhiều nhà giáo, cán bộ quản lý giáo dục và học sinh, sinh viên đã có những thành tích xuất sắc, được các cấp khen thưởng."),
    ("p", "body", "Bên cạnh đó, công tác thi đua ở một số cơ sở giáo dục còn nặng về hình thức; việc khen thưởng có lúc chưa kịp thời; công tác tuyên truyền, nhân rộng điển hình tiên tiến chưa được quan tâm đúng mức."),
    ("p", "body", "Thực hiện Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ và Thông tư số 21/2020/TT-BGDĐT ngày 31/7/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo, để phong trào thi đua năm học 2025 - 2026 đạt kết quả thiết thực, Bộ trưởng Bộ Giáo dục và Đào tạo yêu cầu:"),
    ("p", "body", "1. Các sở giáo dục và đào tạo tiếp tục thực hiện phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời”, gắn với đổi mới phương pháp dạy học và kiểm tra, đánh giá:"),
    ("p", "body", "a) Tổ chức cho nhà giáo, cán bộ quản lý giáo dục đăng ký danh hiệu thi đua ngay từ đầu năm học; lựa chọn nội dung thi đua phù hợp với điều kiện của từng địa phương, từng cơ sở giáo dục."),
    ("p", "body", "b) Phối hợp với Hội Khuyến học các cấp xây dựng các mô hình học tập suốt đời trong gia đình, dòng họ, cộng đồng và đơn vị."),
    ("p", "body", "c) Đánh giá, sơ kết phong trào vào cuối học kỳ I; kịp thời biểu dương những tập thể, cá nhân có cách làm hay, sáng tạo."),
    ("p", "body", "2. Các đại học, học viện, trường đại học đẩy mạnh thi đua trong nghiên cứu khoa học, chuyển giao công nghệ và khởi nghiệp đổi mới sáng tạo của sinh viên; gắn kết quả thi đua với việc đánh giá, xếp loại viên chức và người lao động hằng năm."),
    ("p", "body", "3. Các cơ sở giáo dục thực hiện khen thưởng kịp thời những nhà giáo, học sinh có thành tích xuất sắc; ưu tiên nhà giáo công tác ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn."),
    ("p", "body", "4. Vụ Thi đua - Khen thưởng hướng dẫn, kiểm tra việc thực hiện Chỉ thị này; tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 30/6/2026."),
    ("p", "body", "Thủ trưởng các đơn vị thuộc Bộ, Giám đốc các sở giáo dục và đào tạo, Giám đốc các đại học, học viện, Hiệu trưởng các trường đại học, cao đẳng sư phạm chịu trách nhiệm thực hiện Chỉ thị này./."),
    ("cols", [("noinhan", "Nơi nhận:"), ("nn_item", "- Văn phòng Chính phủ;"), ("nn_item", "- Ban TĐKT Trung ương;"),
              ("nn_item", "- Các Thứ trưởng;"), ("nn_item", "- Các sở GDĐT;"), ("nn_item", "- Các đại học, học viện, trường đại học;"),
              ("nn_item", "- Lưu: VT, Vụ TĐKT.")],
     [("sign_title", "BỘ TRƯỞNG"), ("sign_name", "Hoàng Minh Đức")]),
]


def ref_lines(doc):
    """The text in logical reading order, one paragraph or cell a line."""
    out = []
    for b in doc:
        if b[0] == "cols":
            out += [t for _, t in b[1]] + [t for _, t in b[2]]
        elif b[0] == "rows":  # read as two blocks, like "cols"
            for k in range(2):
                out += [t for row in b[1] for _, t in row[k]]
        elif b[0] == "p":
            out.append(b[2])
        elif b[0] == "grid":
            out += [c for row in b[1] for c in row]
    return out
