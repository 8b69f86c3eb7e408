package clause

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// A quote with its attribution and a trailing phrase.
		{`"We will not negotiate under threat," the minister said on Friday, before flying to Geneva.`,
			[]string{"We will not negotiate under threat"}},
		{`The minister told reporters: "We will not negotiate under threat."`,
			[]string{"We will not negotiate under threat"}},
		{`“Needless to say, the war in Afghanistan was not ‘a war of Obama’s choosing.’”`,
			[]string{"Needless to say, the war in Afghanistan was not ‘a war of Obama’s choosing"}},
		{`Mr. Sellers responded that “there is no minimum number” in court decisions.`,
			[]string{"there is no minimum number"}},
		{`Trying to quell the furor, Steele issued a statement saying: "There is no question that America must win the war on terror."`,
			[]string{"There is no question that America must win the war on terror"}},
		{`“We will rebuild this town,” the mayor said, as crews cleared the last of the debris from Main Street on Monday.`,
			[]string{"We will rebuild this town", "as crews cleared the last of the debris from Main Street on Monday."}},
		// A lead-in ending in a colon says who speaks, whatever its verb.
		{`Fire chief Ana Reyes summed it up for the crowd at the gate: "We held the line on every street."`,
			[]string{"We held the line on every street"}},
		{`Three homes burned and 40 were saved: "We held the line on every street of the town," the chief said.`,
			[]string{"Three homes burned and 40 were saved", "We held the line on every street of the town"}},
		{`The storm destroyed 40 homes, "and the town will need years to rebuild them," the mayor said.`,
			[]string{"The storm destroyed 40 homes", "and the town will need years to rebuild them"}},
		// A quote of several sentences: the sentence that closes it starts
		// inside it, the one that opens it runs to its end.
		{`We have never lost a house on this road," fire chief Ana Reyes said at a briefing.`,
			[]string{"We have never lost a house on this road"}},
		{`We have never lost a house on this road,” fire chief Ana Reyes said at a briefing.`,
			[]string{"We have never lost a house on this road"}},
		{`"The wind turned twice in an hour.`, []string{"The wind turned twice in an hour"}},
		// A straight quote after a figure is an inch mark, not a quote's end.
		{`The storm dropped hail that measured about 2" across on the town, "and the roofs all gave way under it," he said.`,
			[]string{`The storm dropped hail that measured about 2" across on the town`, "and the roofs all gave way under it"}},
		// Inside a straight quote too, while a mark is left to close it.
		{`"The 12" main had cracked in two places," the engineer said.`, []string{`The 12" main had cracked in two places`}},
		{`The engineer said "the 12" main had cracked in two places" on Monday.`, []string{`the 12" main had cracked in two places`}},
		// Words that lead into a quote to finish their clause are part of
		// the quoted claim, not a claim of their own.
		{`The chief said the crews had "watched the fire jump the river twice" before Sunday.`,
			[]string{"watched the fire jump the river twice"}},
		{`Officials warned that the repairs would "cost far more than anyone expected" in a letter to the council on Monday.`,
			[]string{"cost far more than anyone expected", "in a letter to the council on Monday."}},
		// A clause joined to the quote by a conjunction is a claim of its own.
		{`Crews saved 40 homes on Monday and "the fire never reached the school or the clinic," the chief said.`,
			[]string{"Crews saved 40 homes on Monday and", "the fire never reached the school or the clinic"}},
		{`Crews saved 40 homes on Monday, but "the fire never reached the school or the clinic," the chief said.`,
			[]string{"Crews saved 40 homes on Monday, but", "the fire never reached the school or the clinic"}},
		// A short quote is part of the clause around it.
		{`He called Afghanistan “a war of choice” in a speech on Thursday.`,
			[]string{`He called Afghanistan “a war of choice” in a speech on Thursday.`}},
		// Independent clauses, attribution set apart.
		{`Fifteen of the 19 people killed were teenagers, but police said the school has denied any link to the attack.`,
			[]string{"Fifteen of the 19 people killed were teenagers", "the school has denied any link to the attack."}},
		{`The Alder Creek dam collapsed at 23:00 local time on Saturday, and 1,800 people were ordered out of their homes, officials said.`,
			[]string{"The Alder Creek dam collapsed at 23:00 local time on Saturday", "1,800 people were ordered out of their homes"}},
		{`Some 2,000 residents were evacuated after the Alder Creek dam gave way shortly before 11 p.m. on Saturday, county officials said.`,
			[]string{"Some 2,000 residents were evacuated after the Alder Creek dam gave way shortly before 11 p.m. on Saturday"}},
		{`No deaths were reported, the sheriff's office said.`, []string{"No deaths were reported"}},
		{`According to the report, 40 people died.`, []string{"40 people died."}},
		{`Two people were killed, according to the sheriff.`, []string{"Two people were killed"}},
		{`The objective, according to U.S. officials, is to ensure a stable presence.`,
			[]string{"The objective, according to U.S. officials, is to ensure a stable presence."}},
		{`Officials said the dam was last inspected in 2019.`, []string{"the dam was last inspected in 2019."}},
		{`The vote passed 61-38; the bill now goes to the House.`, []string{"The vote passed 61-38", "the bill now goes to the House."}},
		// A quote of two independent clauses is two claims: another outlet
		// may quote either; a verb is told after a subject pronoun.
		{`"We were lucky this time, and I don't want to count on luck again," the mayor said.`,
			[]string{"We were lucky this time", "I don't want to count on luck again"}},
		{`We were lucky this time, and we need new rules.`, []string{"We were lucky this time", "we need new rules."}},
		// A clause before a quote's lead-in is a claim, not attribution.
		{`The chief executive has apologised, and her promise that "we will fix every fault" will be tested this week.`,
			[]string{"The chief executive has apologised", "we will fix every fault", "will be tested this week."}},
		// "cannot" is a finite verb: the quote is a claim of its own.
		{`"This town cannot afford another closure," the mayor said.`, []string{"This town cannot afford another closure"}},
		// A denial is a claim: "never" counts as a content word.
		{`"I have never lied," the senator wrote.`, []string{"I have never lied"}},
		{`"We did not," he said.`, nil},
		// A short quote and its attribution: the unit is the quote, not
		// its marks and "she said".
		{`"Not now, not ever," she said.`, []string{"Not now, not ever"}},
		{`"Not on my watch," the mayor said.`, []string{"Not on my watch"}},
		{`"I never cheated," she wrote.`, []string{"I never cheated"}},
		{`"The plan isn't working," she said.`, []string{"The plan isn't working"}},
		// "n't" follows a verb: the words are "don" and "t".
		{`The council said the ferries don't run on Sundays.`, []string{"the ferries don't run on Sundays."}},
		{`Officials said the bridge isn’t safe.`, []string{"the bridge isn’t safe."}},
		{`The port reopened on Monday, but the ferries don't run on Sundays.`,
			[]string{"The port reopened on Monday", "the ferries don't run on Sundays."}},
		{`"The port reopened on Monday, and the ferries DON'T run on Sundays," she said.`,
			[]string{"The port reopened on Monday", "the ferries DON'T run on Sundays"}},
		{`Don Ames said the ferry sank.`, []string{"the ferry sank."}},
		// A short quote with a verb before a quote that is a claim is a
		// claim too, not a part of the attribution.
		{`“We will appeal,” he said, “and we will win, but not this year.”`, []string{"We will appeal", "and we will win, but not this year"}},
		// Two short quotes around their attribution are one passage broken
		// by who said it: a claim when the two state one together, each
		// passage with a verb a unit, as above.
		{`"We will appeal," he said, "and we will win."`, []string{"We will appeal", "and we will win"}},
		{`“We will appeal,” he said, “and we will win.”`, []string{"We will appeal", "and we will win"}},
		{`"Yes," he said, "we will win the appeal."`, []string{"we will win the appeal"}},
		// One passage without a verb: the two are one claim, the sentence
		// whole, as a short quote is; no half is dropped with "he said".
		{`"We will appeal," he said, "and win."`, []string{`"We will appeal," he said, "and win."`}},
		{`"Two pipes and a main," he said, "all failed at once."`, []string{`"Two pipes and a main," he said, "all failed at once."`}},
		{`“Two pipes and a main,” he said, “all failed at once.”`, []string{`“Two pipes and a main,” he said, “all failed at once.”`}},
		// A sentence quoted whole is a claim though its verb is one the
		// word lists do not know; a label quoted is not.
		{`The president, visibly moved, said: “Today our grandparents’ names come home.”`, []string{"Today our grandparents’ names come home"}},
		{`Nine people are dead and 187 people were rescued.`, []string{"Nine people are dead", "187 people were rescued."}},
		// Noun phrases joined by "and" before a verb or a relative clause,
		// and a list of subjects, stay one unit.
		{`The ministry, the police, and the army have denied the report.`, []string{"The ministry, the police, and the army have denied the report."}},
		{`The mayor thanked the firefighters and the volunteers who were at the scene.`, []string{"The mayor thanked the firefighters and the volunteers who were at the scene."}},
		{`Investigators will examine the logbook and the hours it had logged.`, []string{"Investigators will examine the logbook and the hours it had logged."}},
		{`The council has approved the budget and the plans for a new school.`, []string{"The council has approved the budget and the plans for a new school."}},
		{`The deal reached by the government and the unions will raise wages by 4 percent.`, []string{"The deal reached by the government and the unions will raise wages by 4 percent."}},
		// A title quoted is no sentence said: the sentence around it stays.
		{`The company's new show, "A Century of Light and Shadow," opens in May.`, []string{`The company's new show, "A Century of Light and Shadow," opens in May.`}},
		{`Her book, "Why Small Towns Matter," was published in May by Penguin.`, []string{`Her book, "Why Small Towns Matter," was published in May by Penguin.`}},
		{`She called it "The Worst Day Of My Life."`, []string{`She called it "The Worst Day Of My Life."`}},
		{`She said, "Every hour counts for the people under the rubble."`, []string{"Every hour counts for the people under the rubble"}},
		{`The mayor told reporters: "Every hour counts for the people under the rubble."`, []string{"Every hour counts for the people under the rubble"}},
		{`The agenda listed one item: "Approval of the budget for 2025."`, []string{`The agenda listed one item: "Approval of the budget for 2025."`}},
		{`"Notes from a Small Island," his best-known book, sold two million copies.`, []string{`"Notes from a Small Island," his best-known book, sold two million copies.`}},
		// Two nouns of one subject after "that", a speech verb or
		// "between" stay one unit.
		{`Police have confirmed that the driver and the conductor were injured.`, []string{"Police have confirmed that the driver and the conductor were injured."}},
		{`Rescuers have said the boy and his sister were found alive.`, []string{"Rescuers have said the boy and his sister were found alive."}},
		{`Investigators have examined the logbook and the money police had seized.`, []string{"Investigators have examined the logbook and the money police had seized."}},
		{`She called the ruling "A historic day for the island."`, []string{`She called the ruling "A historic day for the island."`}},
		// Clauses joined by "and" without a comma: each with a subject and
		// a finite verb of its own, not two nouns of one subject.
		{`Seven people have been confirmed dead and twelve are still missing.`, []string{"Seven people have been confirmed dead", "twelve are still missing."}},
		{`Seven people died and twelve are still missing.`, []string{"Seven people died and twelve are still missing."}},
		{`Rides will be free on the first day buses and trams are back.`, []string{"Rides will be free on the first day buses and trams are back."}},
		{`Investigators will examine the driver's logbook and the hours he had worked.`, []string{"Investigators will examine the driver's logbook and the hours he had worked."}},
		{`The storm closed schools, roads and the airport, and left thousands without power.`, []string{"The storm closed schools, roads and the airport, and left thousands without power."}},
		{`"We will appeal," he said.`, nil},
		// A clause too short to stand alone stays with the next one, and
		// the last with the one before: the passage is still split.
		{`"I was wrong, and I owe the families an apology, but this board deserves a chair it can trust," Mills said.`,
			[]string{"I was wrong, and I owe the families an apology", "this board deserves a chair it can trust"}},
		{`"The levee held for now, but we were lucky," the engineer said.`,
			[]string{"The levee held for now, but we were lucky"}},
		{`"Our crews worked through the night to restore power, and it held," she said.`,
			[]string{"Our crews worked through the night to restore power, and it held"}},
		{`"We were lucky this time, and the next storm may be worse," he later said.`,
			[]string{"We were lucky this time", "the next storm may be worse"}},
		{`"Prices rose, and fast," she said.`, []string{"Prices rose, and fast"}},
		// A thousands separator is no comma before an attribution.
		{`Officials evacuated 1,500 said to be at risk.`, []string{`Officials evacuated 1,500 said to be at risk.`}},
		{`Heatwave warning: 2,300 told to stay indoors`, []string{`Heatwave warning: 2,300 told to stay indoors`}},
		{`About 1,500 people were evacuated, officials said.`, []string{`About 1,500 people were evacuated`}},
		{`According to police 1,500 people fled the town.`, []string{`According to police 1,500 people fled the town.`}},
		{`According to police, 1,500 people fled the town.`, []string{`1,500 people fled the town.`}},
		// "I" after a capitalized word is a numeral, not a subject.
		{`The agency called the drug "a promising Phase I treatment for adults" in a statement.`,
			[]string{`The agency called the drug "a promising Phase I treatment for adults" in a statement.`}},
		// A list joined by "and" is one clause.
		{`The storm closed schools, roads and the airport, and left thousands without power.`,
			[]string{"The storm closed schools, roads and the airport, and left thousands without power."}},
		// A subject with an aside set off by commas is a claim nested in
		// its clause: another outlet may state either.
		{`The coalition, formed in 2014 to fight ISIS, has approximately 2,500 US troops in Iraq.`,
			[]string{"The coalition, formed in 2014 to fight ISIS, has approximately 2,500 US troops in Iraq.", "The coalition, formed in 2014 to fight ISIS"}},
		{`The company, which was founded in 1998 and employs 400 people, said on Monday that it would cut 120 jobs.`,
			[]string{"The company, which was founded in 1998 and employs 400 people", "it would cut 120 jobs."}},
		// The speaker's aside is its own claim; what was said, after "that",
		// is another.
		{`Mayor Ana Ruiz, who had urged both sides to talk, said the strike was "a blow to every shop."`,
			[]string{"Mayor Ana Ruiz, who had urged both sides to talk", "the strike was \"a blow to every shop.\""}},
		// A phrase in -ing between the speaker and the verb says how it was
		// said: the attribution is set apart, and the phrase is no claim.
		{`Chief executive Owen Prys, speaking outside the hospital, said 400 operations would be postponed.`, []string{"400 operations would be postponed."}},
		{`The minister, speaking in Geneva on Friday, said that talks would resume next month.`, []string{"talks would resume next month."}},
		{`The storm, bringing winds of 90 mph, flattened 40 homes.`, []string{"The storm, bringing winds of 90 mph, flattened 40 homes."}},
		{`Police said on Monday that the road was closed.`, []string{"the road was closed."}},
		{`Officials told reporters that the dam was inspected.`, []string{"the dam was inspected."}},
		{`Police said in a statement the road was closed.`, []string{"Police said in a statement the road was closed."}},
		// What was said after a quote and "and that", or after "adding that".
		{`The coastguard said the crew "strayed from the marked channel" and that an inquiry had opened.`,
			[]string{"strayed from the marked channel", "an inquiry had opened."}},
		{`"Patients must come first," Prys said, adding that emergency care would stay open.`,
			[]string{"Patients must come first", "emergency care would stay open."}},
		// A clause after "said ... that" is a claim however few its words of content.
		{`The mayor said on Monday that the strike was over.`, []string{"the strike was over."}},
		{`He said it was.`, nil},
		// Two clauses of what was said, joined by "and that".
		{`The warden said the gate was locked and that no guard had left his post.`, []string{"the gate was locked", "no guard had left his post."}},
		{`He said that the dog and that cat were fed.`, []string{"the dog and that cat were fed."}},
		// What was said after "and that" with few words of content, after
		// ", and that", after ", adding that" whatever the quote before;
		// "that" that is the subject of its clause stays.
		{`She said "nobody was hurt" and that the fire was out.`, []string{"nobody was hurt", "the fire was out."}},
		{`Residents said that they had not been warned, and that the sirens did not sound.`,
			[]string{"they had not been warned", "the sirens did not sound."}},
		{`"We will rebuild," the mayor said, adding that the town would need help.`,
			[]string{"We will rebuild", "the town would need help."}},
		{`Officials said the bridge would reopen, adding that repairs had cost $2 million.`,
			[]string{"the bridge would reopen", "repairs had cost $2 million."}},
		{`The union rejected the offer, saying that the pay rise fell short of inflation.`,
			[]string{"The union rejected the offer", "the pay rise fell short of inflation."}},
		{`He said the budget was cut and that was why the pool closed.`, []string{"the budget was cut", "that was why the pool closed."}},
		// "that and that alone": the first "that" is a subject too, not
		// the word that opens what was said nor the end of a clause.
		{`She said that and that alone would end the strike.`, []string{"that and that alone would end the strike."}},
		{`She said that, and that alone, would end the strike.`, []string{"that, and that alone, would end the strike."}},
		{`The union has always said that and that alone would end the strike.`,
			[]string{"The union has always said that and that alone would end the strike."}},
		{`He said the mayor did that and that was why the pool closed.`, []string{"the mayor did that and that was why the pool closed."}},
		// "that" after "and" opens what was said only after a clause that
		// reports speech or holds "that"; else it is a determiner.
		{`The council voted to close the pool, and that decision angered parents.`,
			[]string{"The council voted to close the pool", "that decision angered parents."}},
		{`The council closed the pool and that decision angered parents.`,
			[]string{"The council closed the pool and that decision angered parents."}},
		{`He warned that prices would rise, and that wages would not keep pace.`,
			[]string{"He warned that prices would rise", "wages would not keep pace."}},
		// A clause after "and that" too short to stand alone stays with
		// the clause before, and "and that" does not end the attribution.
		{`The court heard that the defendant had sold knives and that he had lied.`,
			[]string{"The court heard that the defendant had sold knives and that he had lied."}},
		{`He said the TV was large and that it cost $300.`, []string{"the TV was large and that it cost $300."}},
		{`Police said the van was stolen and that its owner lives abroad.`, []string{"the van was stolen", "its owner lives abroad."}},
		// A "that" of the claim itself is not the one after "said".
		{`The mayor said the plan that was approved will cost more.`, []string{"the plan that was approved will cost more."}},
		// "that" after a noun opens a clause within what was said, not what
		// was said: the attribution ends at the speech verb.
		{`The mayor said claims that she had lied were false.`, []string{"claims that she had lied were false."}},
		{`Officials said the bridge that collapsed had been inspected twice.`, []string{"the bridge that collapsed had been inspected twice."}},
		{`Officials said in a statement released Friday that the bridge had been inspected twice.`, []string{"the bridge had been inspected twice."}},
		{`He insisted, as he has for months, that the offer was fair to every nurse.`, []string{"the offer was fair to every nurse."}},
		{`The minister said Friday that talks would resume.`, []string{"talks would resume."}},
		{`The bridge, built in 1962, was closed on Monday.`, []string{"The bridge, built in 1962, was closed on Monday.", "The bridge, built in 1962"}},
		{`The ferry, built in 1962, sank off the coast on Monday.`, []string{"The ferry, built in 1962, sank off the coast on Monday.", "The ferry, built in 1962"}},
		// Not an aside: a verb before the first comma, a list of verbs, a
		// relative clause after the object, a name and a title.
		{`Police arrested two men, charged them with theft, and released a third.`,
			[]string{"Police arrested two men, charged them with theft, and released a third."}},
		{`The storm hit the coast on Monday, which forced 2,000 people to flee.`,
			[]string{"The storm hit the coast on Monday, which forced 2,000 people to flee."}},
		// A speech verb that opens the last comma's tail with an object
		// after it is the clause's own predicate, not attribution.
		{`The mayor, who took office in January after a narrow win, announced her resignation on Friday.`,
			[]string{"The mayor, who took office in January after a narrow win, announced her resignation on Friday.", "The mayor, who took office in January after a narrow win"}},
		{`The bridge will stay shut until April, said the county engineer.`, []string{"The bridge will stay shut until April"}},
		{`Maren Holtby, the union's general secretary, said the strike would go on.`,
			[]string{"Maren Holtby, the union's general secretary, said the strike would go on."}},
		// Headlines are claims too; fragments are not.
		{`Quake kills 40`, []string{"Quake kills 40"}},
		// A short regular past ("died": four letters, too short for the
		// -ed rule) is the verb of what was said, not a bare attribution.
		{`Police said two workers died.`, []string{"two workers died."}},
		{`HCI said two workers died.`, []string{"two workers died."}},
		{`Police said the driver lied.`, []string{"the driver lied."}},
		// A verb the word lists do not know: what follows "said" and a
		// determiner is what was said, a claim (its attribution kept, as
		// the verb is not known to end it); "said on Tuesday" is who spoke.
		{`Officials said the dam burst.`, []string{"Officials said the dam burst."}},
		{`Officials said the fire spread.`, []string{"Officials said the fire spread."}},
		{`Police said on Tuesday.`, nil},
		// After "told" a determiner opens who was told, not what.
		{`The mayor told the council.`, nil},
		{`The minister told a briefing.`, nil},
		{`Union Backs Mayor`, []string{"Union Backs Mayor"}},
		{`In December, he had predicted a 5 percent growth rate.`, []string{`In December, he had predicted a 5 percent growth rate.`}},
		{`Prices will rise, he said the board had warned.`, []string{`Prices will rise, he said the board had warned.`}},
		// A lead-in of a colon alone is no attribution to set apart.
		{`:“We will appeal against this ruling,” she said.`, []string{"We will appeal against this ruling"}},
		// A gerund that is the subject of its clause opens a clause of its
		// own; a participle after the comma goes on with the subject
		// before it.
		{`"This was the hardest vote in our history, but standing still was not an option," the chair said.`,
			[]string{"This was the hardest vote in our history", "standing still was not an option"}},
		{`The storm closed every road in the valley, and leaving thousands who were stranded without power.`,
			[]string{"The storm closed every road in the valley, and leaving thousands who were stranded without power."}},
		// A clause in -ing after a clause, which a wire lede packs in, is a
		// unit nested in it; not after a subject alone, nor a preposition.
		{`The storm closed every road in the valley, leaving thousands who were stranded without power.`,
			[]string{"The storm closed every road in the valley, leaving thousands who were stranded without power.", "leaving thousands who were stranded without power."}},
		{`Thirty-one cars of a freight train left the tracks on Wednesday, forcing about 600 residents from their homes, and closing the highway.`,
			[]string{"Thirty-one cars of a freight train left the tracks on Wednesday, forcing about 600 residents from their homes, and closing the highway.", "forcing about 600 residents from their homes"}},
		{`The harder job, pumping the oil still aboard off the ship, falls to Kestrel Marine.`,
			[]string{"The harder job, pumping the oil still aboard off the ship, falls to Kestrel Marine."}},
		{`Nine people were hurt in the blast, including two children and a firefighter.`,
			[]string{"Nine people were hurt in the blast, including two children and a firefighter."}},
		// Two commas before "adding that" (the second opens the clause
		// after the first).
		{`Officials said the dam held,,adding that crews would inspect it on Monday.`,
			[]string{"the dam held", "crews would inspect it on Monday."}},
		// A curly mark after a figure is an inch mark, as a straight one is.
		{`The levee was rebuilt in 1998 with 12” steel piles.`, []string{"The levee was rebuilt in 1998 with 12” steel piles."}},
		{`Why?`, nil},
		{`Mr. Steele said.`, nil},
		{`God help us.`, nil},
		{``, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, u := range Split(tt.in) {
			got = append(got, tt.in[u.Start:u.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Split(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestSaidWhen(t *testing.T) {
	tests := []struct {
		s, at string
		want  bool
	}{
		{"The ferry sank, police said Sunday.", "Sunday", true},
		{"The ferry sank, police said on Sunday.", "Sunday", true},
		{"The minister told reporters late on Friday that talks had failed.", "Friday", true},
		{"The ferry sank on Saturday, police said.", "Saturday", false},
		{"Police said the ferry sank on Saturday.", "Saturday", false},
		// To whom, where or how it was said, up to "that" (see saidThat).
		{"The health ministry told the union on Monday that talks would resume.", "Monday", true},
		{"The ministry said in a statement on Tuesday that talks would resume.", "Tuesday", true},
		{"Police told reporters the ferry sank on Saturday.", "Saturday", false},
		{"Police said the storm on Saturday sank the ferry.", "Saturday", false},
		{"Police said that on Saturday the ferry sank.", "Saturday", false},
		{"Sunday was calm.", "Sunday", false},
	}
	for _, tt := range tests {
		if got := SaidWhen(tt.s, strings.Index(tt.s, tt.at)); got != tt.want {
			t.Errorf("SaidWhen(%q, at %q) = %v, want %v", tt.s, tt.at, got, tt.want)
		}
	}
}

// TestQuoted checks the quoted passages a sentence gives: curly marks
// paired as written, straight ones in turn, an open quote to the end.
func TestQuoted(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{`He said "we will rebuild" and left.`, []string{"we will rebuild"}},
		{`“Not now,” she said, “and not like this.”`, []string{"Not now,", "and not like this."}},
		{`The 6" pipe burst.`, nil},
		// Inside a quote, an inch mark while another mark is left to close
		// it; else a figure ends the quote.
		{`He said "the 6" pipe burst" yesterday.`, []string{`the 6" pipe burst`}},
		{`The sign read "Route 66" and the crowd cheered.`, []string{"Route 66"}},
		{`He called it "Route 66" and "the mother road."`, []string{"Route 66", "the mother road."}},
		// A sentence that closes a quote of several sentences, an inch mark in it.
		{`Hail 2" across fell on the town," the chief said.`, []string{`Hail 2" across fell on the town,`}},
		{`Hail fell on the town,” the chief said.`, []string{`Hail fell on the town,`}},
		{`” he said.`, nil}, // a stray mark closes nothing
		{`Forecasters expect 3” of rain by Friday.`, nil},
		{`“The quote goes on into the next paragraph`, []string{"The quote goes on into the next paragraph"}},
		{`No quotes here.`, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Quoted(tt.s) {
			got = append(got, tt.s[q.Start:q.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Quoted(%q) (-want +got):\n%s", tt.s, diff)
		}
	}
}

// TestSplitQuoting reads paragraphs sentence by sentence: a sentence
// inside a quotation of several is quoted, up to the mark that closes it.
func TestSplitQuoting(t *testing.T) {
	type unit struct {
		Text  string
		Quote bool
	}
	type sentence struct {
		Units []unit
		Open  bool
	}
	tests := []struct {
		name      string
		sentences []string
		want      []sentence
	}{
		{"curly marks", []string{
			"“The water rose faster than anyone expected.",
			"We lost the pumps within an hour.",
			"The crews did all they could,” the chief said.",
			"The town will rebuild the levee.",
		}, []sentence{
			{[]unit{{"The water rose faster than anyone expected", true}}, true},
			{[]unit{{"We lost the pumps within an hour", true}}, true},
			{[]unit{{"The crews did all they could", true}}, false},
			{[]unit{{"The town will rebuild the levee.", false}}, false},
		}},
		{"straight marks", []string{
			`"The water rose faster than anyone expected.`,
			`We lost the pumps within an hour," the chief said.`,
		}, []sentence{
			{[]unit{{"The water rose faster than anyone expected", true}}, true},
			{[]unit{{"We lost the pumps within an hour", true}}, false},
		}},
		// Inside a quotation, a closing mark closes it after a space too.
		{"a spaced mark", []string{
			"“The water rose faster than anyone expected.",
			"We lost the pumps within an hour ” the chief said.",
		}, []sentence{
			{[]unit{{"The water rose faster than anyone expected", true}}, true},
			{[]unit{{"We lost the pumps within an hour", true}}, false},
		}},
		// A mark that opens a quote ends the one before, though nothing
		// closed it.
		{"a new quote", []string{
			"“The water rose faster than anyone expected.",
			"The chief called it “the worst night of my career.”",
		}, []sentence{
			{[]unit{{"The water rose faster than anyone expected", true}}, true},
			{[]unit{{"The chief called it “the worst night of my career.”", false}}, false},
		}},
	}
	for _, tt := range tests {
		var got []sentence
		open := false
		for _, s := range tt.sentences {
			var us []Unit
			us, open = SplitQuoting(s, open)
			st := sentence{Open: open}
			for _, u := range us {
				st.Units = append(st.Units, unit{s[u.Start:u.End], u.Quote})
			}
			got = append(got, st)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestIsLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"a historic day", true},
		{"a step in the right direction", true},
		{"the worst flood in living memory", true},
		{"a war of Obama's choosing", false}, // a name: the speaker's own words
		{"the channel is a disgrace", false},
		{"no evidence of engine failure", false},
		{"let our patients down", false},
		{"a very serious problem in this case is, how do you work out the back pay", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsLabel(tt.in); got != tt.want {
			t.Errorf("IsLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
