package parse

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/lexicon"
)

//go:embed lexicon/properties.tsv
var propertiesTSV string

// propertyLabel is one label of a legal-text site's property table
// (lexicon/properties.tsv).
type propertyLabel struct {
	field, label string
}

// propertyLabels are read from lexicon/properties.tsv on first use.
var propertyLabels = lexicon.OnFirstUse(propertiesTSV, readPropertyLabels) // tested by TestPropertiesLexicon

// readPropertyLabels reads the labels, one a line: the field and the
// label, separated by a tab; lines starting with # are comments.
func readPropertyLabels(tsv string) ([]propertyLabel, error) {
	fields := map[string]bool{"number": true, "kind": true, "issuer": true, "signer": true, "position": true, "issued": true, "other": true}
	var out []propertyLabel
	for n, ln := range lexicon.Lines(tsv) {
		field, label, ok := strings.Cut(ln, "\t")
		if !ok || !fields[field] || label == "" || strings.TrimSpace(label) != label || strings.HasSuffix(label, ":") {
			return nil, fmt.Errorf("lexicon/properties.tsv line %d: %q, want a field (number, kind, issuer, signer, position, issued, other), a tab and a label without its colon", n, ln)
		}
		out = append(out, propertyLabel{field: field, label: label})
	}
	return out, nil
}

// splitGluedLabels puts each label of a property table that a copy glued
// to the value before it ("Số hiệu:999/QĐ-TLĐNgày đăng công báo:Đang cập
// nhật", the cells of a table pasted as text) on a line of its own, so
// that "999/QĐ-TLĐ" is not read as "999/QĐ-TLĐNg" and "Người ký:" is
// found. A label is only taken with its colon right after it; lines
// without a colon are kept as they are.
func splitGluedLabels(lines []string) []string {
	var out []string
	for i, ln := range lines {
		parts := splitLabels(ln)
		if len(parts) == 1 && out == nil {
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)+4), lines[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return lines
	}
	return out
}

// maxGluedLabels bounds the labels cut out of one line: a table's row
// holds a few; a line with more is not a property table.
const maxGluedLabels = 16

// splitLabels cuts ln before every label glued to a letter, a digit or a
// closing mark before it.
func splitLabels(ln string) []string {
	if !strings.Contains(ln, ":") {
		return []string{ln}
	}
	var cuts []int
	for _, l := range propertyLabels() {
		for from := 0; ; {
			j := strings.Index(ln[from:], l.label+":")
			if j < 0 {
				break
			}
			at := from + j
			from = at + len(l.label)
			if at == 0 {
				continue
			}
			r, _ := utf8.DecodeLastRuneInString(ln[:at])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(")]”\"", r) {
				if len(cuts) == maxGluedLabels {
					return []string{ln} // no property table
				}
				cuts = append(cuts, at)
			}
		}
	}
	if len(cuts) == 0 {
		return []string{ln}
	}
	var parts []string
	prev := 0
	slices.Sort(cuts)
	for _, c := range slices.Compact(cuts) {
		parts = append(parts, strings.TrimSpace(ln[prev:c]))
		prev = c
	}
	return append(parts, strings.TrimSpace(ln[prev:]))
}

// properties are the values a site's property table gives, by field.
type properties map[string]string

// maxPropertyLines bounds the lines read for a property table: sites
// print it near the top, under their menus.
const maxPropertyLines = 200

// readProperties reads the property table among the first lines: each
// label's value after its colon, or on the next line when the label ends
// its line; a line that explains the label ("Ngày ban hành là ngày,
// tháng, năm văn bản được thông qua …") is skipped. The first value of a
// field wins; "Đang cập nhật" and "Không xác định" are no value.
func readProperties(lines []string) properties {
	p := properties{}
	lines = lines[:min(len(lines), maxPropertyLines)]
	for i, ln := range lines {
		if !strings.Contains(ln, ":") {
			continue
		}
		for _, l := range propertyLabels() {
			rest, ok := strings.CutPrefix(ln, l.label)
			if !ok {
				continue
			}
			rest, ok = strings.CutPrefix(strings.TrimLeft(rest, " "), ":")
			if !ok {
				continue
			}
			v := strings.TrimSpace(strings.Trim(rest, " |"))
			for j := i + 1; v == "" && j < len(lines) && j <= i+3; j++ {
				next := strings.TrimSpace(strings.Trim(lines[j], " |"))
				if strings.HasPrefix(next, l.label+" là ") {
					continue
				}
				if !isLabelLine(next) {
					v = next
				}
				break
			}
			if lower := strings.ToLower(v); lower == "đang cập nhật" || lower == "không xác định" || lower == "còn hiệu lực" && l.field != "other" {
				v = ""
			}
			if _, seen := p[l.field]; !seen && v != "" && l.field != "other" {
				p[l.field] = v
			}
			break
		}
	}
	return p
}

// isLabelLine tells whether a line starts with a label and its colon.
func isLabelLine(ln string) bool {
	for _, l := range propertyLabels() {
		if rest, ok := strings.CutPrefix(ln, l.label); ok && strings.HasPrefix(strings.TrimLeft(rest, " "), ":") {
			return true
		}
	}
	return false
}

// tabledSubject returns the mention whose number the property table
// gives ("Số hiệu: 999/QĐ-TLĐ"), or nil: the document the page is about.
func tabledSubject(p properties, ms []mention) *mention {
	n := p["number"]
	if n == "" {
		return nil
	}
	k := numKey(n)
	for i := range ms {
		if numKey(ms[i].num.Text) == k {
			return &ms[i]
		}
	}
	return nil
}

// fillFromProperties fills the fields of d that the text leaves empty
// from a site's property table, when the table is about the same
// document (its number is d's, or d has none and the table's kind is
// d's): the date of issue, the issuing body, the kind, the signer's name
// and position. The table states them; nothing is read into it.
func fillFromProperties(d *directive.Directive, p properties) {
	if len(p) == 0 {
		return
	}
	same := false
	if n := p["number"]; n != "" {
		same = d.Number != "" && numKey(n) == numKey(d.Number)
		if d.Number == "" {
			if _, err := directive.ParseNumber(n); err == nil {
				d.Number, same = n, true
			}
		}
	}
	if !same {
		return
	}
	if d.Kind == "" {
		if k, ok := directive.KindByName(p["kind"]); ok {
			d.Kind, d.KindName = k.Code, k.Name
		}
	}
	if d.Issued == "" && p["issued"] != "" {
		if t, err := directive.ParseDate(p["issued"]); err == nil {
			d.Issued = t.Format(time.DateOnly)
		}
	}
	if d.Issuer.Name == "" {
		d.Issuer.Name = p["issuer"]
	}
	if d.Signer.Name == "" && isPersonName(p["signer"]) {
		d.Signer.Name = p["signer"]
		if d.Signer.Position == "" {
			d.Signer.Position = p["position"]
		}
	}
}
