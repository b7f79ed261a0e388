package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/nomination"
)

// TestValidateOutOfRange checks that counts and years outside their
// bounds are input errors (exit 2) naming the field: members.total = 2^62
// with no advanced member used to overflow 7*total and pass the 70% share
// of Tập thể lao động xuất sắc.
func TestValidateOutOfRange(t *testing.T) {
	one := `{"award":"TTLDXS","year":2024,"subject":{"kind":"collective","name":"Phòng A"},
		"ratings":[{"year":2024,"rating":"HTXSNV"}],"conferrer":"ministry_province",
		"members":{"total":4611686018427387904,"completed":4611686018427387904,"advanced":0,"fighters":1}}`
	for _, tc := range []struct{ name, in, field string }{
		{"members.total", one, "members.total"},
		{"batch members.total", `{"unit":"U","year":2024,"nominations":[` + one + `]}`, "nominations[0].members.total"},
		{"history year", `{"award":"LDTT","year":2024,"subject":{"kind":"individual","name":"A"},"history":[{"award":"LDTT","year":-9223372036854775808}]}`, "history[0].year"},
		{"leave date", `{"award":"LDTT","year":2024,"subject":{"kind":"individual","name":"A"},"leaves":[{"kind":"sick","from":"1901-01-01","to":"2100-12-31"}]}`, "leaves[0].from"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.in, "validate", "-")
			assert.Equal(t, 2, code, stdout)
			assert.Contains(t, stderr, "field "+tc.field+":")
			assert.Empty(t, stdout)
		})
	}
}

// TestValidateTooMany checks that a batch of more than
// nomination.MaxNominations is refused with exit 2.
func TestValidateTooMany(t *testing.T) {
	in := `{"unit":"U","year":2024,"nominations":[` + strings.Repeat(`{},`, nomination.MaxNominations) + `{}]}`
	code, stdout, stderr := runCLI(t, in, "validate", "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "field nominations:")
	assert.Contains(t, stderr, strconv.Itoa(nomination.MaxNominations))
	assert.Empty(t, stdout)
}

// watchWriter records the largest single write and the largest live heap
// (measured after a collection) at the first and every 64th write.
type watchWriter struct {
	n, writes, maxWrite int
	maxLive             uint64
}

func (w *watchWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	w.maxWrite = max(w.maxWrite, len(p))
	if w.writes%64 == 0 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		w.maxLive = max(w.maxLive, ms.HeapAlloc)
	}
	w.writes++
	return len(p), nil
}

// TestValidateStreamsOutput checks that a large batch (4 MB) is answered
// one result at a time: no write is larger than a buffer, and the live
// heap grows while writing by far less than the size of the output (25–85
// MB): the results are not all held (here the input, its copy and the
// duplicate keys: about 8 MB). Before streaming, every result and the
// whole indented output were built in memory and written at once.
func TestValidateStreamsOutput(t *testing.T) {
	var in strings.Builder
	in.WriteString(`{"unit":"Sở Giáo dục","year":2024,"as_of":"2025-01-10","nominations":[`)
	const k = 30000
	for i := 0; i < k; i++ {
		if i > 0 {
			in.WriteByte(',')
		}
		in.WriteString(`{"award":"LDTT","subject":{"kind":"individual","name":"Giáo viên ` + strconv.Itoa(i) + `"},"ratings":[{"year":2024,"rating":"HTTNV"}],"conferrer":"unit"}`)
	}
	in.WriteString(`]}`)
	for _, format := range []string{"json", "text"} {
		t.Run(format, func(t *testing.T) {
			// the live heap before the run: what the test binary holds
			// already (other tests' caches, the input); twice, to empty
			// the pools (encoding/json's buffers) too
			runtime.GC()
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			w := &watchWriter{}
			var errOut bytes.Buffer
			code := run(context.Background(), []string{"validate", "--format", format, "-"}, strings.NewReader(in.String()), w, &errOut)
			require.Equal(t, 0, code, errOut.String())
			t.Logf("growth %d KB", (int64(w.maxLive)-int64(ms.HeapAlloc))>>10)
			assert.Greater(t, w.n, 20<<20, "output size")
			assert.LessOrEqual(t, w.maxWrite, 64<<10, "largest single write")
			assert.Less(t, int64(w.maxLive)-int64(ms.HeapAlloc), int64(16<<20), "live heap growth at a write (output %d bytes)", w.n)
		})
	}
}

// TestValidateStreamMatchesEncoder checks that the streamed JSON output is
// byte for byte what encoding/json (indent "  ", no HTML escaping) writes
// for the library's verdict, for every dossier of nomination/testdata and
// every scenario.
func TestValidateStreamMatchesEncoder(t *testing.T) {
	var inputs [][]byte
	files, _ := filepath.Glob("../../nomination/testdata/*.json")
	for _, p := range files {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		inputs = append(inputs, b)
	}
	scen, _ := filepath.Glob("../../nomination/testdata/scenarios/*.json")
	for _, p := range scen {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		var s struct{ Input json.RawMessage }
		require.NoError(t, json.Unmarshal(b, &s))
		inputs = append(inputs, s.Input)
	}
	require.Greater(t, len(inputs), 100)
	for i, b := range inputs {
		in, err := nomination.DecodeBytes(b)
		require.NoError(t, err)
		var want any
		if in.Batch != nil {
			want, err = nomination.ValidateBatch(in.Batch, nomination.WithAlternatives())
		} else {
			want, err = nomination.Validate(in.Nomination, nomination.WithAlternatives())
		}
		if err != nil {
			continue // input errors print nothing on stdout
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(want))
		_, stdout, stderr := runCLI(t, string(b), "validate", "--format", "json", "-")
		if !assert.Equal(t, buf.String(), stdout, "input %d: %s", i, stderr) {
			break
		}
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, io.ErrClosedPipe
	}
	return len(p), nil
}

// TestValidateWriteError checks that a failing standard output stops a
// batch's output with exit 2 and the error.
func TestValidateWriteError(t *testing.T) {
	in := `{"unit":"U","year":2024,"nominations":[` + strings.Repeat(`{"award":"LDTT","subject":{"kind":"individual","name":"A"}},`, 2000) + `{"award":"LDTT","subject":{"kind":"individual","name":"B"}}]}`
	for _, format := range []string{"json", "text"} {
		var errOut bytes.Buffer
		code := run(context.Background(), []string{"validate", "--format", format, "-"}, strings.NewReader(in), &failWriter{n: 100 << 10}, &errOut)
		assert.Equal(t, 2, code, format)
		assert.Contains(t, errOut.String(), io.ErrClosedPipe.Error(), format)
	}
}
