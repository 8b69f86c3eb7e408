// Package claimdiff compares how several news sources report the same story.
//
// It splits each article into sentences, normalizes them, groups the
// sentences that state the same claim across sources, and flags where the
// sources diverge: "about 2,500 US troops" in three outlets is one claim,
// agreed; a fourth outlet saying 3,000 is a number divergence, reported with
// both values and where each was said.
//
//	docs := []claims.Document{
//		{Name: "wire", Text: "About 2,500 US troops are stationed in Iraq, officials said."},
//		{Name: "daily", Text: "Some 3,000 US troops are stationed in Iraq, officials said."},
//	}
//	report, err := claims.Compare(docs)
//	if err != nil { ... }
//	for _, c := range report.Clusters {
//		fmt.Println(c.Sources, c.Claims[0].Text) // [daily wire] Some 3,000 US troops...
//		for _, d := range c.Divergences {
//			fmt.Println(d) // number: daily "Some 3,000" vs wire "About 2,500"
//		}
//	}
//
// The pipeline flows one way, each step in its own package and every step
// keeping byte offsets into the original text:
//
//   - articles: web pages, JSON Lines and CSV article records and legacy
//     encodings read into documents;
//   - split (claims.Split): sentences, with site furniture marked, not
//     dropped; each sentence split into claim units (quotes, clauses,
//     a subject's aside, attribution set apart);
//   - normalize: the comparison form and typed facts, one row per kind
//     (numbers with hedges and units, dates, clock times, names, negation,
//     directions, roles, outcomes);
//   - similarity: scores in [0,1] between prepared claims, blind to the
//     values of facts, and the candidate index that keeps the cost about
//     linear in the input;
//   - claims.Compare: grouping of the pairs that state one claim, the facts
//     of each group compared once per fact, divergences, the Report;
//     claims.NewCorpus for comparisons that grow document by document;
//   - stories: a feed of many events grouped into stories, each compared
//     alone.
//
// The command cmd/claimdiff wraps the same steps and prints text, JSON,
// Markdown or HTML; with no arguments it runs on the bundled sample (Sample). See the
// programs in examples/ for complete, runnable uses.
package claimdiff
