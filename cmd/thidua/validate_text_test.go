package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The -update flag may be defined by another test file of the package too:
// it is defined here only when it is not.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files from the current output")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestValidateTextGolden runs every dossier of nomination/testdata through
// `thidua validate --format text`, in Vietnamese and in English, and
// compares the reviewer's note with testdata/validate/NAME.LANG.txt
// (regenerate with go test -update after reading the difference).
func TestValidateTextGolden(t *testing.T) {
	files, err := filepath.Glob("../../nomination/testdata/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, p := range files {
		for _, lang := range []string{"vi", "en"} {
			name := strings.TrimSuffix(filepath.Base(p), ".json") + "." + lang + ".txt"
			t.Run(name, func(t *testing.T) {
				code, stdout, stderr := runCLI(t, "", "validate", "--format", "text", "--lang", lang, p)
				require.Contains(t, []int{0, 1}, code, stderr)
				golden := filepath.Join("testdata", "validate", name)
				if updating() {
					require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
					require.NoError(t, os.WriteFile(golden, []byte(stdout), 0o644))
					return
				}
				want, err := os.ReadFile(golden)
				require.NoError(t, err, "run go test -update")
				assert.Equal(t, string(want), stdout)
			})
		}
	}
}
