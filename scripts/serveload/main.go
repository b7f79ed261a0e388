// Command serveload measures `thidua serve` under load: requests per
// second, p50 and p99 latency, and the server's memory, for
// POST /v1/validate and POST /v1/parse. It talks to a loopback address
// only, and every run is bounded in count and time.
//
//	go run ./scripts/serveload -addr 127.0.0.1:8080 [-pid PID] [-c 8] [-n 2000] [-max 30s]
//
// With -pid (the server's process id) it samples the server's resident
// memory (VmRSS in /proc) during each run and reports its peak (VmHWM).
// scripts/serve-load.sh builds and starts a server and runs this against
// it.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// target is one kind of request measured.
type target struct {
	name, path, contentType string
	body                    []byte
	n                       int
}

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "the server, on a loopback address")
	pid := flag.Int("pid", 0, "the server's process id, to sample its memory (0: not sampled)")
	conc := flag.Int("c", 8, "requests at once")
	n := flag.Int("n", 2000, "requests per validate run (parse runs send n/4)")
	maxTime := flag.Duration("max", 30*time.Second, "time limit of each run")
	root := flag.String("root", ".", "the repository, for the inputs")
	flag.Parse()
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		fail("-addr %q: %v", *addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fail("-addr %q: only loopback addresses are measured", *addr)
	}
	if *n < 1 || *n > 100000 || *conc < 1 || *conc > 256 {
		fail("-n must be 1–100000, -c 1–256")
	}
	read := func(p string) []byte {
		b, err := os.ReadFile(*root + "/" + p)
		if err != nil {
			fail("%v", err)
		}
		return b
	}
	targets := []target{
		{"validate (one nomination)", "/v1/validate", "application/json", read("nomination/testdata/cstd_cs_2024_eligible.json"), *n},
		{"validate (batch of 3)", "/v1/validate", "application/json", read("nomination/testdata/batch_2023_quota.json"), *n},
		{"parse (text, 8 KB)", "/v1/parse", "text/plain; charset=utf-8", read("testdata/chithi-08-ct-ubnd-2024.txt"), max(*n/4, 1)},
		{"parse (portal page, 13 KB)", "/v1/parse", "text/html; charset=utf-8", read("parse/testdata/html/hungyen-ct08-2024.html"), max(*n/4, 1)},
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *conc, MaxConnsPerHost: *conc}, Timeout: time.Minute}
	fmt.Printf("%-28s %6s %6s %9s %9s %9s %10s\n", "run", "sent", "ok", "req/s", "p50", "p99", "max RSS")
	for _, t := range targets {
		runTarget(client, "http://"+*addr, t, *conc, *maxTime, *pid)
	}
	if *pid != 0 {
		fmt.Printf("server peak RSS over all runs (VmHWM): %s\n", mib(procKB(*pid, "VmHWM")))
	}
}

func runTarget(client *http.Client, base string, t target, conc int, maxTime time.Duration, pid int) {
	ctx, cancel := context.WithTimeout(context.Background(), maxTime)
	defer cancel()
	jobs := make(chan struct{})
	var mu sync.Mutex
	var lat []time.Duration
	ok, sent := 0, 0
	var wg sync.WaitGroup
	for range conc {
		wg.Go(func() {
			for range jobs {
				req, _ := http.NewRequestWithContext(ctx, "POST", base+t.path, bytes.NewReader(t.body))
				req.Header.Set("Content-Type", t.contentType)
				start := time.Now()
				resp, err := client.Do(req)
				good := false
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					good = resp.StatusCode == http.StatusOK
				}
				d := time.Since(start)
				mu.Lock()
				sent++
				if good {
					ok++
					lat = append(lat, d)
				}
				mu.Unlock()
			}
		})
	}
	// Memory, sampled while the run lasts.
	var peak int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			if kb := procKB(pid, "VmRSS"); kb > peak {
				peak = kb
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	start := time.Now()
feed:
	for range t.n {
		select {
		case jobs <- struct{}{}:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)
	close(stop)
	<-sampled
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	rss := "-"
	if pid != 0 {
		rss = mib(peak)
	}
	fmt.Printf("%-28s %6d %6d %9.0f %9s %9s %10s\n", t.name, sent, ok, float64(ok)/elapsed.Seconds(),
		pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), rss)
}

// procKB reads a "Vm..." line of /proc/PID/status, in kB (0 without a pid).
func procKB(pid int, field string) int64 {
	if pid == 0 {
		return 0
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			k, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return k
		}
	}
	return 0
}

func mib(kb int64) string { return fmt.Sprintf("%.0f MiB", float64(kb)/1024) }

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "serveload: "+format+"\n", args...)
	os.Exit(2)
}
