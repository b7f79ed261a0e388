// Package readability benchmarks thidua's HTML reader next to
// github.com/go-shiori/go-readability on the same portal pages. It is a
// module of its own so that go-readability never becomes a dependency of
// thidua.
//
//	cd bench/readability && go test -bench . -benchtime 2s
//
// BenchmarkParseHTML is parse.HTML, the whole record (main text, metadata
// and the text analysis); BenchmarkHTMLText is the main text and metadata
// only (internal/htmltext), the same work go-readability does, which
// BenchmarkGoReadability measures. All report MB/s of HTML.
package readability
