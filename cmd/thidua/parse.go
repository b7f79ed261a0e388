package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/parse"
)

func init() {
	register(command{
		name:  "parse",
		usage: "[--format json|jsonl|text] [--timeout 60s] FILE|URL|- ...   đọc văn bản / read documents into records",
		run:   runParse,
	})
}

func runParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output format: json (one object per input), jsonl (one line per input) or text")
	timeout := fs.Duration("timeout", 60*time.Second, "time limit for one input")
	maxBytes := fs.Int64("max-bytes", parse.DefaultMaxBytes, "largest input accepted, in bytes")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch *format {
	case "json", "jsonl", "text":
	default:
		fmt.Fprintf(stderr, "thidua parse: định dạng không hỗ trợ / unsupported --format %q (json, jsonl, text)\n", *format)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "thidua parse: thiếu tệp / no input: give FILE, URL or - for standard input")
		return 2
	}
	failed := 0
	for _, in := range inputs {
		if ctx.Err() != nil {
			fmt.Fprintf(stderr, "thidua parse: %v\n", ctx.Err())
			return 1
		}
		rec, err := parseInput(ctx, in, stdin, *maxBytes, parse.WithTimeout(*timeout), parse.WithMaxBytes(*maxBytes))
		if err != nil {
			fmt.Fprintf(stderr, "thidua parse: %v\n", err)
			failed++
			continue
		}
		if err := writeRecord(stdout, rec, *format); err != nil {
			fmt.Fprintf(stderr, "thidua parse: %s: %v\n", in, err)
			return 1
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// parseInput reads one FILE, URL or "-" (standard input).
// The whole input is read first, at most maxBytes+1 bytes, so that the
// parser can tell its kind and refuse one that is too large.
func parseInput(ctx context.Context, in string, stdin io.Reader, maxBytes int64, opts ...parse.Option) (*directive.Record, error) {
	if strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
		return parse.URL(ctx, in, opts...)
	}
	var r io.Reader = stdin
	if in != "-" {
		f, err := os.Open(in)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
		opts = append(opts, parse.WithPath(in))
	}
	b, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in, err)
	}
	return parse.Any(ctx, b, opts...)
}

func writeRecord(w io.Writer, rec *directive.Record, format string) error {
	switch format {
	case "jsonl":
		b, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	case "text":
		return writeText(w, rec)
	}
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
