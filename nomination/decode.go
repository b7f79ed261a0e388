package nomination

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
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

// Decode reads one nomination or one batch from r (at most MaxInput bytes,
// a batch of at most MaxNominations nominations).
func Decode(r io.Reader) (*Input, error) {
	b, err := readInput(r)
	if err != nil {
		return nil, err
	}
	return DecodeBytes(b)
}

func readInput(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return nil, fmt.Errorf("nomination: reading input: %w", err)
	}
	if len(b) > MaxInput {
		return nil, &InputError{Field: "(input)", Err: ErrTooLarge, Problem: fmt.Sprintf("lớn hơn %d byte / larger than %d bytes", MaxInput, MaxInput)}
	}
	return b, nil
}

// DecodeBytes is Decode on a byte slice. A batch's nominations are decoded
// one at a time after their number is checked against MaxNominations, so
// memory is bounded by the input's size.
func DecodeBytes(b []byte) (*Input, error) {
	s, err := DecodeStreamBytes(b)
	if err != nil {
		return nil, err
	}
	if s.Nomination != nil {
		return &Input{Nomination: s.Nomination}, nil
	}
	bs := s.Batch
	bt := &Batch{Unit: bs.Unit, Year: bs.Year, AsOf: bs.AsOf, Caps: bs.Caps}
	if bs.raw != nil {
		bt.Nominations = make([]Nomination, 0, bs.n)
	}
	err = bs.Each(func(_ int, n *Nomination) error {
		bt.Nominations = append(bt.Nominations, *n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &Input{Batch: bt}, nil
}

// Stream is a decoded input whose batch, if any, is kept as JSON and
// decoded one nomination at a time: exactly one of Nomination and Batch is
// set. `thidua validate` uses it to answer any batch within a memory
// bounded by the input's size.
type Stream struct {
	Nomination *Nomination
	Batch      *BatchStream
}

// BatchStream is a batch whose nominations are decoded on demand, one at a
// time, by Each and Validate (which may be called any number of times).
// Unit, Year, AsOf and Caps are the batch's own fields (see Batch).
type BatchStream struct {
	Unit string
	Year int
	AsOf string
	Caps map[string]float64
	raw  []byte // the "nominations" array, or nil when it was null
	n    int    // its number of elements
}

// DecodeStream reads one nomination or one batch from r like Decode (at
// most MaxInput bytes, a batch of at most MaxNominations nominations),
// leaving a batch's nominations undecoded.
func DecodeStream(r io.Reader) (*Stream, error) {
	b, err := readInput(r)
	if err != nil {
		return nil, err
	}
	return DecodeStreamBytes(b)
}

// rawArray keeps a JSON array (or null) and the number of its elements; it
// refuses an array of more than MaxNominations before copying it.
type rawArray struct {
	raw []byte
	n   int
	set bool
}

func (a *rawArray) UnmarshalJSON(b []byte) error {
	a.set, a.raw, a.n = true, nil, 0
	if string(b) == "null" {
		return nil
	}
	if len(b) == 0 || b[0] != '[' {
		return &InputError{Field: "nominations", Problem: "phải là một mảng / must be an array"}
	}
	k := countElements(b)
	if k > MaxNominations {
		return tooMany(k)
	}
	a.raw, a.n = append([]byte(nil), b...), k
	return nil
}

// countElements counts the elements of a well-formed JSON array (the
// commas at depth 1, plus one unless it is empty) without decoding them.
func countElements(b []byte) int {
	depth, commas, inString, empty := 0, 0, false, true
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		case ',':
			if depth == 1 {
				commas++
			}
		case ' ', '\t', '\n', '\r':
			continue
		}
		if depth >= 1 && c != '[' || depth > 1 {
			empty = false
		}
	}
	if empty {
		return 0
	}
	return commas + 1
}

// DecodeStreamBytes is DecodeStream on a byte slice. The batch keeps a copy
// of its "nominations" array.
func DecodeStreamBytes(b []byte) (*Stream, error) {
	var probe struct {
		Nominations rawArray `json:"nominations"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		var ie *InputError
		if errors.As(err, &ie) {
			return nil, ie
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, &InputError{Field: "(input)", Problem: "JSON không hợp lệ / invalid JSON: " + err.Error()}
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return nil, &InputError{Field: "(input)", Problem: "JSON phải là một đối tượng / JSON must be an object, got " + te.Value}
		}
		return nil, &InputError{Field: "(input)", Problem: "JSON không khớp lược đồ / JSON does not match the schema: " + err.Error()}
	}
	if err := checkSizes(b); err != nil {
		return nil, err
	}
	schema := func(field string, err error) error {
		return &InputError{Field: field, Problem: "JSON không khớp lược đồ / JSON does not match the schema: " + err.Error()}
	}
	if probe.Nominations.set {
		var h struct {
			Unit string             `json:"unit"`
			Year int                `json:"year"`
			AsOf string             `json:"as_of"`
			Caps map[string]float64 `json:"caps"`
		}
		if err := json.Unmarshal(b, &h); err != nil {
			return nil, schema("(input)", err)
		}
		return &Stream{Batch: &BatchStream{Unit: h.Unit, Year: h.Year, AsOf: h.AsOf, Caps: h.Caps, raw: probe.Nominations.raw, n: probe.Nominations.n}}, nil
	}
	var n Nomination
	if err := json.Unmarshal(b, &n); err != nil {
		return nil, schema("(input)", err)
	}
	Normalize(&n)
	return &Stream{Nomination: &n}, nil
}

// Len returns the number of nominations of the batch.
func (s *BatchStream) Len() int { return s.n }

// Each decodes the nominations in order, normalised (see Normalize), and
// calls fn with each: n is fn's to keep. It stops at the first error of
// decoding (an *InputError naming "nominations[i]") or of fn.
func (s *BatchStream) Each(fn func(i int, n *Nomination) error) error {
	if s.raw == nil {
		return nil
	}
	d := json.NewDecoder(bytes.NewReader(s.raw))
	if _, err := d.Token(); err != nil { // '['
		return &InputError{Field: "nominations", Problem: "JSON không hợp lệ / invalid JSON: " + err.Error()}
	}
	for i := 0; d.More(); i++ {
		n := new(Nomination)
		if err := d.Decode(n); err != nil {
			return &InputError{Field: "nominations[" + strconv.Itoa(i) + "]", Problem: "JSON không khớp lược đồ / JSON does not match the schema: " + err.Error()}
		}
		Normalize(n)
		if err := fn(i, n); err != nil {
			return err
		}
	}
	return nil
}

// Validate judges the batch like ValidateBatch, holding one nomination at
// a time: each result is passed to each (when not nil) and is valid only
// until it returns; the BatchResult returned has no Results. Besides the
// nominations' own input errors, it stops at the first error of each.
// Options apply to every nomination (WithAlternatives).
func (s *BatchStream) Validate(each func(i int, r *Result) error, opts ...Option) (BatchResult, error) {
	bc, err := newBatchCheck(s.Unit, s.Year, s.AsOf, s.Caps)
	if err != nil {
		return bc.br, err
	}
	var r Result
	err = s.Each(func(i int, n *Nomination) error {
		if err := bc.nomination(i, n, &r, opts); err != nil {
			return err
		}
		if each != nil {
			return each(i, &r)
		}
		return nil
	})
	if err != nil {
		bc.br.Valid = false
		return bc.br, err
	}
	return bc.finish(), nil
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
