// Package similarity scores whether two sentences state the same claim.
// Every score is in [0,1], symmetric and never NaN, with a defined answer
// for empty input.
//
// Sentences are prepared once and scored many times: Prepare folds,
// tokenizes, stems, extracts facts and precomputes the sets the scorers
// merge, so scoring two prepared texts allocates nothing and takes about a
// microsecond. PrepareAll prepares the sentences being compared together
// and weights each word by its rarity among them, so that the words of the
// story's topic ("Iraq", "troops", "talks") count less than the words that
// make a claim.
//
// # Scorers
//
// Default() returns a copy of the fitted logistic regression over 26 features (FeatureNames), all
// computed on the masked form (normalize.Facts.Masked: the values of
// numbers, dates and negations set aside, names as keys), so that a
// different value never lowers the score: surface overlap (character bigram
// and trigram Sorensen-Dice; Dice of words and of word bigrams and trigrams;
// the share of each sentence's words and word bigrams the other has, both
// ways), content overlap (Dice of stems and of stem bigrams, coverage both
// ways, unshared and unmatched stems), word
// meaning (coverage and unmatched stems when a word also covers another
// that shares a WordNet 3.0 meaning with it: "bought" and "purchased",
// "decision" and "decide"; see internal/wordnet), order (longest common
// word subsequence), length, the runs of words one sentence has and the
// other lacks (a long run is an added clause, many short ones are
// rewording), and the facts one sentence states and the other does not at
// all (normalize.Facts.PairKeys). A score at or above DefaultThreshold
// (0.5) means "same claim".
//
// The weights were fitted on the 4,076 pairs of the MRPC train split (go
// generate ./similarity runs similarity/internal/fit/cmd/fitmrpc), each
// pair prepared as claims.Match prepares it, for the grouping decision
// (Match's Same: the Anchored score at or above the threshold). Ten-fold
// cross-validated on those pairs that decision is right on 74.58% of them
// (F1 82.55%), where strutil's Sorensen-Dice alone on the raw strings is
// right on 72.3% (F1 80.3%). The held-out test split was never used. MRPC
// has no unrelated sentences, so the fit also sees one made-up unrelated
// pair per MRPC pair, which keeps two short unrelated sentences apart.
//
// MRPC asks whether two sentences are paraphrases. Grouping claims across
// news sources also wants sentences that share one precise fact or word
// one event alike: Anchored raises pairs that state the same fact about
// one thing that identifies a claim (an anchor, normalize.Facts.Anchors:
// "about 2,500 US troops", a count of deaths, SharedAnchor) to the
// threshold, and pairs that share a phrase the corpus shows is distinctive
// ("the first round of talks", SharedPhrase) or an anchor with another
// value when they score at least half of it; pairs that share fewer than
// two words of content (SharedContent) it caps at a quarter of it.
//
// Cosine and SharedRare rank a claim's counterparts within one comparison
// by the rare words they share (IDF over the texts weighed together, see
// Vocabulary); Candidates proposes the pairs worth scoring in a large one.
//
// Dice, JaroWinkler and Levenshtein are single metrics wrapped from strutil
// so that their edge cases are defined; Jaccard compares word sets.
//
// Non-goals: no model of meaning beyond WordNet's synonyms and derivations
// (no world knowledge, no word vectors); no network, nothing downloaded.
// Scores are comparable across releases only in their decision at
// DefaultThreshold; the exact values change with each refit.
package similarity
