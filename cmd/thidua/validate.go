package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/vnthidua/thidua/nomination"
)

func init() {
	register(command{
		name:  "validate",
		usage: "[--format json|text|xlsx] [--lang vi|en] [-o OUT.xlsx] FILE|-   kiểm tra hồ sơ đề nghị khen thưởng (JSON hoặc Excel) / check a nomination or a batch, JSON or XLSX (exit 0 eligible, 1 not eligible, 2 bad input)",
		run:   runValidate,
	})
}

// runValidate checks one nomination or one batch (an object with a
// "nominations" array; see nomination.Batch). Exit status: 0 when the
// nomination is eligible or every nomination of the batch is and the batch
// has no error; 1 when not; 2 on usage or input errors.
func runValidate(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if code, ok := validateDossier(ctx, args, &stdin, stdout, stderr); ok { // dossier.go: XLSX in or out
		return code
	}
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output format: json or text")
	lang := fs.String("lang", "vi", "language of the text output: vi or en")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(stderr, "thidua validate: định dạng không hỗ trợ / unsupported --format %q (json, text)\n", *format)
		return 2
	}
	if *lang != "vi" && *lang != "en" {
		fmt.Fprintf(stderr, "thidua validate: ngôn ngữ không hỗ trợ / unsupported --lang %q (vi, en)\n", *lang)
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "thidua validate: cần đúng một tệp hoặc - / give exactly one FILE or - for standard input")
		return 2
	}
	name := fs.Arg(0)
	r, err := openArg(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "thidua validate: %v\n", err)
		return 2
	}
	defer r.Close()
	if ctx.Err() != nil {
		fmt.Fprintf(stderr, "thidua validate: %v\n", ctx.Err())
		return 2
	}
	in, err := nomination.DecodeStream(r)
	if err != nil {
		return inputFailure(stderr, name, err)
	}
	bw := bufio.NewWriterSize(stdout, 32<<10)
	var ok bool
	if in.Batch != nil {
		// First pass: the verdict, the batch findings and any input error,
		// before a byte is written; the second pass writes the results one
		// at a time. Neither holds more than one nomination and its result.
		var br nomination.BatchResult
		br, err = in.Batch.Validate(func(i int, _ *nomination.Result) error {
			if i%1024 == 0 {
				return ctx.Err()
			}
			return nil
		})
		if err != nil {
			return inputFailure(stderr, name, err)
		}
		ok = br.Valid
		if *format == "text" {
			err = writeBatchText(bw, in.Batch, br, *lang)
		} else {
			err = writeBatchJSON(bw, in.Batch, br)
		}
	} else {
		var res nomination.Result
		res, err = nomination.Validate(in.Nomination)
		if err != nil {
			return inputFailure(stderr, name, err)
		}
		ok = res.Eligible
		if *format == "text" {
			writeResultText(bw, res, *lang, "")
		} else {
			err = writeResultJSON(bw, &res)
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "thidua validate: %v\n", err)
		return 2
	}
	if !ok {
		return 1
	}
	return 0
}

// inputFailure reports input the library could not judge (an
// nomination.InputError: unknown award, bad year, bad date) and returns 2.
func inputFailure(stderr io.Writer, name string, err error) int {
	var ie *nomination.InputError
	if errors.As(err, &ie) {
		fmt.Fprintf(stderr, "thidua validate: %s: trường/field %s: %s\n", name, ie.Field, ie.Problem)
		return 2
	}
	fmt.Fprintf(stderr, "thidua validate: %s: %v\n", name, err)
	return 2
}

// writeBatchText prints a batch's verdict for people: the verdict and the
// batch findings of br, then each result, validated again one at a time.
func writeBatchText(w *bufio.Writer, bs *nomination.BatchStream, br nomination.BatchResult, lang string) error {
	verdict := map[bool]string{true: "HỢP LỆ", false: "KHÔNG HỢP LỆ"}
	if lang == "en" {
		verdict = map[bool]string{true: "VALID", false: "NOT VALID"}
	}
	fmt.Fprintf(w, "%s — %d (%s): %s\n", br.Unit, br.Year, br.Regime, verdict[br.Valid])
	for _, f := range br.Findings {
		writeFindingText(w, f, lang, "  ")
	}
	_, err := bs.Validate(func(_ int, r *nomination.Result) error {
		w.WriteString("\n")
		writeResultText(w, *r, lang, "  ")
		_, err := w.Write(nil) // the writer's first error, if any
		return err
	})
	return err
}

func writeResultText(b *bufio.Writer, r nomination.Result, lang, indent string) {
	name := r.Award
	if a := nomination.Default().Lookup(r.Award); a != nil {
		name = a.Name(lang) + " (" + r.Award + ")"
	}
	verdict := map[bool]string{true: "ĐỦ ĐIỀU KIỆN", false: "KHÔNG ĐỦ ĐIỀU KIỆN"}
	if lang == "en" {
		verdict = map[bool]string{true: "ELIGIBLE", false: "NOT ELIGIBLE"}
	}
	fmt.Fprintf(b, "%s%s — %s, %d, chế độ/regime %s: %s\n", indent, r.Subject, name, r.Year, r.Regime, verdict[r.Eligible])
	for _, f := range r.Findings {
		writeFindingText(b, f, lang, indent+"  ")
	}
}

func writeFindingText(b *bufio.Writer, f nomination.Finding, lang, indent string) {
	msg := f.Message
	if lang == "en" {
		msg = f.MessageEn
	}
	mark := map[nomination.Severity]string{nomination.Error: "✗", nomination.Warning: "!", nomination.Info: "✓"}[f.Severity]
	fmt.Fprintf(b, "%s%s %s [%s]", indent, mark, msg, f.Citation.Text(lang))
	if f.Fact != "" {
		fmt.Fprintf(b, " (%s", f.Fact)
		if f.Year != 0 {
			fmt.Fprintf(b, " %d", f.Year)
		}
		if f.Need != 0 {
			fmt.Fprintf(b, ": %d/%d", f.Have, f.Need)
		}
		b.WriteString(")")
	}
	b.WriteString("\n")
}
