package htmltext

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"sync"
	"sync/atomic"
)

// classMatcher tests class-and-id strings against a pattern, remembering
// the answers: portals repeat the same class names on every page.
type classMatcher struct {
	re    *lazyregexp.Regexp
	cache sync.Map // string → bool
	size  atomic.Int64
}

// maxCached bounds the strings each matcher remembers.
const maxCached = 1 << 14

func newClassMatcher(expr string) *classMatcher {
	return &classMatcher{re: lazyregexp.New(expr)}
}

// MatchString reports whether s matches the pattern.
func (m *classMatcher) MatchString(s string) bool {
	if s == "" {
		return false
	}
	if v, ok := m.cache.Load(s); ok {
		return v.(bool)
	}
	ok := m.re.MatchString(s)
	if m.size.Load() < maxCached && len(s) < 256 {
		m.cache.Store(s, ok)
		m.size.Add(1)
	}
	return ok
}
