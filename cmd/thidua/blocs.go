package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vnthidua/thidua/campaign"
)

func init() {
	register(command{
		name:  "blocs",
		usage: "score [--format text|json|facts] FILE|-   chấm điểm, xếp hạng cụm, khối thi đua / score and rank emulation blocs",
		run:   runBlocs,
	})
}

func runBlocs(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "score" {
		fmt.Fprintln(stderr, "thidua blocs: dùng / usage: thidua blocs score [--format text|json|facts] FILE|-")
		return 2
	}
	fs := flag.NewFlagSet("blocs score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json (the ranking) or facts (one fact per unit, for nominations)")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	switch *format {
	case "text", "json", "facts":
	default:
		fmt.Fprintf(stderr, "thidua blocs: định dạng không hỗ trợ / unsupported --format %q (text, json, facts)\n", *format)
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "thidua blocs: cần đúng một tệp / give exactly one FILE or - for standard input")
		return 2
	}
	name := fs.Arg(0)
	in, err := openArg(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "thidua blocs: %v\n", err)
		return 1
	}
	defer in.Close()
	s, err := campaign.DecodeScoring(in)
	if err != nil {
		fmt.Fprintf(stderr, "thidua blocs: %s: %v\n", name, err)
		return 1
	}
	res, err := s.Rank()
	if err != nil {
		var j interface{ Unwrap() []error }
		if errors.As(err, &j) {
			for _, e := range j.Unwrap() {
				fmt.Fprintf(stderr, "thidua blocs: %s: %v\n", name, e)
			}
		} else {
			fmt.Fprintf(stderr, "thidua blocs: %s: %v\n", name, err)
		}
		return 1
	}
	switch *format {
	case "json", "facts":
		var v any = res
		if *format == "facts" {
			v = res.Facts()
		}
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "thidua blocs: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", b)
	default:
		writeRanking(stdout, res)
	}
	return 0
}

// writeRanking prints a ranking for people, bloc by bloc.
func writeRanking(w io.Writer, res *campaign.Result) {
	var b strings.Builder
	for i, bl := range res.Blocs {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s — năm / year %d\n", bl.Bloc, res.Year)
		fmt.Fprintf(&b, "  %-5s %8s  %s\n", "hạng", "điểm", "đơn vị / unit")
		for _, u := range bl.Ranking {
			rank := strconv.Itoa(u.Rank)
			if u.Shared {
				rank += "="
			}
			line := fmt.Sprintf("  %-5s %8s  %s", rank, strconv.FormatFloat(u.Total, 'f', -1, 64), u.Unit)
			if u.Leading {
				line += "  ★ dẫn đầu / leading"
			}
			if u.TieBreak != "" {
				line += "  (bằng điểm, xếp sau theo / tie broken by " + u.TieBreak + ")"
			}
			b.WriteString(line + "\n")
		}
		fmt.Fprintf(&b, "  Đơn vị dẫn đầu / leading: %s\n", strings.Join(bl.Leaders, "; "))
	}
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "lưu ý / note: %s: %s: %s\n", f.Bloc, f.Unit, f.Message)
	}
	io.WriteString(w, b.String())
}
