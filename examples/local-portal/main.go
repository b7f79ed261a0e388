// Command local-portal serves a small provincial portal on a loopback
// address, to try `thidua crawl` without touching a real host: a
// "Thi đua - Khen thưởng" category over several pages, a sitemap in
// robots.txt, a path robots.txt forbids, an article behind a 429, one that
// always fails, attached PDFs, and real portal pages as articles.
//
//	go run ./examples/local-portal [--addr 127.0.0.1:8089] [--generated N [--plain]]
//
// --generated adds N more articles (copies of a real page under their own
// numbers), for measuring a crawl of thousands of pages. It refuses any
// address that is not a loopback address.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"

	"github.com/vnthidua/thidua/internal/testportal"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8089", "loopback address to listen on")
	generated := flag.Int("generated", 0, "more articles to serve, besides the fixed ones")
	plain := flag.Bool("plain", false, "list only the generated articles in the category (no 429, no 500): for a benchmark")
	flag.Parse()
	host, _, err := net.SplitHostPort(*addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		fmt.Fprintf(os.Stderr, "local-portal: %s is not a loopback address (use 127.0.0.1:PORT)\n", *addr)
		os.Exit(2)
	}
	p := testportal.New(*generated)
	p.Plain = *plain
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "local-portal: http://%s/ (%d articles more)\n", l.Addr(), *generated)
	log.Fatal(http.Serve(l, p))
}
