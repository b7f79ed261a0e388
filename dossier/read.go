package dossier

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/vnthidua/thidua/nomination"
)

// Dossier is a batch of nominations read from a workbook, with where each
// value came from, so that an input error of package nomination can be
// told as a cell (see Where).
type Dossier struct {
	Batch nomination.Batch
	src   []byte   // the workbook read, nil when made from a batch
	stt   []string // each nomination's STT
	loc   locations
}

// FromBatch makes a dossier of a batch built otherwise (decoded from JSON):
// Write and WriteResults then lay it out in a new workbook.
func FromBatch(b *nomination.Batch) *Dossier {
	prepare()
	d := &Dossier{Batch: *b}
	for i := range b.Nominations {
		d.stt = append(d.stt, strconv.Itoa(i+1))
	}
	return d
}

// locations remembers the sheet, row and column of every value read.
type locations struct {
	general  map[string]int // general key → row of the general sheet
	genSheet string
	genCol   string               // column of the general sheet's values
	caps     map[string]int       // award code → row of the caps sheet
	nom      tableLoc             // the nominations sheet
	lists    map[string]*tableLoc // list name → its sheet
	entries  map[string][][]int   // list name → per nomination, the row of each entry
	capsLoc  tableLoc             // the caps sheet
	rows     []int                // row of each nomination
}

type tableLoc struct {
	sheet string
	cols  map[string]int // key → column number (1-based)
}

// Read reads a dossier from an XLSX workbook of at most DefaultMaxBytes
// (or WithMaxBytes) bytes.
func Read(r io.Reader, opts ...Option) (*Dossier, error) {
	prepare()
	c := newConfig(opts)
	b, err := io.ReadAll(io.LimitReader(r, c.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("dossier: reading the workbook: %w", err)
	}
	if int64(len(b)) > c.maxBytes {
		return nil, tooLarge("", 0, "", fmt.Sprintf("tệp lớn hơn %d byte", c.maxBytes), fmt.Sprintf("the file is larger than %d bytes", c.maxBytes))
	}
	return readBytes(b, c)
}

// ReadAt reads a dossier from the size bytes of r; a size over the limit
// fails before anything is read.
func ReadAt(r io.ReaderAt, size int64, opts ...Option) (*Dossier, error) {
	prepare()
	c := newConfig(opts)
	if size > c.maxBytes {
		return nil, tooLarge("", 0, "", fmt.Sprintf("tệp lớn hơn %d byte", c.maxBytes), fmt.Sprintf("the file is larger than %d bytes", c.maxBytes))
	}
	b := make([]byte, size)
	if _, err := io.ReadFull(io.NewSectionReader(r, 0, size), b); err != nil {
		return nil, fmt.Errorf("dossier: reading the workbook: %w", err)
	}
	return readBytes(b, c)
}

// LooksLikeXLSX reports whether b begins a zip archive holding a workbook
// part (xl/...): what an XLSX is, whatever its name or media type says.
func LooksLikeXLSX(b []byte) bool {
	if !bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		// A truncated prefix: the first local header names a part.
		return len(b) > 30 && bytes.Contains(b[:min(len(b), 4096)], []byte("xl/")) ||
			bytes.Contains(b[:min(len(b), 4096)], []byte("[Content_Types].xml"))
	}
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/") {
			return true
		}
	}
	return false
}

// reader is one Read at work.
type reader struct {
	c        config
	f        *excelize.File
	zr       *zip.Reader
	parts    map[string]string // sheet name → part path
	date1904 bool
	cells    int
	d        *Dossier
}

func formatErr(vi, en string) error { return cellErr("", 0, "", "", ErrFormat, vi, en) }

func readBytes(b []byte, c config) (*Dossier, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, formatErr("không phải tệp Excel (XLSX): "+err.Error(), "not an Excel (XLSX) file: "+err.Error())
	}
	if len(zr.File) > maxParts {
		return nil, tooLarge("", 0, "", fmt.Sprintf("tệp có hơn %d phần", maxParts), fmt.Sprintf("the file holds more than %d parts", maxParts))
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(c.maxUnzipped) {
			return nil, tooLarge("", 0, "", fmt.Sprintf("nội dung giải nén lớn hơn %d byte", c.maxUnzipped), fmt.Sprintf("the parts uncompressed are larger than %d bytes", c.maxUnzipped))
		}
	}
	rd := &reader{c: c, zr: zr, d: &Dossier{src: b}}
	if rd.parts, err = rd.sheetParts(); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{UnzipSizeLimit: c.maxUnzipped, UnzipXMLSizeLimit: c.maxUnzipped})
	if err != nil {
		return nil, formatErr("không đọc được tệp Excel: "+err.Error(), "cannot read the workbook: "+err.Error())
	}
	defer f.Close()
	rd.f = f
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		rd.date1904 = *p.Date1904
	}
	if err := rd.read(); err != nil {
		return nil, err
	}
	return rd.d, nil
}

// sheetParts maps each sheet's name to its part, from the workbook and
// its relationships (read here, not by excelize, so that merged ranges can
// be found without building a sheet's whole tree).
func (rd *reader) sheetParts() (map[string]string, error) {
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := rd.unmarshalPart("xl/workbook.xml", &wb); err != nil {
		return nil, err
	}
	if err := rd.unmarshalPart("xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		for _, a := range s.Attrs {
			if a.Name.Local == "id" {
				out[s.Name] = target[a.Value]
			}
		}
	}
	return out, nil
}

func (rd *reader) part(name string) ([]byte, bool, error) {
	for _, f := range rd.zr.File {
		if strings.EqualFold(strings.ReplaceAll(f.Name, "\\", "/"), name) {
			rc, err := f.Open()
			if err != nil {
				return nil, true, formatErr("phần "+name+" hỏng: "+err.Error(), "part "+name+" is damaged: "+err.Error())
			}
			defer rc.Close()
			b, err := io.ReadAll(io.LimitReader(rc, rd.c.maxUnzipped))
			if err != nil {
				return nil, true, formatErr("phần "+name+" hỏng: "+err.Error(), "part "+name+" is damaged: "+err.Error())
			}
			return b, true, nil
		}
	}
	return nil, false, nil
}

func (rd *reader) unmarshalPart(name string, v any) error {
	b, ok, err := rd.part(name)
	if err != nil {
		return err
	}
	if !ok {
		return formatErr("không phải sổ tính Excel: thiếu "+name, "not an Excel workbook: "+name+" is missing")
	}
	if err := xml.Unmarshal(b, v); err != nil {
		return formatErr("phần "+name+" hỏng: "+err.Error(), "part "+name+" is damaged: "+err.Error())
	}
	return nil
}

// merge is a merged range (columns and rows, 1-based, both ends in) and
// the value of its top-left cell once read.
type merge struct {
	c1, r1, c2, r2 int
	val            string
}

// maxFillCol is the last column whose merged ranges are read: the
// dossier's columns, and some an office adds in front of them.
const maxFillCol = 64

// merges finds a sheet's merged ranges by scanning its XML, a chunk at a
// time, for mergeCell elements (excelize's GetMergeCells builds the
// sheet's whole tree and compares the ranges pairwise).
func (rd *reader) merges(sheet string) ([]*merge, error) {
	name := rd.parts[sheet]
	var zf *zip.File
	for _, f := range rd.zr.File {
		if strings.EqualFold(strings.ReplaceAll(f.Name, "\\", "/"), name) {
			zf = f
			break
		}
	}
	if zf == nil {
		return nil, nil
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, cellErr(sheet, 0, "", "", ErrFormat, "trang hỏng: "+err.Error(), "the sheet is damaged: "+err.Error())
	}
	defer rc.Close()
	var out []*merge
	const tail = 1024 // longer than any mergeCell element
	buf := make([]byte, 0, 64<<10+tail)
	chunk := make([]byte, 64<<10)
	for eof := false; !eof; {
		n, err := io.ReadFull(rc, chunk)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			eof = true
		} else if err != nil {
			return nil, cellErr(sheet, 0, "", "", ErrFormat, "trang hỏng: "+err.Error(), "the sheet is damaged: "+err.Error())
		}
		buf = append(buf, chunk[:n]...)
		done := len(buf) - tail // elements starting here may be cut off
		if eof {
			done = len(buf)
		}
		pos := 0
		for {
			i := bytes.Index(buf[pos:], []byte("mergeCell"))
			if i < 0 || pos+i >= done {
				break
			}
			i += pos
			pos = i + len("mergeCell")
			end := bytes.IndexByte(buf[pos:], '>')
			if i == 0 || (buf[i-1] != '<' && buf[i-1] != ':') || end < 0 {
				continue
			}
			m, ok := mergeRef(buf[pos : pos+end])
			if !ok {
				continue
			}
			if len(out) == maxMerges {
				return nil, tooLarge(sheet, 0, "", fmt.Sprintf("trang có hơn %d vùng ô gộp", maxMerges), fmt.Sprintf("the sheet has more than %d merged ranges", maxMerges))
			}
			out = append(out, m)
		}
		if done > 0 {
			keep := max(pos, done)
			buf = append(buf[:0], buf[min(keep, len(buf)):]...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].r1 < out[j].r1 })
	return out, nil
}

// mergeRef reads the ref="A1:B2" of a mergeCell element's attributes.
func mergeRef(el []byte) (*merge, bool) {
	if len(el) == 0 || (el[0] != ' ' && el[0] != '\t' && el[0] != '\n' && el[0] != '\r') {
		return nil, false
	}
	j := bytes.Index(el, []byte("ref="))
	if j < 0 || j+5 >= len(el) {
		return nil, false
	}
	q := el[j+4]
	k := bytes.IndexByte(el[j+5:], q)
	if k < 0 {
		return nil, false
	}
	a, z, ok := strings.Cut(string(el[j+5:j+5+k]), ":")
	if !ok {
		return nil, false
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(a)
	c2, r2, err2 := excelize.CellNameToCoordinates(z)
	if err1 != nil || err2 != nil {
		return nil, false
	}
	return &merge{c1: min(c1, c2), r1: min(r1, r2), c2: max(c1, c2), r2: max(r1, r2)}, true
}

// rows calls fn with each row of a sheet (row number, cells by column,
// blank cells ""), within the limits; fn returns false to stop. A range
// merged over rows is read as an office means it: its value repeats on
// each row, in its first column (a range merged across columns is one
// wide cell: "Tổng cộng" over STT, name and award is not an award).
func (rd *reader) rows(sheet string, fn func(row int, cells []string) (bool, error)) error {
	ms, err := rd.merges(sheet)
	if err != nil {
		return err
	}
	rs, err := rd.f.Rows(sheet)
	if err != nil {
		return cellErr(sheet, 0, "", "", ErrFormat, "không đọc được trang: "+err.Error(), "cannot read the sheet: "+err.Error())
	}
	defer rs.Close()
	var active [maxFillCol + 1]*merge
	next := 0
	for row := 1; rs.Next(); row++ {
		if row > rd.c.maxRows {
			return tooLarge(sheet, row, "", fmt.Sprintf("trang có hơn %d hàng", rd.c.maxRows), fmt.Sprintf("the sheet has more than %d rows", rd.c.maxRows))
		}
		cells, err := rs.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return cellErr(sheet, row, "", "", ErrFormat, "không đọc được hàng: "+err.Error(), "cannot read the row: "+err.Error())
		}
		rd.cells += len(cells)
		if rd.cells > rd.c.maxCells {
			return tooLarge(sheet, row, "", fmt.Sprintf("tệp có hơn %d ô", rd.c.maxCells), fmt.Sprintf("the workbook has more than %d cells", rd.c.maxCells))
		}
		for i, v := range cells {
			if len(v) > rd.c.maxCellLen {
				return tooLarge(sheet, row, colName(i+1), fmt.Sprintf("ô dài hơn %d byte", rd.c.maxCellLen), fmt.Sprintf("the cell is longer than %d bytes", rd.c.maxCellLen))
			}
		}
		// ranges starting on this row take their top-left value
		for ; next < len(ms) && ms[next].r1 <= row; next++ {
			m := ms[next]
			if m.r1 == row && m.c1 <= len(cells) {
				m.val = cells[m.c1-1]
			}
			if m.c1 <= maxFillCol && m.r2 > m.r1 {
				active[m.c1] = m
			}
		}
		for c := 1; c <= maxFillCol; c++ {
			m := active[c]
			switch {
			case m == nil || row <= m.r1:
			case row > m.r2:
				active[c] = nil
			case m.val != "":
				for len(cells) < c {
					cells = append(cells, "")
				}
				if cells[c-1] == "" {
					cells[c-1] = m.val
				}
			}
		}
		more, err := fn(row, cells)
		if err != nil || !more {
			return err
		}
	}
	if err := rs.Error(); err != nil {
		return cellErr(sheet, 0, "", "", ErrFormat, "không đọc được trang: "+err.Error(), "cannot read the sheet: "+err.Error())
	}
	return nil
}

func colName(c int) string {
	s, _ := excelize.ColumnNumberToName(c)
	return s
}

// clean is how every cell's text is read: NFC, spaces (any Unicode space,
// non-breaking ones and line breaks too) trimmed and collapsed to one.
func clean(s string) string {
	if s == "" {
		return s
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// table is a table sheet being read: its header found, each data row given
// to fn with a getter of its values by key.
type table struct {
	rd    *reader
	spec  *sheetSpec
	sheet string
	cols  map[string]int
}

// findSheet returns the workbook's sheet a spec names (Vietnamese or
// English name, any case and spacing), or "".
func (rd *reader) findSheet(spec *sheetSpec) string {
	for _, s := range rd.f.GetSheetList() {
		if k := fold(s); k == fold(spec.name) || k == fold(spec.en) {
			return s
		}
	}
	return ""
}

// headerRows is how far down a sheet its header row is looked for.
const headerRows = 30

// read runs fn for each data row of the sheet: the rows below the header
// (and below a second header row in English, a row of column numbers),
// skipping blank rows.
func (t *table) read(fn func(row int, get func(key string) string) error) error {
	state := 0 // 0: looking for the header, 1: after it, 2: data
	var prev []string
	return t.rd.rows(t.sheet, func(row int, cells []string) (bool, error) {
		get := func(key string) string {
			c, ok := t.cols[key]
			if !ok || c > len(cells) {
				return ""
			}
			return clean(cells[c-1])
		}
		switch state {
		case 0:
			if row > headerRows {
				return false, cellErr(t.sheet, 0, "", "", ErrFormat,
					fmt.Sprintf("không thấy hàng tiêu đề trong %d hàng đầu (cần các cột như %q, %q)", headerRows, t.spec.cols[0].vi, t.spec.cols[1].vi),
					fmt.Sprintf("no header row in the first %d rows (columns such as %q, %q)", headerRows, t.spec.cols[0].en, t.spec.cols[1].en))
			}
			if t.header(cells, true) >= min(2, len(t.spec.cols)) {
				state, prev = 1, cells
			}
			return true, nil
		case 1:
			if t.continues(cells, prev) {
				t.header(cells, false)
				prev = cells
				return true, nil
			}
			state = 2
			if numbering(cells) {
				return true, nil
			}
		}
		blank := true
		for k := range t.cols {
			if get(k) != "" {
				blank = false
				break
			}
		}
		if blank {
			return true, nil
		}
		return true, fn(row, get)
	})
}

// header maps the columns whose header cells name one of the spec's
// columns (first match wins) and returns how many cells matched; first
// resets the map.
func (t *table) header(cells []string, first bool) int {
	if first {
		t.cols = map[string]int{}
	}
	n := 0
	for i, v := range cells {
		h := fold(v)
		for j := range t.spec.cols {
			c := &t.spec.cols[j]
			if c.matches(h) {
				n++
				if _, ok := t.cols[c.key]; !ok {
					t.cols[c.key] = i + 1
				}
				break
			}
		}
	}
	if first && n < min(2, len(t.spec.cols)) {
		t.cols = nil
	}
	return n
}

// continues reports whether a row below the header is more header: every
// cell either names a column or repeats the cell above (a merged header).
func (t *table) continues(cells, prev []string) bool {
	any := false
	for i, v := range cells {
		if clean(v) == "" {
			continue
		}
		if i < len(prev) && v == prev[i] {
			continue
		}
		h := fold(v)
		ok := false
		for j := range t.spec.cols {
			if t.spec.cols[j].matches(h) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
		any = true
	}
	return any
}

// numbering reports whether a row is a row of column numbers, "1 2 3 ..."
// or "(1) (2) (3) ...", as Vietnamese forms put under their header.
func numbering(cells []string) bool {
	k := 0
	for _, v := range cells {
		v = strings.Trim(clean(v), "()")
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n != k+1 {
			return false
		}
		k++
	}
	return k >= 3
}

// read reads the whole dossier.
func (rd *reader) read() error {
	d := rd.d
	d.loc.entries = map[string][][]int{}
	d.loc.lists = map[string]*tableLoc{}
	if err := rd.general(); err != nil {
		return err
	}
	sheet := rd.findSheet(&specNominations)
	if sheet == "" {
		// a renamed sheet ("Sheet1"): the first whose header fits
		for _, s := range rd.f.GetSheetList() {
			t := &table{rd: rd, spec: &specNominations, sheet: s}
			err := t.read(func(int, func(string) string) error { return errFound })
			if err == errFound && t.cols["award"] != 0 {
				sheet = s
				break
			}
			if ce, ok := asCellError(err); ok && ce.Err == ErrTooLarge {
				return err
			}
		}
	}
	if sheet == "" {
		return formatErr(fmt.Sprintf("không có trang %q (danh sách đề nghị, có cột %q)", SheetNominations, specNominations.cols[5].vi),
			fmt.Sprintf("no sheet %q (the nominations, with a column %q)", SheetNominations, specNominations.cols[5].en))
	}
	if err := rd.nominations(sheet); err != nil {
		return err
	}
	for _, spec := range listSpecs {
		if err := rd.list(spec); err != nil {
			return err
		}
	}
	if err := rd.caps(); err != nil {
		return err
	}
	b := &d.Batch
	if b.Year == 0 {
		// no year given for the list: the nominations' own, when they agree
		for i := range b.Nominations {
			if y := b.Nominations[i].Year; y != 0 && (b.Year == 0 || b.Year == y) {
				b.Year = y
			} else if y != 0 {
				b.Year = 0
				break
			}
		}
	}
	for i := range b.Nominations {
		nomination.Normalize(&b.Nominations[i])
	}
	return nil
}

var errFound = fmt.Errorf("found")

// general reads the general sheet: a label and a value on each row
// ("Đơn vị đề nghị | Sở Nội vụ", or "Đơn vị đề nghị: Sở Nội vụ" in one cell).
func (rd *reader) general() error {
	spec := &sheetSpec{name: SheetGeneral, en: "General"}
	sheet := rd.findSheet(spec)
	rd.d.loc.general = map[string]int{}
	if sheet == "" {
		return nil
	}
	rd.d.loc.genSheet = sheet
	b := &rd.d.Batch
	return rd.rows(sheet, func(row int, cells []string) (bool, error) {
		for i := 0; i < len(cells); i++ {
			label := clean(cells[i])
			if label == "" {
				continue
			}
			val, vcol := "", 0
			if l, v, ok := strings.Cut(label, ":"); ok && strings.TrimSpace(v) != "" {
				label, val, vcol = l, clean(v), i+1
			} else {
				for j := i + 1; j < len(cells); j++ {
					if clean(cells[j]) != "" {
						val, vcol = clean(cells[j]), j+1
						break
					}
				}
			}
			h := fold(label)
			for k := range generalRows {
				c := &generalRows[k]
				if !c.matches(h) {
					continue
				}
				rd.d.loc.general[c.key] = row
				if vcol > 0 {
					rd.d.loc.genCol = colName(vcol)
				}
				var err error
				switch c.key {
				case "unit":
					b.Unit = val
				case "year":
					b.Year, err = rd.whole(val, sheet, row, vcol, "year", "một năm", "a year")
				case "as_of":
					b.AsOf = rd.date(val)
				}
				return true, err
			}
			return true, nil // a row's first cell is its label
		}
		return true, nil
	})
}

func (rd *reader) nominations(sheet string) error {
	t := &table{rd: rd, spec: &specNominations, sheet: sheet}
	d := rd.d
	seen := map[string]int{}
	err := t.read(func(row int, get func(string) string) error {
		if get("award") == "" && get("subject.name") == "" {
			return nil // a total, a note, a signature: not a nomination
		}
		i := len(d.Batch.Nominations)
		if i == nomination.MaxNominations {
			return tooLarge(sheet, row, "", fmt.Sprintf("hơn %d đề nghị", nomination.MaxNominations), fmt.Sprintf("more than %d nominations", nomination.MaxNominations))
		}
		stt := sttKey(get("stt"))
		if stt == "" {
			stt = strconv.Itoa(i + 1)
		}
		if j, dup := seen[stt]; dup {
			return cellErr(sheet, row, colName(t.cols["stt"]), "", ErrValue,
				fmt.Sprintf("STT %s trùng với hàng %d", stt, j), fmt.Sprintf("No. %s repeats row %d", stt, j))
		}
		seen[stt] = row
		field := "nominations[" + strconv.Itoa(i) + "]."
		var n nomination.Nomination
		var err error
		val := func(key string) (string, int) { return get(key), t.cols[key] }
		whole := func(key, vi, en string) int {
			if err != nil {
				return 0
			}
			v, c := val(key)
			var x int
			x, err = rd.whole(v, sheet, row, c, field+key, vi, en)
			return x
		}
		n.Subject.Name = get("subject.name")
		n.Subject.Kind = enumKind.code(get("subject.kind"))
		n.Subject.ID = get("subject.id")
		n.Award = enumAward.code(get("award"))
		n.Conferrer = enumConferrer.code(get("conferrer"))
		n.Ground = enumGround.code(get("ground"))
		if n.Year = whole("year", "một năm", "a year"); err != nil {
			return err
		}
		n.AsOf = rd.date(get("as_of"))
		n.EmployedFrom = rd.date(get("employed_from"))
		n.DecisionDate = rd.date(get("decision_date"))
		v, c := val("subject.armed_forces")
		if n.Subject.ArmedForces, err = yesNo(v, sheet, row, c, field+"subject.armed_forces"); err != nil {
			return err
		}
		members := false
		for _, k := range []string{"members.total", "members.completed", "members.advanced", "members.fighters", "members.disciplined"} {
			if get(k) != "" {
				members = true
			}
		}
		if members {
			n.Members = &nomination.Members{
				Total:       whole("members.total", "một số nguyên", "a whole number"),
				Completed:   whole("members.completed", "một số nguyên", "a whole number"),
				Advanced:    whole("members.advanced", "một số nguyên", "a whole number"),
				Fighters:    whole("members.fighters", "một số nguyên", "a whole number"),
				Disciplined: whole("members.disciplined", "một số nguyên", "a whole number"),
			}
		}
		if err != nil {
			return err
		}
		d.Batch.Nominations = append(d.Batch.Nominations, n)
		d.stt = append(d.stt, stt)
		d.loc.rows = append(d.loc.rows, row)
		return nil
	})
	d.loc.nom = tableLoc{sheet: sheet, cols: t.cols}
	return err
}

// sttKey is the text of an STT cell as a key: "1", "1.0" and " 1 " alike.
func sttKey(s string) string {
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatInt(int64(f), 10)
	}
	return s
}

// list reads a sheet of one of the nominations' lists, linked to them by
// STT.
func (rd *reader) list(spec *sheetSpec) error {
	sheet := rd.findSheet(spec)
	if sheet == "" {
		return nil
	}
	d := rd.d
	index := make(map[string]int, len(d.stt))
	for i, s := range d.stt {
		index[s] = i
	}
	rowsOf := make([][]int, len(d.stt))
	t := &table{rd: rd, spec: spec, sheet: sheet}
	err := t.read(func(row int, get func(string) string) error {
		blank := true
		for k := range t.cols {
			if k != "stt" && get(k) != "" {
				blank = false
			}
		}
		if blank {
			return nil // an STT alone: a merged STT running past the entries
		}
		stt := sttKey(get("stt"))
		i, ok := index[stt]
		if !ok {
			col := colName(t.cols["stt"])
			if stt == "" {
				return cellErr(sheet, row, col, "", ErrValue, "thiếu STT của người, tập thể được đề nghị (cột STT ở trang "+d.loc.nom.sheet+")",
					"no No. linking the row to a nomination (column No. of sheet "+d.loc.nom.sheet+")")
			}
			return cellErr(sheet, row, col, "", ErrValue, fmt.Sprintf("không có đề nghị STT %s ở trang %s", stt, d.loc.nom.sheet),
				fmt.Sprintf("no nomination No. %s in sheet %s", stt, d.loc.nom.sheet))
		}
		n := &d.Batch.Nominations[i]
		j := len(rowsOf[i])
		if j == nomination.MaxEntries {
			return tooLarge(sheet, row, "", fmt.Sprintf("hơn %d dòng cho một đề nghị", nomination.MaxEntries), fmt.Sprintf("more than %d entries for one nomination", nomination.MaxEntries))
		}
		field := fmt.Sprintf("nominations[%d].%s[%d].", i, spec.list, j)
		whole := func(key, vi, en string) (int, error) {
			return rd.whole(get(key), sheet, row, t.cols[key], field+key, vi, en)
		}
		var err error
		switch spec.list {
		case "history":
			g := nomination.Grant{Award: enumAward.code(get("award"))}
			g.Year, err = whole("year", "một năm", "a year")
			n.History = append(n.History, g)
		case "ratings":
			r := nomination.Rating{Rating: enumRating.code(get("rating"))}
			r.Year, err = whole("year", "một năm", "a year")
			n.Ratings = append(n.Ratings, r)
		case "initiatives":
			x := nomination.Initiative{Scope: enumScope.code(get("scope"))}
			x.Year, err = whole("year", "một năm", "a year")
			n.Initiatives = append(n.Initiatives, x)
		case "disciplines":
			x := nomination.Discipline{Form: enumForm.code(get("form"))}
			x.Date = rd.date(get("date"))
			n.Disciplines = append(n.Disciplines, x)
		case "leaves":
			x := nomination.Leave{Kind: enumLeave.code(get("kind"))}
			x.From, x.To = rd.date(get("from")), rd.date(get("to"))
			n.Leaves = append(n.Leaves, x)
		case "bloc_results":
			x := nomination.BlocResult{Bloc: get("bloc")}
			if x.Year, err = whole("year", "một năm", "a year"); err == nil {
				if x.Rank, err = whole("rank", "một số nguyên", "a whole number"); err == nil {
					x.Leading, err = yesNo(get("leading"), sheet, row, t.cols["leading"], field+"leading")
				}
			}
			n.BlocResults = append(n.BlocResults, x)
		}
		rowsOf[i] = append(rowsOf[i], row)
		return err
	})
	d.loc.lists[spec.list] = &tableLoc{sheet: sheet, cols: t.cols}
	d.loc.entries[spec.list] = rowsOf
	return err
}

func (rd *reader) caps() error {
	sheet := rd.findSheet(&specCaps)
	if sheet == "" {
		return nil
	}
	d := rd.d
	d.loc.caps = map[string]int{}
	t := &table{rd: rd, spec: &specCaps, sheet: sheet}
	err := t.read(func(row int, get func(string) string) error {
		code := enumAward.code(get("award"))
		if c := nomination.Default().Canonical(code); c != "" {
			code = c
		}
		s, err := readShare(get("share"))
		if err != nil {
			return cellErr(sheet, row, colName(t.cols["share"]), "caps."+code, ErrValue,
				fmt.Sprintf("%q không phải một tỷ lệ (0,15 hay 15%%)", get("share")), fmt.Sprintf("%q is not a share (0.15 or 15%%)", get("share")))
		}
		if d.Batch.Caps == nil {
			d.Batch.Caps = map[string]float64{}
		}
		d.Batch.Caps[code] = s
		d.loc.caps[code] = row
		return nil
	})
	d.loc.capsLoc = tableLoc{sheet: sheet, cols: t.cols}
	return err
}

// whole reads a whole number: 2024, 2024.0 (how a spreadsheet may store
// it), " 2024 "; "" is 0.
func (rd *reader) whole(v, sheet string, row, col int, field, vi, en string) (int, error) {
	if v == "" {
		return 0, nil
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", "."), 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1e9 {
		return 0, cellErr(sheet, row, colName(col), field, ErrValue,
			fmt.Sprintf("%q không phải %s", v, vi), fmt.Sprintf("%q is not %s", v, en))
	}
	return int(f), nil
}

// date reads a date cell (an Excel serial number: days since 1899-12-30,
// or 1904-01-01 in a 1904 workbook) or a date typed as text: dd/mm/yyyy,
// d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd (a time after it is
// dropped). Any other text is kept as it is, for Validate to report.
func (rd *reader) date(v string) string {
	if v == "" {
		return ""
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		if f >= 1 && f < 2958466 { // 1900-01-01 to 9999-12-31
			t, err := excelize.ExcelDateToTime(f, rd.date1904)
			if err == nil {
				return t.Format("2006-01-02")
			}
		}
		return v
	}
	if len(v) > 10 && v[4] == '-' && v[7] == '-' && (v[10] == 'T' || v[10] == ' ') {
		v = v[:10]
	}
	var parts []string
	for _, sep := range []string{"/", "-", "."} {
		if p := strings.Split(v, sep); len(p) == 3 {
			parts = p
			break
		}
	}
	if parts == nil {
		return v
	}
	n := make([]int, 3)
	for i, p := range parts {
		x, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || x < 0 {
			return v
		}
		n[i] = x
	}
	y, m, dd := n[2], n[1], n[0]
	if len(strings.TrimSpace(parts[0])) == 4 {
		y, m, dd = n[0], n[1], n[2]
	} else if len(strings.TrimSpace(parts[2])) != 4 {
		return v
	}
	if m < 1 || m > 12 || dd < 1 || dd > 31 || y < 1000 || y > 9999 {
		return v
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

// yesNo reads a flag: Có, x, yes, true, 1 (any case) or blank, Không, no,
// false, 0.
func yesNo(v, sheet string, row, col int, field string) (bool, error) {
	switch fold(v) {
	case "có", "co", "x", "yes", "y", "true", "1", "đúng", "c":
		return true, nil
	case "", "không", "khong", "no", "n", "false", "0", "sai", "k":
		return false, nil
	}
	return false, cellErr(sheet, row, colName(col), field, ErrValue,
		fmt.Sprintf("%q: ghi Có hoặc Không", v), fmt.Sprintf("%q: write Có (yes) or Không (no)", v))
}

// readShare reads a cap: 0.15, 0,15, 15%.
func readShare(v string) (float64, error) {
	pct := strings.HasSuffix(v, "%")
	v = strings.TrimSpace(strings.TrimSuffix(v, "%"))
	f, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", "."), 64)
	if err != nil {
		return 0, err
	}
	if pct {
		f /= 100
	}
	return f, nil
}
