package main

import (
	"bufio"
	"strconv"
	"unicode/utf8"

	"github.com/vnthidua/thidua/nomination"
)

// writeBatchJSON writes a batch's verdict as encoding/json writes a
// nomination.BatchResult (json.Encoder with SetIndent("", "  ") and
// SetEscapeHTML(false)), byte for byte: the verdict and batch findings
// from br, the results validated again and written one at a time.
func writeBatchJSON(w *bufio.Writer, bs *nomination.BatchStream, br nomination.BatchResult) error {
	jw := &jsonWriter{w: w}
	jw.raw("{\n")
	jw.key("  ", "unit")
	jw.str(br.Unit)
	jw.raw(",\n")
	jw.key("  ", "year")
	jw.int(br.Year)
	jw.raw(",\n")
	jw.key("  ", "regime")
	jw.str(br.Regime)
	jw.raw(",\n")
	jw.key("  ", "valid")
	jw.bool(br.Valid)
	jw.raw(",\n")
	jw.key("  ", "results")
	jw.raw("[")
	k := 0
	_, err := bs.Validate(func(_ int, r *nomination.Result) error {
		if k > 0 {
			jw.raw(",")
		}
		k++
		jw.raw("\n    ")
		jw.result(r, "    ")
		return jw.flush()
	})
	if err != nil {
		return err
	}
	if k > 0 {
		jw.raw("\n  ")
	}
	jw.raw("],\n")
	jw.key("  ", "findings")
	jw.findings(br.Findings, "  ")
	jw.raw("\n}\n")
	return jw.flush()
}

// jsonWriter writes JSON piece by piece, in the layout of a json.Encoder
// with SetIndent("", "  ") and SetEscapeHTML(false), into a small buffer
// that flush hands to w: no result is ever encoded whole in memory, and
// no reflection is involved. The field lists mirror the nomination types;
// TestValidateStreamMatchesEncoder and TestJSONWriterFields keep them in
// step.
type jsonWriter struct {
	w   *bufio.Writer
	buf []byte
	err error
}

func (jw *jsonWriter) flush() error {
	if jw.err == nil && len(jw.buf) > 0 {
		_, jw.err = jw.w.Write(jw.buf)
	}
	jw.buf = jw.buf[:0]
	return jw.err
}

// grow writes the buffer out once it holds a few kilobytes.
func (jw *jsonWriter) grow() {
	if len(jw.buf) >= 16<<10 {
		jw.flush()
	}
}

func (jw *jsonWriter) raw(s string) { jw.buf = append(jw.buf, s...) }

func (jw *jsonWriter) key(indent, name string) {
	jw.buf = append(jw.buf, indent...)
	jw.buf = append(jw.buf, '"')
	jw.buf = append(jw.buf, name...)
	jw.buf = append(jw.buf, '"', ':', ' ')
}

func (jw *jsonWriter) int(v int) { jw.buf = strconv.AppendInt(jw.buf, int64(v), 10) }

func (jw *jsonWriter) bool(v bool) { jw.buf = strconv.AppendBool(jw.buf, v) }

// str writes s as encoding/json does without HTML escaping: quotes and
// backslashes escaped, control characters as \b \f \n \r \t or \u00XX,
// invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func (jw *jsonWriter) str(s string) {
	const hex = "0123456789abcdef"
	b := append(jw.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	jw.buf = append(b, '"')
	jw.grow()
}

// result writes a nomination.Result at the given indent (its first line
// not indented).
func (jw *jsonWriter) result(r *nomination.Result, indent string) {
	in := indent + "  "
	jw.raw("{\n")
	jw.key(in, "award")
	jw.str(r.Award)
	jw.raw(",\n")
	jw.key(in, "year")
	jw.int(r.Year)
	jw.raw(",\n")
	if r.Subject != "" {
		jw.key(in, "subject")
		jw.str(r.Subject)
		jw.raw(",\n")
	}
	jw.key(in, "eligible")
	jw.bool(r.Eligible)
	jw.raw(",\n")
	jw.key(in, "regime")
	jw.str(r.Regime)
	jw.raw(",\n")
	jw.key(in, "findings")
	jw.findings(r.Findings, in)
	jw.raw("\n")
	jw.raw(indent)
	jw.raw("}")
}

// findings writes a list of findings at the given indent.
func (jw *jsonWriter) findings(fs []nomination.Finding, indent string) {
	switch {
	case fs == nil:
		jw.raw("null")
		return
	case len(fs) == 0:
		jw.raw("[]")
		return
	}
	in := indent + "  "
	jw.raw("[")
	for i := range fs {
		if i > 0 {
			jw.raw(",")
		}
		jw.raw("\n")
		jw.raw(in)
		jw.finding(&fs[i], in)
	}
	jw.raw("\n")
	jw.raw(indent)
	jw.raw("]")
}

func (jw *jsonWriter) finding(f *nomination.Finding, indent string) {
	in := indent + "  "
	jw.raw("{\n")
	jw.key(in, "rule")
	jw.str(f.Rule)
	jw.raw(",\n")
	jw.key(in, "severity")
	jw.str(string(f.Severity))
	jw.raw(",\n")
	jw.key(in, "citation")
	c, cin := &f.Citation, in+"  "
	jw.raw("{\n")
	jw.key(cin, "document")
	jw.str(c.Document)
	jw.raw(",\n")
	jw.key(cin, "article")
	jw.int(c.Article)
	jw.raw(",\n")
	if c.Clause != 0 {
		jw.key(cin, "clause")
		jw.int(c.Clause)
		jw.raw(",\n")
	}
	if c.Point != "" {
		jw.key(cin, "point")
		jw.str(c.Point)
		jw.raw(",\n")
	}
	jw.key(cin, "verified")
	jw.bool(c.Verified)
	jw.raw("\n")
	jw.raw(in)
	jw.raw("},\n")
	jw.key(in, "message")
	jw.str(f.Message)
	jw.raw(",\n")
	jw.key(in, "message_en")
	jw.str(f.MessageEn)
	for _, o := range [...]struct {
		name string
		s    string
		v    int
	}{{"fact", f.Fact, 0}, {"year", "", f.Year}, {"have", "", f.Have}, {"need", "", f.Need}} {
		switch {
		case o.s != "":
			jw.raw(",\n")
			jw.key(in, o.name)
			jw.str(o.s)
		case o.v != 0:
			jw.raw(",\n")
			jw.key(in, o.name)
			jw.int(o.v)
		}
	}
	jw.raw("\n")
	jw.raw(indent)
	jw.raw("}")
	jw.grow()
}
