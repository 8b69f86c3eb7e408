package newsday

import (
	"fmt"
	"math/rand/v2"
)

// kind is a kind of event: how to invent one, and how outlets word it.
//
// Templates name the event's slots in braces: {winner} a person (the full
// name at its first mention in an article, the surname after; {winner!}
// always the full name), {city} a place or a plain text, {votes#} a count,
// {share%} a percentage, {cost$} a sum of money, {close.} a figure written
// as is. Each claim has several wordings; each outlet words it its own way,
// with its own habits for numbers (hedges, words, percent signs), and now
// and then states a different figure: the divergences claimdiff must find.
type kind struct {
	name       string
	weight     int // relative frequency among events
	setup      func(rng *rand.Rand, e *event)
	headlines  []string
	lead       []string   // the first claim, with the dateline before it
	claims     [][]string // the rest, each in several wordings
	quotes     []string
	background []string // lines every event of the kind may carry: what makes events look alike
	// attributions close a claim now and then: "officials said".
	attributions []string
}

var kinds = []*kind{election, market, disaster, court, sports, results, accident, council}

// placeClaims are facts about the place where an event happened, which
// articles of every kind mention.
var placeClaims = [][]string{
	{"{city} has about {population#} residents.", "The city of {population#} people lies in {county} County.", "{city}, home to {population#} people, is the largest town in {county} County."},
	{"{city} is the seat of {county} County.", "{county} County officials were also at the scene.", "The {county} County sheriff's office assisted."},
	{"{city} lies {distance#} miles from {capital}, the state capital.", "The town is about {distance#} miles from {capital}.", "{capital}, the state capital, is {distance#} miles away."},
	{"{industry} is the largest employer in {city}.", "The local economy relies on {industry}.", "{city} grew up around {industry}."},
	{"{city} has seen its population grow by a third over the past decade, driven by families moving from larger cities.", "The population of {city} has grown quickly in recent years as newcomers arrived from the coast.", "Like many towns in the region, {city} has grown fast over the past ten years."},
	{"The {county} County board of supervisors is expected to discuss the matter at its next regular meeting.", "County supervisors in {county} will take up the issue at their next meeting, a county spokesperson said.", "The matter is on the agenda for the next meeting of the {county} County board."},
	{"{city} last drew statewide attention two years ago, when a dispute over water rights reached the state supreme court.", "Two years ago a fight over water rights put {city} in the headlines across the state.", "The town was last in the news statewide during a water rights case that went to the state supreme court."},
	{"Local officials scheduled a news conference for {day} afternoon.", "A news conference is planned for {day} afternoon in {city}.", "Officials in {city} will brief reporters on {day} afternoon."},
}

// openings lead into a claim now and then.
var openings = []string{"On {day}, ", "Earlier on {day}, ", "As of {day} evening, ", "In the latest update, ", "According to figures released on {day}, ", "Speaking to reporters, officials said ", "By late {day}, "}

var industries = []string{"logging", "the paper mill", "tourism", "the regional hospital", "a state university", "farming", "the shipyard", "a car plant", "mining", "the port"}

var election = &kind{
	name: "election", weight: 20,
	setup: func(rng *rand.Rand, e *event) {
		e.person("winner", rng)
		e.person("loser", rng)
		e.person("clerk", rng)
		share := 50 + rng.Float64()*18
		e.percent("share", share)
		e.percent("lshare", 100-share-rng.Float64()*4)
		e.count("votes", 2000+rng.IntN(90000))
		e.count("margin", 300+rng.IntN(9000))
		e.percent("turnout", 22+rng.Float64()*35)
		e.text("job", pick(rng, []string{"a former city council member", "a local business owner", "the deputy mayor", "a school board member", "a retired police captain", "a public defender"}))
		e.text("ljob", pick(rng, []string{"the incumbent", "a two-term council member", "a former state legislator", "a nonprofit director"}))
		e.count("precincts", 20+rng.IntN(180))
		e.date("sworn", 20+rng.IntN(40))
	},
	headlines: []string{
		"{winner} wins {city} mayoral race",
		"{winner!} elected mayor of {city}",
		"{city} voters pick {winner} as mayor",
		"{winner} defeats {loser} in {city} mayor's race",
	},
	lead: []string{
		"{winner}, {job}, won the race for mayor of {city} on {day}, taking {share%} of the vote.",
		"Voters in {city} elected {winner} as their next mayor on {day}, giving {job} {share%} of the ballots cast.",
		"{winner} was elected mayor of {city} on {day} with {share%} of the vote, defeating {loser}.",
	},
	claims: [][]string{
		{"{winner} outspent {loser} by a wide margin, according to campaign finance reports filed last month.", "Campaign finance reports show {winner} raised far more money than {loser} in the final weeks of the race.", "{loser} had struggled to match {winner}'s fundraising, reports filed with the city showed."},
		{"The race was one of the most closely watched in the state this year, drawing visits from several statewide officials.", "Statewide party leaders campaigned in {city} in the final days of what became a closely watched race.", "The contest in {city} drew attention across the state, and several state officials campaigned for the candidates."},
		{"{winner} has said the first priority will be the city budget, which faces a shortfall next year.", "A budget shortfall expected next year will be the first test for {winner}, city finance officials said.", "The incoming mayor inherits a budget gap that the city council has yet to close."},
		{"{loser}, {ljob}, received {lshare%}.", "{loser}, {ljob}, finished with {lshare%} of the vote.", "The runner-up, {ljob} {loser}, won {lshare%}."},
		{"{winner} won by {margin#} votes out of {votes#} cast.", "The margin was {margin#} votes, with {votes#} ballots counted.", "About {votes#} ballots were cast and {winner} led by {margin#}."},
		{"Turnout was {turnout%}, according to {clerk!}, the city clerk.", "City clerk {clerk!} put turnout at {turnout%}.", "{turnout%} of registered voters took part, the clerk's office said."},
		{"All {precincts#} precincts had reported by midnight.", "Results from all {precincts#} precincts were in shortly before midnight.", "By midnight, {precincts#} of {precincts#} precincts had reported."},
		{"{loser} conceded late on {day} in a speech to supporters.", "{loser} called {winner} to concede shortly after 11 p.m.", "{loser} has not conceded the race."},
		{"{winner} will be sworn in on {sworn}.", "The new mayor takes office on {sworn}.", "{winner} is due to be sworn in on {sworn}, officials said."},
		{"{winner} campaigned on housing costs and public safety.", "Housing and public safety were at the center of {winner}'s campaign.", "{winner} promised to build more affordable housing and to hire more police officers."},
		{"{winner} will be the first mayor of {city} in a decade not backed by the local party.", "The win makes {winner} the first mayor in a decade without the local party's backing.", "Local party leaders had endorsed {loser}."},
		{"Election officials will certify the results next week.", "The results are expected to be certified by the county next week.", "Certification of the vote is expected within a week, the clerk said."},
	},
	quotes: []string{
		"\"This city voted for change, and we will deliver it,\" {winner} told supporters.",
		"\"I congratulate {winner} and wish the city well,\" {loser} said.",
		"\"The voters have spoken,\" said {loser}.",
		"\"We ran a campaign about the future of {city},\" {winner} said.",
	},
	attributions: []string{"election officials said in a statement released late on {day}", "according to unofficial results posted by the county elections office", "the county elections office said on its website", "according to the city clerk's office, which will publish final figures next week"},
	background: []string{
		"Polls closed at 8 p.m.",
		"Mayoral races in the state are officially nonpartisan.",
		"Turnout in municipal elections has fallen across the state in recent years.",
		"The mayor serves a four-year term.",
		"Early voting began two weeks ago.",
		"Several council seats were also on the ballot.",
		"Election officials reported no major problems at polling places.",
	},
}

var market = &kind{
	name: "market", weight: 10,
	setup: func(rng *rand.Rand, e *event) {
		e.text("index", "the "+town(rng)+" "+pick(rng, []string{"Composite", "100", "All-Share", "Index", "50", "General"}))
		e.text("exchange", town(rng)+" Stock Exchange")
		move := 0.3 + rng.Float64()*2.8
		dir := rng.IntN(2) == 0
		e.percent("move", move)
		e.text("moved", map[bool]string{true: "rose", false: "fell"}[dir])
		e.text("moves", map[bool]string{true: "gains", false: "falls"}[dir])
		e.text("trend", map[bool]string{true: "higher", false: "lower"}[dir])
		e.plain("points", fmt.Sprintf("%.1f", 20+rng.Float64()*300))
		e.plain("close", fmt.Sprintf("%d", 4000+rng.IntN(30000)))
		e.text("gainer", firm(rng))
		e.percent("gain", 3+rng.Float64()*12)
		e.text("loser", firm(rng))
		e.percent("loss", 3+rng.Float64()*9)
		e.money("oil", 60+rng.Float64()*40)
		e.count("volume", 200+rng.IntN(1800))
		e.person("analyst", rng)
		e.text("bank", firm(rng))
	},
	headlines: []string{
		"{index} {moves} {move%}",
		"Stocks {moved} as {index} closes {trend}",
		"{index} ends {trend} on {gainer}, {loser} moves",
		"Shares close {trend} in {city}",
	},
	lead: []string{
		"{index} {moved} {move%} on {day}, closing at {close.}.",
		"Stocks on the {exchange} {moved} on {day}, with {index} closing {move%} {trend} at {close.}.",
		"{index} {moved} {points.} points, or {move%}, to {close.} on {day}.",
	},
	claims: [][]string{
		{"Retail stocks struggled after a report showed consumer spending slowed for a second month in a row.", "A government report showing a second monthly slowdown in consumer spending weighed on retailers.", "Retailers fell after data showed shoppers cut back for the second month running."},
		{"Banks rose after several lenders reported stronger than expected results earlier in the week.", "Bank shares gained, extending a rally that began with upbeat earnings from large lenders.", "Financial stocks were higher for a third day after better than expected bank results."},
		{"The index is up for the year, though it remains below the record it set last summer.", "For the year, the index has gained, but it is still short of last summer's record high.", "Despite the day's move the index remains below the peak it reached last summer."},
		{"{gainer} led the gains, rising {gain%}.", "Shares of {gainer} jumped {gain%}, the most on the index.", "The best performer was {gainer}, up {gain%}."},
		{"{loser} fell {loss%} after cutting its forecast.", "Shares in {loser} dropped {loss%} after the company lowered its outlook.", "{loser} was the biggest loser, down {loss%}."},
		{"Oil traded at {oil$} a barrel.", "Crude oil prices held near {oil$} a barrel.", "A barrel of crude cost about {oil$}."},
		{"Some {volume#} million shares changed hands.", "Trading volume was {volume#} million shares.", "Volume reached {volume#} million shares, traders said."},
		{"Investors were waiting for a decision on interest rates next week.", "Traders are watching next week's interest rate decision.", "The central bank meets next week to decide on rates."},
		{"\"Markets are nervous about rates,\" said {analyst!}, an analyst at {bank}.", "{analyst!} of {bank} said investors were nervous about interest rates.", "Analysts, including {analyst!} at {bank}, pointed to worries over rates."},
		{"The index has {moved} in three of the last five sessions.", "It was the third session in five that the index {moved}.", "The index {moved} for the third time in five sessions."},
		{"Bond yields were little changed.", "Government bond yields barely moved.", "Yields on ten-year bonds were steady."},
	},
	quotes: []string{
		"\"It was a quiet day until the last hour,\" said {analyst}.",
		"\"Earnings season will decide the direction,\" {analyst} said.",
	},
	attributions: []string{"traders on the floor of the {exchange} said after the close", "according to data published by the {exchange}", "market data compiled by the exchange showed", "analysts who follow the market said on {day}"},
	background: []string{
		"Markets across the region were mixed.",
		"Asian markets closed mostly lower overnight.",
		"Technology shares were among the most traded.",
		"The dollar was steady against a basket of currencies.",
		"Gold prices edged up.",
		"Trading was thin ahead of the holiday weekend.",
	},
}

var disaster = &kind{
	name: "disaster", weight: 12,
	setup: func(rng *rand.Rand, e *event) {
		what := pick(rng, []string{"fire", "flood", "storm", "landslide", "tornado", "wildfire"})
		e.text("what", what)
		e.count("dead", 1+rng.IntN(12))
		e.count("injured", 3+rng.IntN(80))
		e.date("sworn", 2+rng.IntN(6))
		e.count("evacuated", 100+rng.IntN(15000))
		e.count("homes", 5+rng.IntN(600))
		e.person("chief", rng)
		e.person("governor", rng)
		e.person("resident", rng)
		e.count("crews", 20+rng.IntN(300))
		e.money("damage", 1e6*(1+rng.Float64()*90))
		e.text("street", town(rng)+" Road")
		e.time("started", rng)
		e.text("shelter", town(rng)+" High School")
	},
	headlines: []string{
		"{what} forces {evacuated#} from homes in {city}",
		"{dead#} dead, {injured#} hurt as {what} hits {city}",
		"Thousands flee {what} in {city}",
		"{city} counts damage after {what}",
	},
	lead: []string{
		"A {what} in {city} killed {dead#} people and forced {evacuated#} from their homes on {day}, officials said.",
		"At least {dead#} people died on {day} when a {what} swept through {city}, and {evacuated#} residents were evacuated.",
		"The {what} that struck {city} on {day} left {dead#} dead and {injured#} injured, authorities said.",
	},
	claims: [][]string{
		{"Residents said they had little warning before the {what} reached their street on {day}.", "Several residents told reporters that warnings came too late for them to save their belongings.", "People living near {street} said they had only minutes to leave their homes."},
		{"Utility crews were working to restore power to parts of {city} that lost it during the {what}.", "Power was still out in parts of {city} on {day} evening, the utility said.", "The local utility said it hoped to restore electricity to most customers by the weekend."},
		{"The county opened a hotline for residents looking for missing relatives and information on shelters.", "A hotline for families searching for relatives was set up by {county} County.", "{county} County set up a phone line for people looking for missing family members."},
		{"{injured#} people were taken to hospital.", "Hospitals treated {injured#} people for injuries.", "Another {injured#} were injured."},
		{"The {what} began at around {started} near {street}.", "It started shortly before {started} near {street}, fire officials said.", "Officials said the {what} was first reported at {started} on {street}."},
		{"{homes#} homes were destroyed or damaged.", "The {what} destroyed {homes#} homes.", "At least {homes#} houses were damaged, according to a preliminary count."},
		{"Fire chief {chief!} said {crews#} firefighters were working at the scene.", "{crews#} crews were deployed, said {chief!}, the fire chief.", "{chief!}, who leads the fire department, said {crews#} firefighters had been sent."},
		{"Governor {governor!} declared a state of emergency.", "A state of emergency was declared by Gov. {governor!}.", "{governor!}, the governor, issued an emergency declaration for the county."},
		{"Damage was estimated at {damage$}.", "Officials put the damage at {damage$}.", "The cost of the damage could reach {damage$}, the county said."},
		{"Evacuees were sheltering at {shelter}.", "A shelter opened at {shelter}.", "The Red Cross set up a shelter at {shelter}."},
		{"The cause of the {what} is under investigation.", "Investigators have not determined what caused the {what}.", "Officials said the cause was not yet known."},
		{"Residents were told they could return on {sworn}.", "Evacuation orders are expected to be lifted on {sworn}.", "Officials hope to let residents back by {sworn}."},
	},
	quotes: []string{
		"\"We lost everything,\" said {resident!}, who lives near {street}.",
		"\"Crews worked through the night,\" {chief} said.",
		"\"This is the worst {what} I have seen here,\" said {resident!}.",
	},
	attributions: []string{"officials said at a briefing in {city} on {day}", "according to a statement from {county} County emergency managers", "fire officials said in an update posted on social media", "authorities said, warning that the figures could change"},
	background: []string{
		"Emergency crews from neighboring counties were sent to help.",
		"Power was cut to thousands of homes.",
		"Schools in the area will remain closed.",
		"Officials urged residents to follow evacuation orders.",
		"The National Weather Service warned of more severe weather.",
		"Several roads remained closed.",
	},
}

var court = &kind{
	name: "court", weight: 12,
	setup: func(rng *rand.Rand, e *event) {
		e.person("defendant", rng)
		e.person("judge", rng)
		e.person("prosecutor", rng)
		e.person("lawyer", rng)
		e.text("charge", pick(rng, []string{"fraud", "bribery", "embezzlement", "money laundering", "tax evasion", "insurance fraud", "wire fraud"}))
		e.text("role", pick(rng, []string{"a former county treasurer", "a real estate developer", "a former hospital executive", "a city contractor", "a former bank manager", "a charity director"}))
		e.count("years", 2+rng.IntN(14))
		e.money("fine", 1e5*(1+rng.Float64()*50))
		e.money("stolen", 1e6*(0.5+rng.Float64()*20))
		e.count("victims", 10+rng.IntN(400))
		e.count("jurydays", 2+rng.IntN(6))
		e.count("witnesses", 5+rng.IntN(40))
	},
	headlines: []string{
		"{defendant} sentenced to {years#} years for {charge}",
		"Former official {defendant} gets {years#}-year sentence",
		"Judge sends {defendant} to prison in {charge} case",
		"{defendant} jailed over {stolen$} {charge} scheme",
	},
	lead: []string{
		"{defendant}, {role}, was sentenced on {day} to {years#} years in prison for {charge}.",
		"A judge in {city} on {day} sentenced {defendant}, {role}, to {years#} years for {charge}.",
		"{defendant} will spend {years#} years in prison after being convicted of {charge}, a judge ruled on {day}.",
	},
	claims: [][]string{
		{"The charges stemmed from an investigation that began after a whistleblower contacted state auditors.", "Investigators began looking into {defendant} after a former employee alerted state auditors.", "The case began with a tip from an employee to the state auditor's office."},
		{"Several victims told the court that they had lost their life savings in the scheme.", "Victims described in court how the scheme had cost them their savings and, in some cases, their homes.", "In statements to the judge, victims said they had lost their retirement savings."},
		{"Restitution to the victims will be decided at a separate hearing next month.", "The judge set a hearing for next month to determine how much must be repaid to victims.", "A separate hearing on restitution is scheduled for next month, the court said."},
		{"Judge {judge!} also ordered {defendant} to pay a fine of {fine$}.", "{defendant} must also pay {fine$}, Judge {judge!} ruled.", "The court imposed a {fine$} fine."},
		{"Prosecutors said {defendant} took {stolen$} from {victims#} victims.", "The scheme cost {victims#} people a total of {stolen$}, prosecutors said.", "According to prosecutors, {stolen$} was taken from {victims#} investors."},
		{"A jury convicted {defendant} after {jurydays#} days of deliberation.", "Jurors deliberated for {jurydays#} days before returning a guilty verdict.", "The verdict came after {jurydays#} days of jury deliberations."},
		{"{witnesses#} witnesses testified during the trial.", "The trial heard from {witnesses#} witnesses.", "Prosecutors called {witnesses#} witnesses."},
		{"{lawyer!}, the defense lawyer, said {defendant} would appeal.", "Defense attorney {lawyer!} said an appeal would be filed.", "{defendant} plans to appeal, said {lawyer!}, who represents him."},
		{"Prosecutor {prosecutor!} had asked for a longer sentence.", "{prosecutor!}, the lead prosecutor, had sought a tougher sentence.", "The prosecution, led by {prosecutor!}, asked for more prison time."},
		{"{defendant} did not speak at the hearing.", "{defendant} declined to address the court.", "{defendant} apologized to the victims in court."},
		{"The case was heard in the district court in {city}.", "The trial took place at the {city} district courthouse.", "The district court in {city} heard the case over several weeks."},
	},
	quotes: []string{
		"\"This sentence reflects the harm done to the victims,\" {prosecutor} said.",
		"\"We respectfully disagree with the verdict,\" said {lawyer}.",
		"\"The court has considered all the evidence,\" Judge {judge} said.",
	},
	attributions: []string{"court records filed in the case show", "prosecutors said in a statement after the hearing", "according to documents filed with the district court in {city}", "the court said in its written ruling"},
	background: []string{
		"Sentencing guidelines allowed a range of penalties.",
		"The defendant has been in custody since the verdict.",
		"Several victims attended the hearing.",
		"Federal prosecutors have brought a number of fraud cases this year.",
		"The hearing lasted about two hours.",
	},
}

var sports = &kind{
	name: "sports", weight: 15,
	setup: func(rng *rand.Rand, e *event) {
		e.text("home", town(rng)+" "+pick(rng, mascots))
		e.text("away", town(rng)+" "+pick(rng, mascots))
		e.plain("hs", fmt.Sprint(1+rng.IntN(5)))
		e.plain("as", fmt.Sprint(rng.IntN(2)))
		e.person("scorer", rng)
		e.person("coach", rng)
		e.person("keeper", rng)
		e.count("attendance", 3000+rng.IntN(50000))
		e.plain("minute", fmt.Sprint(5+rng.IntN(85)))
		e.plain("place", ordinal(1+rng.IntN(12)))
		e.count("points", 10+rng.IntN(50))
		e.text("stadium", town(rng)+" Stadium")
	},
	headlines: []string{
		"{home} beat {away} {hs.}-{as.}",
		"{scorer} leads {home} past {away}",
		"{home} win at home against {away}",
		"{away} fall to {home}",
	},
	lead: []string{
		"The {home} beat the {away} {hs.}-{as.} on {day} at {stadium}.",
		"{scorer} scored in minute {minute.} as the {home} defeated the {away} {hs.}-{as.} on {day}.",
		"The {home} won {hs.}-{as.} against the {away} on {day}, with {scorer} on the scoresheet.",
	},
	claims: [][]string{
		{"The {away} dominated possession in the first half but failed to turn their chances into goals.", "For much of the first half the {away} controlled the ball without finding a way through.", "The {away} had more of the ball before halftime but could not score."},
		{"{scorer} has now scored in four consecutive games, the longest run of the player's career.", "It was the fourth game in a row in which {scorer} found the net.", "{scorer} extended a scoring streak to four straight matches."},
		{"The {home} had lost their previous two games at {stadium} and were under pressure from supporters.", "Coming into the game, the {home} had lost two in a row at home.", "Two straight home defeats had left the {home} under pressure."},
		{"{scorer} opened the scoring in minute {minute.}.", "The first goal came from {scorer} after {minute.} minutes.", "{scorer!} put the {home} ahead in minute {minute.}."},
		{"A crowd of {attendance#} watched the game.", "Attendance was {attendance#}.", "{attendance#} fans were at {stadium}."},
		{"The win moves the {home} to {place.} place with {points#} points.", "The {home} are now {place.} in the table on {points#} points.", "With {points#} points, the {home} climbed to {place.}."},
		{"Goalkeeper {keeper!} made several saves in the second half.", "{keeper!} kept the {away} out with a string of saves.", "The {home} keeper, {keeper!}, was busy late in the game."},
		{"Coach {coach!} praised the team's defense.", "{coach!}, the {home} coach, credited the defense.", "Head coach {coach!} said the defense won the game."},
		{"The {away} had a goal ruled out for offside.", "A goal by the {away} was disallowed for offside.", "The {away} thought they had scored, but the goal was ruled offside."},
		{"The teams meet again next month.", "The rematch is scheduled for next month.", "The two sides play again in a month."},
	},
	quotes: []string{
		"\"We defended as a team,\" {coach} said.",
		"\"It was a special night for the fans,\" said {scorer}.",
		"\"We have to be better,\" the {away} coach said.",
	},
	attributions: []string{"the club said in a statement after the final whistle", "according to figures released by the league", "team officials said after the game", "the coach told reporters after the match"},
	background: []string{
		"The league season resumes after the international break.",
		"Both teams were missing injured players.",
		"It rained throughout the second half.",
		"The game was broadcast live on regional television.",
		"Ticket prices were raised this season.",
	},
}

var results = &kind{
	name: "results", weight: 12,
	setup: func(rng *rand.Rand, e *event) {
		e.text("firm", firm(rng))
		e.person("ceo", rng)
		e.person("cfo", rng)
		e.text("quarter", pick(rng, []string{"first", "second", "third", "fourth"}))
		e.money("revenue", 1e8*(1+rng.Float64()*80))
		e.money("profit", 1e6*(5+rng.Float64()*900))
		e.percent("growth", 1+rng.Float64()*25)
		e.percent("shares", 1+rng.Float64()*14)
		e.text("shared", pick(rng, []string{"rose", "fell"}))
		e.count("jobs", 100+rng.IntN(4000))
		e.count("stores", 10+rng.IntN(400))
	},
	headlines: []string{
		"{firm} profit beats forecasts",
		"{firm} reports {quarter}-quarter profit of {profit$}",
		"{firm} shares {shared} after results",
		"{firm} to cut {jobs#} jobs as revenue grows",
	},
	lead: []string{
		"{firm} reported a {quarter}-quarter profit of {profit$} on {day}, on revenue of {revenue$}.",
		"{firm} said on {day} it earned {profit$} in the {quarter} quarter, as revenue grew {growth%} to {revenue$}.",
		"Quarterly profit at {firm} reached {profit$}, the company said on {day}.",
	},
	claims: [][]string{
		{"The company said higher prices had helped offset weaker demand in some of its largest markets.", "Price increases made up for softer demand in several of its main markets, the company said.", "{firm} said it raised prices, which balanced out lower volumes in some markets."},
		{"{firm} will pay a quarterly dividend to shareholders next month, unchanged from the previous quarter.", "The dividend was kept at the same level as last quarter and will be paid next month.", "Shareholders will receive an unchanged quarterly dividend next month."},
		{"The company is also spending heavily on new warehouses and software to speed up deliveries.", "Investment in new warehouses and delivery software continued during the quarter.", "{firm} said it kept investing in warehouses and technology to speed up shipping."},
		{"Revenue rose {growth%} to {revenue$}.", "Sales grew {growth%}, to {revenue$}.", "The company's revenue increased by {growth%}."},
		{"Shares of {firm} {shared} {shares%} in afternoon trading.", "The stock {shared} {shares%} after the announcement.", "{firm} shares {shared} {shares%}."},
		{"The company plans to cut {jobs#} jobs.", "{firm} will eliminate about {jobs#} positions.", "Some {jobs#} jobs will go, the company said."},
		{"Chief executive {ceo!} said demand remained strong.", "{ceo!}, the chief executive, said demand was holding up.", "Demand is strong, said {ceo!}, who runs the company."},
		{"{firm} will close {stores#} stores next year.", "The company said {stores#} locations would close.", "It plans to shut {stores#} stores."},
		{"Chief financial officer {cfo!} said costs had risen.", "Costs rose, said {cfo!}, the finance chief.", "{cfo!}, the CFO, pointed to higher costs."},
		{"The company raised its forecast for the year.", "{firm} lifted its full-year outlook.", "It now expects higher earnings for the full year."},
		{"Analysts had expected lower earnings.", "The results beat analysts' estimates.", "Earnings came in above expectations."},
	},
	quotes: []string{
		"\"Our customers keep coming back,\" {ceo} said.",
		"\"We are making hard choices to stay competitive,\" said {ceo}.",
	},
	attributions: []string{"the company said in a statement released before the market opened", "according to a statement issued by {firm} on {day}", "the company said in a filing with regulators", "executives told analysts on a conference call"},
	background: []string{
		"Retailers have struggled with higher costs this year.",
		"Several companies in the sector report results this week.",
		"Consumer spending has slowed in recent months.",
		"The results were released before the market opened.",
		"The company will hold a call with analysts later in the day.",
	},
}

var accident = &kind{
	name: "accident", weight: 9,
	setup: func(rng *rand.Rand, e *event) {
		e.text("vehicle", pick(rng, []string{"bus", "train", "ferry", "tour bus", "commuter train", "truck"}))
		e.count("dead", 1+rng.IntN(15))
		e.count("injured", 2+rng.IntN(60))
		e.count("passengers", 20+rng.IntN(300))
		e.text("road", "Highway "+fmt.Sprint(2+rng.IntN(98)))
		e.person("driver", rng)
		e.person("spokesman", rng)
		e.time("started", rng)
		e.count("miles", 2+rng.IntN(40))
		e.text("agency", pick(rng, []string{"the state highway patrol", "the transportation safety board", "state police", "the county sheriff's office"}))
	},
	headlines: []string{
		"{dead#} killed in {vehicle} crash near {city}",
		"{vehicle} crash on {road} kills {dead#}",
		"Investigators look into deadly {vehicle} crash",
		"{injured#} injured as {vehicle} overturns near {city}",
	},
	lead: []string{
		"{dead#} people were killed and {injured#} injured when a {vehicle} crashed near {city} on {day}.",
		"A {vehicle} carrying {passengers#} passengers crashed near {city} on {day}, killing {dead#} people.",
		"A {vehicle} crash on {road} near {city} left {dead#} people dead on {day}, according to {agency}.",
	},
	claims: [][]string{
		{"Passengers described a loud noise shortly before the {vehicle} left the road and rolled onto its side.", "Witnesses said they heard a bang just before the {vehicle} went off the road.", "Several passengers said there was a loud bang and then the {vehicle} tipped over."},
		{"Relatives gathered at a community center in {city} where officials were giving updates on the injured.", "A community center in {city} was opened for families waiting for news of the injured.", "Families of passengers waited for news at a center set up in {city}."},
		{"The operator of the {vehicle} said it was cooperating fully with investigators and had suspended the route.", "The company that runs the {vehicle} suspended service on the route and said it was cooperating.", "Service on the route was suspended, the operator said, adding that it was working with investigators."},
		{"The {vehicle} was carrying {passengers#} passengers.", "There were {passengers#} people on board.", "{passengers#} passengers were aboard."},
		{"The crash happened at about {started} on {road}.", "It happened shortly after {started}, {miles#} miles from {city}.", "The {vehicle} left {road} at around {started}."},
		{"{injured#} people were hospitalized.", "{injured#} were taken to hospitals in the area.", "Another {injured#} people were hurt."},
		{"The driver, {driver!}, survived.", "{driver!}, who was driving, was among the injured.", "Police identified the driver as {driver!}."},
		{"{agency} is investigating the cause.", "The cause is being investigated by {agency}.", "Investigators from {agency} were at the scene."},
		{"{spokesman!}, a spokesman, said the road would stay closed overnight.", "The road will remain closed overnight, said spokesman {spokesman!}.", "{road} stayed closed into the night, {spokesman!} said."},
		{"Weather did not appear to be a factor.", "Conditions were dry at the time.", "It was not raining when the crash happened."},
	},
	quotes: []string{
		"\"It was chaos,\" said a passenger.",
		"\"Our thoughts are with the families,\" {spokesman} said.",
	},
	attributions: []string{"officials said at the scene on {day}", "police said in a statement released several hours after the crash", "according to a preliminary report by {agency}", "authorities said, adding that the toll could rise"},
	background: []string{
		"Traffic was diverted to nearby roads.",
		"Emergency crews from several towns responded.",
		"The stretch of road has seen several serious crashes in recent years.",
		"A hotline was set up for relatives.",
	},
}

var council = &kind{
	name: "council", weight: 10,
	setup: func(rng *rand.Rand, e *event) {
		e.text("bill", "the "+town(rng)+" "+pick(rng, []string{"Housing Act", "Water Safety Act", "Transit Plan", "Zoning Reform", "Budget Bill", "Clean Air Ordinance"}))
		e.person("sponsor", rng)
		e.person("opponent", rng)
		yes := 5 + rng.IntN(9)
		e.plain("yes", fmt.Sprint(yes))
		e.plain("no", fmt.Sprint(rng.IntN(yes)))
		e.money("cost", 1e6*(2+rng.Float64()*300))
		e.count("units", 100+rng.IntN(5000))
		e.date("effective", 30+rng.IntN(200))
		e.count("speakers", 10+rng.IntN(120))
	},
	headlines: []string{
		"{city} council passes {bill}",
		"Council approves {bill} in {yes.}-{no.} vote",
		"{bill} clears {city} council",
		"{city} adopts {cost$} plan",
	},
	lead: []string{
		"The {city} city council voted {yes.}-{no.} on {day} to pass {bill}.",
		"{city} council members approved {bill} on {day} by a vote of {yes.} to {no.}.",
		"{bill} passed the {city} city council on {day}, {yes.} votes to {no.}.",
	},
	claims: [][]string{
		{"Supporters of the measure filled the council chamber, many of them wearing matching shirts.", "The council chamber was packed with supporters of the plan, and an overflow room was opened.", "Dozens of supporters filled the chamber and the hallway outside during the vote."},
		{"Business groups had lobbied against the plan, warning that it would raise costs for developers.", "Developers and business groups opposed the measure, saying it would make building more expensive.", "The local chamber of commerce had urged members to reject the plan because of its cost to builders."},
		{"The plan is funded in part by a bond measure that voters approved two years ago.", "Money for the plan will come partly from a bond that voters passed two years ago.", "A bond approved by voters two years ago will pay for part of the plan."},
		{"The plan will cost {cost$} over five years.", "Its cost is put at {cost$}.", "The measure carries a price tag of {cost$}."},
		{"It calls for {units#} new housing units.", "The plan would add {units#} homes.", "{units#} units of housing would be built under the plan."},
		{"Council member {sponsor!}, who sponsored the bill, called it a milestone.", "The sponsor, {sponsor!}, said the vote was a milestone.", "{sponsor!} introduced the measure last year."},
		{"{opponent!} voted against it, citing the cost.", "Opponents, led by {opponent!}, said it was too expensive.", "{opponent!} said the city could not afford it."},
		{"The law takes effect on {effective}.", "It will take effect on {effective}.", "The new rules start on {effective}."},
		{"{speakers#} residents spoke during the public hearing.", "The hearing drew {speakers#} speakers.", "More than {speakers#} people signed up to speak."},
		{"The mayor is expected to sign it.", "The mayor said she would sign the measure.", "The bill now goes to the mayor."},
	},
	quotes: []string{
		"\"This is a good day for {city},\" {sponsor} said.",
		"\"We are spending money we do not have,\" said {opponent}.",
	},
	attributions: []string{"according to records posted on the city's website", "city officials said after the meeting", "according to a staff report prepared for the council", "the city said in a statement on {day}"},
	background: []string{
		"The meeting ran past midnight.",
		"The council has debated the issue for more than a year.",
		"Public comment was limited to two minutes per speaker.",
		"Several amendments were rejected.",
		"The council meets again in two weeks.",
	},
}
