package campaign

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestCheckLifecycle(t *testing.T) {
	tests := []struct {
		name  string
		steps []Step
		want  error
	}{
		{"empty", nil, nil},
		{"full, dated", []Step{{PhatDong, "2021-02-05", "02/CT-UBND"}, {TrienKhai, "2021-03", ""}, {SoKet, "2023-06-30", ""}, {TongKet, "2025-10-01", ""}, {KhenThuong, "2025-10-01", ""}}, nil},
		{"two mid-term reviews, undated step", []Step{{PhatDong, "2021-02-05", ""}, {SoKet, "", ""}, {SoKet, "2023-06-30", ""}, {TongKet, "2025", ""}}, nil},
		{"review before launch", []Step{{SoKet, "2023-06-30", ""}, {PhatDong, "2021-02-05", ""}}, ErrLifecycleOrder},
		{"date goes back", []Step{{PhatDong, "2021-02-05", ""}, {TongKet, "2020-12-31", ""}}, ErrLifecycleOrder},
		{"unknown stage", []Step{{Stage("ket_thuc"), "", ""}}, ErrStage},
	}
	for _, tt := range tests {
		c := Campaign{Name: "Phong trào thi đua", Lifecycle: tt.steps}
		if err := c.CheckLifecycle(); !errors.Is(err, tt.want) {
			t.Errorf("%s: CheckLifecycle() = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestKindNames(t *testing.T) {
	for k, want := range map[Kind]string{ThuongXuyen: "thi đua thường xuyên", TheoDot: "thi đua theo đợt", ChuyenDe: "thi đua theo chuyên đề", "x": ""} {
		if got := k.NameVi(); got != want {
			t.Errorf("%q.NameVi() = %q, want %q", k, got, want)
		}
	}
}

// The JSON of a campaign round-trips and uses the field names of the
// model.
func TestCampaignJSON(t *testing.T) {
	c := Campaign{
		Name: "Phong trào thi đua yêu nước", Kind: ThuongXuyen, Authority: "Ủy ban nhân dân thành phố Hải Phòng", Level: LevelProvincial,
		Document: "298/KH-UBND", Period: Period{From: "2020-01-01", To: "2025-12-31", AsWritten: "nhiệm kỳ 2020-2025"},
		Themes: []string{"Đoàn kết, sáng tạo"}, Criteria: []Criterion{{ID: "c1", Name: "Tiêu chí 1", Points: 30}},
		Lifecycle: []Step{{Stage: PhatDong, Date: "2020-11-20", Document: "298/KH-UBND"}},
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"name":"Phong trào thi đua yêu nước","kind":"thuong_xuyen","authority":"Ủy ban nhân dân thành phố Hải Phòng","level":"tinh","document":"298/KH-UBND","period":{"from":"2020-01-01","to":"2025-12-31","as_written":"nhiệm kỳ 2020-2025"},"themes":["Đoàn kết, sáng tạo"],"criteria":[{"id":"c1","name":"Tiêu chí 1","points":30}],"lifecycle":[{"stage":"phat_dong","date":"2020-11-20","document":"298/KH-UBND"}]}`
	if string(b) != want {
		t.Errorf("JSON =\n%s\nwant\n%s", b, want)
	}
	var back Campaign
	if err := json.Unmarshal(b, &back); err != nil || back.Period != c.Period || back.Lifecycle[0] != c.Lifecycle[0] {
		t.Errorf("round trip: %+v, %v", back, err)
	}
}
