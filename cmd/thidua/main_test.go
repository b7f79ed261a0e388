package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsage(t *testing.T) {
	code, _, stderr := runCLI(t, "")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "thidua parse")
	code, _, stderr = runCLI(t, "", "nonsense")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unknown command")
}

func TestParseFileAndStdin(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "parse", "--format", "json", "../../testdata/chithi-08-ct-ubnd-2024.txt")
	require.Equal(t, 0, code, stderr)
	var rec directive.Record
	require.NoError(t, json.Unmarshal([]byte(stdout), &rec))
	assert.Equal(t, "08/CT-UBND", rec.Directive.Number)
	assert.Equal(t, "Nguyễn Minh Khôi", rec.Directive.Signer.Name)

	code, stdout, _ = runCLI(t, "Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành Chỉ thị số 08/CT-UBND về việc đẩy mạnh phong trào thi đua.", "parse", "--format", "jsonl", "-")
	require.Equal(t, 0, code)
	assert.Equal(t, 1, strings.Count(stdout, "\n"))
	require.NoError(t, json.Unmarshal([]byte(stdout), &rec))
	assert.Equal(t, "2024-11-25", rec.Directive.Issued)
}

// One bad input is reported with its name and does not stop the others.
func TestParseBadInputContinues(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "parse", "--format", "jsonl", "does-not-exist.txt", "../../testdata/chithi-08-ct-ubnd-2024.txt")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "does-not-exist.txt")
	assert.Equal(t, 1, strings.Count(stdout, "\n"))
}

func TestParseBadFormat(t *testing.T) {
	code, _, stderr := runCLI(t, "", "parse", "--format", "xml", "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "xml")
}

func TestCampaigns(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "campaigns", "--format", "json")
	require.Equal(t, 0, code)
	var list []struct{ ID string }
	require.NoError(t, json.Unmarshal([]byte(stdout), &list))
	assert.GreaterOrEqual(t, len(list), 10)
	code, stdout, _ = runCLI(t, "", "campaigns")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "nong-thon-moi")
}
