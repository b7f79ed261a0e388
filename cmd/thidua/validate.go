package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vnthidua/thidua/nomination"
)

func init() {
	register(command{
		name:  "validate",
		usage: "[--format json|text|xlsx] [--lang vi|en] [--alternatives=false] [-o OUT.xlsx] FILE|-   kiểm tra hồ sơ đề nghị khen thưởng (JSON hoặc Excel) / check a nomination or a batch, JSON or XLSX (exit 0 eligible, 1 not eligible, 2 bad input)",
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
	alts := fs.Bool("alternatives", true, "for an ineligible nomination, also judge the awards the same facts may earn (alternatives)")
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
	var opts []nomination.Option
	if *alts {
		opts = append(opts, nomination.WithAlternatives())
	}
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
		}, opts...)
		if err != nil {
			return inputFailure(stderr, name, err)
		}
		ok = br.Valid
		if *format == "text" {
			err = writeBatchText(bw, in.Batch, br, *lang, opts)
		} else {
			err = writeBatchJSON(bw, in.Batch, br, opts)
		}
	} else {
		var res nomination.Result
		res, err = nomination.Validate(in.Nomination, opts...)
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
func writeBatchText(w *bufio.Writer, bs *nomination.BatchStream, br nomination.BatchResult, lang string, opts []nomination.Option) error {
	verdict := map[bool]string{true: "HỢP LỆ", false: "KHÔNG HỢP LỆ"}
	if lang == "en" {
		verdict = map[bool]string{true: "VALID", false: "NOT VALID"}
	}
	fmt.Fprintf(w, "%s — %s %d (%s %s): %s\n", br.Unit, notes[lang].year, br.Year, notes[lang].regime, br.Regime, verdict[br.Valid])
	for _, f := range br.Findings {
		mark := map[nomination.Severity]string{nomination.Error: "✗ ", nomination.Warning: "! ", nomination.Info: "✓ "}[f.Severity]
		writeFindingText(w, f, lang, "  "+mark)
	}
	_, err := bs.Validate(func(_ int, r *nomination.Result) error {
		w.WriteString("\n")
		writeResultText(w, *r, lang, "  ")
		_, err := w.Write(nil) // the writer's first error, if any
		return err
	}, opts...)
	return err
}

// note holds the words of the reviewer's note in one language.
type note struct {
	proposal, year, regime, eligible, notEligible, reasons, notes, checked, next, alts, altYes, altNo, altNext string
}

var notes = map[string]note{
	"vi": {
		proposal: "đề nghị", year: "năm", regime: "chế độ", eligible: "ĐỦ ĐIỀU KIỆN", notEligible: "KHÔNG ĐỦ ĐIỀU KIỆN",
		reasons: "Lý do không đủ điều kiện:", notes: "Cần lưu ý:", checked: "Đã đối chiếu:",
		next: "Nếu chuỗi thành tích tiếp tục, có thể đề nghị lại sớm nhất cho thành tích năm %d.",
		alts: "Với cùng dữ kiện, có thể xét:", altYes: "đủ điều kiện", altNo: "không đủ điều kiện", altNext: "sớm nhất năm %d",
	},
	"en": {
		proposal: "proposed for", year: "for", regime: "regime", eligible: "ELIGIBLE", notEligible: "NOT ELIGIBLE",
		reasons: "Why not eligible:", notes: "To check:", checked: "Checked:",
		next: "If the chain goes on, it can be proposed again for the achievements of %d at the earliest.",
		alts: "On the same facts:", altYes: "eligible", altNo: "not eligible", altNext: "earliest %d",
	},
}

// titleName is an award as a note names it: "name (CODE)" for a title of
// the catalogue, the code alone for another.
func titleName(code, lang string) string {
	if a := nomination.Default().Lookup(code); a != nil {
		return a.Name(lang) + " (" + code + ")"
	}
	return code
}

// writeResultText writes a result as a reviewer's note: the proposal and
// the verdict, then the reasons (errors, numbered), what to check
// (warnings), what was checked (infos), each with what the rule asked and
// what the file holds, and the provision; then the earliest year if a
// chain goes on, and the alternatives on the same facts.
func writeResultText(b *bufio.Writer, r nomination.Result, lang, indent string) {
	w := notes[lang]
	name := titleName(r.Award, lang)
	verdict := w.notEligible
	if r.Eligible {
		verdict = w.eligible
	}
	fmt.Fprintf(b, "%s%s — %s %s, %s %d (%s %s): %s\n", indent, r.Subject, w.proposal, name, w.year, r.Year, w.regime, r.Regime, verdict)
	group := func(title string, sev nomination.Severity, numbered bool) {
		k := 0
		for _, f := range r.Findings {
			if f.Severity != sev {
				continue
			}
			if k == 0 {
				fmt.Fprintf(b, "%s  %s\n", indent, title)
			}
			k++
			mark := "–"
			if numbered {
				mark = strconv.Itoa(k) + "."
			}
			writeFindingText(b, f, lang, indent+"    "+mark+" ")
		}
	}
	group(w.reasons, nomination.Error, true)
	group(w.notes, nomination.Warning, true)
	group(w.checked, nomination.Info, false)
	if r.NextEligible != 0 {
		fmt.Fprintf(b, "%s  "+w.next+"\n", indent, r.NextEligible)
	}
	if len(r.Alternatives) > 0 {
		fmt.Fprintf(b, "%s  %s\n", indent, w.alts)
		for _, alt := range r.Alternatives {
			an := titleName(alt.Award, lang)
			v := w.altNo
			if alt.Eligible {
				v = w.altYes
			}
			fmt.Fprintf(b, "%s    – %s: %s", indent, an, v)
			if alt.NextEligible != 0 {
				fmt.Fprintf(b, " ("+w.altNext+")", alt.NextEligible)
			}
			b.WriteString("\n")
			for _, f := range alt.Findings {
				if f.Severity == nomination.Error {
					writeFindingText(b, f, lang, indent+"        ✗ ")
				}
			}
		}
	}
}

// writeFindingText writes one finding on a line after lead: the message,
// what the rule asked against what the file holds (the trace), and the
// provision.
func writeFindingText(b *bufio.Writer, f nomination.Finding, lang, lead string) {
	msg := f.Message
	if lang == "en" {
		msg = f.MessageEn
	}
	b.WriteString(lead)
	b.WriteString(strings.TrimSuffix(msg, "."))
	if t := f.Trace.Text(lang); t != "" {
		b.WriteString(" — ")
		b.WriteString(t)
	} else if f.Fact != "" {
		fmt.Fprintf(b, " (%s", f.Fact)
		if f.Year != 0 {
			fmt.Fprintf(b, " %d", f.Year)
		}
		if f.Need != 0 {
			fmt.Fprintf(b, ": %d/%d", f.Have, f.Need)
		}
		b.WriteString(")")
	}
	fmt.Fprintf(b, " [%s]\n", f.Citation.Text(lang))
}
