package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/nomination"
)

func TestAwardsText(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "awards")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "CSTD_CS  Chiến sĩ thi đua cơ sở")
	assert.Contains(t, stdout, "Điều 23 khoản 2 06/2022/QH15")
	assert.Contains(t, stdout, "Căn cứ trước 2024")
	code, stdout, _ = runCLI(t, "", "awards", "--lang", "en")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "CSTD_CS  Grassroots Emulation Fighter")
	assert.Contains(t, stdout, "Art. 74 cl. 1 pt. d 06/2022/QH15")
	assert.Contains(t, stdout, "unverified")
}

func TestAwardsJSON(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "awards", "--format", "json")
	require.Equal(t, 0, code)
	var c nomination.Catalogue
	require.NoError(t, json.Unmarshal([]byte(stdout), &c))
	assert.Len(t, c.Awards, len(nomination.Default().Awards))
	for _, code := range []string{"LDTT", "HC_DL_1", "AH_LD", "BK_TTG"} {
		found := false
		for _, a := range c.Awards {
			found = found || a.Code == code
		}
		assert.True(t, found, code)
	}
	code, _, _ = runCLI(t, "", "awards", "--lang", "fr")
	assert.Equal(t, 2, code)
	code, _, _ = runCLI(t, "", "awards", "--format", "csv")
	assert.Equal(t, 2, code)
}
