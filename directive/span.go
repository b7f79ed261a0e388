package directive

import (
	"encoding/json"
	"fmt"
)

// Span is a range of bytes of a record's Text, [Start, End): Text[Start:End]
// is the words it marks, as written, so that a reader can highlight them.
// Its JSON form is the pair [start, end]. The zero Span marks nothing
// (End is always greater than Start otherwise) and is left out of the JSON.
type Span struct {
	Start, End int
}

// IsZero reports whether s marks nothing.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Of returns the words s marks in text, or "" when s does not lie inside
// text.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// MarshalJSON writes s as [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, "[%d,%d]", s.Start, s.End), nil
}

// UnmarshalJSON reads [start, end].
func (s *Span) UnmarshalJSON(b []byte) error {
	var v []int
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("span: %w", err)
	}
	if len(v) != 2 || v[0] < 0 || v[1] < v[0] {
		return fmt.Errorf("span: want [start, end] with 0 <= start <= end, got %s", b)
	}
	s.Start, s.End = v[0], v[1]
	return nil
}
