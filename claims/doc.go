// Package claims compares documents claim by claim: it splits each document
// into sentences, groups the sentences that state the same claim across
// sources (and within one), and reports the facts on which grouped claims
// diverge.
//
// Compare does it all for a batch of documents; a Corpus does it for
// documents that arrive over time; Split and Match expose the first and last
// steps on their own. Every sentence, claim and divergence carries byte
// offsets into its source's text, so that Text == document text[Start:End].
//
// Grouping is average-linkage clustering over the scores of candidate pairs
// (see similarity.Candidates): two groups merge while the mean score over
// all their pairs stays at or above the threshold, so a sentence that
// half-matches two different claims cannot chain them into one group. The
// report does not depend on the order of the documents nor on GOMAXPROCS.
//
// Divergences are found inside each group, between claims of different
// sources: numbers compared per counted thing with the intervals their hedges
// imply, dates at their shared precision, names in the same role, and a
// predicate one claim negates and the other states. A fact only one claim
// mentions is not a divergence. One name spelt two ways ("Marchetti",
// "Marcheti") is listed with the divergences as a note (Divergence.Note,
// kind spelling), which makes no source diverge.
package claims
