package pdfsig

import (
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// dict is a PDF dictionary with the values this package needs: names
// ("/Sig"), strings (decoded) and, for other values, their source text.
type dict map[string]string

func (d dict) str(k string) string { return d[k] }

var errSyntax = errors.New("PDF syntax error")

// maxNesting bounds the depth of nested dictionaries and arrays.
const maxNesting = 32

// parseDict reads the dictionary at the start of b.
func parseDict(b []byte) (dict, error) {
	p := &parser{b: b}
	p.space()
	if !p.has("<<") {
		return nil, errSyntax
	}
	p.i += 2
	d := dict{}
	for {
		p.space()
		if p.i >= len(p.b) {
			return nil, errSyntax
		}
		if p.has(">>") {
			return d, nil
		}
		if p.b[p.i] != '/' {
			return nil, errSyntax
		}
		key := p.name()
		p.space()
		v, err := p.value(0)
		if err != nil {
			return nil, err
		}
		d[key[1:]] = v
	}
}

type parser struct {
	b []byte
	i int
}

func (p *parser) has(s string) bool {
	return strings.HasPrefix(string(p.b[p.i:min(len(p.b), p.i+len(s))]), s)
}

func (p *parser) space() {
	for p.i < len(p.b) {
		switch c := p.b[p.i]; {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0:
			p.i++
		case c == '%':
			for p.i < len(p.b) && p.b[p.i] != '\n' && p.b[p.i] != '\r' {
				p.i++
			}
		default:
			return
		}
	}
}

func delim(c byte) bool {
	return strings.IndexByte(" \t\r\n\f\x00()<>[]{}/%", c) >= 0
}

func (p *parser) name() string {
	s := p.i
	p.i++
	for p.i < len(p.b) && !delim(p.b[p.i]) {
		p.i++
	}
	return string(p.b[s:p.i])
}

// value reads one value and returns it as text: a name with its slash, a
// string decoded, anything else as written.
func (p *parser) value(depth int) (string, error) {
	if depth > maxNesting || p.i >= len(p.b) {
		return "", errSyntax
	}
	switch c := p.b[p.i]; {
	case c == '/':
		return p.name(), nil
	case p.has("<<"):
		s := p.i
		p.i += 2
		for {
			p.space()
			if p.i >= len(p.b) {
				return "", errSyntax
			}
			if p.has(">>") {
				p.i += 2
				return string(p.b[s:p.i]), nil
			}
			if _, err := p.value(depth + 1); err != nil {
				return "", err
			}
		}
	case c == '<':
		e := strings.IndexByte(string(p.b[p.i:]), '>')
		if e < 0 {
			return "", errSyntax
		}
		h := strings.Map(func(r rune) rune {
			if strings.ContainsRune(" \t\r\n\f", r) {
				return -1
			}
			return r
		}, string(p.b[p.i+1:p.i+e]))
		p.i += e + 1
		if len(h)%2 == 1 {
			h += "0"
		}
		raw, err := hex.DecodeString(h)
		if err != nil {
			return "", errSyntax
		}
		return textString(raw), nil
	case c == '(':
		return p.literal()
	case c == '[':
		s := p.i
		p.i++
		for {
			p.space()
			if p.i >= len(p.b) {
				return "", errSyntax
			}
			if p.b[p.i] == ']' {
				p.i++
				return string(p.b[s:p.i]), nil
			}
			if _, err := p.value(depth + 1); err != nil {
				return "", err
			}
		}
	case c == ')' || c == '>' || c == ']' || c == '{' || c == '}':
		return "", errSyntax
	}
	s := p.i
	for p.i < len(p.b) && !delim(p.b[p.i]) {
		p.i++
	}
	// An indirect reference "12 0 R" is three tokens.
	if t := p.i; t < len(p.b) {
		p.space()
		rest := p.b[p.i:]
		if n := refTail(rest); n > 0 {
			p.i += n
		} else {
			p.i = t
		}
	}
	return string(p.b[s:p.i]), nil
}

// refTail returns the length of "0 R" at the start of b, or 0.
func refTail(b []byte) int {
	i := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0
	}
	j := i
	for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\r') {
		j++
	}
	if j == i || j >= len(b) || b[j] != 'R' || (j+1 < len(b) && !delim(b[j+1])) {
		return 0
	}
	return j + 1
}

func (p *parser) literal() (string, error) {
	p.i++
	var out []byte
	depth := 1
	for p.i < len(p.b) {
		c := p.b[p.i]
		p.i++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return textString(out), nil
			}
		case '\\':
			if p.i >= len(p.b) {
				return "", errSyntax
			}
			e := p.b[p.i]
			p.i++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r', '\n':
				if e == '\r' && p.i < len(p.b) && p.b[p.i] == '\n' {
					p.i++
				}
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '7'; k++ {
						v = v*8 + int(p.b[p.i]-'0')
						p.i++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return "", errSyntax
}

// textString decodes a PDF string with a byte order mark (UTF-16BE or
// UTF-8) and returns any other string byte for byte, since /Contents is
// binary; text fields go through text() afterwards.
func textString(b []byte) string {
	switch {
	case len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff:
		u := make([]uint16, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
		return string(utf16.Decode(u))
	case len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf:
		return string(b[3:])
	}
	return string(b) // bytes kept as they are (binary /Contents)
}

// pdfDate parses "D:YYYYMMDDHHmmSSOHH'mm'" with any tail left out.
func pdfDate(s string) (time.Time, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	if len(s) < 4 {
		return time.Time{}, false
	}
	num := func(a, b, def int) int {
		if len(s) < b {
			return def
		}
		v, err := strconv.Atoi(s[a:b])
		if err != nil {
			return def
		}
		return v
	}
	loc := time.UTC
	if len(s) > 14 {
		switch s[14] {
		case '+', '-':
			h, m := 0, 0
			t := strings.ReplaceAll(s[15:], "'", "")
			if len(t) >= 2 {
				h, _ = strconv.Atoi(t[:2])
			}
			if len(t) >= 4 {
				m, _ = strconv.Atoi(t[2:4])
			}
			off := h*3600 + m*60
			if s[14] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
	}
	t := time.Date(num(0, 4, 0), time.Month(num(4, 6, 1)), num(6, 8, 1), num(8, 10, 0), num(10, 12, 0), num(12, 14, 0), 0, loc)
	return t, t.Year() > 0
}
