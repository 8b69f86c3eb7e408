package wordnet

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Each case names the lines of the WordNet files that justify its answer
// ("file:line prefix"); TestEvidence checks that those lines are there.

func TestAppendLemmas(t *testing.T) {
	for _, c := range []struct {
		word     string
		pos      POS
		want     []Lemma
		evidence []string
	}{
		{"went", AnyPOS, []Lemma{{"go", Verb}}, []string{"verb.exc:went go"}},
		{"mice", AnyPOS, []Lemma{{"mouse", Noun}}, []string{"noun.exc:mice mouse"}},
		{"urged", AnyPOS, []Lemma{{"urge", Verb}}, []string{"index.verb:urge v "}},
		{"decisions", AnyPOS, []Lemma{{"decision", Noun}}, []string{"index.noun:decision n "}},
		{"lawmakers", AnyPOS, []Lemma{{"lawmaker", Noun}}, []string{"index.noun:lawmaker n "}},
		// The exception first, then the word itself, in each part of speech.
		{"fell", AnyPOS, []Lemma{{"fell", Noun}, {"fall", Verb}, {"fell", Verb}, {"fell", Adj}},
			[]string{"verb.exc:fell fall", "index.noun:fell n ", "index.verb:fell v ", "index.adj:fell a "}},
		{"fell", Verb, []Lemma{{"fall", Verb}, {"fell", Verb}}, nil},
		{"data", AnyPOS, []Lemma{{"datum", Noun}, {"data", Noun}}, []string{"noun.exc:data datum", "index.noun:data n ", "index.noun:datum n "}},
		// Two base forms from one exception line; as a verb, the rule "es" -> "e".
		{"axes", AnyPOS, []Lemma{{"ax", Noun}, {"axis", Noun}, {"axe", Verb}},
			[]string{"noun.exc:axes ax axis", "index.verb:axe v "}},
		{"better", Adj, []Lemma{{"good", Adj}, {"well", Adj}, {"better", Adj}}, []string{"adj.exc:better good well", "index.adj:better a "}},
		{"better", Adv, []Lemma{{"well", Adv}, {"better", Adv}}, []string{"adv.exc:better well", "index.adv:better r "}},
		{"running", Verb, []Lemma{{"run", Verb}}, []string{"verb.exc:running run"}},
		// "ed" -> "e" comes before "ed" -> "": hoped is hope, not hop.
		{"hoped", Verb, []Lemma{{"hope", Verb}}, []string{"index.verb:hope v ", "index.verb:hop v "}},
		// A lemma that is also a plural: itself, then the rule "ses" -> "s".
		{"glasses", Noun, []Lemma{{"glasses", Noun}, {"glass", Noun}}, []string{"index.noun:glasses n ", "index.noun:glass n "}},
		// Nouns ending in "ss" are left alone by the rules.
		{"glass", Noun, []Lemma{{"glass", Noun}}, nil},
		{"boxesful", Noun, []Lemma{{"boxful", Noun}}, []string{"index.noun:boxful n "}},
		{"bigger", Adj, []Lemma{{"big", Adj}, {"bigger", Adj}}, []string{"adj.exc:bigger big", "index.adj:bigger a "}},
		{"dogs", Verb, []Lemma{{"dog", Verb}}, []string{"index.verb:dog v "}},
		// No exception: the rule "men" -> "man".
		{"women", Noun, []Lemma{{"woman", Noun}}, []string{"index.noun:woman n "}},
		// Spellings WordNet's search tries: "-" dropped, "-" as "_".
		{"re-elected", Verb, []Lemma{{"reelect", Verb}}, []string{"index.verb:reelect v "}},
		{"co-operated", AnyPOS, []Lemma{{"cooperate", Verb}}, []string{"index.verb:cooperate v "}},
		{"e-mails", AnyPOS, []Lemma{{"e-mail", Noun}, {"email", Noun}, {"e-mail", Verb}, {"email", Verb}},
			[]string{"index.noun:e-mail n ", "index.noun:email n ", "index.verb:e-mail v ", "index.verb:email v "}},
		{"secretaries-general", AnyPOS, []Lemma{{"secretary_general", Noun}},
			[]string{"noun.exc:secretaries-general secretary-general", "index.noun:secretary_general n "}},
		{"bottle-fed", AnyPOS, []Lemma{{"bottlefeed", Verb}, {"bottle-fed", Adj}},
			[]string{"verb.exc:bottle-fed bottle-feed", "index.verb:bottlefeed v ", "index.adj:bottle-fed a "}},
		{"u.s.", Noun, []Lemma{{"u.s.", Noun}, {"us", Noun}}, []string{"index.noun:u.s. n ", "index.noun:us n "}},
		// Not English, not folded, not one word: nothing.
		{"xyzzyq", AnyPOS, nil, nil},
		{"Went", AnyPOS, nil, nil},
		{"call on", AnyPOS, nil, nil},
		{"", AnyPOS, nil, nil},
		{"went", Noun, nil, nil},
	} {
		got := AppendLemmas(nil, c.word, c.pos)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("AppendLemmas(%q, %v) (-want +got):\n%s", c.word, c.pos, diff)
		}
		checkEvidence(t, c.evidence)
	}
}

func TestAppendLemmasKeepsDst(t *testing.T) {
	dst := []Lemma{{"x", Noun}}
	got := AppendLemmas(dst, "mice", Noun)
	if diff := cmp.Diff([]Lemma{{"x", Noun}, {"mouse", Noun}}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// shared returns the ids a and b have in common at the sense cap.
func shared(a, b string, senses int) []string {
	var out []string
	ib := AppendMeanings(nil, b, AnyPOS, senses)
	for _, id := range AppendMeanings(nil, a, AnyPOS, senses) {
		for _, j := range ib {
			if id == j {
				out = append(out, id.String())
			}
		}
	}
	return out
}

func TestAppendMeanings(t *testing.T) {
	for _, c := range []struct {
		lemma  string
		pos    POS
		senses int
		want   []string
	}{
		// index.noun: "lawmaker n 1 3 @ ~ ; 1 0 10249270"; the synset has no
		// derivational pointer.
		{"lawmaker", AnyPOS, 0, []string{"10249270-n"}},
		// index.verb: "urge v 3 3 @ ~ + 3 3 00765667 00875159 00858799"; the
		// first sense's synset has "+" pointers to 00866735 a, 07246036 n,
		// 07252378 n, 07139700 n, 05195362 n and from 00713558 a.
		{"urge", Verb, 1, []string{
			"00765667-v", "00713558-a+00765667-v", "00765667-v+00866735-a",
			"00765667-v+05195362-n", "00765667-v+07139700-n", "00765667-v+07246036-n", "00765667-v+07252378-n",
		}},
		// index.noun: "say n 1 2 @ + 1 0 14485526"; only nouns asked for.
		// data.noun 14485526 has "+" pointers to 01009839 v, 01016020 v
		// and 01009258 v.
		{"say", Noun, 5, []string{"14485526-n", "01009258-v+14485526-n", "01009839-v+14485526-n", "01016020-v+14485526-n"}},
		{"say", Adj, 0, nil},
		{"mice", AnyPOS, 0, nil}, // an inflected form is no lemma
		{"", AnyPOS, 0, nil},
	} {
		var got []string
		for _, id := range AppendMeanings(nil, c.lemma, c.pos, c.senses) {
			got = append(got, id.String())
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("AppendMeanings(%q, %v, %d) (-want +got):\n%s", c.lemma, c.pos, c.senses, diff)
		}
	}
	checkEvidence(t, []string{
		"index.noun:lawmaker n 1 3 @ ~ ; 1 0 10249270",
		"index.verb:urge v 3 3 @ ~ + 3 3 00765667 00875159 00858799",
		"index.noun:say n 1 2 @ + 1 0 14485526",
		"data.verb:00765667 32 v 04 urge 0 urge_on 0 press 0 exhort 0 ",
		"data.noun:14485526 26 n 01 say 0 004 @ 14483917 n 0000 + 01009839 v 0101 + 01016020 v 0103 + 01009258 v 0102 ",
	})
}

func TestAppendMeaningsKeepsDst(t *testing.T) {
	ids := AppendMeanings(nil, "lawmaker", Noun, 1)
	ids = AppendMeanings(ids, "lawmaker", Noun, 1) // dst is not searched
	var got []string
	for _, id := range ids {
		got = append(got, id.String())
	}
	if diff := cmp.Diff([]string{"10249270-n", "10249270-n"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSharedMeanings(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		senses int
		want   []string
	}{
		// data.noun 00162632 (decision, determination, conclusion) "+
		// 00697607 v 0101": decision#1 derives from decide#1.
		{"decision", "decide", 1, []string{"00162632-n+00697607-v"}},
		// Synonyms: say#1 and state#1 are synset 01009258 v, which shares
		// its links too.
		{"say", "state", 1, []string{
			"01009258-v+14485526-n", "01009258-v", "01009258-v+06722453-n",
			"01009258-v+07203126-n", "01009258-v+07212424-n", "01009258-v+10345804-n",
		}},
		// bill#1 and measure#3 are synset 06536853 n (a statute in draft).
		{"bill", "measure", 2, nil},
		{"bill", "measure", 3, []string{"06536853-n"}},
		{"death", "die", 1, []string{"00358431-v+07355491-n"}},
		// Derived from one third synset (employ#2) is not shared.
		{"employer", "employee", 0, nil},
		// kill#2 is vote_down#1 (02473688 v), with its link to 07475364 n.
		{"kill", "vote_down", 1, nil},
		{"kill", "vote_down", 2, []string{"02473688-v", "02473688-v+07475364-n"}},
	} {
		if diff := cmp.Diff(c.want, shared(c.a, c.b, c.senses)); diff != "" {
			t.Errorf("shared ids of %s and %s at %d senses (-want +got):\n%s", c.a, c.b, c.senses, diff)
		}
	}
	checkEvidence(t, []string{
		"data.noun:00162632 04 n 03 decision 0 determination 1 conclusion 1 ",
		"index.verb:decide v 4 5 @ ~ * > + 4 3 00697607 ",
		"index.verb:state v 3 4 @ ~ $ + 3 3 01009258 ",
		"index.verb:say v 11 5 @ ~ * $ + 11 8 01009258 ",
		"index.noun:bill n 10 6 @ ~ #p %p + ; 10 4 06536853 ",
		"index.noun:measure n 9 6 @ ~ %p = + ; 9 6 00174412 00033615 06536853 ",
		"index.verb:kill v 15 7 @ ~ > ^ $ + ; 15 3 01323976 02473688 ",
		"index.verb:vote_down v 2 1 @ 2 1 02473688 02462030",
		"data.verb:02473688 41 v 05 kill 1 shoot_down 0 defeat 0 vote_down 0 vote_out 0 002 @ 02473431 v 0000 + 07475364 n 0301 ",
		"index.noun:employer n 1 4 ! @ ~ + 1 1 10054657",
		"index.noun:employee n 1 4 ! @ ~ + 1 1 10053808",
	})
}

func TestCollocation(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"call", "on"}, "call_on"},
		{[]string{"called", "on"}, "call_on"},
		{[]string{"calls", "on"}, "call_on"},
		{[]string{"voted", "down"}, "vote_down"},
		{[]string{"put", "off"}, "put_off"},
		{[]string{"putting", "off"}, "put_off"},
		{[]string{"attorney", "general"}, "attorney_general"},
		{[]string{"attorneys", "general"}, "attorney_general"},
		// Inflected collocations of the exception lists.
		{[]string{"bureaux", "de", "change"}, "bureau_de_change"},
		{[]string{"allowed", "for"}, "allow_for"},
		{[]string{"make", "up", "one's", "mind"}, "make_up_one's_mind"},
		{[]string{"made", "up", "one's", "mind"}, "make_up_one's_mind"},
		// Hyphenated lemmas.
		{[]string{"well", "known"}, "well-known"},
		{[]string{"made", "up"}, "made-up"},
		// WordNet has no state_of_emergency nor vote_against.
		{[]string{"state", "of", "emergency"}, ""},
		{[]string{"vote", "against"}, ""},
		{[]string{"the", "bill"}, ""},
		{[]string{"call"}, ""},
		{[]string{"a", "b", "c", "d", "e"}, ""},
		{[]string{"call", ""}, ""},
	} {
		got, ok := Collocation(c.words...)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Collocation(%q) = %q, %v; want %q", c.words, got, ok, c.want)
		}
	}
	checkEvidence(t, []string{
		"index.verb:call_on v ", "index.verb:vote_down v ", "index.verb:put_off v ",
		"index.noun:attorney_general n ", "noun.exc:bureaux_de_change bureau_de_change", "verb.exc:allowed_for allow_for",
		"index.verb:make_up_one's_mind v ", "verb.exc:made make", "verb.exc:putting put",
		"index.adj:well-known a ", "index.adj:made-up a ",
	})
}

func TestAntonyms(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		pos    POS
		senses int
		want   bool
	}{
		// data.verb 01968587 (rise#1) "! 01970844 v 0102": word 2 of
		// fall#2.
		{"rise", "fall", Verb, 1, false},
		{"rise", "fall", Verb, 2, true},
		{"fall", "rise", Verb, 2, true},
		// data.noun 07324917 (rise#1) "! 07427728 n 0101": fall#6.
		{"rise", "fall", Noun, 5, false},
		{"rise", "fall", Noun, 6, true},
		{"rise", "fall", Adj, 0, false},
		// data.verb 00156601 (increase#1) "! 00151689 v 0101" (decrease#1).
		{"increase", "decrease", Verb, 1, true},
		{"increase", "decrease", AnyPOS, 1, true},
		{"win", "lose", Verb, 2, true},
		{"widen", "narrow", Verb, 1, true},
		{"approve", "disapprove", Verb, 1, false},
		{"approve", "disapprove", Verb, 2, true},
		{"rise", "increase", AnyPOS, 0, false},
		{"rise", "xyzzyq", AnyPOS, 0, false},
	} {
		if got := Antonyms(c.a, c.b, c.pos, c.senses); got != c.want {
			t.Errorf("Antonyms(%q, %q, %v, %d) = %v, want %v", c.a, c.b, c.pos, c.senses, got, c.want)
		}
	}
	checkEvidence(t, []string{
		"data.verb:01968587 38 v 07 rise 0 ",
		"data.noun:07324917 11 n 01 rise 0 006 @ 07324673 n 0000 + 00432436 v 0102 ! 07427728 n 0101 ",
		"index.noun:fall n 12 6 ! @ ~ #p %p + 12 8 15236859 00076884 07478531 09265620 00756919 07427728 ",
		"index.verb:fall v 32 7 ! @ ~ * ^ $ + 32 15 01972316 01970844 ",
		"data.verb:01970844 38 v 04 descend 0 fall 0 ",
		"index.verb:increase v 2 4 ! @ ~ + 2 2 00156601 00153263",
		"index.verb:decrease v 2 4 ! @ ~ + 2 2 00151689 00441445",
		"index.verb:win v 4 5 ! @ ~ * + 4 3 01100163 ",
		"index.verb:lose v 11 6 ! @ ~ * $ + 11 10 02287807 01099610 ",
		"index.verb:widen v 4 6 ! @ ~ > $ + 4 3 00303465 ",
		"index.verb:narrow v 4 5 ! @ ~ ^ + 4 4 00305109 ",
		"index.verb:approve v 2 4 ! @ ~ + 2 2 00806520 00674001",
		"index.verb:disapprove v 2 4 ! @ ~ + 2 2 00674358 00807196",
	})
}

func TestAppendAntonyms(t *testing.T) {
	for _, c := range []struct {
		lemma  string
		pos    POS
		senses int
		want   []string
	}{
		{"rise", Verb, 1, nil},
		{"rise", AnyPOS, 0, []string{"fall", "set"}},
		{"increase", AnyPOS, 0, []string{"decrease"}},
		{"good", Adj, 1, []string{"bad"}},
		{"xyzzyq", AnyPOS, 0, nil},
	} {
		got := AppendAntonyms(nil, c.lemma, c.pos, c.senses)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("AppendAntonyms(%q, %v, %d) (-want +got):\n%s", c.lemma, c.pos, c.senses, diff)
		}
	}
	checkEvidence(t, []string{"data.adj:01123148 00 a 01 good 1 ", "index.adj:good a 21 5 ! & ^ = + 21 14 01123148 "})
}

func TestPartsOfSpeech(t *testing.T) {
	for _, c := range []struct {
		lemma     string
		all, most POS
		evidence  []string
	}{
		// cntlist.rev counts more tagged verb senses of "fall" than noun
		// ones; index.*: a noun and a verb.
		{"fall", Noun | Verb, Verb, []string{"index.noun:fall n ", "index.verb:fall v "}},
		{"bill", Noun | Verb, Noun, []string{"index.noun:bill n ", "index.verb:bill v "}},
		{"fell", Noun | Verb | Adj, Verb, nil},
		{"lawmaker", Noun, Noun, nil},
		{"quickly", Adv, Adv, []string{"index.adv:quickly r "}},
		{"call_on", Verb, Verb, nil},
		{"mice", 0, 0, nil},
		{"", 0, 0, nil},
	} {
		if got := PartsOfSpeech(c.lemma); got != c.all {
			t.Errorf("PartsOfSpeech(%q) = %v, want %v", c.lemma, got, c.all)
		}
		if got := MostFrequentPOS(c.lemma); got != c.most {
			t.Errorf("MostFrequentPOS(%q) = %v, want %v", c.lemma, got, c.most)
		}
		checkEvidence(t, c.evidence)
	}
}

func TestStrings(t *testing.T) {
	got := []string{
		(Noun | Adv).String(), AnyPOS.String(), POS(0).String(),
		synsetID(7293678 << 2).String(), linkID(697607<<2|1, 162632<<2).String(),
	}
	want := []string{"noun|adv", "noun|verb|adj|adv", "", "07293678-n", "00162632-n+00697607-v"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if synsetID(8).Derived() || !linkID(8, 9).Derived() {
		t.Error("Derived is wrong")
	}
}

// TestPerson: a noun whose first sense is person.n.01 or a kind of it.
func TestPerson(t *testing.T) {
	for _, c := range []struct {
		lemma    string
		want     bool
		evidence []string
	}{
		{"person", true, []string{"data.noun:00007846 03 n 06 person 0 individual 0 "}},
		{"individual", true, nil},
		{"resident", true, []string{"index.noun:resident n 2 4 ! @ ~ + 2 1 10523519 "}},
		{"worker", true, nil},
		{"child", true, nil},
		{"nurse", true, nil},
		{"journalist", true, nil},
		// people.n.01 is a group whose members are persons, not a person.
		{"people", false, []string{"index.noun:people n 4 "}},
		// troop.n.01 is "a group of soldiers".
		{"troop", false, nil},
		{"house", false, nil},
		{"city", false, nil},
		// Instances of person (named people) are not kinds of person.
		{"einstein", false, nil},
		// Inflected forms are not lemmas.
		{"residents", false, nil},
		{"", false, nil},
	} {
		if got := Person(c.lemma); got != c.want {
			t.Errorf("Person(%q) = %v, want %v", c.lemma, got, c.want)
		}
		checkEvidence(t, c.evidence)
	}
}
