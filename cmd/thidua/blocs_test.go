package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/campaign"
)

const blocsFile = "testdata/blocs-khoi-2024.json"

func TestBlocsScoreText(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "blocs", "score", blocsFile)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "Khối thi đua các cơ quan tổng hợp — năm / year 2024")
	assert.Contains(t, stdout, "  1           96  Sở Nội vụ  ★ dẫn đầu / leading\n")
	assert.Contains(t, stdout, "  2           96  Sở Tài chính  (bằng điểm, xếp sau theo / tie broken by criterion:nhiem_vu)\n")
	assert.Contains(t, stdout, "  2=          91  UBND huyện A  ★ dẫn đầu / leading\n")
	assert.Contains(t, stdout, "Đơn vị dẫn đầu / leading: UBND huyện C; UBND huyện A; UBND huyện B")
}

func TestBlocsScoreJSONStdin(t *testing.T) {
	in, err := os.ReadFile(blocsFile)
	require.NoError(t, err)
	code, stdout, stderr := runCLI(t, string(in), "blocs", "score", "--format", "json", "-")
	require.Equal(t, 0, code, stderr)
	var res campaign.Result
	require.NoError(t, json.Unmarshal([]byte(stdout), &res))
	require.Len(t, res.Blocs, 2)
	assert.Equal(t, []string{"Sở Nội vụ"}, res.Blocs[0].Leaders)

	code, stdout, _ = runCLI(t, string(in), "blocs", "score", "--format", "facts", "-")
	require.Equal(t, 0, code)
	var facts []campaign.UnitFact
	require.NoError(t, json.Unmarshal([]byte(stdout), &facts))
	require.Len(t, facts, 7)
	assert.Equal(t, campaign.UnitFact{Unit: "Sở Nội vụ", BlocFact: campaign.BlocFact{Year: 2024, Bloc: "Khối thi đua các cơ quan tổng hợp", Rank: 1, Leading: true}}, facts[0])
}

func TestBlocsScoreErrors(t *testing.T) {
	twoBlocs := `{"year":2024,"sheet":{"criteria":[{"id":"a","points":10}]},"blocs":[
	 {"name":"K1","units":["X"],"scores":[{"unit":"X","criteria":{"a":5}}]},
	 {"name":"K2","units":["X","Y"],"scores":[{"unit":"X","criteria":{"a":5}}]}]}`
	code, stdout, stderr := runCLI(t, twoBlocs, "blocs", "score", "-")
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, `bloc "K2", unit "X": đơn vị thuộc hai cụm, khối / unit in two blocs: also in bloc "K1"`)
	assert.Contains(t, stderr, `bloc "K2", unit "Y": thiếu điểm / missing score`)
	assert.Equal(t, 2, strings.Count(stderr, "\n"))

	code, _, stderr = runCLI(t, "{", "blocs", "score", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "scoring JSON")

	code, _, _ = runCLI(t, "", "blocs", "score", "testdata/does-not-exist.json")
	assert.Equal(t, 1, code)
	for _, args := range [][]string{{"blocs"}, {"blocs", "rank", blocsFile}, {"blocs", "score"}, {"blocs", "score", "--format", "csv", blocsFile}} {
		code, _, _ = runCLI(t, "", args...)
		assert.Equal(t, 2, code, args)
	}
}
