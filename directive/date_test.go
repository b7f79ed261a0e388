package directive

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"25/11/2024", "2024-11-25"},
		{"7/4/2014", "2014-04-07"},
		{"07.04.2014", "2014-04-07"},
		{"ngày 25 tháng 11 năm 2024", "2024-11-25"},
		{"Ngày 05 tháng 02 năm 2021", "2021-02-05"},
		{"25 tháng 11 năm 2024", "2024-11-25"},
		{"Thứ 6, Ngày 05/02/2021, 11:00", "2021-02-05"},
		{"Thứ bảy - 29/09/2018 20:36", "2018-09-29"},
		{"Thứ sáu, 05/02/2021 - 11:00", "2021-02-05"},
		{"30/12/2020 15:00", "2020-12-30"},
		{"Chủ nhật, 07/04/2024", "2024-04-07"},
		{"2024-11-25", "2024-11-25"},
		{"2024-11-25T08:00:00+07:00", "2024-11-25"},
		{"29/02/2024", "2024-02-29"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, FormatDate(d))
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"", "31/02/2024", "29/02/2023", "32/01/2024", "01/13/2024", "00/01/2024", "ngày 31 tháng 4 năm 2025", "tháng 11 năm 2024", "11/2024", "hôm nay"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseDate(in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrDate))
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"25/11/2024", "ngày 1 tháng 1 năm 2000", "Thứ 6, Ngày 05/02/2021, 11:00", "99/99/9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrDate) {
				t.Fatalf("error does not wrap ErrDate: %v", err)
			}
			return
		}
		if d.Year() < 1900 || d.Year() > 2200 {
			t.Fatalf("year out of range: %v", d)
		}
	})
}
