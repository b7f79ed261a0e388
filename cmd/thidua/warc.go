package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/warc"
)

// isWARC tells whether an input is a WARC file: by its name (.warc,
// .warc.gz), or by its first bytes ("WARC/", or a gzip member that starts
// so) for a regular file. Standard input, pipes and URLs are not.
func isWARC(in string) bool {
	if in == "-" || strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
		return false
	}
	lower := strings.ToLower(in)
	if strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz") {
		return true
	}
	if st, err := os.Stat(in); err != nil || !st.Mode().IsRegular() {
		return false // a pipe read here would be lost to the parser
	}
	f, err := os.Open(in)
	if err != nil {
		return false
	}
	defer f.Close()
	br := bufio.NewReader(f)
	head, _ := br.Peek(5)
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return true
	}
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return false
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return false
	}
	head = make([]byte, 5)
	n, _ := io.ReadFull(zr, head)
	return bytes.Equal(head[:n], []byte("WARC/"))
}

// parseWARCs is thidua parse when some inputs are WARC files: every HTML
// or PDF response of a WARC is a record, printed in file order; other
// inputs are one record each, as without WARC. A page whose content
// (Content-Type and body, warc.Page.Hash) was already read in this run is
// dropped, as the Beam pipeline drops it: the first copy is kept.
func parseWARCs(ctx context.Context, inputs []string, stdin io.Reader, maxBytes int64, opts []parse.Option, domains []string,
	format string, jobs int, stdout, stderr io.Writer) int {
	seen := map[[sha256.Size]byte]bool{}
	failed := 0
	for _, in := range inputs {
		if ctx.Err() != nil {
			break
		}
		if !isWARC(in) {
			rec, err := parseInput(ctx, in, stdin, maxBytes, opts...)
			if err != nil {
				fmt.Fprintf(stderr, "thidua parse: %v\n", err)
				failed++
				continue
			}
			if err := writeRecord(stdout, rec, format); err != nil {
				fmt.Fprintf(stderr, "thidua parse: %s: %v\n", in, err)
				return 1
			}
			continue
		}
		n, dups, bad, err := parseWARC(ctx, in, opts, []warc.Option{warc.WithDomains(domains...), warc.WithMaxRecordBytes(maxBytes)}, seen, format, jobs, stdout, stderr)
		failed += bad
		if err != nil {
			fmt.Fprintf(stderr, "thidua parse: %s: %v\n", in, err)
			return 1
		}
		fmt.Fprintf(stderr, "thidua parse: %s: %d bản ghi / records, %d trùng bỏ qua / duplicates dropped, %d lỗi / failed\n", in, n, dups, bad)
	}
	if ctx.Err() != nil {
		fmt.Fprintf(stderr, "thidua parse: %v\n", ctx.Err())
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// parseWARC prints the records of one WARC file in file order, parsing up
// to jobs pages at once. It returns the records written, the duplicates
// dropped and the records that failed (each reported on stderr with its
// offset); err is an error of the file or of stdout, which stops it.
func parseWARC(ctx context.Context, path string, popts []parse.Option, ropts []warc.Option, seen map[[sha256.Size]byte]bool,
	format string, jobs int, stdout, stderr io.Writer) (n, dups, failed int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, 0, err
	}
	defer f.Close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		rec *directive.Record
		err error
	}
	// Each page gets a slot in order; at most jobs are parsed at once
	// and at most 2*jobs wait, so memory stays bounded.
	slots := make(chan chan result, jobs)
	sem := make(chan struct{}, jobs)
	readErr := make(chan error, 1)
	go func() {
		defer close(slots)
		for p, err := range warc.Pages(ctx, f, ropts...) {
			slot := make(chan result, 1)
			if err != nil {
				if _, ok := err.(*warc.RecordError); !ok {
					readErr <- err
					return
				}
				slot <- result{err: err}
				slots <- slot
				continue
			}
			sum := p.Hash()
			if seen[sum] {
				slot <- result{}
				slots <- slot
				continue
			}
			seen[sum] = true
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			slots <- slot
			go func() {
				defer func() { <-sem }()
				rec, err := warc.Parse(ctx, p, popts...)
				if err != nil {
					err = &warc.RecordError{Offset: p.Offset, URL: p.URL, Err: err}
				}
				slot <- result{rec, err}
			}()
		}
	}()
	for slot := range slots {
		r := <-slot
		switch {
		case r.err != nil:
			fmt.Fprintf(stderr, "thidua parse: %s: %v\n", path, r.err)
			failed++
		case r.rec == nil:
			dups++
		default:
			if werr := writeRecord(stdout, r.rec, format); werr != nil {
				cancel()
				for range slots {
				}
				return n, dups, failed, werr
			}
			n++
		}
	}
	select {
	case err = <-readErr:
	default:
		err = ctx.Err()
	}
	return n, dups, failed, err
}
