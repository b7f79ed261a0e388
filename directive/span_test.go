package directive_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
)

// TestSpanJSON: a span is written as [start, end], left out when zero,
// and read back; a malformed one is refused with what was wrong.
func TestSpanJSON(t *testing.T) {
	c := directive.Citation{Number: "08/CT-UBND", Span: directive.Span{Start: 3, End: 24}}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"span":[3,24]`)
	assert.NotContains(t, string(b), `"refs"`)
	var back directive.Citation
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)

	b, err = json.Marshal(directive.Campaign{Name: "Dân vận khéo"})
	require.NoError(t, err)
	assert.NotContains(t, string(b), "span")

	for _, bad := range []string{`[1]`, `[5,2]`, `[-1,2]`, `"x"`} {
		var s directive.Span
		assert.Error(t, json.Unmarshal([]byte(bad), &s), bad)
	}
	assert.Equal(t, "CT", directive.Span{Start: 1, End: 3}.Of("xCTy"))
	assert.Equal(t, "", directive.Span{Start: 1, End: 9}.Of("xCTy"))
}
