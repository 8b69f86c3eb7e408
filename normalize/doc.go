// Package normalize turns a sentence into its comparison form and reads the
// typed facts a reader would check: numbers, dates, times of day, names,
// negation, directions, roles and outcomes.
//
// Normalize knows nothing of claims or sources. It maps text to text: Fold
// (and the Folder transformer) give the comparison form string metrics run
// on; Canonical the same with every fact written one way ("approximately
// 2,500" and "about 2500" both become "about 2500"); Facts.Masked the same
// with the facts' values set aside, the form that decides whether two
// sentences state the same claim. It maps text to facts: Extract returns
// Facts, the sentence and its facts in text order, each a Fact of one Kind
// with its byte offsets into the sentence (Of[Number] picks the numbers).
// It compares facts: Compare(a, b) returns, kind by kind, every fact both
// sentences state, with a Verdict (Agree or Diverge) and both spans.
//
// The words of the module are here too, in one place: Words (the word
// tokenizer), IsStopWord, Stem.
//
// # The table of kinds
//
// Each kind of fact is one row of a table (kinds.go) and lives in one file
// that both reads and compares it: time.go, dates.go, numbers.go,
// negation.go, direction.go, predicate.go, names.go, role.go. Everything that reads, compares, masks, anchors or reports facts
// walks the table: Extract tries the rows' readers at each word in table
// order (a clock time before its hour can be read as a count, a year as a
// date before it can be read as one);
// Compare calls each row's comparer; Facts.Masked and Canonical write each
// fact with its row's writers; Facts.Anchors asks each row which facts
// identify a claim ("about 2,500 US troops" is about US troops); Unpaired
// counts the facts one sentence states and the other does not.
//
// # Adding a kind of fact
//
// Write one file, say time.go, with:
//
//   - the fact type, with a Kind method and an embedded Span, whose Bounds
//     it takes (the Fact interface; a Bounds of its own would copy the
//     whole fact at each call through a Fact), and the Kind constant
//     (KindTime Kind = "time");
//   - a reader, func (p *parser) time(i int) (int, bool), that reads a fact
//     at token i, appends it to p.facts by p.add (never directly: add notes
//     their order) and returns the token after it, with the flags of the
//     tokens it may start a fact at (the row's opens field: numerals, words
//     of some lists, ...; TestReadersOpen checks it); or,
//     for a fact that needs the whole sentence (who did what to whom), a
//     function run after the word-by-word pass (the row's after field);
//   - a comparer, func compareTimes(a, b *Facts) []Comparison, that pairs
//     the facts of this kind in two sentences and says of each pair Agree
//     or Diverge (a finer Kind of divergence may be reported, as "unit" for
//     a currency mismatch); facts about different things yield nothing;
//   - writers for Canonical and Facts.Masked, and whether the mask drops
//     the fact (masked: true for values, false for what a claim is about);
//   - optionally an anchor (facts that identify a claim) and an about
//     (what the fact is about, for a reader);
//   - table tests of reading and comparing, with both values asserted.
//
// Then add one row to the table in kinds.go, where its position is its
// precedence when two readers could read the same words. The kind table
// test walks every row. A kind that the masked form drops changes the
// scorer's input: refit it (go generate ./similarity).
//
// # Numbers
//
// Digits ("2,500", "3.5 million", "$1.2bn", "15%", "-5"), number words ("two
// thousand five hundred", "a dozen"), ranges ("10-15", "between 10 and 15",
// not "fell 5 to 10"), fractions ("half", "two-thirds"), vague quantities
// ("thousands of") and ordinals ("third", "21st", "No. 2"). Ordinals have
// Type Ordinal and are not counts: SameThing keeps them apart from
// cardinals. A hedge sets the interval [Low, High]: "about" is ±5%,
// "nearly" reaches 10% below, "over" and "at least" are open upwards, "up
// to" and "less than" downwards. Two intervals with finite ends are
// compatible when their ends are within 10% of each other, two bounds in
// the same direction when the bounds are; otherwise when they overlap.
// Years and clock times are not counts: four digits in 1900-2100 are a year
// unless hedged, after a currency sign, or before a plural noun ("2000
// people", but "the 1996 Olympics" is a year); nor are decades ("the 90's").
// Digits that are part of a code ("C-17", "CAC-40", "N225") have Type Code
// and their letters as Unit, so a code is compared only with codes of the
// same series: "C-17" and "C-130" diverge, "N225" and "four" are not paired.
//
// More number phrases: fractions of a scale or a unit ("half a billion",
// "a quarter of a mile"), "from 200 to 300" and "two or three" as ranges,
// hedges after the figure ("80-plus", "80+", "80-odd", "50 or so", "ten or
// more"), vague quantities as intervals ("a few", "several hundred",
// "dozens", "scores"), mixed and vulgar fractions ("3 1/2", "3-1/2",
// "3½"), groups of digits after a space or a (narrow) no-break space ("12
// 500") and full-width digits ("１２０").
//
// # Units and currencies
//
// A quantity's Measure is its unit, from the unit table (units.go): length,
// area, volume, mass, temperature, speed, duration, per cent, percentage
// points (and basis points), and money, with factors to a base unit (NIST
// SP 811, SI) and currencies by ISO 4217 code (golang.org/x/text/currency),
// sign ("€", "US$", "A$") or name ("euros", "yen"). "m" after digits is
// metres before a singular noun or a measure of height ("a 6m wave", "30m
// high") and millions otherwise ("6m people", "4.5m cubic metres").
// Quantities in two units of one dimension are compared after conversion,
// allowing for the rounding of the converted figure: "3 metres" agrees with
// "nearly 10 feet" and "30C" with "86F" (temperatures convert with their
// offset, changes of temperature without it). Quantities that cannot agree
// diverge with Kind "unit" (KindUnit): two currencies ("$5bn", "€5bn"),
// per cent and percentage points, a length and an area, or one figure in
// two units of one dimension ("40 km", "40 miles"); other values after
// conversion diverge as numbers. The masked form writes a measured
// quantity as its dimension ("length", "money", "percent"), so that
// sources stating it in other units are still compared.
//
// # Dates
//
// "January 27", "Jan. 27, 2024", "27 January", "the 27th of January",
// "2024-01-27", "1/27/2024", "in 2014", "October", "mid-October", "late
// 2017", "the end of 2017", "summer of 2012", "the 1990s", weekdays;
// decades in words and without their century ("the seventies", "the
// '60s") and their parts ("the early 2010s"); ranges as one date ("May
// 12-14", "12-14 May", "2010-2014", "May-June 2025"; "moved from May 12 to
// May 14" is two); relative dates ("yesterday", "last week", "three years
// ago", "next Monday"). A numeric date whose day and month could be read
// either way ("5/6/2025") keeps both readings and agrees when either does.
// Two ranges agree when their ends do; a date agrees with a range it falls
// in. Relative dates are resolved against a reference date, an article's
// publication date, when the Extractor has one (Extractor.At, ExtractAt):
// "yesterday" becomes the day before it, "last week" its Monday to Sunday,
// a weekday alone the last such day (the next after a verb of the future,
// "will meet on Monday"). Without one they are compared only with each
// other, as counted from one day of writing, and stay in the masked form.
//
// # Times
//
// Clock times with a.m. or p.m. ("11 p.m.", "7.51pm", "eleven p.m."), on
// 24 hours ("23:00", "0335 GMT"), noon, midday and midnight, "ten o'clock",
// "half past ten"; parts of a day ("Sunday morning", "late on Saturday",
// "the early hours of Sunday", "last night", "tonight"); each with its
// hedge ("shortly before", "around", "by", "after"), its zone ("EDT",
// "GMT+8", "Eastern time", "local time") and the day it is on. A time is an
// interval of minutes within a day (Time.From, Time.To): "11 p.m." is one
// minute, "shortly before 11 p.m." the half hour up to it, "late on
// Saturday" 18:00 to midnight, so that a less precise time agrees with a
// precise one inside it. Two times in known zones are compared as instants
// ("21:45 UTC" and "5:45 p.m. EDT" agree); a time in UTC and one with no
// zone are compared only to agree, as one may be the other told in local
// time. The days of times are compared as dates, with the other sentence's
// dates ("late on Saturday" and "on Sunday" diverge as dates). A bare
// "10:30" is read only where a time is expected ("at 10:30") and may be
// morning or evening. Two times that a range joins ("7-9 p.m.", "between 2
// and 4 p.m.") are two facts, the first taking the half of the day of the
// second.
//
// The dates are English rules written here rather than
// github.com/markusmobius/go-dateparser. On 26 hand-labelled news sentences
// go-dateparser found 13 of 20 dates with their full value, lost the day or
// part of 4 ("Jan. 27" read as January, "late 2017" as 2017), missed 3
// ("mid-October", "July 1") and reported 7 false dates ("may", "march on",
// "Three of the 38"); it searched 0.22 MB/s of MRPC text and added 8.7 MB
// to a binary through a WebAssembly regular expression engine. These rules
// read all 20 with no false date (they were written knowing those forms)
// while Extract reads all facts at about 40 MB/s (before times were read,
// which cost about a tenth more CPU time). The 200 languages of
// go-dateparser are not needed for English news.
//
// # Names
//
// Capitalized sequences and acronyms, with particles ("al-Sudani", "bin
// Laden"), "of" and "of the" ("Bank of America", "International Committee
// of the Red Cross"), titles and abbreviations ("Sen. Ted Cruz", "Dept. of
// Health") and middle initials ("Harold W. Gehman") inside; an
// organisation's name goes on after "for" and "and" ("Centers for Disease
// Control and Prevention", "Food and Drug Administration"), and a title
// inside a name starts a person's ("Texas Gov. Greg Abbott" is Texas and the
// governor). A capital that opens the sentence or a quotation counts only
// when the word looks like a name (acronym, inner capital, possessive, alias,
// a title or the head of an organisation's name) or is no English word
// ("Marchetti issued ...": WordNet 3.0, internal/wordnet, does not know it,
// nor is it a function word or two English words run together), or starts a
// longer name. Months and weekdays ("Tuesday's") are dates, not names; nor
// are time zones ("EDT"), party tags ("R-Tenn."), contractions ("It's") or a
// name made only of titles ("Mr."). The key drops titles (at the start of a
// person's name, "Jr." and "III" at the end), case, diacritics, dots,
// possessives and particles, joins hyphenated parts ("Wal-Mart" =
// "Walmart"), maps aliases (DefaultAliases, extended with WithAliases) and
// writes words of six letters or more as a skeleton, so that "Mohammed",
// "Mohamed" and "Muhammad" agree. Keys are for comparison, not display.
//
// Two names agree when they may name one entity: a title, a given name or an
// initial more or less ("Sen. Ortega", "Senator Luis M. Ortega of Nevada"),
// dotted and plain acronyms ("C.D.C.", "CDC"), an acronym and its expansion
// (its initials, those before an "and", or an acronym a text states in
// brackets: "the Kestrel Valley Water Board (KWB)"), hyphens and spaces
// ("Coca-Cola", "Coca Cola"), abbreviated words ("Nat'l", "Mt."), a typo. Two
// people of one surname diverge when their given names are not one name
// shortened ("Alex", "Alexander"), a short form of at most four letters with
// the same first letter ("Jim", "James") or a spelling of it, one slip
// apart, two when the longer has seven letters or more ("Steven",
// "Stephen"): "Jeb Bush" and "George W. Bush", "Daniel Okafor" and "David
// Okafor", "Dean Okafor" and "Sean Okafor" diverge. One name spelt two ways
// ("Marchetti", "Marcheti"; "Ilse Brandt", "Ilse Brant"; "Gaddafi",
// "Qaddafi") is a note of kind KindSpelling, with Verdict Agree
// (Comparison.Note). Two names that match none of the other sentence's
// diverge only in the same role: both people, or the same word or title
// beside them; never a person and a place, nor two names beside a date
// alone ("X on Sunday"). The masked form writes a person from the surname
// on ("Sen. Ortega" and "Senator Luis M. Ortega" share "ortega") and an
// organisation as its initials ("Environmental Protection Agency" as "epa",
// as the acronym keys).
//
// # Directions, roles and outcomes
//
// A Direction is a word that says which way something went along an axis
// ("rose" or "fell", "approved" or "rejected", "wider" or "narrower"),
// with what moved and who moved it as a light subject-verb-object reading
// finds them; the masked form leaves it as written, so that opposite
// directions differ in one word. A Role is who did what
// to whom in a clause ("the city sued the contractor"); the passive voice
// and light verbs ("filed a lawsuit against") read as the active, and two
// clauses with agent and patient swapped diverge. An Outcome is one of a
// set of alternatives a report chooses between: a casualty ("killed",
// "injured", "missing"), a kind of place, vehicle or relative, a compass
// point; two sentences of one claim that choose differently diverge as
// predicates (KindPredicate), as do two roles whose patients are a thing
// and something of it ("the senator", "the senator's aide"). Negation also
// reads the implied negations "declined to", "unable to", "has yet to",
// "refrained from", "stopped short of" and the condition "only if".
//
// # Limits
//
// The readers are English rules tuned on news sentences; they do not parse
// syntax. The scope of a negation runs to the end of its clause. Any input
// is safe: invalid UTF-8 never panics; Fold maps it to U+FFFD.
package normalize
