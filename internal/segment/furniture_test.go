package segment

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type marked struct{ Text, Reason string }

// furniture returns each sentence of text with its furniture reason ("" for
// article text).
func furniture(text string) []marked {
	var out []marked
	for _, s := range Split(text, Options{}) {
		if s.Furniture != (s.Reason != "") {
			panic("Furniture and Reason disagree")
		}
		out = append(out, marked{text[s.Start:s.End], s.Reason})
	}
	return out
}

// TestFurniture checks each cue on synthetic pages written for this test
// (no text of the seed articles), together with the article lines around
// them that must stay unmarked: headline, byline, subheadings, quotes.
func TestFurniture(t *testing.T) {
	tests := []struct {
		name  string
		lines [][]marked // a page: one line each, of one or more sentences
	}{
		{"page chrome around an article", [][]marked{
			{{"Sign up for our daily briefing", ReasonAction}},
			{{"Weather", ReasonLabel}},
			{{"Storm Hits Coastal Towns", ""}},
			{{"By Ann Lee", ReasonByline}},
			{{"Heavy rain flooded roads across the region on Tuesday, officials said, and thousands lost power.", ""}},
			{{"Photo: Local Fire Service", ReasonCredit}},
			{{"What Comes Next", ""}},
			{{"Crews expect to restore power to most homes by Friday, the utility said in a statement.", ""}},
			{{"(Photo by John Roe/Getty Images)", ReasonCredit}},
			{{"“We will rebuild,” the mayor said.", ""}},
			{{"RELATED: Five things to know before the storm season starts", ReasonLabel}},
			{{"Residents were told to boil tap water until further notice, the county health office said.", ""}},
			{{"Share this article", ReasonNavigation}},
			{{"Comments", ReasonNavigation}},
			{{"Join the discussion below.", ReasonPrompt}, {"Your comment will appear after review.", ReasonPrompt}},
			{{"Recommended", ReasonNavigation}},
			{{"Rivers Rise Again as Rain Returns to the Valley", ReasonTeaser}},
			{{"Officials warn that more rain could fall over the weekend and the rivers may...", ReasonTeaser}},
			{{"Local News", ReasonLabel}},
		}},
		{"repeats, markers, bios", [][]marked{
			{{"Morning Edition", ReasonRepeated}},
			{{"Listen to this article", ReasonAction}},
			{{"The council approved the budget on Monday after a long debate about schools and roads. [1]", ""}},
			{{"[2]", ReasonMarker}},
			{{"Advertisement", ReasonNavigation}},
			{{"The mayor said the plan would cut waiting times at city clinics by half next year.", ""}},
			{{"Morning Edition", ReasonRepeated}},
			{{"Reporter.", ReasonBio}, {"Coffee drinker.", ReasonBio}, {"Cyclist.", ReasonBio}, {"Parent of two.", ReasonBio}},
		}},
		{"reader prompts", [][]marked{
			{{"What are you searching for?", ReasonPrompt}},
			{{"The port reopened on Sunday after a week of repairs to the main pier, the authority said.", ""}},
			{{"Enter your e-mail address to get our newsletter in your inbox every morning, free of charge.", ReasonPrompt}},
			{{"We use cookies so that you get the best experience on our website.", ReasonPrompt}},
			{{"Name, email and website are required fields *", ReasonPrompt}},
		}},
		{"wire copy: byline, time stamp, dateline, credit, standards, copyright", [][]marked{
			{{"Lawmakers Approve Water Deal", ""}},
			{{"By Lee Park, Associated Press", ReasonByline}},
			{{"Updated 4:10 PM EST, Tue January 9, 2024", ReasonTimestamp}},
			{{"DENVER (AP) —", ReasonDateline}, {"Colorado lawmakers approved a water-sharing agreement early Wednesday, ending a long dispute.", ""}},
			{{"Traffic backs up on Elm Ave. during the morning commute", ""}, {"AFP/Getty Images", ReasonCredit}},
			{{"By Sunday afternoon the river level was falling, the sheriff said in a statement to reporters.", ""}},
			{{"Residents fill sandbags outside the fire station on Tuesday.", ""}, {"(Photo: Jim Tran/Coast Herald)", ReasonCredit}},
			{{"Associated Press writer Tom Bell in Cheyenne, Wyoming, contributed to this report.", ReasonStandards}},
			{{"Copyright 2024 The Associated Press.", ReasonCopyright}, {"All rights reserved.", ReasonCopyright}},
		}},
		{"masthead lines apart by ' | '", [][]marked{
			{{"Ferry Sinks Off Kessa, Nine Dead", ""}},
			{{"By Ana Ruiz | The Valley Ledger", ReasonByline}},
			{{"Analysis | By Ana Ruiz", ReasonByline}},
			{{"The Valley Ledger | Nov. 29, 2026 8:14 PM", ReasonTimestamp}},
			{{"Climate analysis | 6 min read", ReasonTimestamp}},
			{{"Opinion and analysis | The Valley Ledger", ReasonNavigation}},
			{{"A passenger ferry capsized in rough seas off Kessa Island on Sunday evening, officials said.", ""}},
			{{"Storm hits the coast | The Valley Ledger", ""}},
			{{"Floods in Dorset | The Valley Ledger", ""}},
			{{"Markets Fall Sharply | Business", ""}},
			{{"Governor Vetoes Bill | By Ana Ruiz", ""}},
			{{"Two Killed In Highway Crash | 3 min read", ""}},
			{{"By Tomas Reinholt | Patchline", ReasonByline}},
			{{"Global Newsline | Nov. 29, 2026 8:14 PM", ReasonTimestamp}},
			{{"Coastline Wire | Sun 9 Aug 2026 19:05 local time", ReasonTimestamp}},
			{{"By Hollis Quaye, senior fire-policy writer", ReasonByline}},
			{{"By Sunday, police had detained a photographer", ""}},
			{{"By Rhea Okafor, staff writer · 4 min read", ReasonByline}},
			{{"By Rhea Okafor, senior fire-policy writer.", ReasonByline}},
		}},
		{"glued byline, a label and the claim after it, short facts, an author bio", [][]marked{
			{{"Bridge Closure to Last Through Spring", ""}},
			{{"By Ana Ruiz and Tom Bell", ReasonByline}, {"The bridge will stay closed until April, county engineers said on Monday.", ""}},
			{{"By Mara Olsen,", ReasonByline}, {"the river rose two metres overnight.", ""}},
			{{"By Sunday, police had detained three men near the bridge.", ""}},
			{{"By Christmas Eve, the river had frozen over between the two bridges, the county said.", ""}},
			{{"10:48 a.m. ET", ReasonTimestamp}},
			{{"Read more: How the county checks its bridges.", ReasonLabel}, {"The county inspects each of its 140 bridges every two years, Dunn said.", ""}},
			{{"Read more: Dam owners face new rules", ReasonLabel}, {"The county inspects each of its dams every year, Dunn said.", ""}},
			{{"RELATED: Why The Times changed its mind on the dam", ReasonLabel}},
			{{"A car was swept off Route 1 near Millbrook as the water rose on Tuesday night.", ""}},
			{{"Two people died.", ""}, {"Three were hurt.", ""}, {"One is missing.", ""}},
			{{"Ana Ruiz is a reporter who covers roads and transit for the paper.", ReasonBio}},
			{{"More from the Gazette", ReasonNavigation}},
			{{"Council delays vote on downtown parking plan", ReasonTeaser}},
			{{"High school band heads to Rose Parade", ReasonTeaser}},
		}},
		{"the outlet's name alone on a line, as its copyright notice gives it", [][]marked{
			{{"Ferry Service Cut for Winter", ""}},
			{{"By Priya Sandoval", ReasonByline}},
			{{"Morning Star Daily", ReasonLabel}},
			{{"The ferry will run twice a day from November, the operator said on Monday.", ""}},
			{{"What Changes", ""}},
			{{"THE MORNING STAR DAILY", ReasonLabel}},
			{{"Fares will stay the same, the operator said in a statement on its website.", ""}},
			{{"© 2025 Morning Star Daily.", ReasonCopyright}, {"All rights reserved.", ReasonCopyright}},
		}},
		{"an outlet's name in a headline, and no copyright notice", [][]marked{
			{{"Morning Star Daily Sold to Rival", ""}},
			{{"The paper was sold to its rival on Monday after a year of losses, its owner said.", ""}},
			{{"Morning Star Daily", ""}},
			{{"The new owner will keep the paper's name and its 40 staff, the buyer said.", ""}},
		}},
		{"forum", [][]marked{
			{{"Posted by kestrel_88 on Jan 9, 2024, 10:14 PM", ReasonByline}},
			{{"My phone loses most of its charge overnight, even in airplane mode, since the update.", ""}},
			{{"Reply", ReasonNavigation}},
			{{"Quote from mira_k:", ReasonLabel}},
			{{"Same here, and support told me to reset it to factory settings, which I will not do.", ""}},
		}},
		{"headline after an advertisement line", [][]marked{
			{{"Advertisement", ReasonNavigation}},
			{{"Fire Destroys Historic Barn in Millbrook", ""}},
			{{"Firefighters from four departments battled the blaze for three hours", ""}},
			{{"A fire destroyed a 120-year-old barn on the edge of Millbrook early Monday, the fire chief said.", ""}},
		}},
		{"contact lines, share bars and questions put to the reader", [][]marked{
			{{"Storm Closes Port for a Second Day", ""}},
			{{"By Glen Pardoe | gpardoe@harbourcourier.example", ReasonByline}},
			{{"The storm closed the port on Monday, officials said, and all ferries were cancelled for the day.", ""}},
			{{"Anyone who sees the missing boat is asked to call 911.", ""}},
			{{"Share on Facebook · Share on X · Email this story", ReasonAction}},
			{{"Subscribe to the Courier for weekly analysis of the shipping trade.", ReasonAction}},
			{{"Glen Pardoe can be reached at gpardoe@harbourcourier.example", ReasonPrompt}},
			{{"Have a news tip?", ReasonPrompt}},
			{{"Write to newsroom@harbourcourier.example", ReasonPrompt}},
			{{"Call the newsdesk on 01632 448 210", ReasonPrompt}},
			{{"Contact us at 01632 448 210", ReasonAction}},
			{{"Contact the newsdesk", ReasonAction}},
			{{"Have you been affected?", ReasonPrompt}, {"Email stories@harbourcourier.example", ReasonPrompt}},
			{{"Sign up for our newsletter, delivered free every morning.", ReasonAction}},
			{{"Get the latest port news delivered to your inbox every morning.", ReasonPrompt}},
		}},
		{"sentences that report stay unmarked, whatever they open with or hold", [][]marked{
			{{"Bank Customers Targeted by Fake Refund E-mails", ""}},
			{{"Police have warned customers about a wave of fake refund e-mails sent over the weekend, the force said.", ""}},
			{{"The messages asked victims to reply to refunds@taxoffice-help.example, police said.", ""}},
			{{"The scam e-mails came from support@paypa1-secure.example.", ""}},
			{{"Call 0800 555 0199 if you see the man, police said.", ""}},
			{{"Phone bills rose sharply in 2022-2023, the regulator said.", ""}},
			{{"Share prices fell more than 10 percent on Monday.", ""}},
			{{"Follow-up checks found no customer had lost money this week.", ""}},
			{{"Leave was cancelled for fraud officers this weekend.", ""}},
			{{"Have any of the victims been named?", ""}},
			{{"Like other banks, Acme will close 40 branches this year.", ""}},
			{{"Contact tracing will resume this week.", ""}},
			{{"Share prices are up this morning.", ""}},
			{{"Like many towns on the coast, Kessa has seen its population fall this decade.", ""}},
			{{"More than 300 people replied to the address before it was shut down on Sunday.", ""}},
			{{"Police said anyone who received an e-mail asking for your bank details should delete it.", ""}},
			{{"The bank says it will never ask you to confirm your password by e-mail.", ""}},
		}},
		{"appeals for the reader's money, and sentences about funding", [][]marked{
			{{"Flood Wall Holds as River Peaks", ""}},
			{{"The river rose two metres overnight, officials said on Tuesday, and the new flood wall held.", ""}},
			{{"The museum is funded by the city.", ""}},
			{{"Readers funded the campaign, the charity said.", ""}},
			{{"The Valley Times is funded by a trust, the paper said in its annual report.", ""}},
			{{"Support for the flood levy has grown since the spring floods, a poll found this week.", ""}},
			{{"Support for Local Journalism", ""}},
			{{"The wall cost four million pounds and took two years to build, the council said on Monday.", ""}},
			{{"Support independent journalism: subscribe from $4 a month", ReasonAction}},
			{{"The Lakeside Ledger is reader-funded.", ReasonAction}},
			{{"Morning Star Daily is funded by readers like you.", ReasonAction}},
		}},
		{"claims that look like furniture stay unmarked", [][]marked{
			{{"Call centres took 4,000 calls on Monday, the operator said, more than on any day this year.", ""}},
			{{"Residents were told to call 0800 555 0199 for help, the county said on Tuesday.", ""}},
			{{"Dam Owners Face New Rules", ""}},
			{{"Reporting by the Times found that the dam had not been inspected since 2019.", ""}},
			{{"The views expressed in the report are the commission's own, the chairman said.", ""}},
			{{"By the time police arrived, the man had fled, witnesses told the county sheriff.", ""}},
			{{"By Friday, Acme Corp. had laid off 300 workers at its plant in the valley.", ""}},
			{{"Tuesday — the day after the vote — was quiet in the state capital, officials said.", ""}},
			{{"10:30 a.m. Monday is the deadline for comments, the county said in a notice.", ""}},
			{{"Copyright law protects the photographs, a lawyer for the family said on Monday.", ""}},
			{{"Quoting the report, she said the operator had ignored three warnings since 2019.", ""}},
			{{"The crash closed the road between the Israel/Gaza crossing and the town for hours.", ""}},
		}},
		{"speakers and explainer headlines stay unmarked", [][]marked{
			{{"What the new tax bands mean for you", ""}},
			{{"The council set the new bands on Tuesday after a year of consultation, the treasurer said.", ""}},
			{{"HOST: Welcome back to the programme, and thanks for coming in.", ""}},
			{{"CALLER FROM LEEDS: Why did the buses stop running at ten?", ""}},
			{{"HOST: The operator cut the late routes in March, and the council said it would review them.", ""}},
			{{"BREAKING: Council votes to restore late buses", ReasonLabel}},
			{{"Tell us what you think", ReasonPrompt}},
		}},
		{"breadcrumbs, menus and counters", [][]marked{
			{{"Today's Edition | Subscribe | Log In", ReasonNavigation}},
			{{"Noticias › Región › Costa", ReasonNavigation}},
			{{"Sport > Cycling > Tour", ReasonNavigation}},
			{{"Harbour Dredging Resumes After Two-Year Pause", ""}},
			{{"Dredging of the outer harbour resumed on Monday after a two-year pause, the port said.", ""}},
			{{"Slide 3 of 8", ReasonNavigation}},
			{{"The dredger will work through the night until the channel is 12 metres deep again.", ""}},
			{{"14 likes", ReasonNavigation}},
			{{"#12", ReasonNavigation}},
			{{"Comments (41)", ReasonNavigation}},
			{{"Was this information helpful?", ReasonPrompt}},
			{{"Yes | No", ReasonNavigation}},
		}},
		{"look like menus and counters, stay unmarked", [][]marked{
			{{"Storm closes harbour for third day | Port news", ""}},
			{{"The harbour stayed closed on Wednesday as waves reached 6 metres, the port said.", ""}},
			{{"Q: Will you reopen the north berth this year?", ""}},
			{{"A: We hope so, but the survey comes first.", ""}},
			{{"Prices rose 4 > 3 forecasts, one analyst joked on Tuesday.", ""}},
			{{"The vote was 4 of 6 in favour, the clerk said after the meeting.", ""}},
		}},
		{"short headline stays unmarked", [][]marked{
			{{"World", ReasonLabel}},
			{{"Talks Resume", ""}},
			{{"Delegates returned to the table on Monday after a two-week pause, diplomats said.", ""}},
		}},
		{"article text stays unmarked", [][]marked{
			{{"Talks Resume in Geneva", ""}},
			{{"GENEVA: Delegates returned to the table on Monday after a two-week pause, diplomats said.", ""}},
			{{"Background", ""}},
			{{"The talks began in March and stalled in May over the pace of troop cuts, officials said.", ""}},
			{{"Key Sticking Points", ""}},
			{{"Follow the Money", ""}},
			{{"“No.", ""}, {"Not now.", ""}, {"Maybe later.”", ""}},
			{{"Both sides want a timeline, but they disagree on its length and on who will verify it.", ""}},
			{{"“Are you serious?” one delegate asked.", ""}},
			{{"Do you think the deal will hold?", ""}},
			{{"Only if both sides keep their word, and so far they have, the envoy said.", ""}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var page []string
			var want []marked
			for _, line := range tt.lines {
				var sents []string
				for _, m := range line {
					sents = append(sents, m.Text)
				}
				page = append(page, strings.Join(sents, " "))
				want = append(want, line...)
			}
			if diff := cmp.Diff(want, furniture(strings.Join(page, "\n"))); diff != "" {
				t.Errorf("furniture mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
