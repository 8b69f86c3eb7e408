package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/normalize"
)

// TestMatchNumbers: one figure written two ways is no divergence, and
// digits that are not a quantity (a code, a decade) are not compared with
// quantities; a changed figure, or a changed code, is a divergence.
func TestMatchNumbers(t *testing.T) {
	checkDivergenceKind(t, normalize.KindNumber, []divergenceCase{
		// The same figures.
		{"Ozone reached .20 parts per million on Tuesday, the agency said.", "Ozone reached 0.20 parts per million on Tuesday, the agency said.", false},
		{"The Nikkei .N225 fell 1.8 percent to a four-week low on Friday.", "The Nikkei fell 1.8 percent to a four-week low on Friday.", false},
		{"He won three titles with the Bulls in the 90's, the team said.", "He won three titles with the Bulls in the 1990s, the team said.", false},
		{"Airbus said 12 A380 jets were delivered during the year.", "Airbus said 12 jets were delivered during the year.", false},
		{"France's CAC-40 fell 0.8 percent and the DAX lost 1 percent.", "The CAC fell 0.8 percent and Germany's DAX lost 1 percent.", false},
		{"Wyeth estimates that 1.2 million women still take the pills.", "Wyeth estimates that 1,2 million women still take the pills.", false},
		{"Fasting glucose was 142 mg/dL on average (P < .01), the study found.", "Fasting glucose was 142 on average, the study found.", false},
		{"He was one of the last explorers and died aged 93, the paper said.", "He was an explorer and died at age 93, the paper said.", false},
		// Different figures or codes.
		{"In 2001, 8.4 per cent of six-year-olds and 15 per cent of 15-year-olds were obese.", "In 2001, 8.4 per cent of six-year-olds and 31 per cent of 15-year-olds were obese.", true},
		{"About 2,500 US troops remain in the country, officials said.", "About 3,000 US troops remain in the country, officials said.", true},
		{"Four C-17 transport planes landed at the base on Monday.", "Four C-130 transport planes landed at the base on Monday.", true},
		{"The firm paid $US13.15 a share for the stake, traders said.", "The firm paid $US13.40 a share for the stake, traders said.", true},
	})
}
