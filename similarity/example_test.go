package similarity_test

import (
	"fmt"
	"math"
	"slices"

	"github.com/claimdiff/claimdiff/normalize"
	"github.com/claimdiff/claimdiff/similarity"
)

func Example() {
	a := similarity.Prepare("The company said it would cut about 1,200 jobs by the end of the year.")
	b := similarity.Prepare("The company plans to eliminate roughly 1,200 jobs before the end of the year, it said.")
	c := similarity.Prepare("The company reported a quarterly profit that beat forecasts and raised its dividend.")
	for _, other := range []*similarity.Text{b, c} {
		score := similarity.Default().Score(a, other)
		fmt.Println(score >= similarity.DefaultThreshold)
	}
	// Output:
	// true
	// false
}

func ExamplePrepareAll() {
	// Words most of the sentences share (the story's topic) weigh less.
	texts := similarity.PrepareAll([]string{
		"About 2,500 US troops remain in Iraq, officials said.",
		"Approximately 2,500 US troops are stationed in Iraq.",
		"Iraq and the US began talks on the future of the troops.",
		"The talks in Baghdad focused on security in Iraq.",
	})
	same := similarity.Default().Score(texts[0], texts[1])
	topic := similarity.Default().Score(texts[0], texts[2])
	fmt.Println(same >= similarity.DefaultThreshold, topic >= similarity.DefaultThreshold)
	// Output: true false
}

func ExampleFeatures() {
	a := similarity.Prepare("Shares fell 4 percent after the company cut its forecast.")
	b := similarity.Prepare("Shares fell 6 percent after the company cut its forecast.")
	x := similarity.Features(a, b)
	for i, name := range similarity.FeatureNames() {
		if name == "bigram_dice" || name == "unpaired" {
			fmt.Printf("%s %.2f\n", name, x[i])
		}
	}
	// The figures are set aside: the two state one claim, and the
	// divergence is found when their facts are compared.
	// Output:
	// bigram_dice 1.00
	// unpaired 0.00
}

func ExampleDice() {
	fmt.Printf("%.2f %.2f\n", similarity.Dice("troops", "troop"), similarity.Dice("", ""))
	// Output: 0.89 1.00
}

func ExampleJaccard() {
	fmt.Printf("%.2f\n", similarity.Jaccard([]string{"iraq", "troops", "us"}, []string{"iraq", "talks", "us"}))
	// Output: 0.50
}

func ExampleSharedPhrase() {
	texts := similarity.PrepareAll([]string{
		"Iraq and the United States held their first round of talks on the future of foreign troops.",
		"The two governments have commenced discussions, marking the first round of talks between them.",
		"Iraq wants foreign troops to leave within a year.",
		"Officials in Baghdad said the talks were constructive.",
	})
	fmt.Println(similarity.SharedPhrase(texts[0], texts[1]))
	// Two sentences alone cannot tell a distinctive phrase from a common one.
	pair := similarity.PrepareAll([]string{texts[0].Raw, texts[1].Raw})
	fmt.Println(similarity.SharedPhrase(pair[0], pair[1]))
	// Output:
	// true
	// false
}

func ExampleAnchored() {
	texts := similarity.PrepareAll([]string{
		"The coalition currently has about 2,500 US troops in Iraq.",
		"Baghdad wants talks on the withdrawal of approximately 2,500 US troops from the country.",
		"Baghdad wants talks on the withdrawal of foreign forces from the country.",
	})
	anchored := similarity.Anchored{} // Default, lifted to DefaultThreshold
	fmt.Println(similarity.Default().Score(texts[0], texts[1]) >= similarity.DefaultThreshold)
	fmt.Println(anchored.Score(texts[0], texts[1]) >= similarity.DefaultThreshold)
	fmt.Println(anchored.Score(texts[0], texts[2]) >= similarity.DefaultThreshold)
	// Output:
	// false
	// true
	// false
}

func ExamplePrepare() {
	t := similarity.Prepare("About 2,500 U.S. troops did not leave Iraq in 2014.")
	fmt.Println(t.Masked)
	fmt.Println(t.Words)
	// Output:
	// unatad statas troops did leave iraq in .
	// [iraq leave statas troops unatad]
}

func ExamplePrepareWith() {
	x := normalize.New(normalize.WithAliases("Hamas", "Islamic Resistance Movement"))
	fmt.Println(similarity.PrepareWith(x, "The Islamic Resistance Movement said so.").Masked)
	// Output: the hamas said so.
}

func ExampleCandidates() {
	texts := similarity.PrepareAll([]string{
		"The coalition has about 2,500 US troops in Iraq.",
		"Baghdad wants the withdrawal of approximately 2,500 US troops.",
		"Officials met in Antalya on Friday.",
	})
	fmt.Println(similarity.Candidates(texts, similarity.CandidateOptions{}))
	// Output: [[0 1]]
}

func ExampleCosine() {
	t := similarity.PrepareAll([]string{
		"Scalia said he felt whipsawed by the lawyer's account.",
		"I'm getting whipsawed here, Scalia told the lawyer.",
		"The lawyer said the case should go to trial.",
	})
	fmt.Printf("%.2f %.2f\n", similarity.Cosine(t[0], t[1]), similarity.Cosine(t[0], t[2]))
	// Output: 0.15 0.00
}

func ExampleSharedAnchor() {
	a := similarity.Prepare("About 2,500 US troops remain.")
	b := similarity.Prepare("Some 3,000 US troops remain.")
	fmt.Println(similarity.SharedAnchor(a, b))
	// Output: true false
}

func ExampleSharedContent() {
	a, b := similarity.Prepare("Well, which is it?"), similarity.Prepare("Is it true?")
	fmt.Println(similarity.SharedContent(a, b))
	// Output: false
}

func ExampleDefault() {
	m := similarity.Default().(similarity.Logistic)
	fmt.Println(len(m.Weights) == len(similarity.FeatureNames()))
	// Output: true
}

func ExampleVocabulary() {
	var v similarity.Vocabulary
	var texts []*similarity.Text
	for _, s := range []string{"The talks began in Baghdad.", "The talks began on Monday.", "A storm hit the coast."} {
		t := similarity.Prepare(s)
		v.Add(t) // as documents arrive
		texts = append(texts, t)
	}
	for _, t := range texts {
		v.Weigh(t) // before scoring
	}
	fmt.Printf("%.2f\n", similarity.Cosine(texts[0], texts[1]))
	// Output: 0.51
}

func ExampleFeatureNames() {
	names := similarity.FeatureNames()
	fmt.Println(len(names), names[0], names[len(names)-1])
	names[0] = "mine" // a new slice each call: the package's names are unchanged
	fmt.Println(similarity.FeatureNames()[0])
	// Output:
	// 26 bigram_dice meaning_unmatched
	// bigram_dice
}

// Jaro-Winkler favours strings that agree from the start: two spellings of
// one surname score high.
func ExampleJaroWinkler() {
	fmt.Printf("%.2f %.2f %.2f\n",
		similarity.JaroWinkler("Marchetti", "Marcheti"),
		similarity.JaroWinkler("Marchetti", "Petrakis"),
		similarity.JaroWinkler("", ""))
	// Output:
	// 0.98 0.59 1.00
}

// The distance counts runes, not bytes: "ü" for "u" is one edit in six.
func ExampleLevenshtein() {
	fmt.Printf("%.2f %.2f %.2f %.2f\n",
		similarity.Levenshtein("Marchetti", "Marcheti"),
		similarity.Levenshtein("Zürich", "Zurich"),
		similarity.Levenshtein("", ""),
		similarity.Levenshtein("", "Zurich"))
	// Output:
	// 0.89 0.83 1.00 0.00
}

// A word two outlets use and the rest of the story does not: "whipsawed"
// is in two of the four sentences, "lawyer" in all four.
func ExampleSharedRare() {
	texts := similarity.PrepareAll([]string{
		"Scalia said he felt whipsawed by the lawyer's account.",
		"I'm getting whipsawed here, Scalia told the lawyer.",
		"The lawyer said the case should go to trial.",
		"The lawyer for the city asked for a delay.",
	})
	fmt.Println(similarity.SharedRare(texts[0], texts[1], 2))
	fmt.Println(similarity.SharedRare(texts[0], texts[2], 2), similarity.SharedRare(texts[0], texts[2], 4))
	// Texts prepared alone are not weighed: nothing is rare.
	a, b := similarity.Prepare(texts[0].Raw), similarity.Prepare(texts[1].Raw)
	fmt.Println(similarity.SharedRare(a, b, 2))
	// Output:
	// true
	// false true
	// false
}

func ExampleSharesWord() {
	a := similarity.Prepare("Shares of Harwick Steel fell 4% on Monday.")
	b := similarity.Prepare("Harwick Steel shares dropped on Monday.")
	c := similarity.Prepare("The mayor opened a new bridge.")
	fmt.Println(similarity.SharesWord(a, b), similarity.SharesWord(a, c))
	// Output:
	// true false
}

// A model of one's own: the probability rises with the character bigram
// Dice of the masked forms alone.
func ExampleLogistic_Score() {
	names := similarity.FeatureNames()
	weights := make([]float64, len(names))
	weights[slices.Index(names, "bigram_dice")] = 8
	m := similarity.Logistic{Weights: weights, Bias: -4}

	a := similarity.Prepare("Shares of Harwick Steel fell 4% on Monday.")
	b := similarity.Prepare("Harwick Steel shares dropped on Monday.")
	x := similarity.Features(a, b)[0] // bigram_dice
	fmt.Printf("%.3f %.3f\n", m.Score(a, b), 1/(1+math.Exp(-(-4+8*x))))
	fmt.Println(similarity.Default().Score(a, b) >= similarity.DefaultThreshold)
	// Output:
	// 0.779 0.779
	// true
}

// ScoreAtLeast gives the exact score of a pair that reaches the floor and
// gives up early on one that cannot.
func ExampleLogistic_ScoreAtLeast() {
	m := similarity.Default().(similarity.Logistic)
	a := similarity.Prepare("Shares of Harwick Steel fell 4% on Monday.")
	b := similarity.Prepare("Harwick Steel shares dropped on Monday.")
	c := similarity.Prepare("The mayor opened a new bridge.")
	fmt.Println(m.ScoreAtLeast(a, b, similarity.DefaultThreshold) == m.Score(a, b))
	fmt.Println(m.ScoreAtLeast(a, c, similarity.DefaultThreshold) < similarity.DefaultThreshold)
	// Output:
	// true
	// true
}

// Anchored lifts a pair whose anchors agree to its Floor, and caps a pair
// that shares no words of content at a quarter of it, however alike the
// letters.
func ExampleAnchored_Score() {
	texts := similarity.PrepareAll([]string{
		"The coalition currently has about 2,500 US troops in Iraq.",
		"Baghdad wants talks on the withdrawal of approximately 2,500 US troops from the country.",
	})
	fmt.Println(similarity.Default().Score(texts[0], texts[1]) >= similarity.DefaultThreshold)
	fmt.Println(similarity.Anchored{}.Score(texts[0], texts[1]), similarity.Anchored{Floor: 0.7}.Score(texts[0], texts[1]))

	a, b := similarity.Prepare("What did they say?"), similarity.Prepare("What did he say then?")
	fmt.Println(similarity.Default().Score(a, b) >= similarity.DefaultThreshold)
	fmt.Println(similarity.Anchored{}.Score(a, b))
	// Output:
	// false
	// 0.5 0.7
	// true
	// 0.125
}

func ExampleAnchored_ScoreAtLeast() {
	texts := similarity.PrepareAll([]string{
		"The coalition currently has about 2,500 US troops in Iraq.",
		"Baghdad wants talks on the withdrawal of approximately 2,500 US troops from the country.",
		"Baghdad wants talks on the withdrawal of foreign forces from the country.",
	})
	s := similarity.Anchored{}
	fmt.Println(s.ScoreAtLeast(texts[0], texts[1], similarity.DefaultThreshold))
	fmt.Println(s.ScoreAtLeast(texts[0], texts[2], similarity.DefaultThreshold) < similarity.DefaultThreshold)
	// Output:
	// 0.5
	// true
}

// Add counts a text; a phrase is distinctive (SharedPhrase) while at most
// √n of the n texts counted use it. Two texts that share one need a corpus
// of four.
func ExampleVocabulary_Add() {
	var v similarity.Vocabulary
	a := similarity.Prepare("Iraq and the United States held their first round of talks on Saturday.")
	b := similarity.Prepare("The two governments began the first round of talks in Baghdad.")
	shared := func() bool { v.Weigh(a); v.Weigh(b); return similarity.SharedPhrase(a, b) }
	v.Add(a)
	v.Add(b)
	fmt.Println("2 texts:", shared())
	v.Add(similarity.Prepare("Iraq wants foreign troops to leave within a year."))
	fmt.Println("3 texts:", shared())
	v.Add(similarity.Prepare("Officials in Baghdad said the talks were constructive."))
	fmt.Println("4 texts:", shared())
	// Output:
	// 2 texts: false
	// 3 texts: false
	// 4 texts: true
}

// Weigh sets a text's weights from the texts counted so far: unweighed, a
// text has none; weighed, it keeps those weights until weighed again.
func ExampleVocabulary_Weigh() {
	var v similarity.Vocabulary
	a := similarity.Prepare("Iraq and the United States held their first round of talks on Saturday.")
	b := similarity.Prepare("Iraq and the United States will hold a second round of talks in March.")
	for _, t := range []*similarity.Text{a, b, similarity.Prepare("Iraq wants foreign troops to leave.")} {
		v.Add(t)
	}
	fmt.Printf("%.2f\n", similarity.Cosine(a, b))
	v.Weigh(a)
	v.Weigh(b)
	fmt.Printf("%.2f\n", similarity.Cosine(a, b))
	v.Add(similarity.Prepare("The talks in Baghdad were constructive, officials said."))
	fmt.Printf("%.2f\n", similarity.Cosine(a, b))
	v.Weigh(a)
	v.Weigh(b)
	fmt.Printf("%.2f\n", similarity.Cosine(a, b))
	// Output:
	// 0.00
	// 0.26
	// 0.26
	// 0.34
}

// A short claim and the same claim with more detail: Anchored scores the
// pair at least half its floor, though the fitted score reads the added
// words as another claim.
func ExampleContains() {
	short := similarity.Prepare("The library will close")
	long := similarity.Prepare("The library will close at the end of March, after 70 years on the high street")
	fmt.Println(similarity.Contains(short, long))
	fmt.Println(similarity.Default().Score(short, long) < 0.25, similarity.Anchored{}.Score(short, long) >= 0.25)
	// Output:
	// true
	// true true
}

func ExampleAnchored_Lift() {
	texts := similarity.PrepareAll([]string{
		"The coalition currently has about 2,500 US troops in Iraq.",
		"Baghdad wants talks on the withdrawal of approximately 2,500 US troops from the country.",
		"About 2,500 US troops are in Iraq, the coalition currently says.",
	})
	anchored := similarity.Anchored{}
	for _, p := range [][2]int{{0, 1}, {0, 2}} {
		a, b := texts[p[0]], texts[p[1]]
		score := anchored.Score(a, b)
		// The words alone score score-Lift: under the threshold for the
		// first pair, which the shared count of troops lifts.
		fmt.Printf("score %.2f, lifted %v\n", score, anchored.Lift(a, b, score) > 0)
	}
	// Output:
	// score 0.50, lifted true
	// score 0.96, lifted false
}
