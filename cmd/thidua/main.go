// Command thidua turns Vietnamese emulation-and-commendation documents into
// structured records and checks nominations against the Law on Emulation
// and Commendation.
//
// Usage:
//
//	thidua parse [--format json|jsonl|text] [--timeout 3m] [--follow-attachments]
//	             [--ocr auto|on|off] [--trust-ca PEM] [--max-pages N] FILE|URL|- ...
//	thidua campaigns [--format json|text]
//	thidua validate [--format json|text|xlsx] [-o OUT.xlsx] FILE|-
//	thidua dossier template FILE.xlsx
//	thidua dossier convert IN OUT        (.json ⇄ .xlsx)
//	thidua awards [--lang vi|en]
//	thidua blocs score [--format text|json|facts] FILE
//	thidua serve --addr HOST:PORT [--store FILE] [--allow-private]
//	thidua cache [info|warm|clear]
//
// Run "thidua help" for each command's flags.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
)

// command is one subcommand of thidua. Each lives in its own file and
// registers itself from init.
type command struct {
	name  string
	usage string // one line: arguments and what it does
	run   func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("thidua: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "thidua: lệnh không có / unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(ctx, args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "thidua: văn bản thi đua, khen thưởng thành dữ liệu / emulation and commendation documents as data")
	fmt.Fprintln(w, "\nUsage:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  thidua %s %s\n", n, commands[n].usage)
	}
}

// openArg opens the input a command names: a file, or standard input
// for "-". The caller closes what it returns.
func openArg(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	return os.Open(name)
}
