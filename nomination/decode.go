package nomination

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// MaxInput is the largest JSON input Decode accepts, in bytes.
const MaxInput = 8 << 20

// Input is a decoded `thidua validate` input: exactly one of Nomination and
// Batch is set. An object with a "nominations" member is a batch.
type Input struct {
	Nomination *Nomination
	Batch      *Batch
}

// Decode reads one nomination or one batch from r (at most MaxInput bytes).
func Decode(r io.Reader) (*Input, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return nil, fmt.Errorf("nomination: reading input: %w", err)
	}
	if len(b) > MaxInput {
		return nil, &InputError{Field: "(input)", Problem: fmt.Sprintf("lớn hơn %d byte / larger than %d bytes", MaxInput, MaxInput)}
	}
	return DecodeBytes(b)
}

// DecodeBytes is Decode on a byte slice.
func DecodeBytes(b []byte) (*Input, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(b, &probe); err != nil {
		return nil, &InputError{Field: "(input)", Problem: "JSON không hợp lệ / invalid JSON: " + err.Error()}
	}
	dec := func(v any) error {
		d := json.NewDecoder(bytes.NewReader(b))
		if err := d.Decode(v); err != nil {
			return &InputError{Field: "(input)", Problem: "JSON không khớp lược đồ / JSON does not match the schema: " + err.Error()}
		}
		return nil
	}
	if _, ok := probe["nominations"]; ok {
		var bt Batch
		if err := dec(&bt); err != nil {
			return nil, err
		}
		for i := range bt.Nominations {
			Normalize(&bt.Nominations[i])
		}
		return &Input{Batch: &bt}, nil
	}
	var n Nomination
	if err := dec(&n); err != nil {
		return nil, err
	}
	Normalize(&n)
	return &Input{Nomination: &n}, nil
}

// Normalize rewrites, in place, the coded values of n that people type in
// other ways into the forms Validate expects: award codes in any case
// ("cstd_cs"), ratings in any case or in full words ("Hoàn thành tốt nhiệm
// vụ"), kinds, scopes, forms and conferrers in any case, Unicode NFC.
// Decode applies it; callers building a Nomination in Go may too. Values it
// does not recognise are left as they are, for Validate to report.
func Normalize(n *Nomination) {
	cat := Default()
	if c := cat.Canonical(n.Award); c != "" {
		n.Award = c
	}
	for i := range n.History {
		if c := cat.Canonical(n.History[i].Award); c != "" {
			n.History[i].Award = c
		}
	}
	for i := range n.Ratings {
		if l := ratingLevel(strings.TrimSpace(norm.NFC.String(n.Ratings[i].Rating))); l > 0 {
			n.Ratings[i].Rating = [...]string{"", RatingFailed, RatingCompleted, RatingGood, RatingExcellent}[l]
		}
	}
	for i := range n.Initiatives {
		n.Initiatives[i].Scope = lowerTrim(n.Initiatives[i].Scope)
	}
	for i := range n.Disciplines {
		n.Disciplines[i].Form = lowerTrim(n.Disciplines[i].Form)
	}
	for i := range n.Leaves {
		n.Leaves[i].Kind = lowerTrim(n.Leaves[i].Kind)
	}
	n.Subject.Kind = lowerTrim(n.Subject.Kind)
	n.Subject.Name = norm.NFC.String(n.Subject.Name)
	n.Conferrer = lowerTrim(n.Conferrer)
	n.Ground = lowerTrim(n.Ground)
}

func lowerTrim(s string) string {
	t := strings.TrimSpace(s)
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(t)
		}
	}
	return t
}
