// Package memo keeps the results of a pure function for the keys it is
// asked about more than once, so that work that independent jobs repeat
// (the stories of one feed stating one stock sentence) is done once.
package memo

import (
	"hash/maphash"
	"sync"
)

// Memo keeps values of f(key) for the keys asked about twice or more, up
// to a limit. Safe for concurrent use. A nil *Memo keeps nothing.
type Memo[K comparable, V any] struct {
	mu   sync.Mutex
	seed maphash.Seed
	// seen holds a hash of each key asked about once: most keys come
	// once, and keeping their values would cost memory for nothing. Two
	// keys of one hash only make the second kept at its first call.
	seen map[uint64]struct{}
	kept map[K]V
	max  int
}

// New returns a Memo that keeps at most max values.
func New[K comparable, V any](max int) *Memo[K, V] {
	return &Memo[K, V]{seed: maphash.MakeSeed(), seen: map[uint64]struct{}{}, kept: map[K]V{}, max: max}
}

// Get returns f() for key k, calling f only when no value of k is kept. It
// reports whether the value is kept, and so may be returned to others: the
// caller must not change it then. f may run more than once for one key
// when goroutines ask at once, so it must give equal values for equal
// keys.
func (m *Memo[K, V]) Get(k K, f func() V) (v V, kept bool) {
	if m == nil {
		return f(), false
	}
	h := maphash.Comparable(m.seed, k)
	m.mu.Lock()
	if v, ok := m.kept[k]; ok {
		m.mu.Unlock()
		return v, true
	}
	_, again := m.seen[h]
	if !again {
		m.seen[h] = struct{}{}
	}
	m.mu.Unlock()
	v = f()
	if !again {
		return v, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if old, ok := m.kept[k]; ok {
		return old, true // another goroutine kept it meanwhile
	}
	if len(m.kept) >= m.max {
		return v, false
	}
	m.kept[k] = v
	delete(m.seen, h)
	return v, true
}
