package segment

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func texts(text string, sents []Sentence) []string {
	var out []string
	for _, s := range sents {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// TestSplitNews covers news text beyond the Golden Rules. Sentence text is
// compared exactly: it is the input as written, white space trimmed.
func TestSplitNews(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"headline line", "Storm Hits Coastal Towns\nHeavy rain flooded roads. Power failed.",
			[]string{"Storm Hits Coastal Towns", "Heavy rain flooded roads.", "Power failed."}},
		{"dateline", "WASHINGTON (Reuters) - The Senate voted 51-49 on Tuesday. The bill goes to the House.",
			[]string{"WASHINGTON (Reuters) -", "The Senate voted 51-49 on Tuesday.", "The bill goes to the House."}},
		{"byline", "By Jane Doe\nLONDON — Prices rose 3.5% in May.",
			[]string{"By Jane Doe", "LONDON —", "Prices rose 3.5% in May."}},
		{"no final punctuation", "Breaking News\nMarkets Fall\n",
			[]string{"Breaking News", "Markets Fall"}},
		{"quote then attribution", `"We will not leave," he said. "The mission continues."`,
			[]string{`"We will not leave," he said.`, `"The mission continues."`}},
		{"question quote attribution", `"Is it over?" Justice Smith asked. Nobody answered.`,
			[]string{`"Is it over?" Justice Smith asked.`, "Nobody answered."}},
		{"curly quotes", "“We are ready,” the minister said. “Talks start today.” They did.",
			[]string{"“We are ready,” the minister said.", "“Talks start today.”", "They did."}},
		{"parenthesis", "Turnout was high (about 60%). Results come Friday.",
			[]string{"Turnout was high (about 60%).", "Results come Friday."}},
		{"titles and dates", "Gen. Smith met Mr. Jones of Acme Inc. on Jan. 5 at No. 10 Downing St. in London.",
			[]string{"Gen. Smith met Mr. Jones of Acme Inc. on Jan. 5 at No. 10 Downing St. in London."}},
		{"company suffix ends sentence", "The buyer is Acme Inc. Shares rose 4 percent.",
			[]string{"The buyer is Acme Inc.", "Shares rose 4 percent."}},
		{"ticker after suffix", "Acme Corp. (NYSE: ACME) rose.", []string{"Acme Corp. (NYSE: ACME) rose."}},
		{"state abbreviation", "She lives in Portland, Ore. Her sister lives in Ohio.",
			[]string{"She lives in Portland, Ore.", "Her sister lives in Ohio."}},
		{"party and state", "Sen. John McCain, R-Ariz., said the vote was close.",
			[]string{"Sen. John McCain, R-Ariz., said the vote was close."}},
		{"U.S. inside", "He moved to the U.S. in 2001 and joined the U.S. Army.",
			[]string{"He moved to the U.S. in 2001 and joined the U.S. Army."}},
		{"U.S. at end", "He lives in the U.S. The rest of his family does not.",
			[]string{"He lives in the U.S.", "The rest of his family does not."}},
		{"initials", "George W. Bush met J.R.R. Tolkien fans.", []string{"George W. Bush met J.R.R. Tolkien fans."}},
		{"numbers", "Revenue rose 3.5 percent to $2,500.75 million. Profit fell 1,200 jobs.",
			[]string{"Revenue rose 3.5 percent to $2,500.75 million.", "Profit fell 1,200 jobs."}},
		{"sentence ends in a number", "The toll rose to 2,500. Rescuers kept digging.",
			[]string{"The toll rose to 2,500.", "Rescuers kept digging."}},
		{"date after month", "The vote is on Oct. 24. Polls open at dawn.",
			[]string{"The vote is on Oct. 24.", "Polls open at dawn."}},
		{"time then day", "The meeting ends at 5 p.m. Friday in Paris.", []string{"The meeting ends at 5 p.m. Friday in Paris."}},
		{"time ends sentence", "Polls closed at 8 p.m. Results are expected overnight.",
			[]string{"Polls closed at 8 p.m.", "Results are expected overnight."}},
		{"ellipsis boundary", "He paused... Then he spoke.", []string{"He paused...", "Then he spoke."}},
		{"ellipsis inside", "It was … well, odd. Very odd.", []string{"It was … well, odd.", "Very odd."}},
		{"ellipsis opens quote", `He said: "The war is lost. ... And we must go home."`,
			[]string{`He said: "The war is lost.`, `... And we must go home."`}},
		{"url and email", "Visit www.example.com/news. Or write to tips@example.org. Thanks.",
			[]string{"Visit www.example.com/news.", "Or write to tips@example.org.", "Thanks."}},
		{"domain in token", "He edits CBS.MarketWatch.com in New York.", []string{"He edits CBS.MarketWatch.com in New York."}},
		{"dash list", "- First item\n- Second item", []string{"- First item", "- Second item"}},
		{"numbered list", "1. Apples\n2. Pears", []string{"1. Apples", "2. Pears"}},
		{"bullets inline", "Menu • Home • World", []string{"Menu", "• Home", "• World"}},
		{"full-width", "会谈开始了。双方都很满意！真的吗？", []string{"会谈开始了。", "双方都很满意！", "真的吗？"}},
		{"full-width closers", "他说：「好。」然后走了。", []string{"他说：「好。」", "然后走了。"}},
		{"exclamation in name", "She works at Yahoo! in the finance unit.", []string{"She works at Yahoo! in the finance unit."}},
		{"credit between caption and sentence", "Firefighters at the scene on Monday Jane Roe/AP The fire started in a kitchen, and/or a garage, near the Israel/Gaza line.",
			[]string{"Firefighters at the scene on Monday", "Jane Roe/AP", "The fire started in a kitchen, and/or a garage, near the Israel/Gaza line."}},
		{"slashes in names are no credits", "It opposes the PeopleSoft/J.D. Edwards deal. It runs on Windows CE/Pocket PC, Palm OS, Symbian and Linux. Sales rose.",
			[]string{"It opposes the PeopleSoft/J.D. Edwards deal.", "It runs on Windows CE/Pocket PC, Palm OS, Symbian and Linux.", "Sales rose."}},
		{"bracketed credit between caption and sentence", "Crews at work on Tuesday (Photo: J. Roe/Herald) The road reopened.",
			[]string{"Crews at work on Tuesday", "(Photo: J. Roe/Herald)", "The road reopened."}},
		{"glued caption credit", "Leaders met at the Capitol.CreditJane Doe/Reuters",
			[]string{"Leaders met at the Capitol.", "CreditJane Doe/Reuters"}},
		{"CRLF", "Line one\r\nLine two\r\n", []string{"Line one", "Line two"}},
		{"CR line ends", "Line one\rLine two\r\rLine three", []string{"Line one", "Line two", "Line three"}},
		{"blank lines", "\n\n  First.  \n\n\n Second. \n", []string{"First.", "Second."}},
		{"no-break space", "It rained.\u00a0Then it stopped.", []string{"It rained.", "Then it stopped."}},
		{"cut line continues", "It was a cold\nnight in the city.", []string{"It was a cold\nnight in the city."}},
		{"a line cut after an article continues", "The wall of the\nAlder Creek dam gave way on Saturday.",
			[]string{"The wall of the\nAlder Creek dam gave way on Saturday."}},
		{"a line cut after a conjunction continues", "Officials from Brandt County and\nKestrel Falls met on Sunday.",
			[]string{"Officials from Brandt County and\nKestrel Falls met on Sunday."}},
		{"a menu line ending in a preposition does not", "Subscribe | Sign in\nThe dam gave way on Saturday.",
			[]string{"Subscribe | Sign in", "The dam gave way on Saturday."}},
		{"a line cut at a space after a preposition continues", "The quake struck the north early on \nWednesday, killing 31.",
			[]string{"The quake struck the north early on \nWednesday, killing 31."}},
		{"a short line ending in a preposition and a space does not", "Read more from \nThe Courier reported floods.",
			[]string{"Read more from", "The Courier reported floods."}},
		{"a menu ending in a preposition and a space does not", "Home | World | Sport | Sign in \nThe dam gave way on Saturday.",
			[]string{"Home | World | Sport | Sign in", "The dam gave way on Saturday."}},
		{"a headline ending in a capital A does not", "Inter clinch Serie A\nInter Milan won the title on Sunday.",
			[]string{"Inter clinch Serie A", "Inter Milan won the title on Sunday."}},
		{"a caption credit ending in The does not", "Photo: Jane Doe for The\nDaily Courier reported the storm.",
			[]string{"Photo: Jane Doe for The", "Daily Courier reported the storm."}},
		{"capital line does not continue", "It was a cold\nNight falls fast.", []string{"It was a cold", "Night falls fast."}},
		{"brand name line does not continue", "Apple Unveils New Phone\niPhone sales rose.",
			[]string{"Apple Unveils New Phone", "iPhone sales rose."}},
		{"hard-wrapped text detected", "The committee met on Monday and\nagreed to review the budget for\nthe coming year. Members said\nthey expected Ms. Lee to present\nthe figures next week, and then\nvote.\n\nNext item",
			[]string{"The committee met on Monday and\nagreed to review the budget for\nthe coming year.", "Members said\nthey expected Ms. Lee to present\nthe figures next week, and then\nvote.", "Next item"}},
		{"abbreviation before a number", "Paris (pop. 2.1 million) is the capital. Smith v. Jones (9th Cir. 1999) held otherwise.",
			[]string{"Paris (pop. 2.1 million) is the capital.", "Smith v. Jones (9th Cir. 1999) held otherwise."}},
		{"degrees", "He earned a Ph.D. in physics. He later taught at M.I.T. for a decade.",
			[]string{"He earned a Ph.D. in physics.", "He later taught at M.I.T. for a decade."}},
		{"time then capitalized word", "The plane landed at 3:15 a.m. Local officials said no one was hurt.",
			[]string{"The plane landed at 3:15 a.m.", "Local officials said no one was hurt."}},
		{"fiction dialogue", `"Where are you going?" asked Tom. "Stop!" Tom shouted. She did not stop.`,
			[]string{`"Where are you going?" asked Tom.`, `"Stop!" Tom shouted.`, "She did not stop."}},
		{"lower-case lines of any length are not hard-wrapped", "Boards › Cars › Tyres\nwinter tyres worth it on a hatchback??\nmossgrove\nPosted 2 days ago\nyes absolutely, we had two weeks of black ice last year and mine never slipped once even on the hill\nbut get them fitted before november\nReply\npetrov_t\nPosted 1 day ago\nagree with moss\nall-seasons are fine in town tho",
			[]string{"Boards › Cars › Tyres", "winter tyres worth it on a hatchback??", "mossgrove", "Posted 2 days ago", "yes absolutely, we had two weeks of black ice last year and mine never slipped once even on the hill", "but get them fitted before november", "Reply", "petrov_t", "Posted 1 day ago", "agree with moss", "all-seasons are fine in town tho"}},
		{"quotation opening the sentence keeps its attribution", "“Is it raining?” Tomas asked from the doorway. “Not yet!” Mara shouted over the wind. He shouted “Run!” Officials said later that no one ran.",
			[]string{"“Is it raining?” Tomas asked from the doorway.", "“Not yet!” Mara shouted over the wind.", "He shouted “Run!”", "Officials said later that no one ran."}},
		{"letter after a lower-case designator", "The clinic needs donors of blood type B. Donors can book online. Take vitamin C. Evans et al. agree.",
			[]string{"The clinic needs donors of blood type B.", "Donors can book online.", "Take vitamin C.", "Evans et al. agree."}},
		{"label after an abbreviation", "Bake: 25 min. Rest: 10 min. Makes 12.",
			[]string{"Bake: 25 min.", "Rest: 10 min. Makes 12."}},
		{"gloss after a company suffix", "The suit names Dellwood Mills Inc. (“Dellwood”) and its parent. It was filed in May.",
			[]string{"The suit names Dellwood Mills Inc. (“Dellwood”) and its parent.", "It was filed in May."}},
		{"parenthesized aside after a sentence", "We lost the lot. (sighs) It happens.",
			[]string{"We lost the lot.", "(sighs) It happens."}},
		{"informal lower case", "would buy again. the battery lasts forever! we love this phone. it works, see p. 5 too.",
			[]string{"would buy again.", "the battery lasts forever!", "we love this phone.", "it works, see p. 5 too."}},
		{"citation markers", "He was born in 1805.[6] He died in 1877. [7][8] It was unknown.[citation needed] Then [9] came.",
			[]string{"He was born in 1805.[6]", "He died in 1877. [7][8]", "It was unknown.[citation needed]", "Then [9] came."}},
		{"bracketed aside", "That's not a cut. [laughs] I like Tony. [Pause] Go on.",
			[]string{"That's not a cut.", "[laughs]", "I like Tony.", "[Pause]", "Go on."}},
		{"roman-numeral list", "i. Heat the oil.\nii. Stir in the garlic. Cook 1 min. more.\nIV. Safety\nHe served in World War II. It ended.",
			[]string{"i. Heat the oil.", "ii. Stir in the garlic.", "Cook 1 min. more.", "IV. Safety", "He served in World War II.", "It ended."}},
		{"roman items in line", "i. Mix the flour ii. Add the eggs iii. Bake",
			[]string{"i. Mix the flour", "ii. Add the eggs", "iii. Bake"}},
		{"capital letter items need a sentence end", "A. The cause. B. The cure. J. Smith and K. Jones met.",
			[]string{"A. The cause.", "B. The cure.", "J. Smith and K. Jones met."}},
		{"letter that names a room", "The lamps hung in Hall C. Visitors were asked to vote. Vitamin D. Researchers agree.",
			[]string{"The lamps hung in Hall C.", "Visitors were asked to vote.", "Vitamin D.", "Researchers agree."}},
		{"street then subject and verb", "The crash was on Birch Rd. Witnesses said it was icy. A court in St. Louis overturned it.",
			[]string{"The crash was on Birch Rd.", "Witnesses said it was icy.", "A court in St. Louis overturned it."}},
		{"suffix inside a place name", "They met at the Ruth Ames Jr. Arena on Friday.\nKen Griffey Jr. Stadium will host the final.\nThe prize went to John Smith Jr. He accepted it.",
			[]string{"They met at the Ruth Ames Jr. Arena on Friday.", "Ken Griffey Jr. Stadium will host the final.", "The prize went to John Smith Jr.", "He accepted it."}},
		{"no before a word", `"No. Well... sometimes." He opened lamp No. 14.`,
			[]string{`"No.`, `Well... sometimes."`, "He opened lamp No. 14."}},
		{"legal abbreviation chains", "He was charged under Colo. Rev. Stat. § 18-9-106. Fed. R. Civ. P. 56(a). See Myers v. Okla. Cnty. Bd. of Cnty. Comm'rs, 151 F.3d 1313 (1998).",
			[]string{"He was charged under Colo. Rev. Stat. § 18-9-106.", "Fed. R. Civ. P. 56(a).", "See Myers v. Okla. Cnty. Bd. of Cnty. Comm'rs, 151 F.3d 1313 (1998)."}},
		{"acronym ends sentence", "The show aired on CBS. Police warned residents. The figure is 4 GMT. Against it.",
			[]string{"The show aired on CBS.", "Police warned residents.", "The figure is 4 GMT.", "Against it."}},
		{"units", "She won in 2 hr. 21 min. 14 sec. Kenya's Ruth Chebet was second.",
			[]string{"She won in 2 hr. 21 min. 14 sec.", "Kenya's Ruth Chebet was second."}},
		{"Arabic question mark", "هل سيحل الجسر المشكلة؟ يرى المهندسون ذلك.",
			[]string{"هل سيحل الجسر المشكلة؟", "يرى المهندسون ذلك."}},
		{"Devanagari danda and abbreviation", "डॉ. अनीता शर्मा ने कहा। योजना अच्छी है।",
			[]string{"डॉ. अनीता शर्मा ने कहा।", "योजना अच्छी है।"}},
		{"informal text", "ok so i tried it. every night it dies.\nanyone else?\nyep same here!! mine lasts a day. i gave up.\nReply\nthanks everyone",
			[]string{"ok so i tried it.", "every night it dies.", "anyone else?", "yep same here!!", "mine lasts a day.", "i gave up.", "Reply", "thanks everyone"}},
		{"dash after an abbreviation", "8:14 a.m. — A resident reported a theft. He left at 5 p.m. The store closed.",
			[]string{"8:14 a.m. — A resident reported a theft.", "He left at 5 p.m.", "The store closed."}},
		{"paragraph that opens in lower case", "Great kettle. Works well.\nit was great at first. then it broke. contacted the seller.",
			[]string{"Great kettle.", "Works well.", "it was great at first.", "then it broke.", "contacted the seller."}},
		{"line ending in a number does not continue", "Reviewed in the United Kingdom on 12 February 2024\nit was great at first.",
			[]string{"Reviewed in the United Kingdom on 12 February 2024", "it was great at first."}},
		{"address on the next line", "Jordan Lee\npress@example.com", []string{"Jordan Lee", "press@example.com"}},
		{"invalid UTF-8", "Bad \xff byte. Next one \xfe\xfe.", []string{"Bad \xff byte.", "Next one \xfe\xfe."}},
		{"empty", "", nil},
		{"white space only", " \n\t\r\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Split(tt.text, Options{}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestSplitHardWrap checks the hard-wrap mode: single line breaks are
// spaces, blank lines and list items start paragraphs.
func TestSplitHardWrap(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"wrapped sentences", "This is a long sentence that\nwraps at a fixed width. And this\nOne too.",
			[]string{"This is a long sentence that\nwraps at a fixed width.", "And this\nOne too."}},
		{"blank line ends paragraph", "Subject line\n\nBody text here", []string{"Subject line", "Body text here"}},
		{"list items", "Items:\n- an item\n- another item\n1. first\n2. second",
			[]string{"Items:", "- an item", "- another item", "1. first", "2. second"}},
		{"headline joins next line", "Storm Hits Coastal Towns\nHeavy rain fell.",
			[]string{"Storm Hits Coastal Towns\nHeavy rain fell."}},
		{"short lines the writer broke", "Subject: Budget\nFrom: Karen Lee\n\nThanks for the draft. I went through the numbers with\nMark and we have a few changes before this goes to the\nboard.\n\nBest,\nKaren",
			[]string{"Subject: Budget", "From: Karen Lee", "Thanks for the draft.", "I went through the numbers with\nMark and we have a few changes before this goes to the\nboard.", "Best,", "Karen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Split(tt.text, Options{HardWrap: true}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q, HardWrap) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestParagraph checks the paragraph each sentence is numbered in: a line
// of news, a run of lines up to a blank line in hard-wrapped text.
func TestParagraph(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		hardWrap bool
		want     []int
	}{
		{"news lines", "First one. Second one.\nThird one.\n\nFourth one.", false, []int{0, 0, 1, 2}},
		{"hard-wrapped", "First one. Second one that\nwraps. Third one.\n\nFourth one.", true, []int{0, 0, 0, 1}},
	}
	for _, tt := range tests {
		var got []int
		for _, s := range Split(tt.text, Options{HardWrap: tt.hardWrap}) {
			got = append(got, s.Paragraph)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: paragraphs (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestAppend checks that Append extends dst, keeps what it held, and
// matches Split.
func TestAppend(t *testing.T) {
	const text = "First one. Second one.\nRead more"
	prefix := []Sentence{{Start: 100, End: 200}}
	got := Append(prefix, text, Options{})
	want := append([]Sentence{{Start: 100, End: 200}}, Split(text, Options{})...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Append mismatch (-want +got):\n%s", diff)
	}
	if len(got) != 4 {
		t.Errorf("Append gave %d sentences, want 4", len(got))
	}
}
