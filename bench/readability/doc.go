// Package readability benchmarks thidua's HTML reader next to
// github.com/go-shiori/go-readability and go-trafilatura on the same
// pages. It is a module of its own so that neither becomes a dependency
// of thidua.
//
//	cd bench/readability && go test -bench . -benchtime 2s
//
// The Benchmark World* functions read the main text of the forty pages of
// any site of scripts/readability/testdata (foreign news and blogs,
// Vietnamese news) with thidua, go-readability and
// github.com/markusmobius/go-trafilatura; TestWorldQuality scores the
// three on them (token F1 per half) and fails if thidua reads a half worse
// than another.
//
// BenchmarkParseHTML is parse.HTML, the whole record (main text, metadata
// and the text analysis); BenchmarkHTMLText is the main text and metadata
// only (internal/htmltext), the same work go-readability does, which
// BenchmarkGoReadability measures. All report MB/s of HTML.
package readability
