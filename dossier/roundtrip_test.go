package dossier

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/nomination"
)

// inputs are every nomination and batch of package nomination's test data
// and scenarios, as batches (a single nomination as a batch of one).
func inputs(t *testing.T) map[string]*nomination.Batch {
	t.Helper()
	out := map[string]*nomination.Batch{}
	files, _ := filepath.Glob("../nomination/testdata/*.json")
	scen, _ := filepath.Glob("../nomination/testdata/scenarios/*.json")
	require.Greater(t, len(files), 10)
	require.Greater(t, len(scen), 40)
	for _, p := range append(files, scen...) {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		var s struct {
			Input json.RawMessage `json:"input"`
		}
		if json.Unmarshal(b, &s) == nil && len(s.Input) > 0 {
			b = s.Input
		}
		in, err := nomination.DecodeBytes(b)
		if err != nil {
			continue // inputs the decoder refuses have no workbook either
		}
		out[filepath.Base(filepath.Dir(p))+"/"+filepath.Base(p)] = asBatch(in)
	}
	return out
}

func asBatch(in *nomination.Input) *nomination.Batch {
	if in.Batch != nil {
		return in.Batch
	}
	return &nomination.Batch{Year: in.Nomination.Year, AsOf: in.Nomination.AsOf, Nominations: []nomination.Nomination{*in.Nomination}}
}

// canon is a batch as the workbook holds it: dates as YYYY-MM-DD, empty
// lists as nil.
func canon(b *nomination.Batch) *nomination.Batch {
	c := *b
	rd := &reader{}
	c.AsOf = rd.date(c.AsOf)
	c.Nominations = append([]nomination.Nomination(nil), b.Nominations...)
	for i := range c.Nominations {
		n := &c.Nominations[i]
		n.AsOf, n.EmployedFrom = rd.date(n.AsOf), rd.date(n.EmployedFrom)
		n.Subject.Name = clean(n.Subject.Name)
		if len(n.History) == 0 {
			n.History = nil
		}
		if len(n.Ratings) == 0 {
			n.Ratings = nil
		}
		if len(n.Initiatives) == 0 {
			n.Initiatives = nil
		}
		if len(n.BlocResults) == 0 {
			n.BlocResults = nil
		}
		if len(n.Leaves) == 0 {
			n.Leaves = nil
		}
		for j := range n.Leaves {
			n.Leaves[j].From, n.Leaves[j].To = rd.date(n.Leaves[j].From), rd.date(n.Leaves[j].To)
		}
		if len(n.Disciplines) == 0 {
			n.Disciplines = nil
		}
		for j := range n.Disciplines {
			n.Disciplines[j].Date = rd.date(n.Disciplines[j].Date)
		}
	}
	if len(c.Caps) == 0 {
		c.Caps = nil
	}
	return &c
}

// verdict is ValidateBatch's answer as JSON, or its error's field.
func verdictOf(t *testing.T, b *nomination.Batch) string {
	t.Helper()
	c := *b
	c.Nominations = append([]nomination.Nomination(nil), b.Nominations...)
	br, err := nomination.ValidateBatch(&c)
	if err != nil {
		var ie *nomination.InputError
		require.True(t, errors.As(err, &ie), "%v", err)
		return "input error: " + ie.Field
	}
	j, err := json.Marshal(br)
	require.NoError(t, err)
	return string(j)
}

// TestRoundTrip writes every test batch and scenario to a workbook and
// reads it back: the same nominations (dates as YYYY-MM-DD) and the same
// verdicts, input errors included.
func TestRoundTrip(t *testing.T) {
	all := inputs(t)
	require.Greater(t, len(all), 60)
	for name, b := range all {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, Write(&buf, b))
			d, err := Read(bytes.NewReader(buf.Bytes()))
			require.NoError(t, err)
			assert.Equal(t, canon(b), canon(&d.Batch))
			assert.Equal(t, verdictOf(t, b), verdictOf(t, &d.Batch))
		})
	}
}
