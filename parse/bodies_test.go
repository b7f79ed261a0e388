package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// TestBodiesLexicon: the embedded lexicon reads; each body whose line
// gives a level is classified so by levelOf, in every form; optional
// words expand longer first; a malformed line is refused, naming its line.
func TestBodiesLexicon(t *testing.T) {
	bs, err := readBodies(bodiesTSV)
	require.NoError(t, err)
	var forms []string
	for _, b := range bs {
		forms = append(forms, b.forms...)
		if b.level == "" {
			continue
		}
		for _, f := range b.forms {
			name := f
			switch b.after {
			case afterName:
				name += " Nội vụ"
			case afterPlace:
				name += " Hòa Hưng"
			}
			assert.Equal(t, b.level, levelOf(name), "line %d: %s", b.line, name)
		}
	}
	for _, want := range []string{"Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Tỉnh uỷ", "Huyện uỷ", "Trung ương Đoàn TNCS Hồ Chí Minh", "T.Ư Đoàn", "Ủy ban MTTQ Việt Nam", "Hội LHPN"} {
		assert.Contains(t, forms, want)
	}

	got, err := expandForm("Ủy ban [Trung ương] MTTQ [Việt Nam]")
	require.NoError(t, err)
	assert.Equal(t, []string{"Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương MTTQ", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ"}, got)

	const ok = "Sở\tprovince\tname\t-\tsentence\n"
	_, err = readBodies(ok)
	require.NoError(t, err)
	for _, bad := range []string{
		"Sở\tprovince\tname\tsentence\n",                        // four fields
		"Sở\tcity\tname\t-\tsentence\n",                         // no such level
		"Sở\tprovince\tword\t-\tsentence\n",                     // no such after
		"Sở\tprovince\tname\t-\theadline\n",                     // no such finder
		"Sở\tprovince\tname\t-\t\n",                             // no finder
		"Sở|Bộ\tprovince\tname\t-\tsentence\n",                  // a pattern character
		"Sở  Y tế\tprovince\t-\t-\tsentence\n",                  // two spaces
		"Hội [Nông dân\t-\t-\t-\tclause\n",                      // [ without ]
		"Hội\t-\t-\t-\tclause\nHội Nông dân\t-\t-\t-\tclause\n", // shorter first
		"Hội\t-\t-\t-\tclause\nHội\t-\t-\t-\tsentence\n",        // twice
		"Sở\tprovince\tname\tChủ  tịch\tsentence\n",             // before with two spaces
		"# only a comment\n",
	} {
		if _, err := readBodies(bad); err == nil {
			t.Errorf("readBodies(%q) took it", bad)
		} else if !strings.Contains(err.Error(), "lexicon/bodies.tsv") {
			t.Errorf("readBodies(%q): %v, want the file named", bad, err)
		}
	}
	_, err = readBodies("# comment\nSở\tprovince\tname\t-\tsentence\nSở\tprovince\tname\t-\tsentence\n")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 3")
}

// useBodies makes the finders read the bodies of tsv instead of the
// embedded lexicon for the rest of the test.
func useBodies(t *testing.T, tsv string) {
	t.Helper()
	bs, err := readBodies(tsv)
	require.NoError(t, err)
	vars := []struct {
		re  **lazyregexp.Regexp
		src func([]issuingBody) string
	}{
		{&issuerWordRe, issuerWordPattern},
		{&clauseIssuerRe, clauseIssuerPattern},
		{&launcherRe, launcherPattern},
		{&launchSpeakerRe, launchSpeakerPattern},
		{&organiserRe, organiserPattern},
		{&openingIssuerRe, openingIssuerPattern},
	}
	for _, v := range vars {
		old := *v.re
		*v.re = lazyregexp.NewFunc(func() string { return v.src(bs) })
		t.Cleanup(func() { *v.re = old })
	}
	oldScan, sc := bodyScan, newBodyScanner(bs)
	bodyScan = func() *bodyScanner { return sc }
	t.Cleanup(func() { bodyScan = oldScan })
}

// TestBodiesFeedFinders: the lexicon is what the finders read. A body
// that no line of the embedded lexicon names ("Kho bạc Nhà nước") is not
// found by any finder; added as one more line, it is found by each.
func TestBodiesFeedFinders(t *testing.T) {
	const added = "Kho bạc Nhà nước\t-\t-\tGiám đốc\tsentence, clause, launch, opening\n"
	finders := []struct {
		name string
		find func() string
		want string
	}{
		{"sentence", func() string {
			var d directive.Directive
			unnumberedSubject(&d, "Kho bạc Nhà nước tỉnh Quảng Ngãi vừa ban hành Kế hoạch tổ chức hội nghị tổng kết công tác năm 2024.")
			return d.Issuer.Name
		}, "Kho bạc Nhà nước tỉnh Quảng Ngãi"},
		{"clause", func() string {
			return clauseIssuer([]string{"Thực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2024 của UBND tỉnh; Kho bạc Nhà nước tỉnh ban hành Kế hoạch thực hiện như sau:"}, "Kế hoạch")
		}, "Kho bạc Nhà nước tỉnh"},
		{"launch", func() string {
			return launcher("Kho bạc Nhà nước tỉnh Quảng Ngãi vừa tổ chức hội nghị phát động phong trào thi đua năm 2025.")
		}, "Kho bạc Nhà nước tỉnh Quảng Ngãi"},
		{"launch, its office", func() string {
			return launcher("Giám đốc Kho bạc Nhà nước tỉnh Quảng Ngãi phát động phong trào thi đua năm 2025.")
		}, "Giám đốc Kho bạc Nhà nước tỉnh Quảng Ngãi"},
		{"opening", func() string {
			return strings.Join(issuerInOpening([]string{"Kho bạc Nhà nước tỉnh xây dựng Kế hoạch tổ chức phong trào thi đua như sau:"}, 0), "")
		}, "Kho bạc Nhà nước tỉnh"},
	}
	for _, f := range finders {
		assert.Empty(t, f.find(), "%s, embedded lexicon", f.name)
	}
	useBodies(t, bodiesTSV+added)
	for _, f := range finders {
		assert.Equal(t, f.want, f.find(), "%s, lexicon with the added line", f.name)
	}
}

// TestLevelOfDistrict: a district the launch finder reads by its name
// alone ("quận Ba Đình") is of the district level, as "huyện" was; the
// army's "Quân khu", the same letters folded, is not.
func TestLevelOfDistrict(t *testing.T) {
	for name, want := range map[string]directive.Level{
		"huyện Vạn Ninh":   directive.LevelDistrict,
		"quận Ba Đình":     directive.LevelDistrict,
		"Thị xã Sơn Tây":   directive.LevelDistrict,
		"UBND quận 3":      directive.LevelDistrict,
		"Quân khu 7":       directive.LevelOther,
		"phường Hòa Hưng":  directive.LevelCommune,
		"thị trấn Tân Túc": directive.LevelCommune,
	} {
		assert.Equal(t, want, levelOf(name), name)
	}
}

// TestIssuerInOpening: the opening of a copy without its header names
// its issuer when a body of the lexicon starts the line; an opening that
// starts with another word ("Nhằm ...") names none.
func TestIssuerInOpening(t *testing.T) {
	tests := []struct {
		lines []string
		want  []string
	}{
		{[]string{"Uỷ ban nhân dân tỉnh xây dựng Kế hoạch tổ chức các hoạt động kỷ niệm như sau:"}, []string{"Uỷ ban nhân dân tỉnh"}},
		{[]string{"Căn cứ Luật Thi đua, khen thưởng năm 2022;", "Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch tổ chức phong trào thi đua như sau:"}, []string{"Ban Thường vụ Tỉnh đoàn"}},
		{[]string{"Nhằm nâng cao hiệu quả công tác thi đua xây dựng Kế hoạch tổ chức phong trào thi đua như sau:"}, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, issuerInOpening(tt.lines, 0), tt.lines[len(tt.lines)-1])
	}
}

// TestBodiesReadByEveryFinder: a body that one finder's list used to lack
// is found by it now that the finders share the lexicon: the sentence
// finder reads the police, a district Party committee and the labour
// confederation; the launch finder a province named alone, the State
// President and a ministry-level office; the clause finder the
// abbreviations.
func TestBodiesReadByEveryFinder(t *testing.T) {
	sentence := func(text string) string {
		var d directive.Directive
		unnumberedSubject(&d, text)
		return d.Issuer.Name
	}
	clause := func(ln, kind string) string { return clauseIssuer([]string{ln}, kind) }
	tests := []struct {
		finder, got, want string
	}{
		{"sentence", sentence("Công an tỉnh Quảng Ngãi vừa ban hành Kế hoạch triển khai phong trào thi đua năm 2025."), "Công an tỉnh Quảng Ngãi"},
		{"sentence", sentence("Quận ủy Ba Đình vừa ban hành Kế hoạch tổ chức đại hội thi đua yêu nước."), "Quận ủy Ba Đình"},
		{"sentence", sentence("Tổng Liên đoàn Lao động Việt Nam vừa ban hành Kế hoạch tổ chức phong trào thi đua năm 2025."), "Tổng Liên đoàn Lao động Việt Nam"},
		{"launch", launcher("Tỉnh Quảng Ngãi phát động phong trào thi đua chào mừng đại hội."), "Tỉnh Quảng Ngãi"},
		{"launch", launcher("Chủ tịch nước phát động phong trào thi đua yêu nước."), "Chủ tịch nước"},
		{"launch", launcher("Văn phòng Chính phủ phát động đợt thi đua cao điểm."), "Văn phòng Chính phủ"},
		{"clause", clause("Thực hiện Kế hoạch số 12/KH-TLĐ ngày 01/02/2024 của Tổng Liên đoàn; LĐLĐ tỉnh ban hành Kế hoạch thực hiện như sau:", "Kế hoạch"), "LĐLĐ tỉnh"},
		{"clause", clause("Căn cứ Luật Tổ chức Chính phủ; Chính phủ ban hành Nghị quyết về phong trào thi đua.", "Nghị quyết"), "Chính phủ"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.got, tt.finder)
	}
}
