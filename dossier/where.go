package dossier

import (
	"errors"
	"strconv"
	"strings"

	"github.com/vnthidua/thidua/nomination"
)

// Where tells an input error of package nomination (from Validate or
// ValidateBatch on d.Batch) as the cell it came from: a *CellError whose
// Err is the *nomination.InputError. An error it cannot place, or any
// other error, is returned as it is.
func (d *Dossier) Where(err error) error {
	prepare()
	var ie *nomination.InputError
	if err == nil || !errors.As(err, &ie) {
		return err
	}
	if _, ok := asCellError(err); ok {
		return err
	}
	sheet, row, col := d.locate(ie.Field)
	if sheet == "" {
		return err
	}
	return &CellError{Sheet: sheet, Row: row, Col: col, Field: ie.Field, Problem: ie.Problem, Err: err}
}

// locate finds the cell of a JSON path of the batch.
func (d *Dossier) locate(field string) (sheet string, row int, col string) {
	l := &d.loc
	switch {
	case field == "unit" || field == "year" || field == "as_of":
		if r, ok := l.general[field]; ok {
			return l.genSheet, r, l.genCol
		}
		return "", 0, ""
	case strings.HasPrefix(field, "caps."):
		if r, ok := l.caps[strings.TrimPrefix(field, "caps.")]; ok {
			return l.capsLoc.sheet, r, colName(l.capsLoc.cols["share"])
		}
		return "", 0, ""
	}
	i, rest, ok := index(field, "nominations")
	if !ok || i >= len(l.rows) {
		return "", 0, ""
	}
	rest = strings.TrimPrefix(rest, ".")
	for name, t := range l.lists {
		j, key, ok := index(rest, name)
		if !ok {
			continue
		}
		rows := l.entries[name]
		if i >= len(rows) || j >= len(rows[i]) {
			return l.nom.sheet, l.rows[i], ""
		}
		return t.sheet, rows[i][j], t.col(strings.TrimPrefix(key, "."))
	}
	return l.nom.sheet, l.rows[i], l.nom.col(rest)
}

func (t *tableLoc) col(key string) string {
	if c, ok := t.cols[key]; ok {
		return colName(c)
	}
	return ""
}

// index reads "name[i]rest" into i and rest.
func index(s, name string) (int, string, bool) {
	if !strings.HasPrefix(s, name+"[") {
		return 0, "", false
	}
	s = s[len(name)+1:]
	k := strings.IndexByte(s, ']')
	if k < 0 {
		return 0, "", false
	}
	i, err := strconv.Atoi(s[:k])
	if err != nil || i < 0 {
		return 0, "", false
	}
	return i, s[k+1:], true
}
