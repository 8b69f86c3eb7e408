package similarity_test

import (
	"fmt"

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
