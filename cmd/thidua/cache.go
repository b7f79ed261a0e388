package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/parse/pdf"
)

func init() {
	register(command{
		name:  "cache",
		usage: "[info|warm|clear]   bộ nhớ đệm PDFium đã biên dịch / PDFium's compilation cache: where and how big, fill it ahead of the first PDF, or empty it",
		run:   runCache,
	})
}

// runCache reports on, fills or empties the directory in which the PDFium
// backend keeps its WebAssembly module compiled to machine code. The
// first PDF a process reads compiles the module (several seconds of CPU)
// unless the directory holds it; "warm" does that ahead, for example when
// installing, so that the first document is read as fast as the next.
func runCache(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("cache", flag.ContinueOnError)
	fset.SetOutput(stderr)
	if err := fset.Parse(args); err != nil {
		return 2
	}
	what := "info"
	switch fset.NArg() {
	case 0:
	case 1:
		what = fset.Arg(0)
	default:
		fmt.Fprintln(stderr, "thidua cache: một lệnh con / one subcommand: info, warm or clear")
		return 2
	}
	backend := pdf.NewPDFium(pdf.PDFiumConfig{Instances: 1})
	dir := backend.CacheDir()
	if dir == "" {
		fmt.Fprintln(stderr, "thidua cache: không có thư mục cache của người dùng / no user cache directory (set XDG_CACHE_HOME or HOME)")
		return 1
	}
	switch what {
	case "info":
		n, size, err := dirSize(dir)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "thidua cache: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\t%d files\t%.1f MB\n", dir, n, float64(size)/1e6)
	case "warm":
		start := time.Now()
		// The default compilation (parse, crawl) and the interruptible
		// one that thidua serve reads PDFs with.
		err := backend.Start()
		backend.Close()
		if err == nil {
			served := pdf.NewPDFium(pdf.PDFiumConfig{Instances: 1, Interruptible: true})
			err = served.Start()
			served.Close()
		}
		if err != nil {
			fmt.Fprintf(stderr, "thidua cache warm: %v\n", err)
			return 1
		}
		_, size, err := dirSize(dir)
		if err == nil && size == 0 {
			err = fmt.Errorf("nothing was written to %s", dir)
		}
		if err != nil {
			fmt.Fprintf(stderr, "thidua cache warm: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\t%.1f MB\t%.1f s\n", dir, float64(size)/1e6, time.Since(start).Seconds())
	case "clear":
		if err := os.RemoveAll(dir); err != nil {
			fmt.Fprintf(stderr, "thidua cache clear: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\tremoved\n", dir)
	default:
		fmt.Fprintf(stderr, "thidua cache: lệnh con không có / unknown subcommand %q (info, warm, clear)\n", what)
		return 2
	}
	return 0
}

// dirSize counts the files under dir and their bytes.
func dirSize(dir string) (files int, size int64, err error) {
	err = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			files++
			size += info.Size()
		}
		return nil
	})
	return files, size, err
}

// coldCacheNotice tells, on standard error, that the first PDF will take
// seconds while PDFium is compiled, when one of the inputs is a PDF file
// (by its name or its first bytes) and the compilation cache dir holds
// nothing yet. Without it a first run looks hung for several seconds.
func coldCacheNotice(inputs []string, dir string, stderr io.Writer) {
	if dir == "" {
		return
	}
	// The cache first: when it is filled, no input is opened.
	if _, size, err := dirSize(dir); err == nil && size > 0 {
		return
	}
	if !slices.ContainsFunc(inputs, isPDFFile) {
		return
	}
	fmt.Fprintf(stderr, "thidua: lần đầu đọc PDF, đang biên dịch PDFium (vài giây, một lần; `thidua cache warm` làm trước việc này) / first PDF: compiling PDFium into %s (a few seconds, once; `thidua cache warm` does it ahead)\n", dir)
}

// isPDFFile tells a local file that is a PDF by its extension or by
// its first kilobyte (parse.Sniff: junk before "%PDF-" is common).
func isPDFFile(name string) bool {
	if strings.HasSuffix(strings.ToLower(name), ".pdf") {
		return true
	}
	if name == "-" || strings.Contains(name, "://") {
		return false
	}
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, 1024)
	n, _ := io.ReadFull(f, b)
	return parse.Sniff(b[:n]) == parse.KindPDF
}
