package province

import (
	"os"
	"testing"
)

// TestFindSeeds finds the province in the text of real portal pages
// (copied from the shared corpus), boilerplate included.
func TestFindSeeds(t *testing.T) {
	tests := []struct {
		file, name, id, now string
	}{
		{"binhduong-ct01-2021.txt", "Bình Dương", "binh-duong", "Thành phố Hồ Chí Minh"},
		{"haiphong-kh298-2020.txt", "HẢI PHÒNG", "hai-phong", "Thành phố Hải Phòng"},
		{"hungyen-ct08-2024.txt", "Hưng Yên", "hung-yen", "Tỉnh Hưng Yên"},
	}
	for _, tt := range tests {
		b, err := os.ReadFile("testdata/seeds/" + tt.file)
		if err != nil {
			t.Fatal(err)
		}
		name, p, ok := Find(string(b))
		now, _ := Current(name)
		if !ok || name != tt.name || p.ID != tt.id || now.Name != tt.now {
			t.Errorf("%s: Find = %q %s %v, now %q; want %q %s, now %q", tt.file, name, p.ID, ok, now.Name, tt.name, tt.id, tt.now)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("testdata/seeds/hungyen-ct08-2024.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		Lookup("Tỉnh Bà Rịa - Vũng Tàu")
	}
}
