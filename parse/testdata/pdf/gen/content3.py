# -*- coding: utf-8 -*-
"""Content of the third set of test documents (n to s): texts modelled on
real emulation documents found on public sites, shortened and reworded;
names of signers made up. NFC Unicode.

A document is a dict: org (lines of the issuer block, last is the number),
date, kind, title (lines), authority (or None), body (paragraphs),
recipients, sign (lines of the signature block, name last).
"""

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# (n) decision of a provincial chairman, Chromium print of an HTML page
N_QD_HOABINH = dict(
    org=["ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH"], number="Số: 1306/QĐ-UBND",
    date="Hòa Bình, ngày 29 tháng 07 năm 2015",
    kind="QUYẾT ĐỊNH",
    title=["Về việc ban hành Quy chế tổ chức và hoạt động", "Cụm, Khối thi đua của tỉnh Hòa Bình"],
    authority="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
    body=[
        "Căn cứ Luật Thi đua, khen thưởng ngày 26/11/2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16/11/2013;",
        "Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010 và Nghị định số 65/2014/NĐ-CP ngày 01/7/2014 của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng;",
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Công văn số 1486/SNV-TĐKT ngày 14 tháng 7 năm 2015,",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động Cụm, Khối thi đua của tỉnh và các Cụm, Khối thi đua do Chủ tịch Ủy ban nhân dân tỉnh ủy quyền thành lập.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký; các văn bản hướng dẫn về tổ chức và hoạt động Cụm, Khối thi đua của tỉnh trước đây đều bãi bỏ.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các đơn vị trong các Cụm, Khối thi đua chịu trách nhiệm thi hành Quyết định này./.",
    ],
    recipients=["- Như Điều 3;", "- Ban TĐKT Trung ương;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, NC."],
    sign=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Công Sứ"],
)

# (o) directive of a provincial chairman, XeLaTeX, justified, hyphenated
O_CT_TAYNINH = dict(
    org=["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"], number="Số: 03/CT-UBND",
    date="Tây Ninh, ngày 22 tháng 4 năm 2020",
    kind="CHỈ THỊ",
    title=["Về việc phát động phong trào thi đua “Toàn dân tham gia phòng, chống dịch Covid-19” gắn với thực hiện các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh, bảo đảm an sinh xã hội"],
    authority=None,
    body=[
        "Thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 và Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19, Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, Chủ tịch Ủy ban nhân dân tỉnh phát động phong trào thi đua “Toàn dân tham gia phòng, chống dịch Covid-19” và chỉ thị:",
        "1. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức phát động phong trào thi đua trong cơ quan, đơn vị, địa phương; xây dựng kế hoạch cụ thể, thiết thực, tránh hình thức.",
        "2. Sở Y tế chủ trì tham mưu các giải pháp chuyên môn; động viên đội ngũ thầy thuốc, nhân viên y tế thi đua chăm sóc, điều trị người bệnh, kiểm soát chặt chẽ các trường hợp cách ly tập trung.",
        "3. Sở Kế hoạch và Đầu tư, Sở Công Thương kịp thời tháo gỡ khó khăn cho doanh nghiệp, hợp tác xã và hộ kinh doanh; khuyến khích doanh nghiệp duy trì việc làm cho người lao động.",
        "4. Sở Lao động - Thương binh và Xã hội hướng dẫn thực hiện chính sách hỗ trợ người dân gặp khó khăn, bảo đảm đúng đối tượng, công khai, minh bạch, không để ai bị bỏ lại phía sau.",
        "5. Sở Nội vụ (Ban Thi đua - Khen thưởng) hướng dẫn, theo dõi phong trào; kịp thời đề xuất khen thưởng đột xuất các tập thể, cá nhân có thành tích xuất sắc trong phòng, chống dịch.",
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các cấp nghiêm túc thực hiện Chỉ thị này./.",
    ],
    recipients=["- Văn phòng Chính phủ;", "- Ban TĐKT Trung ương;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT."],
    sign=["CHỦ TỊCH", "Nguyễn Thanh Ngọc"],
)

# (p) plan of a province, two pages of A5 set side by side on one landscape
# A4 sheet (each page a form XObject)
P_KH_LANGSON = dict(
    org=["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], number="Số: 41/KH-UBND",
    date="Lạng Sơn, ngày 19 tháng 3 năm 2018",
    kind="KẾ HOẠCH",
    title=["Tổ chức các hoạt động kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2018)"],
    authority=None,
    body=[
        "Thực hiện Chỉ thị số 22-CT/TW ngày 23/01/2018 của Ban Bí thư Trung ương Đảng về đẩy mạnh các phong trào thi đua yêu nước hướng tới kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        "1. Tổ chức tuyên truyền sâu rộng về ý nghĩa lịch sử của Lời kêu gọi thi đua ái quốc trên Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh và cổng thông tin điện tử của các cơ quan, đơn vị.",
        "2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố phát động đợt thi đua cao điểm từ tháng 3 đến tháng 6 năm 2018, lập thành tích chào mừng ngày kỷ niệm.",
        "3. Lựa chọn, biểu dương các điển hình tiên tiến tiêu biểu trong các phong trào thi đua giai đoạn 2013 - 2018; đề nghị cấp trên khen thưởng những gương xuất sắc.",
        "4. Sở Nội vụ chủ trì tổ chức Lễ kỷ niệm cấp tỉnh vào tháng 6 năm 2018; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2018./.",
    ],
    recipients=["- Ban TĐKT Trung ương;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."],
    sign=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Ngọc Thưởng"],
)

# (q) directive of a district, drawn by matplotlib with Type 3 fonts
Q_CT_HUYEN = dict(
    org=["ỦY BAN NHÂN DÂN", "HUYỆN NINH PHƯỚC"], number="Số: 07/CT-UBND",
    date="Ninh Phước, ngày 12 tháng 9 năm 2023",
    kind="CHỈ THỊ",
    title=["Về tiếp tục đổi mới công tác dân vận gắn với phong trào thi đua", "“Dân vận khéo” trên địa bàn huyện"],
    authority=None,
    body=[
        "Thực hiện Kế hoạch số 165/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh về phong trào thi đua “Dân vận khéo”, để nâng cao hiệu quả công tác dân vận của chính quyền, Chủ tịch Ủy ban nhân dân huyện yêu cầu:",
        "1. Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện quán triệt cán bộ, công chức thực hiện tốt quy chế dân chủ ở cơ sở, tôn trọng và lắng nghe ý kiến của Nhân dân.",
        "2. Chủ tịch Ủy ban nhân dân các xã, thị trấn xây dựng ít nhất một mô hình “Dân vận khéo” mỗi năm; kịp thời giải quyết kiến nghị chính đáng của người dân.",
        "3. Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Chỉ thị này; tham mưu khen thưởng các tập thể, cá nhân có thành tích tiêu biểu./.",
    ],
    recipients=["- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Các cơ quan, đơn vị thuộc huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."],
    sign=["CHỦ TỊCH", "Trần Văn Bình"],
)


def ref(d):
    """The text in logical reading order, one paragraph per line (title
    lines broken by the document itself stay apart)."""
    out = list(d["org"]) + [d["number"]] + MOTTO + [d["date"], d["kind"]] + list(d["title"])
    if d.get("authority"):
        out.append(d["authority"])
    out += d["body"] + ["Nơi nhận:"] + d["recipients"] + d["sign"]
    return "\n".join(out) + "\n"
