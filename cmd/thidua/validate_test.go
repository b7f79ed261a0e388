package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/nomination"
)

// TestValidateScenarios runs the dossiers of nomination/testdata through
// `thidua validate --format json`: verdict, exit status and the article the
// decisive finding cites.
func TestValidateScenarios(t *testing.T) {
	cases := []struct {
		file     string
		code     int
		eligible bool
		rule     string
		doc      string
		article  int
		clause   int
		point    string
	}{
		{"cstd_cs_2024_eligible.json", 0, true, "excellence_or_initiative", "06/2022/QH15", 23, 2, ""},
		{"cstd_bo_tinh_2024_break.json", 1, false, "consecutive_prerequisite", "06/2022/QH15", 22, 1, "a"},
		{"ldtt_2023_discipline.json", 1, false, "discipline", "91/2017/NĐ-CP", 10, 0, ""},
		{"co_bo_tinh_2024.json", 0, true, "bloc_leading", "06/2022/QH15", 26, 1, ""},
		{"ldtt_2024_htnv.json", 1, false, "rating", "06/2022/QH15", 24, 1, "a"},
		{"cstd_cs_2024_htnv.json", 1, false, "rating", "06/2022/QH15", 23, 1, ""},
		{"ttldtt_2023_share.json", 1, false, "advanced_share", "15/2003/QH11", 28, 1, "c"},
		{"dvtt_2023_member_warned.json", 0, true, "advanced_share", "15/2003/QH11", 28, 2, ""},
		{"ttldxs_2024_no_fighter.json", 1, false, "grassroots_fighter", "06/2022/QH15", 27, 1, "d"},
		{"co_cp_2024_not_leading.json", 1, false, "bloc_leading", "06/2022/QH15", 25, 1, ""},
		{"hc_ld_3_2024_eligible.json", 0, true, "window", "06/2022/QH15", 44, 1, "e"},
		{"cstd_bo_tinh_2023_scope.json", 1, false, "initiative_scope", "91/2017/NĐ-CP", 9, 2, ""},
		{"ldtt_2024_discipline.json", 1, false, "discipline", "98/2023/NĐ-CP", 4, 4, ""},
		{"ldtt_2024_injury_treatment.json", 0, true, "leave_counted", "01/2024/TT-BNV", 1, 5, "a"},
		{"bk_ttg_2023_four_initiatives.json", 1, false, "initiatives", "91/2017/NĐ-CP", 38, 1, "c"},
		{"hc_ld_1_2023_collective.json", 0, true, "window", "15/2003/QH11", 42, 2, "b"},
		{"hc_ld_2_2024_one_excellent.json", 1, false, "excellent_years", "06/2022/QH15", 43, 1, "đ"},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "validate", "--format", "json", "../../nomination/testdata/"+tc.file)
			require.Equal(t, tc.code, code, stderr)
			var r nomination.Result
			require.NoError(t, json.Unmarshal([]byte(stdout), &r))
			assert.Equal(t, tc.eligible, r.Eligible)
			found := false
			for _, f := range r.Findings {
				c := f.Citation
				if f.Rule == tc.rule && c.Document == tc.doc && c.Article == tc.article && c.Clause == tc.clause && c.Point == tc.point &&
					(tc.eligible || f.Severity == nomination.Error) {
					found = true
				}
			}
			assert.True(t, found, "no %s finding citing %s Điều %d khoản %d điểm %q in %s", tc.rule, tc.doc, tc.article, tc.clause, tc.point, stdout)
		})
	}
}

func TestValidateBatchStdinAndText(t *testing.T) {
	b, err := os.ReadFile("../../nomination/testdata/batch_2023_quota.json")
	require.NoError(t, err)
	code, stdout, stderr := runCLI(t, string(b), "validate", "-")
	require.Equal(t, 1, code, stderr)
	var br nomination.BatchResult
	require.NoError(t, json.Unmarshal([]byte(stdout), &br))
	assert.False(t, br.Valid)
	require.Len(t, br.Results, 4)
	require.NotEmpty(t, br.Findings)
	assert.Equal(t, "quota", br.Findings[0].Rule)
	assert.Equal(t, "91/2017/NĐ-CP", br.Findings[0].Citation.Document)

	code, stdout, _ = runCLI(t, string(b), "validate", "--format", "text", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stdout, "KHÔNG HỢP LỆ")
	assert.Contains(t, stdout, "Điều 9 khoản 3 91/2017/NĐ-CP")
	code, stdout, _ = runCLI(t, string(b), "validate", "--format", "text", "--lang", "en", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stdout, "NOT VALID")
	assert.Contains(t, stdout, "Art. 9 cl. 3")
}

func TestValidateInputErrors(t *testing.T) {
	for _, tc := range []struct {
		stdin string
		args  []string
		want  string
	}{
		{"{", []string{"validate", "-"}, "invalid JSON"},
		{`{"award":"NOPE","year":2024,"subject":{"kind":"individual"}}`, []string{"validate", "-"}, "unknown award code"},
		{`{"award":"LDTT","year":2024,"subject":{"kind":"robot"}}`, []string{"validate", "-"}, "subject.kind"},
		{`{"award":"LDTT","year":"2024"}`, []string{"validate", "-"}, "schema"},
		{"", []string{"validate"}, "exactly one"},
		{"", []string{"validate", "--format", "xml", "-"}, "unsupported --format"},
		{"", []string{"validate", "no/such/file.json"}, "no such file"},
	} {
		code, _, stderr := runCLI(t, tc.stdin, tc.args...)
		assert.Equal(t, 2, code, strings.Join(tc.args, " "))
		assert.Contains(t, stderr, tc.want)
	}
}
