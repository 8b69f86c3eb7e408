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
// A claim is a span of a sentence (a claim unit): the attribution ("X
// said", "according to X", "X told reporters on Monday that") is set apart,
// and each quoted passage and each independent clause is a unit of its
// own, so that one sentence may state claims that different groups hold; a
// subject's aside ("The coalition, formed in 2014 to fight ISIS") and a
// clause in -ing after a clause ("..., forcing about 600 residents from
// their homes") are units nested in their clause, the only way units
// overlap, and a speaker's aside ("The company, which employs 400 people,
// said ...") a unit beside what was said. A sentence inside a quotation of
// several sentences is quoted, and two passages quoted a word apart in
// six are one. A sentence of several units is also compared whole, as
// Match compares it.
//
// Grouping decides "same claim?" from what claims are about: the score
// (DefaultScorer) is blind to the values of their facts, so a source that
// states another figure is grouped as readily as one that agrees. A pair is
// kept when it scores at or above the threshold, unless each claim has a
// better-scoring partner in the other's source; and, within one story,
// when two outlets' claims are each other's best match by the rare words
// they share and score at least 0.6 of the threshold, or a tenth of it
// when they state a value in common: a figure, a date or a time, a
// negation, a direction or an outcome, agreeing or not, or two names or
// roles that diverge (a short quoted passage only with a claim that quotes
// it whole; two claims that share fewer than two words of content only
// within three sentences of a pair their outlets state alike; two aligned
// by their cosine alone only in the story's order, as the pair stated alike
// nearest to them sets it); and when two outlets' claims quote one passage of three words or
// more, one a part of the other's, at any score (not a stock phrase both
// quote as a name, "a historic day", which two speakers may use of two
// things; one passage may be transcribed a word apart in six). A claim keeps at most one of these pairs with each other source:
// the claims of two sources are matched one to one, best pairs first, so
// that a sentence that carries two claims, or a background sentence that
// shares a claim's names, does not chain two groups of one outlet's claims
// into one (a source that repeats a claim joins through its repeat: two of
// its claims that score at least 0.7, or one of which states the other
// whole).
// Kept pairs join their claims' groups, strongest first; a pair that is
// weak evidence (aligned, or lifted to the threshold by a shared figure or
// phrase) joins two groups only when no source has a claim in both, and an
// aligned pair only when, beyond the pair, they share a word of content (a
// sentence that states two claims would otherwise chain the outlets that
// state one each). Pairs that reach the threshold on their words join as
// they are: adding a source that agrees never removes a member they
// joined, nor its divergence, from a group (a member joined by weak
// evidence may leave), and a pair Match calls the same claim on its words
// is grouped unless a better pair takes one of its claims. A headline joins the group of its own lede,
// unless its best match in another source (at least half the threshold)
// sits in another group: the lede may state several claims, and the
// headline then joins that match at the threshold, or stands alone; it
// also stands alone when it shares no words of content enough to state a
// claim with a claim of another source in its lede's group;
// a headline of several claim units ("Dam collapses; two dead, 1,800
// evacuated") keeps its pairs part by part, and a part no pair groups joins
// its lede's group when it shares a word or a figure with the lede's
// sentence. The report does not depend on
// the order of the documents nor on GOMAXPROCS.
//
// Each group reports its facts once per fact (Cluster.Facts): the kind, what
// it is about, each value with the sources and spans that state it, and a
// status: agree (compared and compatible), diverge, or single (one source
// states it).
//
// Divergences are found inside each group, between claims of different
// sources, by the kinds of fact of normalize's table: numbers compared per
// counted thing with the intervals their hedges imply and their units
// converted, dates and clock times at their shared precision, names in the
// same role, a predicate one claim negates and the other states, opposite
// directions, swapped roles and other outcomes. A fact only one claim
// mentions is not a divergence, nor are two names when one of the two
// sources names both in the group (a town and its dam: two things, not one
// named two ways). One name spelt two ways ("Marchetti",
// "Marcheti") is listed with the divergences as a note (Divergence.Note,
// kind spelling), which makes no source diverge.
package claims
