// Package normalize turns a sentence into its comparison form and extracts
// the typed facts a reader would check: numbers, dates, names and negation.
//
// Normalize knows nothing of claims or sources: it maps text to text (Fold,
// Folder) and text to facts (Extract). Every fact carries byte offsets into
// the sentence it came from, and the comparisons a divergence check needs
// are methods on the facts: Number.SameThing pairs numbers that count the
// same thing, Number.Compatible and Date.Compatible say whether two values
// can state the same thing given their hedges and precision, Name.Key and
// Name.Matches tolerate spelling variants and aliases, Negation.Same pairs
// negations of the same predicate.
//
// # Numbers
//
// Digits ("2,500", "3.5 million", "$1.2bn", "15%", "-5"), number words
// ("two thousand five hundred", "a dozen"), ranges ("10-15", "between 10 and
// 15"), fractions ("half", "two-thirds"), vague quantities ("thousands of")
// and ordinals ("third", "21st", "No. 2"). Ordinals are extracted with Kind
// Ordinal and are not counts: SameThing keeps them apart from cardinals.
// A hedge ("about", "over", "up to", ...) sets the interval [Low, High] the
// number allows; "about" is ±5%, "nearly" reaches 10% below. Years and clock
// times are not counts: four digits in 1900-2100 are a year unless hedged,
// after a currency sign, or before a plural noun ("2000 people").
//
// # Dates
//
// "January 27", "Jan. 27, 2024", "27 January", "2024-01-27", "1/27/2024",
// "in 2014", "October", "mid-October", "late 2017", "summer of 2012",
// "the 1990s", weekdays. Relative dates ("yesterday", "last week") are not
// read. Dates are English rules written here rather than
// github.com/markusmobius/go-dateparser: on 26 hand-labelled news sentences
// it found 13 of 20 dates with their full value, lost the day or part of 4
// ("Jan. 27" read as January, "late 2017" as 2017), missed 3 ("mid-October",
// "July 1") and reported 7 false dates ("may", "march on", "Three of the 38");
// it searched 0.22 MB/s of MRPC text against several MB/s for all of Extract,
// and added 8.7 MB to a binary through a WebAssembly regular expression
// engine. Its 200 languages are not needed for English news.
//
// # Names
//
// Capitalized sequences and acronyms, with particles ("al-Sudani", "bin
// Laden") and "of" ("Bank of America") inside; a capital that opens the
// sentence or a quotation only counts when the word looks like a name
// (acronym, inner capital, possessive, alias) or starts a longer name.
// Months and weekdays are dates, not names. The key drops titles, case,
// diacritics, dots, hyphens and possessives, maps aliases (DefaultAliases,
// extend with WithAliases) and writes long words as a skeleton so that
// "Mohammed", "Mohamed" and "Muhammad" agree. Keys are for comparison only.
//
// # Limits
//
// The readers are English rules, tuned on news sentences; they do not parse
// syntax. The scope of a negation runs to the end of its clause. Invalid
// UTF-8 never panics: Fold maps it to U+FFFD and Extract skips it.
package normalize
