package claims

import (
	"github.com/claimdiff/claimdiff/internal/memo"
	"github.com/claimdiff/claimdiff/normalize"
	"github.com/claimdiff/claimdiff/similarity"
)

// Cache keeps sentences that comparisons sharing it (WithCache) prepared
// for scoring, those prepared more than once, so that each is prepared
// once: the stories of one feed repeat sentences (an outlet's stock lines,
// wire copy), and preparing a sentence (normalizing it, reading its facts)
// is the largest part of comparing it. Reports are the same with or
// without it. It is safe for concurrent use. It holds the texts it keeps,
// at most CacheSize of them, and a hash of each other text it was asked
// about: share one across the comparisons of a feed, not a process's
// lifetime.
type Cache struct {
	texts *memo.Memo[cacheKey, *similarity.Text]
}

// CacheSize is the most prepared texts a Cache keeps: about 4 KiB each.
const CacheSize = 1 << 16

// cacheKey is what a prepared text depends on: the text, the day its
// relative dates are read against, and the extractor of the comparison's
// options (nil for the default), compared by identity.
type cacheKey struct {
	textOrigin
	x *normalize.Extractor
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{memo.New[cacheKey, *similarity.Text](CacheSize)}
}

// prepare returns the text of o prepared with x, read on o's day by at,
// and whether it is shared with other comparisons (then it must be
// copied before it is weighed). A nil c prepares it.
func (c *Cache) prepare(base, at *normalize.Extractor, o textOrigin) (*similarity.Text, bool) {
	prepare := func() *similarity.Text { return similarity.PrepareWith(at, o.text) }
	if c == nil {
		return prepare(), false
	}
	return c.texts.Get(cacheKey{o, base}, prepare)
}
