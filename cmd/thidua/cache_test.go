package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCache fills an empty cache directory with the compiled PDFium
// module, reports it, and empties it again. The directory comes from
// XDG_CACHE_HOME, as for any user (os.UserCacheDir on Linux).
func TestCache(t *testing.T) {
	if os.Getenv("XDG_CACHE_HOME") == "" && os.Getenv("HOME") == "" {
		t.Skip("no user cache directory")
	}
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	dir := filepath.Join(home, "thidua", "pdfium")

	code, stdout, stderr := runCLI(t, "", "cache", "info")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, dir+"\t0 files\t0.0 MB\n", stdout)

	code, stdout, stderr = runCLI(t, "", "cache", "warm")
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, dir+"\t"), stdout)
	n, size, err := dirSize(dir)
	require.NoError(t, err)
	assert.Equal(t, 2, n, "two compiled modules: the default and the interruptible one thidua serve uses")
	assert.Greater(t, size, int64(5<<20), "machine code of a 5.7 MB module")

	code, stdout, _ = runCLI(t, "", "cache")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(stdout, dir+"\t2 files\t"), stdout)

	code, _, stderr = runCLI(t, "", "cache", "clear")
	require.Equal(t, 0, code, stderr)
	_, err = os.Stat(dir)
	assert.True(t, os.IsNotExist(err), "cleared: %v", err)

	code, _, stderr = runCLI(t, "", "cache", "burn")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unknown subcommand")
}
