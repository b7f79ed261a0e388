package pubdate

import "testing"

// TestRead holds every form of a date line that the two readers this
// package replaced accepted: parse's publishedRe (with directive.ParseDate)
// and internal/htmltext's visibleDate and normDate. The comment of a row
// says which of them read it ("neither": a line no reader took, kept to
// show it is still refused). Lines that parse's readPublished takes only
// by its own layout rules (two dates, view counters, a byline before the
// date, a bullet) are tested in package parse.
func TestRead(t *testing.T) {
	tests := []struct{ in, line, machine string }{
		{"Thứ 6, Ngày 05/02/2021, 11:00", "2021-02-05", "2021-02-05"},                  // parse htmltext
		{"Thời gian: 30/12/2020 15:00", "2020-12-30", "2020-12-30"},                    // parse htmltext
		{"05/02/2021", "2021-02-05", "2021-02-05"},                                     // parse htmltext
		{"Cập nhật lúc 10:15 ngày 05/02/2021", "2021-02-05", "2021-02-05"},             // parse htmltext
		{"Ngày đăng: 26/11/2024 | Lượt xem: 316", "2024-11-26", "2024-11-26"},          // htmltext
		{"Thứ Tư, 30/12/2020 - 15:00", "2020-12-30", "2020-12-30"},                     // parse htmltext
		{"Cập nhật: 08:30 26/11/2024 (GMT+7)", "2024-11-26", "2024-11-26"},             // parse htmltext
		{"2024-11-26", "2024-11-26", "2024-11-26"},                                     // parse htmltext
		{"(01/02/2021)", "2021-02-01", "2021-02-01"},                                   // parse htmltext
		{"Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành Chỉ thị", "", ""}, // neither
		{"Kế hoạch số 49/KH-UBND ngày 25/3/2021", "", ""},                              // neither
		{"31/02/2021", "", ""},                                             // neither
		{"Điện thoại: 0274.3822.233", "", ""},                              // neither
		{"Thứ bảy - 04/01/2025 10:20", "2025-01-04", "2025-01-04"},         // parse htmltext
		{"Thứ Năm, 23/02/2023, 11:05 [GMT+7]", "2023-02-23", "2023-02-23"}, // parse htmltext
		{"Tạo lúc: 04/05/2018 - 08:55", "2018-05-04", "2018-05-04"},        // htmltext
		{"2025-01-04EST10:20:00", "", "2025-01-04"},                        // htmltext meta
		{"2023-02-23T11:05:00+07:00", "", "2023-02-23T11:05:00+07:00"},     // htmltext meta
		{"2023-02-23T11:05:00Z", "", "2023-02-23T11:05:00Z"},               // htmltext meta
		{"2023-02-23T11:05:00+0700", "", "2023-02-23T11:05:00+07:00"},      // htmltext meta
		{"2023-02-23T11:05:00", "", "2023-02-23"},                          // htmltext meta
		{"2023-02-23 11:05:00", "2023-02-23", "2023-02-23"},                // parse htmltext
		{"2023-02-23T11:05", "", "2023-02-23"},                             // htmltext meta
		{"2023-02-30ICT10:00:00", "", ""},                                  // neither
		{"Đăng ngày: 26/01/2026", "2026-01-26", "2026-01-26"},              // parse htmltext
		{"Ngày 17 tháng 01 năm 2022", "2022-01-17", "2022-01-17"},          // parse
		{"ngày 5 tháng 3 năm 2024", "2024-03-05", "2024-03-05"},            // parse
		{"5 tháng 3 năm 2024", "2024-03-05", "2024-03-05"},                 // parse
		{"06/10/2024 -  06/10/2024 19:23", "", ""},                         // neither here; parse reads it by its layout rules
		{"Đăng ngày: 14/05/2018 08:29:24", "2018-05-14", "2018-05-14"},     // parse htmltext
		{"Thứ hai - 04/07/2022 04:34", "2022-07-04", "2022-07-04"},         // parse htmltext
		{"2024-10-14 16:53:00.0", "2024-10-14", "2024-10-14"},              // parse htmltext meta
		{"Cập nhật: 2024-10-14 16:53", "2024-10-14", "2024-10-14"},         // parse htmltext
		{"Hạn nộp hồ sơ là 2024-10-14 theo kế hoạch của tỉnh", "", ""},     // neither
		{"(22/01/2024)", "2024-01-22", "2024-01-22"},                       // parse htmltext
		{"Posted: 05/02/2021", "2021-02-05", "2021-02-05"},                 // parse htmltext
		{"Posted on 05/02/2021", "2021-02-05", "2021-02-05"},               // htmltext
		{"Published: 05/02/2021", "2021-02-05", "2021-02-05"},              // parse htmltext
		{"Date: 05/02/2021", "2021-02-05", "2021-02-05"},                   // htmltext
		{"Ngày tạo: 05/02/2021", "2021-02-05", "2021-02-05"},               // htmltext
		{"Sửa lúc: 05/02/2021 10:00", "2021-02-05", "2021-02-05"},          // htmltext
		{"Ngày xuất bản: 05/02/2021", "2021-02-05", "2021-02-05"},          // parse htmltext
		{"Ngày cập nhật: 05/02/2021", "2021-02-05", "2021-02-05"},          // parse htmltext
		{"Đăng lúc: 10:20 05/02/2021", "2021-02-05", "2021-02-05"},         // parse htmltext
		{"Cập nhật lúc: 05/02/2021", "2021-02-05", "2021-02-05"},           // parse htmltext
		{"Ngày: 05/02/2021", "2021-02-05", "2021-02-05"},                   // parse htmltext
		{"05.02.2021", "2021-02-05", "2021-02-05"},                         // parse htmltext
		{"05-02-2021", "2021-02-05", "2021-02-05"},                         // parse htmltext
		{"5/2/2021", "2021-02-05", "2021-02-05"},                           // parse htmltext
		{"Thứ 2, 05/02/2021", "2021-02-05", "2021-02-05"},                  // parse htmltext
		{"Thứ 2 - 05/02/2021", "2021-02-05", "2021-02-05"},                 // parse htmltext
		{"Chủ nhật, 07/02/2021", "2021-02-07", "2021-02-07"},               // parse htmltext
		{"Chủ Nhật - 07/02/2021 08:00", "2021-02-07", "2021-02-07"},        // parse htmltext
		{"05/02/2021 10h20", "2021-02-05", "2021-02-05"},                   // parse htmltext
		{"05/02/2021 10:20 AM", "2021-02-05", "2021-02-05"},                // parse htmltext
		{"05/02/2021 10:20 PM", "2021-02-05", "2021-02-05"},                // parse htmltext
		{"05/02/2021 10:20 SA", "2021-02-05", "2021-02-05"},                // parse htmltext
		{"05/02/2021 10:20 CH", "2021-02-05", "2021-02-05"},                // parse htmltext
		{"05/02/2021 10:20 Sáng", "2021-02-05", "2021-02-05"},              // parse
		{"05/02/2021 10:20 Chiều", "2021-02-05", "2021-02-05"},             // parse
		{"05/02/2021 10:20 Tối", "2021-02-05", "2021-02-05"},               // parse
		{"05/02/2021 (GMT+7)", "2021-02-05", "2021-02-05"},                 // parse htmltext
		{"05/02/2021 [GMT+7]", "2021-02-05", "2021-02-05"},                 // parse htmltext
		{"05/02/2021 10:20 (GMT+7)", "2021-02-05", "2021-02-05"},           // parse htmltext
		{"05/02/2021 10:20 GMT+7", "2021-02-05", "2021-02-05"},             // htmltext
		{"05/02/2021 10:20 (GMT+07:00)", "2021-02-05", "2021-02-05"},       // htmltext
		{"05/02/2021 • 316 lượt xem", "2021-02-05", "2021-02-05"},          // htmltext
		{"05/02/2021 - Hội nghị tổng kết công tác thi đua", "", ""},        // neither
		{"05/02/2021 | Tin tức", "2021-02-05", "2021-02-05"},               // htmltext
		{"05/02/2021 · Tin tức", "2021-02-05", "2021-02-05"},               // htmltext
		{"05/02/2021 — Tin tức", "2021-02-05", "2021-02-05"},               // htmltext
		{"05/02/2021 (Tin tức)", "2021-02-05", "2021-02-05"},               // htmltext
		{"05/02/2021, 10:20:30.123", "2021-02-05", "2021-02-05"},           // parse
		{"05/02/2021 / 10:20", "2021-02-05", "2021-02-05"},                 // parse
		{"05/02/2021 | 10:20", "2021-02-05", "2021-02-05"},                 // parse htmltext
		{"05/02/2021 - 10:20", "2021-02-05", "2021-02-05"},                 // parse htmltext
		{"05/02/2021 lúc 10:20", "2021-02-05", "2021-02-05"},               // htmltext
		{"10:20 05/02/2021", "2021-02-05", "2021-02-05"},                   // parse htmltext
		{"10:20 - 05/02/2021", "2021-02-05", "2021-02-05"},                 // parse htmltext
		{"10h20, 05/02/2021", "2021-02-05", "2021-02-05"},                  // parse htmltext
		{"10:20:30 | 05/02/2021", "2021-02-05", "2021-02-05"},              // parse htmltext
		{"Lúc 10:20 ngày 05/02/2021", "2021-02-05", "2021-02-05"},          // htmltext
		{"Sáng 05/02/2021", "2021-02-05", "2021-02-05"},                    // htmltext
		{"2024-1-5", "2024-01-05", "2024-01-05"},                           // neither: parse's publishedRe took the line, directive.ParseDate refused the one-digit month
		{"2024-01-05 10:20", "2024-01-05", "2024-01-05"},                   // parse htmltext
		{"2024-01-05, 10:20", "2024-01-05", "2024-01-05"},                  // parse htmltext
		{"Thứ Sáu, ngày 05 tháng 02 năm 2021", "2021-02-05", "2021-02-05"}, // parse
		{"Ngày 05 tháng 02 năm 2021, 10:20", "2021-02-05", "2021-02-05"},   // parse
		{"(Ngày 05/02/2021)", "2021-02-05", "2021-02-05"},                  // parse htmltext
		{"(05/02/2021 10:20)", "2021-02-05", "2021-02-05"},                 // parse htmltext
		{"[05/02/2021]", "", ""},                                           // neither
		{"Ngày đăng: 26/01/2026 - Lượt xem: 101", "", ""},                  // neither here; parse reads it by its layout rules
		{"• Cập nhật: 06/01/2022", "", ""},                                 // neither here; parse reads it by its layout rules
		{"05/02/2021 15:00 288 0", "", ""},                                 // neither here; parse reads it by its layout rules
		{"Nguyễn Văn An 05/02/2021", "", ""},                               // neither here; parse reads it by its layout rules
		{"Hà Nội, ngày 05 tháng 02 năm 2021", "", ""},                      // neither
		{"Ngày 05/02", "", ""},                                             // neither
		{"2021", "", ""},                                                   // neither
		{"(Thời gian: 05/02/2021)", "2021-02-05", "2021-02-05"},            // parse
		{"05/02/2021 10:20 Chiềuxx", "", ""},                               // neither
		{"123/05/2021", "", ""},                                            // htmltext read 2021-05-23 from the last digits of 123: refused now
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.line {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.line)
		}
		if got := Machine(tt.in); got != tt.machine {
			t.Errorf("Machine(%q) = %q, want %q", tt.in, got, tt.machine)
		}
	}
}
