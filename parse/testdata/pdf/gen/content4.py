# -*- coding: utf-8 -*-
"""Content of the fourth set of test documents (NFC Unicode), in the block
format of content.py. Texts are modelled on provincial emulation
directives and plans, reworded; places, numbers and signers made up.
In 'p' text, U+00AD marks where a word may be broken with a hyphen."""
from content import MOTTO

BODY_T = [
    "Thời gian qua, phong trào thi đua yêu nước trên địa bàn tỉnh được triển khai sâu rộng ở các cấp, các ngành, thu hút đông đảo cán bộ, công chức, viên chức, người lao động và các tầng lớp Nhân dân tham gia; nhiều tập thể, cá nhân tiêu biểu được biểu dương, khen thưởng kịp thời, tạo động lực hoàn thành các mục tiêu phát triển kinh tế - xã hội của tỉnh.",
    "Để phong trào thi đua năm 2024 thực sự là động lực thúc đẩy thực hiện thắng lợi nhiệm vụ chính trị, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện tốt các nội dung sau:",
    "1. Quán triệt, triển khai đầy đủ Luật Thi đua, khen thưởng số 06/2022/QH15 và các văn bản hướng dẫn thi hành; xác định công tác thi đua, khen thưởng là nhiệm vụ thường xuyên, gắn với trách nhiệm của người đứng đầu.",
    "2. Tổ chức phát động thi đua ngay từ đầu năm với chỉ tiêu cụ thể, có sơ kết, tổng kết; chú trọng các phong trào thi đua theo chuyên đề, thi đua hoàn thành sớm các công trình trọng điểm của tỉnh.",
    "3. Thực hiện khen thưởng đúng người, đúng thành tích, kịp thời; ưu tiên khen thưởng công nhân, nông dân, chiến sĩ và người trực tiếp lao động, sản xuất; không để tồn đọng hồ sơ đề nghị khen thưởng.",
    "4. Sở Nội vụ chủ trì, phối hợp với Ban Thi đua - Khen thưởng tỉnh hướng dẫn, theo dõi, kiểm tra việc thực hiện Chỉ thị này; định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 năm 2024.",
    "5. Báo Phú Yên, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền gương người tốt, việc tốt, điển hình tiên tiến trong các phong trào thi đua.",
    "Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện Chỉ thị này./.",
]
NN_T = ["- Ban Thi đua - Khen thưởng Trung ương;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
        "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành thuộc tỉnh;", "- UBND các huyện, thị xã, thành phố;",
        "- Lưu: VT, NC."]

# (t) Chỉ thị of a province; the "Nơi nhận" list starts at the foot of page
# 1 and goes on on page 2, where the whole signature block stands
T_CHITHI_SPLIT = [
    ("cols", [("hdr_org", "ỦY BAN NHÂN DÂN"), ("hdr_org_b", "TỈNH PHÚ YÊN"), ("hdr_rule", "Số: 08/CT-UBND")],
     MOTTO + [("hdr_date", "Phú Yên, ngày 22 tháng 4 năm 2024")]),
    ("p", "title", "CHỈ THỊ"),
    ("p", "trichyeu", "Về đẩy mạnh phong trào thi đua yêu nước năm 2024"),
] + [("p", "body", s) for s in BODY_T] + [
    ("cols", [("noinhan", "Nơi nhận:")] + [("nn_item", s) for s in NN_T],
     [("sign_kt", "KT. CHỦ TỊCH"), ("sign_title", "PHÓ CHỦ TỊCH"), ("sign_name", "Trần Hữu Khang")]),
]

BODY_U = [
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 02 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh về tổ chức phong trào thi đua chuyển đổi số, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Phát động sâu rộng phong trào thi đua chuyển đổi số trong các cơ quan, đơn vị, trường học và cộng đồng dân cư; khuyến khích người dân sử dụng các dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và các nền tảng số qua Inter\u00adnet.",
    "2. Thi đua phải thiết thực, hiệu quả, tránh hình thức, chạy theo thành tích; việc xét, đề nghị khen thưởng thực hiện đúng quy định tại Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ, bảo đảm chính xác, công khai, minh bạch và kịp thời.",
    "II. NỘI DUNG THI ĐUA",
    "1. Các xã, thị trấn thi đua hoàn thành chỉ tiêu số hóa hồ sơ, giải quyết thủ tục hành chính; phấn đấu 80% hồ sơ được tiếp nhận và trả kết quả trên môi trường điện tử.",
    "2. Đoàn Thanh niên huyện thành lập tổ công nghệ số cộng đồng tại các thôn, khu phố.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Nội vụ là cơ quan thường trực, theo dõi, tổng hợp kết quả thi đua; tham mưu Ủy ban nhân dân huyện sơ kết, khen thưởng vào tháng 12 năm 2024.",
]
NN_U = ["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;",
        "- Các phòng, ban thuộc huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."]

# (u) Kế hoạch of a district; the signature block's titles stand at the
# foot of page 1 beside the first recipients, the name and the rest of the
# list on page 2; a document number is broken at its hyphen ("NĐ-" / "CP")
# and a word with a hyphen ("Inter-" / "net")
U_KEHOACH_SPLIT = [
    ("cols", [("hdr_org", "ỦY BAN NHÂN DÂN"), ("hdr_org_b", "HUYỆN ĐỒNG XUÂN"), ("hdr_rule", "Số: 117/KH-UBND")],
     MOTTO + [("hdr_date", "Đồng Xuân, ngày 18 tháng 3 năm 2024")]),
    ("p", "title", "KẾ HOẠCH"),
    ("p", "trichyeu", "Tổ chức phong trào thi đua chuyển đổi số trên địa bàn huyện năm 2024"),
] + [("p", "head" if s.startswith("I") else "body", s) for s in BODY_U] + [
    ("cols", [("noinhan", "Nơi nhận:")] + [("nn_item", s) for s in NN_U],
     [("sign_kt", "TM. ỦY BAN NHÂN DÂN"), ("sign_title", "KT. CHỦ TỊCH"), ("sign_title", "PHÓ CHỦ TỊCH"), ("sign_name", "Lương Thị Mỹ Hạnh")]),
]

# (v) Chỉ thị of a city, every glyph placed on its own in TJ arrays with
# kerning and no space characters
V_CHITHI_TJ = [
    ("cols", [("hdr_org", "ỦY BAN NHÂN DÂN"), ("hdr_org_b", "THÀNH PHỐ TUY HÒA"), ("hdr_rule", "Số: 03/CT-UBND")],
     MOTTO + [("hdr_date", "Tuy Hòa, ngày 05 tháng 2 năm 2024")]),
    ("p", "title", "CHỈ THỊ"),
    ("p", "trichyeu", "Về tổ chức phong trào thi đua “Dân vận khéo” năm 2024"),
    ("p", "body", "Thực hiện Kế hoạch số 21-KH/TU ngày 10 tháng 01 năm 2024 của Thành ủy về công tác dân vận, Chủ tịch Ủy ban nhân dân thành phố chỉ thị:"),
    ("p", "body", "1. Các phòng, ban, đơn vị thuộc thành phố và Ủy ban nhân dân các phường, xã đăng ký ít nhất một mô hình “Dân vận khéo” gắn với cải cách hành chính."),
    ("p", "body", "2. Phòng Nội vụ hướng dẫn tiêu chí bình xét, tổng hợp kết quả, đề xuất khen thưởng các mô hình tiêu biểu vào dịp tổng kết năm."),
    ("p", "body", "3. Trung tâm Văn hóa, Thông tin và Thể thao thành phố tuyên truyền các điển hình “Dân vận khéo” trên các phương tiện thông tin đại chúng."),
    ("p", "body", "Yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./."),
    ("cols", [("noinhan", "Nơi nhận:"), ("nn_item", "- TT Thành ủy, TT HĐND thành phố;"), ("nn_item", "- Ban Dân vận Thành ủy;"),
              ("nn_item", "- Các phòng, ban, đơn vị;"), ("nn_item", "- UBND các phường, xã;"), ("nn_item", "- Lưu: VT.")],
     [("sign_title", "CHỦ TỊCH"), ("sign_name", "Huỳnh Tấn Lộc")]),
]
