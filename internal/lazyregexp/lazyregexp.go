// Package lazyregexp holds regular expressions that are compiled on their
// first use instead of at package init, so that a program that never reads
// a document (thidua awards, thidua validate) does not pay for the
// hundreds of patterns the analysis needs: package init of the project
// stays under a megabyte allocated.
//
// A pattern that does not compile still panics, as regexp.MustCompile
// does, on its first use; in a test binary every pattern is compiled when
// it is declared, so that a bad pattern fails the package's tests rather
// than a later call.
package lazyregexp

import (
	"os"
	"regexp"
	"strings"
	"sync"
)

// Regexp is a regexp.Regexp compiled on first use. Its methods are those
// of regexp.Regexp the project uses.
type Regexp struct {
	str  string
	src  func() string // builds str on first use, for NewFunc
	once sync.Once
	rx   *regexp.Regexp

	preOnce sync.Once
	pre     *Prefixed // the pattern tried at its first words, made on first use
}

// inTest reports whether the program is a test binary, where patterns are
// compiled eagerly (the same test cmd/go's lazyregexp makes).
var inTest = len(os.Args) > 0 && strings.HasSuffix(strings.TrimSuffix(os.Args[0], ".exe"), ".test")

// New returns the pattern str, to be compiled on first use.
func New(str string) *Regexp {
	r := &Regexp{str: str}
	if inTest {
		r.re()
	}
	return r
}

// NewFunc returns the pattern src returns, to be built and compiled on
// first use: for patterns made from a lexicon that is itself read on
// first use.
func NewFunc(src func() string) *Regexp {
	r := &Regexp{src: src}
	if inTest {
		r.re()
	}
	return r
}

// Renewed returns a pattern of the same source, built and compiled again
// on its own first use: for a test that swaps the lexicon a NewFunc
// pattern is made from, where r has been built from the old one.
func (r *Regexp) Renewed() *Regexp {
	if r.src != nil {
		return NewFunc(r.src)
	}
	return New(r.str)
}

// Regexp returns the compiled pattern.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re() }

func (r *Regexp) re() *regexp.Regexp {
	r.once.Do(func() {
		if r.src != nil {
			r.str = r.src()
		}
		r.rx = regexp.MustCompile(r.str)
	})
	return r.rx
}

// String returns the source text of the pattern.
func (r *Regexp) String() string { r.re(); return r.str }

func (r *Regexp) MatchString(s string) bool            { return r.re().MatchString(s) }
func (r *Regexp) Match(b []byte) bool                  { return r.re().Match(b) }
func (r *Regexp) FindString(s string) string           { return r.re().FindString(s) }
func (r *Regexp) FindStringIndex(s string) []int       { return r.re().FindStringIndex(s) }
func (r *Regexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.re().FindStringSubmatchIndex(s)
}
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.re().FindSubmatch(b) }
func (r *Regexp) FindAllString(s string, n int) []string {
	return r.re().FindAllString(s, n)
}
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.re().FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.re().FindAllStringSubmatchIndex(s, n)
}
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int { return r.re().FindAllIndex(b, n) }
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.re().FindAllSubmatchIndex(b, n)
}
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.re().ReplaceAllString(src, repl)
}
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.re().ReplaceAllStringFunc(src, repl)
}
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.re().ReplaceAll(src, repl) }
func (r *Regexp) Split(s string, n int) []string     { return r.re().Split(s, n) }
func (r *Regexp) SubexpIndex(name string) int        { return r.re().SubexpIndex(name) }
