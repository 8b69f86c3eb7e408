package normalize

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/internal/wordnet"
	"github.com/google/go-cmp/cmp"
)

// The table tests of directions, roles, outcomes and implied negations:
// the examples ("Every fact a reader checks") and more, worded as
// different newsrooms word them. Each case lists the comparisons of the
// kinds under test that Compare(a, b) makes, as "verdict: a's value | b's
// value", in Compare's order.

// predicateCase is two sentences and the comparisons expected between them.
type predicateCase struct {
	a, b string
	want []string
}

// predicateComparisons renders the comparisons of the given kinds between a and b.
func predicateComparisons(a, b string, kinds ...Kind) []string {
	fa, fb := Extract(a), Extract(b)
	var out []string
	for _, c := range Compare(fa, fb) {
		if slices.Contains(kinds, c.Kind) {
			out = append(out, string(c.Kind)+" "+c.Verdict.String()+": "+a[c.A.Start:c.A.End]+" | "+b[c.B.Start:c.B.End])
		}
	}
	return out
}

func checkPredicateCases(t *testing.T, tests []predicateCase, kinds ...Kind) {
	t.Helper()
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, predicateComparisons(tt.a, tt.b, kinds...)); diff != "" {
			t.Errorf("Compare(%q, %q) (-want +got):\n%s", tt.a, tt.b, diff)
		}
		// As many comparisons both ways round.
		if back := predicateComparisons(tt.b, tt.a, kinds...); len(back) != len(tt.want) {
			t.Errorf("Compare(%q, %q) makes %d comparisons, the other way round %d", tt.a, tt.b, len(tt.want), len(back))
		}
	}
}

func TestCompareDirections(t *testing.T) {
	checkPredicateCases(t, []predicateCase{
		// The examples.
		{"Sales rose 3% in May.", "Sales fell 3% in May.", []string{"direction diverge: rose | fell"}},
		{"The board approved the merger on Friday.", "The board rejected the merger on Friday.",
			[]string{"direction diverge: approved | rejected"}},
		{"The gap was wider than expected.", "The gap was narrower than expected.",
			[]string{"direction diverge: wider | narrower"}},
		// The dam story: a river level falling and rising.
		{"By Sunday afternoon the river level was falling, the sheriff said.", "The river was still rising on Sunday evening.",
			[]string{"direction diverge: falling | rising"}},
		// Synonyms on one pole agree.
		{"Sales rose 3% in May.", "Sales climbed 3% in May.", []string{"direction agree: rose | climbed"}},
		{"Profit doubled to $2 million last year.", "Profit halved to $2 million last year.", []string{"direction diverge: doubled | halved"}},
		{"Profit tripled to $2 million last year.", "Profit rose to $2 million last year.", []string{"direction agree: tripled | rose"}},
		{"Unemployment fell to 4.4% in March.", "Unemployment dropped to 4.4% in March.",
			[]string{"direction agree: fell | dropped"}},
		{"The Senate voted down the bill.", "The Senate rejected the bill.", []string{"direction agree: voted down | rejected"}},
		// The passive voice reads as the active.
		{"The merger was approved by the board.", "The board rejected the merger.",
			[]string{"direction diverge: approved | rejected"}},
		// Two movements, each with its own subject.
		{"Oil rose 2% while gold fell 1%.", "Oil fell 2% while gold rose 1%.",
			[]string{"direction diverge: rose | fell", "direction diverge: fell | rose"}},
		{"Oil rose 2% while gold fell 1%.", "Gold fell 1% while oil rose 2%.",
			[]string{"direction agree: rose | rose", "direction agree: fell | fell"}},
		// Participles, gains and losses before a figure, elections.
		{"Shares of Acme were up 4% on Monday.", "Shares of Acme were down 4% on Monday.",
			[]string{"direction diverge: up | down"}},
		{"The index lost 3 percent on Tuesday.", "The index gained 3 percent on Tuesday.",
			[]string{"direction diverge: lost | gained"}},
		{"Smith won the runoff in March.", "Smith lost the runoff in March.", []string{"direction diverge: won | lost"}},
		{"Zivkovic won 31 percent of the vote.", "Zivkovic lost 31 percent of the vote.",
			[]string{"direction diverge: won | lost"}},
		// Other antonyms of news: buying and selling, courts, rates.
		{"Acme bought the Zenith plant.", "Acme sold the Zenith plant.", []string{"direction diverge: bought | sold"}},
		{"The appeals court upheld the ruling.", "The appeals court overturned the ruling.",
			[]string{"direction diverge: upheld | overturned"}},
		{"The central bank raised interest rates.", "The central bank cut interest rates.",
			[]string{"direction diverge: raised | cut"}},
		{"Inflation was higher than forecast.", "Inflation was lower than forecast.",
			[]string{"direction diverge: higher | lower"}},
		{"Lawmakers support the increase.", "Lawmakers support the decrease.",
			[]string{"direction diverge: increase | decrease"}},
		{"Exports declined 5% in June.", "Exports rose 5% in June.", []string{"direction diverge: declined | rose"}},
		{"Growth accelerated in the third quarter.", "Growth slowed in the third quarter.",
			[]string{"direction diverge: accelerated | slowed"}},
		{"The Senate passed the bill on Tuesday.", "The Senate rejected the bill on Tuesday.",
			[]string{"direction diverge: passed | rejected"}},
		{"It was the best quarter in a decade.", "It was the worst quarter in a decade.",
			[]string{"direction diverge: best | worst"}},
		{"The company reported a gain of 3% in sales.", "The company reported a loss of 3% in sales.",
			[]string{"direction diverge: gain | loss"}},
		{"The rescue mission succeeded.", "The rescue mission failed.", []string{"direction diverge: succeeded | failed"}},
		// Different things, negations and words that only look like directions.
		{"Sales rose in May.", "Costs fell in May.", nil},
		{"Sales did not rise in May.", "Sales fell in May.", nil},
		{"The ministry declined to comment.", "The ministry declined to comment.", nil},
		{"Technology stocks make up 42 percent of the index.", "Technology stocks make up 40 percent of the index.", nil},
		{"They live in a high-rise near the port.", "They live in a low building near the port.", nil},
		// WordNet's antonyms between the same words, beyond the lexicon.
		{"The store opened on Monday, the company said.", "The store closed on Monday, the company said.",
			[]string{"direction diverge: opened | closed"}},
		{"Inpatient care grew and outpatient care rose.", "Outpatient care grew and inpatient care rose.",
			[]string{"direction agree: grew | grew", "direction agree: rose | rose"}},
		// Both negated, the other way: "did not rise" and "did not fall" say different things.
		{"Prices did not rise in June.", "Prices did not fall in June.", []string{"direction diverge: rise | fall"}},
		// Praise and blame, hiring and firing.
		{"The minister praised the ruling on Monday.", "The minister criticised the ruling on Monday.",
			[]string{"direction diverge: praised | criticised"}},
		{"The plant hired 300 workers in May.", "The plant fired 300 workers in May.", []string{"direction diverge: hired | fired"}},
		{"The crossing was reopened on Thursday after an inspection.", "The crossing had been closed on Thursday after an inspection.",
			[]string{"direction diverge: reopened | closed"}},
		{"Waiting times have lengthened this year.", "Waiting times have shortened this year.",
			[]string{"direction diverge: lengthened | shortened"}},
		// Lending and borrowing are one act seen from its two sides.
		{"The fund has lent $2 million to the club.", "The club has borrowed $2 million from the fund.", nil},
		{"The fund has lent $2 million to the club.", "The fund has borrowed $2 million from the club.",
			[]string{"direction diverge: lent | borrowed"}},
		// A subject qualified by phrases: the thing that moves is their head.
		{"The number of students in evening classes at the college rose by 8 percent.",
			"According to the college, the number of students in its evening classes dropped 8%.",
			[]string{"direction diverge: rose | dropped"}},
		{"A plan to widen the coast road near Tarrow was approved by the county board.",
			"The county board rejected the plan to widen the coast road near Tarrow.",
			[]string{"direction diverge: approved | rejected"}},
		{"Rents for flats in the old town have fallen, the survey shows.",
			"The survey shows rents for old-town flats climbed.",
			[]string{"direction diverge: fallen | climbed"}},
	}, KindDirection)
}

func TestCompareRoles(t *testing.T) {
	checkPredicateCases(t, []predicateCase{
		// The examples.
		{"The city sued the contractor.", "The contractor sued the city.",
			[]string{"role diverge: The city sued the contractor | The contractor sued the city"}},
		{"The city sued the contractor.", "The contractor was sued by the city.",
			[]string{"role agree: The city sued the contractor | The contractor was sued by the city"}},
		{"Acme bought Zenith.", "Zenith bought Acme.", []string{"role diverge: Acme bought Zenith | Zenith bought Acme"}},
		// The dam story: who sued whom, and a light verb.
		{"The county sued the dam operator last year.", "The dam operator sued the county last year.",
			[]string{"role diverge: The county sued the dam operator | The dam operator sued the county"}},
		{"The county sued the dam operator last year.", "The county filed a lawsuit against the dam operator last year.",
			[]string{"role agree: The county sued the dam operator | The county filed a lawsuit against the dam operator"}},
		// More acts and voices.
		{"Germany beat Brazil in the final.", "Brazil beat Germany in the final.",
			[]string{"role diverge: Germany beat Brazil | Brazil beat Germany"}},
		{"Brazil was beaten by Germany in the final.", "Germany beat Brazil in the final.",
			[]string{"role agree: Brazil was beaten by Germany | Germany beat Brazil"}},
		{"The rebels attacked the convoy near Kandahar.", "The rebels launched an attack on the convoy near Kandahar.",
			[]string{"role agree: The rebels attacked the convoy | The rebels launched an attack on the convoy"}},
		{"Rebels attacked the army convoy on Monday.", "The army convoy attacked rebels on Monday.",
			[]string{"role diverge: Rebels attacked the army convoy | The army convoy attacked rebels"}},
		{"Microsoft will sue the startup.", "The startup will sue Microsoft.",
			[]string{"role diverge: Microsoft will sue the startup | The startup will sue Microsoft"}},
		{"The company accused the union of lying.", "The union accused the company of lying.",
			[]string{"role diverge: The company accused the union | The union accused the company"}},
		{"Bank of America sued the county.", "The county sued Bank of America.",
			[]string{"role diverge: Bank of America sued the county | The county sued Bank of America"}},
		// Someone else's act: an object that belongs to the other's (kind predicate).
		{"Police arrested the senator on Monday.", "Police arrested the senator's aide on Monday.",
			[]string{"predicate diverge: Police arrested the senator | Police arrested the senator's aide"}},
		{"He told the judge he was innocent.", "He told the judge's clerk he was innocent.",
			[]string{"predicate diverge: He told the judge | He told the judge's clerk"}},
		// Not a swap: another patient, two agents in one, a negation, an act
		// of both.
		{"Bush met Putin in Moscow.", "Putin met Bush in Moscow.",
			[]string{"role agree: Bush met Putin | Putin met Bush"}},
		{"The city sued the contractor.", "The city sued the architect.", nil},
		{"The county and the city sued the operator.", "The city and the county sued the operator.", nil},
		{"The army did not attack the village.", "The village attacked the army.", nil},
		{"The guard assaulted the inmate outside the prison gates.", "The inmate assaulted the guard outside the prison gates.",
			[]string{"predicate agree: prison | prison", "role diverge: The guard assaulted the inmate | The inmate assaulted the guard"}},
		// A name with "and" in it is one argument; a span of time ends one.
		{"Norvel sued the Food and Drug Administration in March.", "The Food and Drug Administration sued Norvel in March.",
			[]string{"role diverge: Norvel sued the Food and Drug Administration | The Food and Drug Administration sued Norvel"}},
		{"The tug struck a fishing boat moments before it sank.", "A fishing boat struck the tug moments before it went down.",
			[]string{"role diverge: The tug struck a fishing boat | A fishing boat struck the tug"}},
		// Synonyms in one WordNet synset are one act.
		{"Vantor purchased Hallam Foods last year.", "Hallam Foods bought Vantor last year.",
			[]string{"role diverge: Vantor purchased Hallam Foods | Hallam Foods bought Vantor"}},
		{"The union endorsed the mayor.", "The mayor was backed by the union.",
			[]string{"role agree: The union endorsed the mayor | The mayor was backed by the union"}},
		// ... in their first senses: "kill" means "vote down" only past it.
		{"The army killed the rebels near the border.", "The rebels defeated the army near the border.", nil},
		// Only one predicate itself says "someone else's" object.
		{"Police arrested the senator's aide.", "Police detained the senator.", nil},
		// A possessive makes an "-ing" word a noun; a participle's phrase
		// qualifies the noun before it.
		{"The city's planning chief sued the contractor.", "The contractor sued the city's planning chief.",
			[]string{"role diverge: The city's planning chief sued the contractor | The contractor sued the city's planning chief"}},
		{"Residents living near the plant sued the company.", "The company sued residents living near the plant.",
			[]string{"role diverge: Residents living near the plant sued the company | The company sued residents"}},
		{"The council published the minutes on Monday.", "The minutes were published by the council on Monday.",
			[]string{"role agree: The council published the minutes | The minutes were published by the council"}},
		// The agent is the head of its phrase, not the noun a preposition or a
		// participle ties to it.
		{"The owner of the Delling mill sued the council.", "The council sued the owner of the Delling mill.",
			[]string{"role diverge: The owner of the Delling mill sued the council | The council sued the owner"}},
		{"The firm running the ferry service has sued the port.", "The port has sued the firm running the ferry service.",
			[]string{"predicate agree: ferry | ferry", "role diverge: The firm running the ferry service has sued the port | The port has sued the firm"}},
	}, KindRole, KindPredicate)
}

func TestCompareOutcomes(t *testing.T) {
	checkPredicateCases(t, []predicateCase{
		// The examples.
		{"The bomb exploded near the market, killing 9.", "The bomb exploded near the market, injuring 9.",
			[]string{"predicate diverge: killing | injuring"}},
		{"There was a fire at a school in the north.", "There was a fire at a depot in the south.",
			[]string{"predicate diverge: school | depot", "predicate diverge: north | south"}},
		// The dam story: died and killed are one outcome.
		{"Two people died when their car was swept off the road.", "Two motorists were killed when floodwater carried their vehicle off the road.",
			[]string{"predicate agree: died | killed"}},
		{"Nine people were killed and 20 wounded.", "The blast killed nine and injured 20.",
			[]string{"predicate agree: killed | killed", "predicate agree: wounded | injured"}},
		{"Two soldiers were fatally wounded in the ambush.", "Two soldiers were killed in the ambush.",
			[]string{"predicate agree: fatally wounded | killed"}},
		{"At least 770 people were dead and over 5,600 injured.", "At least 770 people were injured and over 5,600 injured.",
			[]string{"predicate diverge: dead | injured", "predicate agree: injured | injured"}},
		{"Three people are missing after the flood.", "Three people died in the flood.",
			[]string{"predicate diverge: missing | died"}},
		// Places, vehicles, relatives and compass points.
		{"The car collided with a bus.", "The car collided with a truck.",
			[]string{"predicate agree: car | car", "predicate diverge: bus | truck"}},
		{"He was taken to a hospital in the capital.", "He was taken to a clinic in the capital.",
			[]string{"predicate diverge: hospital | clinic"}},
		{"He was held in a jail in the north-east.", "He was held in a prison in the north.",
			[]string{"predicate agree: jail | prison", "predicate agree: north-east | north"}},
		{"The minister's wife was questioned.", "The minister's daughter was questioned.",
			[]string{"predicate diverge: wife | daughter"}},
		// Negated outcomes are compared with negated ones.
		{"No one was killed in the blast.", "No one was injured in the blast.", []string{"predicate diverge: killed | injured"}},
		{"No deaths were reported.", "Two people died.", nil},
		// A repeat of an outcome already compared is no divergence.
		{"The blast killed nine people, and the death toll may rise.", "The blast killed nine people and wounded 20.",
			[]string{"predicate agree: killed | killed"}},
		// WordNet's antonyms between the same words: another victim.
		{"A man was killed in the attack.", "A woman was killed in the attack.",
			[]string{"predicate agree: killed | killed", "predicate diverge: man | woman"}},
		{"Men's and women's teams won titles.", "Men's teams and women's teams won titles.", nil},
		// Names and compounds are not outcomes.
		{"North Korea fired a missile.", "South Korea fired a missile.", nil},
		{"He attended an after-school program.", "He attended an after-hospital program.", nil},
	}, KindPredicate)
}

func TestCompareImpliedNegations(t *testing.T) {
	checkPredicateCases(t, []predicateCase{
		// The examples.
		{"The bill has yet to be approved.", "The bill has been approved.",
			[]string{"negation diverge: yet to be approved | approved"}},
		{"The ministry declined to confirm the report.", "The ministry confirmed the report.",
			[]string{"negation diverge: declined to confirm | confirmed"}},
		{"He will sign only if the tariff is dropped.", "He will sign if the tariff is dropped.",
			[]string{"negation diverge: sign only if | sign"}},
		{"The lawmakers failed to pass the budget.", "The lawmakers passed the budget.",
			[]string{"negation diverge: failed to pass | passed"}},
		// The dam story: no deaths against two people dead (a derivation: death, die).
		{"No deaths were reported, the sheriff's office said.", "Two people died, the sheriff's office said.",
			[]string{"negation diverge: No deaths | died"}},
		{"No deaths were reported, the sheriff's office said.", "Two people were killed, the sheriff's office confirmed.",
			[]string{"negation diverge: No deaths | killed"}},
		// More implied negations.
		{"Officials were unable to confirm the toll.", "Officials confirmed the toll.",
			[]string{"negation diverge: unable to confirm | confirmed"}},
		{"The central bank refrained from raising rates.", "The central bank raised rates.",
			[]string{"negation diverge: refrained from raising | raised"}},
		{"The report stopped short of blaming the pilots.", "The report blamed the pilots.",
			[]string{"negation diverge: stopped short of blaming | blamed"}},
		{"The union has yet to endorse the deal.", "The union endorsed the deal.",
			[]string{"negation diverge: yet to endorse | endorsed"}},
		{"The herd was declared free of disease.", "The herd was found to carry the disease.",
			[]string{"negation diverge: free of disease | disease"}},
		// "None of" a thing negates what follows its verb; a "no" after a
		// determiner or a number is part of a noun ("two no votes").
		{"The railroad said none of the tank cars was breached.", "The railroad said two of the tank cars were breached.",
			[]string{"negation diverge: none of the tank cars was breached | breached"}},
		{"The railroad said none of the tank cars was breached.", "Three of the derailed cars were tank cars carrying chlorine.", nil},
		{"Council members Whitby and Decker cast the two no votes.", "Council members Whitby and Decker voted against.", nil},
		{"The board cast no votes on the plan.", "The board voted on the plan.", []string{"negation diverge: no votes | voted"}},
		// Only a vote's "no" is a noun: after a pronoun, a number or a
		// year, "no" before anything else still negates.
		{"Police told her no charges would be filed.", "Police told her charges would be filed.", []string{"negation diverge: no charges | charges"}},
		{"The two no longer speak to each other.", "The two speak to each other.", []string{"negation diverge: no longer speak | speak"}},
		{"In 2019 no charges were filed against the company.", "In 2019 charges were filed against the company.", []string{"negation diverge: no charges | charges"}},
		{"The plan drew 40 no votes and 12 abstentions.", "The plan drew 40 votes against and 12 abstentions.", nil},
		// "Unharmed" and its kin deny a casualty: "hurt", "injured".
		{"The plant manager escaped unharmed.", "The plant manager was hurt.",
			[]string{"negation diverge: unharmed | hurt"}},
		{"The driver was uninjured, police said.", "The driver was injured, police said.",
			[]string{"negation diverge: uninjured | injured"}},
		{"The driver was unhurt.", "The driver was not injured.", nil},
		// A sentence that reports the casualty it denies of someone else
		// ("three were hurt, the pilot unhurt") does not deny it of all.
		{"Three people were hurt but the pilot was unhurt.", "Three people were hurt.", nil},
		{"Four soldiers were wounded; the rest were unscathed.", "Four soldiers were wounded.", nil},
		{"The pilot was unhurt.", "The pilot was hurt.", []string{"negation diverge: unhurt | hurt"}},
		// "Free of" after a verb of breaking or pulling away is no
		// negation: a way out of a place.
		{"The hostage broke free of his captors on Sunday.", "The hostage escaped his captors on Sunday.", nil},
		{"Rescuers pulled the driver free of the wreckage.", "Rescuers pulled the driver from the wreckage.", nil},
		{"He walked free from prison on Monday.", "He was released from prison on Monday.", nil},
		// The same polarity said two ways.
		{"Passengers can rebook at no charge.", "Passengers can rebook free of charge.", []string{"negation agree: no | free of"}},
		{"He will sign only if the tariff is dropped.", "He will not sign unless the tariff is dropped.",
			[]string{"negation agree: only | not"}},
		{"The ministry declined to comment.", "The ministry did not comment.", []string{"negation agree: declined to | not"}},
		{"The bill has yet to be approved.", "The bill has not been approved.", []string{"negation agree: yet to | not"}},
		// A phrasal verb is not its verb: "rule out" has no "govern" sense.
		{"The mayor has not ruled out a second term.", "The mayor was keeping open the possibility of a second term.", nil},
		{"The mayor has not ruled out a second term.", "The mayor ruled out a second term.",
			[]string{"negation diverge: not ruled | ruled"}},
		{"The union did not give up the fight.", "The union gave up the fight.",
			[]string{"negation diverge: not give | gave"}},
		{"The union did not give up the fight.", "The union gave money to the fight.", nil},
		{"The senator is unlikely to back the bill.", "The senator will back the bill.",
			[]string{"negation diverge: unlikely to back | back"}},
		{"The union will sign on condition that wages rise.", "The union will sign if wages rise.",
			[]string{"negation diverge: sign on condition that | sign"}},
		// WordNet's derivations: a negated noun against its verb.
		{"The plan received no approval from the board.", "The board approved the plan.",
			[]string{"negation diverge: no approval | approved"}},
		{"The minister offered no resignation on Friday.", "The minister resigned on Friday.",
			[]string{"negation diverge: no resignation | resigned"}},
		{"Prosecutors have not yet testified about the results.", "There has been no testimony yet about the results.", nil},
		// "no" before the subject denies what "not" before the verb does.
		{"The hospital insists no financial data was exposed.", "Financial information was not affected, the hospital said.", nil},
		{"No patients were moved to other wards.", "Patients were not moved, a spokesman said.", nil},
		{"No patients were moved to other wards.", "Patients were moved to the annex.",
			[]string{"negation diverge: No patients | Patients"}},
		{"No patients were moved to other wards.", "Patients have still not been moved.", nil},
		{"No patients were moved to other wards.", "Patients weren't moved.", nil},
		// A "not" after the verb negates something else: the noun is the
		// subject of a verb stated.
		{"No passengers were hurt in the crash.", "Passengers were hurt but not seriously in the crash.",
			[]string{"negation diverge: No passengers | Passengers"}},
		{"No patients were moved to other wards.", "Patients were moved to wards not far away.",
			[]string{"negation diverge: No patients | Patients"}},
		// A "no" of another clause negates nothing of the noun before it.
		{"The offer contains no guarantee against job losses.", "The offer includes a guarantee that no jobs will be cut.",
			[]string{"negation diverge: no guarantee | guarantee"}},
		// A verb whose object is negated is negated: no divergence.
		{"The operator gave no details of the passengers.", "The operator declined to give details of the passengers.", nil},
		// Nothing but a name, a figure or a place after the cue: the
		// auxiliary and the words after the cue, stated without it.
		{"Most of the island's 40,000 voters are not Liberals.", "Most of the island's 40,000 voters are Liberals.",
			[]string{"negation diverge: are not Liberals | are Liberals"}},
		{"The new coach will not be Dana Ortiz, the club said.", "The new coach will be Dana Ortiz, the club said.",
			[]string{"negation diverge: will not be Dana | will be Dana"}},
		{"Copper wasn't up 2%, traders said.", "Copper was up 2%, traders said.",
			[]string{"negation diverge: wasn't up | was up"}},
		{"She may not have been there, a guard said.", "She may have been there, a guard said.",
			[]string{"negation diverge: may not have been there | may have been there"}},
		// A bare auxiliary is no frame: "will be" elsewhere says nothing of it.
		{"The new coach will not be Dana Ortiz.", "The new coach will be named on Friday.", nil},
		// An abbreviation's point does not end the scope: both deny the
		// same thing.
		{"The vote isn't until Mar. 9 - following 28 other states.", "The vote isn't until March 9 - following 28 other states.",
			[]string{"negation agree: isn't | isn't"}},
		// Not negations: a fall to a figure, "not only".
		{"Exports declined to 5% of output.", "Exports fell to 5% of output.", nil},
	}, KindNegation)
}

// FuzzComparePredicates: comparing any two texts never panics, every
// comparison's spans lie inside the texts, and a text agrees with itself
// on every direction, role and outcome it states.
func FuzzComparePredicates(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "The contractor was sued by the city, killing 9; sales fell.")
	}
	f.Add("Acme bought Zenith.", "Zenith bought Acme.")
	f.Add("He will sign only if", "yet to declined to - up")
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, fb := Extract(a), Extract(b)
		for _, c := range Compare(fa, fb) {
			if c.A.Start < 0 || c.A.End > len(a) || c.A.Start > c.A.End || c.B.Start < 0 || c.B.End > len(b) || c.B.Start > c.B.End {
				t.Fatalf("%s comparison %+v outside %q / %q", c.Kind, c, a, b)
			}
		}
		for _, c := range Compare(fa, fa) {
			switch c.Kind {
			case KindDirection, KindRole, KindPredicate:
				if c.Verdict != Agree {
					t.Fatalf("%q against itself: %s %v at %v", a, c.Kind, c.Verdict, c.A)
				}
			}
		}
		for _, x := range fa.All {
			if r, ok := x.(Role); ok {
				for _, s := range []Span{r.Verb, r.Patient, r.Agent} {
					if s.End > s.Start && (s.Start < r.Start || s.End > r.End) {
						t.Fatalf("role %+v: a part outside its clause in %q", r, a)
					}
				}
			}
		}
	})
}

// TestDirectionAxesInWordNet checks the provenance of the direction
// lexicon: the poles of each axis are antonyms in WordNet 3.0 (verbs,
// adjectives or nouns, first senses), or a news pair WordNet lacks, listed
// here.
func TestDirectionAxesInWordNet(t *testing.T) {
	// Pairs WordNet records through other words of the poles (accept and
	// reject, permit and forbid, gain and loss), or not at all.
	notInWordNet := map[string]bool{"approve": true, "allow": true, "profit": true,
		"support": true, "impose": true, "tighten": true, "hire": true}
	pos := wordnet.Verb | wordnet.Adj | wordnet.Noun
	for _, a := range dirAxes {
		got := wordnet.Antonyms(a.up, a.down, pos, 3)
		if got == notInWordNet[a.up] {
			t.Errorf("axis %s/%s: WordNet antonyms %v, want %v", a.up, a.down, got, !notInWordNet[a.up])
		}
	}
}
