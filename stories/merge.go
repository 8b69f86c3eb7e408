package stories

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// OrderKey is where an article sorts in a feed: by publication time
// (unknown last), then name, title and ID. Stories are numbered in the order
// of their first articles, and a story's articles are listed in this order.
func OrderKey(doc claims.Document) string {
	return orderKey(doc, ID(doc))
}

func orderKey(doc claims.Document, id string) string {
	return strings.Join([]string{publishedKey(doc.Published), doc.Name, doc.Title, id}, "\x00")
}

// Merge is the last step of grouping: given every article of the feed (by
// its OrderKey) and the linked pairs (see Linked), it returns the stories as
// connected components of the links, each story's articles sorted, the
// stories in the order of their first articles: story i+1 is the i-th
// component. An article with no link is a story of its own. The result
// depends only on the sets of nodes and edges, not on their order; edges
// naming an unknown node are ignored.
func Merge(nodes []string, edges [][2]string) [][]string {
	nodes = slices.Clone(nodes)
	slices.Sort(nodes)
	nodes = slices.Compact(nodes)
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n] = i
	}
	parent := make([]int, len(nodes))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		a, okA := index[e[0]]
		b, okB := index[e[1]]
		if !okA || !okB {
			continue
		}
		ra, rb := find(a), find(b)
		// The smaller index is the root, so that each component's root is
		// its first article.
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	var out [][]string
	at := make(map[int]int)
	for i, n := range nodes {
		r := find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], n)
	}
	return out
}

// name gives each document of a story, in story order, a name unique in
// the story: its own name when no other article of the story shares it,
// otherwise the name followed by " #k", k counting that name's articles in
// story order from 1 ("Courier #1", "Courier #2": one outlet's two articles
// of one event). A generated name that another article already has gets
// the next free k.
func name(docs []claims.Document) []claims.Document {
	count := map[string]int{}
	for _, d := range docs {
		count[d.Name]++
	}
	used := map[string]bool{}
	for _, d := range docs {
		if count[d.Name] == 1 {
			used[d.Name] = true
		}
	}
	out := slices.Clone(docs)
	next := map[string]int{}
	for i, d := range out {
		if count[d.Name] == 1 {
			continue
		}
		for {
			next[d.Name]++
			n := d.Name + " #" + strconv.Itoa(next[d.Name])
			if !used[n] {
				used[n] = true
				out[i].Name = n
				break
			}
		}
	}
	return out
}

// sortDocs returns docs sorted by their order keys (keys[i] is docs[i]'s).
func sortDocs(docs []claims.Document, keys []string) []claims.Document {
	idx := make([]int, len(docs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
	out := make([]claims.Document, len(docs))
	for i, k := range idx {
		out[i] = docs[k]
	}
	return out
}
