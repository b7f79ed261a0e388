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
	}{
		{"cstd_cs_2024_eligible.json", 0, true, "excellence_or_initiative", "06/2022/QH15", 23},
		{"cstd_bo_tinh_2024_break.json", 1, false, "consecutive_prerequisite", "06/2022/QH15", 22},
		{"ldtt_2023_discipline.json", 1, false, "discipline", "91/2017/NĐ-CP", 10},
		{"co_bo_tinh_2024.json", 0, true, "bloc_leading", "06/2022/QH15", 26},
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
				if f.Rule == tc.rule && f.Citation.Document == tc.doc && f.Citation.Article == tc.article {
					found = true
				}
			}
			assert.True(t, found, "no %s finding citing %s Điều %d in %s", tc.rule, tc.doc, tc.article, stdout)
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
