package campaign

import (
	"errors"
	"strings"
	"testing"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in, from, to, written string
	}{
		{"giai đoạn 2022 - 2025", "2022-01-01", "2025-12-31", "giai đoạn 2022 - 2025"},
		{"Giai đoạn 2022–2025", "2022-01-01", "2025-12-31", "Giai đoạn 2022–2025"},
		{"nhiệm kỳ 2020-2025", "2020-01-01", "2025-12-31", "nhiệm kỳ 2020-2025"},
		{"NHIỆM KỲ 2020 — 2025", "2020-01-01", "2025-12-31", "NHIỆM KỲ 2020 — 2025"},
		{"năm 2021", "2021-01-01", "2021-12-31", "năm 2021"},
		{"Năm 2021.", "2021-01-01", "2021-12-31", "Năm 2021"},
		{"đến hết năm 2025", "", "2025-12-31", "đến hết năm 2025"},
		{"từ nay đến hết năm 2025", "", "2025-12-31", "từ nay đến hết năm 2025"},
		{"đến năm 2030", "", "2030-12-31", "đến năm 2030"},
		{"đến hết ngày 31/12/2025", "", "2025-12-31", "đến hết ngày 31/12/2025"},
		{"từ ngày 01/01/2025 đến ngày 31/12/2025", "2025-01-01", "2025-12-31", "từ ngày 01/01/2025 đến ngày 31/12/2025"},
		{"Từ ngày 1/9/2024 đến hết ngày 30/6/2025", "2024-09-01", "2025-06-30", "Từ ngày 1/9/2024 đến hết ngày 30/6/2025"},
		{"ngày 15.5.2025 - 15.8.2025", "2025-05-15", "2025-08-15", "ngày 15.5.2025 - 15.8.2025"},
		{"2021-2025", "2021-01-01", "2025-12-31", "2021-2025"},
		{"2021 ‒ 2025", "2021-01-01", "2025-12-31", "2021 ‒ 2025"},
		{"05 năm (2021 – 2025)", "2021-01-01", "2025-12-31", "05 năm (2021 – 2025)"},
		{"từ năm 2021 đến năm 2025", "2021-01-01", "2025-12-31", "từ năm 2021 đến năm 2025"},
		{"(giai đoạn 2021 - 2025)", "2021-01-01", "2025-12-31", "giai đoạn 2021 - 2025"},
		{"giai \u0111oa\u0323n 2022 - 2025", "2022-01-01", "2025-12-31", "giai đoạn 2022 - 2025"}, // NFD
		{"giai đoạn\n2022 -\n2025", "2022-01-01", "2025-12-31", "giai đoạn 2022 - 2025"},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", tt.in, err)
			continue
		}
		if p.From != tt.from || p.To != tt.to || p.AsWritten != tt.written {
			t.Errorf("ParsePeriod(%q) = %+v, want {%s %s %q}", tt.in, p, tt.from, tt.to, tt.written)
		}
	}
}

func TestParsePeriodErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrNoPeriod},
		{"hằng năm", ErrNoPeriod},
		{"Kế hoạch 298/KH-UBND", ErrNoPeriod},
		{"giai đoạn 2022 - 2025 và hơn nữa", ErrNoPeriod},
		{"giai đoạn 2025 - 2022", ErrBadPeriod},
		{"năm 1900", ErrBadPeriod},
		{"năm 2101", ErrBadPeriod},
		{"từ ngày 31/02/2025 đến ngày 31/12/2025", ErrBadPeriod},
		{"từ ngày 31/12/2025 đến ngày 01/01/2025", ErrBadPeriod},
	}
	for _, tt := range tests {
		_, err := ParsePeriod(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParsePeriod(%q) error = %v, want %v", tt.in, err, tt.want)
		}
		var pe *PeriodError
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("ParsePeriod(%q) error %T is not a *PeriodError", tt.in, err)
		}
	}
}

func TestFindPeriod(t *testing.T) {
	tests := []struct {
		text, written, from, to string
	}{
		{"Kế hoạch tổ chức phong trào thi đua yêu nước nhiệm kỳ 2020-2025 của thành phố", "nhiệm kỳ 2020-2025", "2020-01-01", "2025-12-31"},
		{"Phát động Đợt thi đua đặc biệt đến hết năm 2025, chào mừng Đại hội", "đến hết năm 2025", "", "2025-12-31"},
		{"Chỉ thị số 02/CT-UBND ngày 05/02/2021 về phát động phong trào thi đua năm 2021", "năm 2021", "2021-01-01", "2021-12-31"},
		{"thực hiện thắng lợi kế hoạch 05 năm (2021 – 2025) và năm 2026", "05 năm (2021 – 2025)", "2021-01-01", "2025-12-31"},
		{"giai đoạn 2025 - 2022 sai; giai đoạn 2022 - 2025 đúng", "giai đoạn 2022 - 2025", "2022-01-01", "2025-12-31"},
	}
	for _, tt := range tests {
		p, ok := FindPeriod(tt.text)
		if !ok || p.AsWritten != tt.written || p.From != tt.from || p.To != tt.to {
			t.Errorf("FindPeriod(%q) = %+v %v, want %q %s %s", tt.text, p, ok, tt.written, tt.from, tt.to)
		}
	}
	for _, text := range []string{"", "thi đua thường xuyên", "số 298/KH-UBND", "ngày 31/02/2025"} {
		if p, ok := FindPeriod(text); ok {
			t.Errorf("FindPeriod(%q) = %+v, want none", text, p)
		}
	}
}

// A long text without spaces, full of years, is read in linear time: the
// test would not end otherwise.
func TestFindPeriodNoSpaces(t *testing.T) {
	text := strings.Repeat("x2021", 200_000)
	if p, ok := FindPeriod(text); ok {
		t.Errorf("FindPeriod found %+v", p)
	}
	if p, ok := FindPeriod(text + " năm 2024"); !ok || p.To != "2024-12-31" {
		t.Errorf("FindPeriod = %+v %v", p, ok)
	}
}

// An expression longer than a window (a run of 10 000 spaces inside it)
// is not found, and the search ends instead of looping; many invalid
// years are skipped in linear time.
func TestFindPeriodLongSpace(t *testing.T) {
	text := "giai đoạn 2021 -" + strings.Repeat(" ", 10000) + "2025"
	if p, ok := FindPeriod(text); ok {
		t.Errorf("FindPeriod = %+v, want none: the expression is longer than a window", p)
	}
	big := strings.Repeat("năm 2101 ", 100_000) + "năm 2024"
	if p, ok := FindPeriod(big); !ok || p.AsWritten != "năm 2024" {
		t.Errorf("FindPeriod after many invalid years = %+v %v", p, ok)
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"giai đoạn 2022 - 2025", "05 năm (2021 – 2025)", "từ ngày 01/01/2025 đến ngày 31/12/2025", "năm 2021", "\xff", "đến hết năm 9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err == nil {
			if p.To == "" || (p.From != "" && p.From > p.To) {
				t.Fatalf("ParsePeriod(%q) = %+v", s, p)
			}
		}
		if q, ok := FindPeriod(s); ok && q.To == "" {
			t.Fatalf("FindPeriod(%q) = %+v", s, q)
		}
	})
}
