package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vnthidua/thidua/dossier"
	"github.com/vnthidua/thidua/nomination"
)

func init() {
	register(command{
		name:  "dossier",
		usage: "template FILE.xlsx | convert IN OUT   hồ sơ đề nghị trong Excel: mẫu trống, chuyển .json ⇄ .xlsx / nomination dossiers in Excel: an empty template, convert .json ⇄ .xlsx",
		run:   runDossier,
	})
}

// runDossier writes an empty dossier workbook or converts a batch between
// JSON and XLSX, by the files' extensions.
func runDossier(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "thidua dossier: "+format+"\n", a...)
		return 2
	}
	switch {
	case len(args) == 2 && args[0] == "template":
		if !isXLSXName(args[1]) {
			return fail("tệp mẫu phải có đuôi .xlsx / the template's name ends in .xlsx: %s", args[1])
		}
		if err := writeFile(args[1], dossier.Template); err != nil {
			return fail("%v", err)
		}
		fmt.Fprintf(stdout, "Đã ghi mẫu hồ sơ trống / wrote an empty dossier: %s\n", args[1])
		return 0
	case len(args) == 3 && args[0] == "convert":
		in, out := args[1], args[2]
		if !isXLSXName(out) && !strings.EqualFold(filepath.Ext(out), ".json") {
			return fail("tệp ra phải có đuôi .json hoặc .xlsx / OUT ends in .json or .xlsx: %s", out)
		}
		d, err := loadDossier(in, isXLSX(in), stdin)
		if err != nil {
			return fail("%s: %v", in, err)
		}
		if isXLSXName(out) {
			err = writeFile(out, func(w io.Writer) error { return dossier.Write(w, &d.Batch) })
		} else {
			err = writeFile(out, func(w io.Writer) error { return writeBatchFile(w, &d.Batch) })
		}
		if err != nil {
			return fail("%v", err)
		}
		fmt.Fprintf(stdout, "Đã chuyển %d đề nghị / converted %d nominations: %s → %s\n", len(d.Batch.Nominations), len(d.Batch.Nominations), in, out)
		return 0
	}
	fmt.Fprintln(stderr, "thidua dossier: dùng / usage: thidua dossier template FILE.xlsx | thidua dossier convert IN OUT (.json, .xlsx)")
	return 2
}

func isXLSXName(name string) bool { return strings.EqualFold(filepath.Ext(name), ".xlsx") }

// isXLSX says whether a file is a workbook: by its name, or, for another
// name, by its first bytes.
func isXLSX(name string) bool {
	if isXLSXName(name) {
		return true
	}
	if name == "-" {
		return false
	}
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, 4)
	n, _ := io.ReadFull(f, b)
	return bytes.Equal(b[:n], []byte("PK\x03\x04"))
}

// loadDossier reads a batch from a workbook (xlsx, as isXLSX tells, which
// the caller has already asked), or from a JSON nomination or batch (a
// nomination is a batch of one, of its year).
func loadDossier(name string, xlsx bool, stdin io.Reader) (*dossier.Dossier, error) {
	if xlsx {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return nil, err
		}
		return dossier.ReadAt(f, st.Size())
	}
	r, err := openArg(name, stdin)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	in, err := nomination.Decode(r)
	if err != nil {
		return nil, err
	}
	b := in.Batch
	if b == nil {
		n := in.Nomination
		b = &nomination.Batch{Year: n.Year, AsOf: n.AsOf, Nominations: []nomination.Nomination{*n}}
	}
	return dossier.FromBatch(b), nil
}

// writeBatchFile writes a batch as JSON, as `thidua validate` reads it.
func writeBatchFile(w io.Writer, b *nomination.Batch) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(b)
}

// writeFile writes a file through fn, removing it when fn fails.
func writeFile(name string, fn func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	err = fn(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}

// validateDossier is `thidua validate` on a workbook (a file, or standard
// input recognised by its content), or with --format xlsx: handled is
// false when neither, for runValidate to go on (with *stdin as it was,
// though it may have been read and put back). A workbook is read, its
// input errors told by sheet, row and column; with --format json or text
// it is then judged as its batch in JSON would be; with --format xlsx -o
// OUT, OUT is the input's workbook (or the JSON batch laid out as one)
// with the sheets of results beside it.
func validateDossier(ctx context.Context, args []string, stdinp *io.Reader, stdout, stderr io.Writer) (code int, handled bool) {
	stdin := *stdinp
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "json", "")
	lang := fs.String("lang", "vi", "")
	out := fs.String("o", "", "")
	alts := fs.Bool("alternatives", true, "")
	if fs.Parse(args) != nil || fs.NArg() != 1 {
		return 0, false
	}
	name := fs.Arg(0)
	var piped []byte // standard input, when it is a workbook
	if name == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, dossier.DefaultMaxBytes+1))
		if err != nil {
			fmt.Fprintf(stderr, "thidua validate: -: %v\n", err)
			return 2, true
		}
		if dossier.LooksLikeXLSX(b) {
			piped = b
		} else {
			*stdinp = io.MultiReader(bytes.NewReader(b), stdin)
			stdin = *stdinp
		}
	}
	xlsx := piped == nil && isXLSX(name)
	if *format != "xlsx" && (*out != "" || piped == nil && !xlsx) {
		if piped != nil {
			*stdinp = bytes.NewReader(piped) // for runValidate to refuse -o
		}
		return 0, false
	}
	if *format == "xlsx" && (*out == "" || !isXLSXName(*out)) {
		fmt.Fprintln(stderr, "thidua validate: --format xlsx cần -o TỆP.xlsx / needs -o FILE.xlsx")
		return 2, true
	}
	var d *dossier.Dossier
	var err error
	if piped != nil {
		d, err = dossier.Read(bytes.NewReader(piped))
	} else {
		d, err = loadDossier(name, xlsx, stdin)
	}
	if err != nil {
		return dossierFailure(stderr, name, err), true
	}
	if ctx.Err() != nil {
		fmt.Fprintf(stderr, "thidua validate: %v\n", ctx.Err())
		return 2, true
	}
	c := d.Batch
	c.Nominations = append([]nomination.Nomination(nil), d.Batch.Nominations...)
	var opts []nomination.Option
	if *alts && *format == "xlsx" { // otherwise this pass only places input errors; runValidate judges
		opts = append(opts, nomination.WithAlternatives())
	}
	br, err := nomination.ValidateBatch(&c, opts...)
	if err != nil {
		return dossierFailure(stderr, name, d.Where(err)), true
	}
	if *format != "xlsx" {
		// judged as the same batch in JSON is
		var js bytes.Buffer
		if err := writeBatchFile(&js, &d.Batch); err != nil {
			fmt.Fprintf(stderr, "thidua validate: %v\n", err)
			return 2, true
		}
		return runValidate(ctx, []string{"--format", *format, "--lang", *lang, "--alternatives=" + strconv.FormatBool(*alts), "-"}, &js, stdout, stderr), true
	}
	if err := writeFile(*out, func(w io.Writer) error { return d.WriteResults(w, &br) }); err != nil {
		fmt.Fprintf(stderr, "thidua validate: %v\n", err)
		return 2, true
	}
	ok := 0
	for _, r := range br.Results {
		if r.Eligible {
			ok++
		}
	}
	fmt.Fprintf(stdout, "%d đề nghị: %d đủ điều kiện, %d không; danh sách %s. Kết quả ghi vào %s (trang %q, %q).\n",
		len(br.Results), ok, len(br.Results)-ok, map[bool]string{true: "hợp lệ", false: "không hợp lệ"}[br.Valid], *out, dossier.SheetResults, dossier.SheetFindings)
	if !br.Valid {
		return 1, true
	}
	return 0, true
}

// dossierFailure reports input that cannot be judged, by cell when it
// came from one, and returns 2.
func dossierFailure(stderr io.Writer, name string, err error) int {
	var ce *dossier.CellError
	if errors.As(err, &ce) {
		ref := ce.Ref()
		if ref != "" {
			ref = " [" + ref + "]"
		}
		fmt.Fprintf(stderr, "thidua validate: %s: %s%s: %s\n", name, ce.Where(), ref, ce.Problem)
		return 2
	}
	return inputFailure(stderr, name, err)
}
