// Package wordnet answers questions about English word meaning from an
// embedded table of WordNet 3.0: the base forms of an inflected word
// (AppendLemmas), the meaning ids two words share when they are synonyms or
// derivational forms of one another (AppendMeanings), multi-word lemmas
// (Collocation), antonyms (Antonyms, AppendAntonyms), parts of speech
// (PartsOfSpeech, MostFrequentPOS) and nouns that name a kind of person, by
// WordNet's hypernyms (Person). It imports only the standard library.
//
// # Source, version and licence
//
// The table (wordnet.bin) is generated from the database files of WordNet
// 3.0 (Princeton University) as Debian's wordnet-base package 1:3.0-37
// installs them under /usr/share/wordnet: index.*, data.*, *.exc and
// cntlist.rev. go generate ./internal/wordnet runs the generator
// (internal/gen/cmd/wordnetgen), which gives the same bytes for the same
// files; the table's preamble names the package version and the SHA-256 of
// each file. WordNet's licence allows use and redistribution with its
// notice, which is in LICENSE beside the table (Debian's copyright file of
// wordnet-base). The tests check the table against the database files when
// /usr/share/wordnet is present (always under CI).
//
// # Meaning ids
//
// A synset is a set of lemmas of one part of speech that share one sense.
// An ID names either one synset (its byte offset in its data file, with
// the part of speech folded in: stable for WordNet 3.0) or a pair of synsets
// joined by a derivational link: WordNet's derivationally related form
// pointers ("+": decide/decision, approve/approval, die/death) and its "\"
// pointers (an adjective and the noun it pertains to, an adverb and the
// adjective it derives from). The links of a synset are the union of the
// links of its words, so "determine", a synonym of "decide", shares the
// link decide/decision too. AppendMeanings gives, for each counted sense of
// a lemma, its synset's ID and one ID per link of that synset. Two words
// therefore share an ID exactly when a counted sense of one is a counted
// sense of the other (synonyms) or is linked to one (derivations). A link
// ID belongs to the two synsets it joins and to nothing else: words derived
// from one common third synset do not share it (employer and employee both
// derive from employ), and ids never chain into large classes, which a
// union-find over all derivational links would make.
//
// # The sense cap
//
// index.* lists each lemma's synsets in order of frequency (the tags of
// WordNet's semantic concordance), most frequent first. The senses argument
// of AppendMeanings, Antonyms and AppendAntonyms counts only the first
// senses of a lemma in each part of speech (all of them when it is 0 or
// less). A small cap keeps rare senses from matching; a large one finds more
// synonyms and more coincidences: the first sense of "bill" (a statute in
// draft) is the third of "measure", so they share an id from 3 senses on.
// testdata/news-pairs.txt lists, for a few dozen word pairs of news
// paraphrases, which share an id at 1, 2, 3 and all senses.
//
// # Limits
//
// Lookups take folded lower-case text; WordNet's lemmas are lower case and
// join the words of a collocation with "_" (some compounds with "-").
// Morphology is morphy's (morphy(7WN)): exception lists and suffix rules,
// with the spellings WordNet's search tries ("re-elected" -> "reelect"); it
// agrees with WordNet's own wn command on the words the tests compare, so
// it may lemmatize a non-word ("plantes" -> "plant") and knows nothing of
// context ("fell" is both "fall" and "fell"). Verb phrases with a
// preposition ("asking for it") are not lemmatized as a whole. The lexicon is WordNet 3.0's (2006): no newer
// words, few proper names, nothing on function words (articles,
// prepositions, pronouns). Synonymy and derivation miss paraphrases that
// WordNet relates otherwise (a hypernym: legislator is a kind of lawmaker;
// a cause: kill causes die) or not at all. Adjective satellites have no
// antonyms of their own.
//
// All functions are safe for concurrent use; the table is read in place
// from the binary's read-only data, so nothing is decoded at start-up and
// lookups allocate nothing (the Append functions grow dst when it is full).
package wordnet
