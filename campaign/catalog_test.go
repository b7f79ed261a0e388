package campaign

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNationalCatalogueLoads(t *testing.T) {
	all := NationalCampaigns()
	want := []string{"nong-thon-moi", "vi-nguoi-ngheo", "doanh-nghiep-hoi-nhap", "van-hoa-cong-so", "ket-cau-ha-tang",
		"xa-hoi-hoc-tap", "xoa-nha-tam", "doi-moi-sang-tao-chuyen-doi-so", "kh-cn-chuyen-doi-xanh", "doanh-nghiep-tu-nhan"}
	ids := map[string]bool{}
	for _, n := range all {
		assert.NotEmpty(t, n.Name, n.ID)
		assert.Regexp(t, `^\d{4}(-\d{2}-\d{2})?$`, n.Launched, n.ID)
		assert.False(t, ids[n.ID], "duplicate id %s", n.ID)
		ids[n.ID] = true
		// Every name and alias links back to its own campaign.
		for _, s := range append([]string{n.Name}, n.Aliases...) {
			got, _, ok := Match(s)
			if assert.True(t, ok, s) {
				assert.Equal(t, n.ID, got.ID, s)
			}
		}
	}
	for _, id := range want {
		assert.True(t, ids[id], "missing %s", id)
		_, ok := ByID(id)
		assert.True(t, ok, id)
	}
}

func TestMatch(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đẩy mạnh phát triển kết cấu hạ tâng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí", "ket-cau-ha-tang"},
		{"Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại, thực hành tiết kiệm, chống lãng phí", "ket-cau-ha-tang"},
		{"Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau", "vi-nguoi-ngheo"},
		{"Vì người nghèo - Không để ai bị bỏ lại phía sau", "vi-nguoi-ngheo"},
		{"Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "xoa-nha-tam"},
		{"Cán bộ, công chức, viên chức thi đua 2 thực hiện văn hóa công sở", "van-hoa-cong-so"},
		{"CẢ NƯỚC CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI", "nong-thon-moi"},
		{"Ca nuoc chung suc xay dung nong thon moi", "nong-thon-moi"},
		{"Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030", "xa-hoi-hoc-tap"},
		{"Cả nước thi đua đổi mới sáng tạo và chuyển đổi số", "doi-moi-sang-tao-chuyen-doi-so"},
		{"Doanh nghiệp Việt Nam hội nhập và phát triển", "doanh-nghiep-hoi-nhap"},
	}
	for _, tt := range tests {
		got, score, ok := Match(tt.in)
		require.True(t, ok, "%s (score %.2f)", tt.in, score)
		assert.Equal(t, tt.want, got.ID, tt.in)
	}
	for _, local := range []string{
		"Đẩy mạnh công tác cải cách hành chính nhà nước tỉnh Hưng Yên giai đoạn 2022 - 2025",
		"Hưng Yên đẩy mạnh thực hiện Đề án Chuyển đổi số",
		"Đẩy nhanh tiến độ thực hiện các Dự án trọng điểm của tỉnh giai đoạn 2021 - 2025",
		"Đẩy mạnh thu hút và sử dụng hiệu quả các nguồn lực đầu tư trên địa bàn tỉnh Hưng Yên giai đoạn 2022 - 2025",
		"Trung dũng - Quyết thắng",
		"",
	} {
		got, score, ok := Match(local)
		assert.False(t, ok, "%q matched %s (%.2f)", local, got.ID, score)
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("Cả nước chung sức xây dựng nông thôn mới")
	f.Add("giai đoạn 2021 2025")
	f.Fuzz(func(t *testing.T, s string) {
		_, score, ok := Match(s)
		if score < 0 || score > 1 || (ok && score < MinScore) {
			t.Fatalf("score %v ok %v", score, ok)
		}
	})
}

// TestBoundHolds: Match skips a form when bound says it cannot beat the
// best so far, which is right only if no pair of word lists scores above
// its bound. Every pair of catalogue forms and of their prefixes and
// suffixes is tried.
func TestBoundHolds(t *testing.T) {
	var lists [][]string
	for _, e := range catalog() {
		for _, f := range e.forms {
			for k := 1; k <= len(f); k++ {
				lists = append(lists, f[:k], f[len(f)-k:])
			}
		}
	}
	for _, a := range lists {
		for _, b := range lists {
			if s, ub := similarity(a, b), bound(len(a), len(b)); s > ub {
				t.Fatalf("similarity(%q, %q) = %v above its bound %v", a, b, s, ub)
			}
		}
	}
}

// FuzzLookup holds Lookup to Match.
func FuzzLookup(f *testing.F) {
	for _, e := range catalog() {
		f.Add(e.Name)
		for _, a := range e.Aliases {
			f.Add(a)
			f.Add(a + " giai đoạn 2021 - 2025")
		}
	}
	f.Add("Thi đua yêu nước")
	f.Add("Cả nước chung tay xóa nhà tạm")
	f.Fuzz(func(t *testing.T, name string) {
		n, _, ok := Match(name)
		m, ok2 := Lookup(name)
		if ok != ok2 || n.ID != m.ID {
			t.Fatalf("Lookup(%q) = %q %v, Match gives %q %v", name, m.ID, ok2, n.ID, ok)
		}
	})
}
