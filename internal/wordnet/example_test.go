package wordnet_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

func ExampleAppendLemmas() {
	for _, word := range []string{"went", "mice", "urged", "fell"} {
		fmt.Println(word, wordnet.AppendLemmas(nil, word, wordnet.AnyPOS))
	}
	// Output:
	// went [{go verb}]
	// mice [{mouse noun}]
	// urged [{urge verb}]
	// fell [{fell noun} {fall verb} {fell verb} {fell adj}]
}

// Two words mean alike when their meaning ids intersect: here a noun and
// the verb it derives from, counting the first sense of each.
func ExampleAppendMeanings() {
	ids := func(word string) []wordnet.ID {
		var out []wordnet.ID
		for _, l := range wordnet.AppendLemmas(nil, word, wordnet.AnyPOS) {
			out = wordnet.AppendMeanings(out, l.Text, l.POS, 1)
		}
		return out
	}
	a, b := ids("decisions"), ids("decided")
	for _, x := range a {
		for _, y := range b {
			if x == y {
				fmt.Println(x, x.Derived())
			}
		}
	}
	// Output:
	// 00162632-n+00697607-v true
}

func ExampleCollocation() {
	c, ok := wordnet.Collocation("voted", "down")
	fmt.Println(c, ok, wordnet.PartsOfSpeech(c))
	_, ok = wordnet.Collocation("the", "bill")
	fmt.Println(ok)
	// Output:
	// vote_down true verb
	// false
}

func ExampleAntonyms() {
	// The first sense of "rise" opposes the second of "fall".
	fmt.Println(wordnet.Antonyms("rise", "fall", wordnet.Verb, 1))
	fmt.Println(wordnet.Antonyms("rise", "fall", wordnet.Verb, 2))
	// Output:
	// false
	// true
}

func ExampleAppendAntonyms() {
	fmt.Println(wordnet.AppendAntonyms(nil, "increase", wordnet.AnyPOS, 3))
	// Output:
	// [decrease]
}

func ExamplePartsOfSpeech() {
	// "mice" is an inflected form: AppendLemmas gives its lemma.
	fmt.Printf("%q %q\n", wordnet.PartsOfSpeech("fall"), wordnet.PartsOfSpeech("mice"))
	// Output:
	// "noun|verb" ""
}

func ExampleMostFrequentPOS() {
	fmt.Println(wordnet.MostFrequentPOS("fall"), wordnet.MostFrequentPOS("bill"))
	// Output:
	// verb noun
}

func ExampleID_String() {
	ids := wordnet.AppendMeanings(nil, "lawmaker", wordnet.Noun, 1)
	fmt.Println(ids[0], ids[0].Derived())
	// Output:
	// 10249270-n false
}

func ExamplePerson() {
	for _, w := range []string{"resident", "worker", "people", "house"} {
		fmt.Println(w, wordnet.Person(w))
	}
	// Output:
	// resident true
	// worker true
	// people false
	// house false
}
