// Command thidua-beam reads WARC files into directive records on an
// Apache Beam runner: the local Prism runner by default, or Flink, Spark
// or Google Cloud Dataflow with their flags.
//
//	thidua-beam --input 'GLOB.warc.gz' [--input GLOB]... [--domain gov.vn]... --output FILE.jsonl [--runner prism|flink|spark|dataflow|universal ...]
//
// Inputs may be local paths or gs:// and s3:// URLs. Each line of the
// output is the record `thidua parse` prints for a page; duplicates (same
// Content-Type and body) are dropped. See package pipeline.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/vnthidua/thidua/beam/pipeline"
)

// list is a repeatable flag.
type list []string

func (l *list) String() string { return strings.Join(*l, ",") }

func (l *list) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return fmt.Errorf("empty value")
	}
	*l = append(*l, v)
	return nil
}

func main() {
	var inputs, domains list
	flag.Var(&inputs, "input", "glob of WARC files, local, gs:// or s3:// (repeatable)")
	flag.Var(&domains, "domain", "keep only pages of this domain and its subdomains (repeatable; example: gov.vn)")
	output := flag.String("output", "", "JSONL file to write, local, gs:// or s3://")
	timeout := flag.Duration("timeout", 3*time.Minute, "time limit for parsing one page")
	flag.Parse()
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, pipeline.Config{Inputs: inputs, Domains: domains, Output: *output, Timeout: *timeout}); err != nil {
		fmt.Fprintf(os.Stderr, "thidua-beam: %v\n", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "thidua-beam: %v\n", err)
		os.Exit(1)
	}
	// Runners that submit a job and return (Dataflow without
	// --wait) have no counters yet.
	counters := pipeline.Counters(res)
	names := make([]string, 0, len(counters))
	for n := range counters {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "thidua-beam: %s %d\n", n, counters[n])
	}
}
