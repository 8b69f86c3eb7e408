package claims

import (
	"fmt"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/normalize"
)

// TestFactsDependOnPublicationDayOnly checks what factsOrigin and
// textOrigin assume: facts read at two times of one calendar day (in each
// time's location) are the same, relative dates included, so that a text
// is prepared once per day of publication.
func TestFactsDependOnPublicationDayOnly(t *testing.T) {
	// Relative dates of every kind; no names, whose facts print a pointer.
	sentences := []string{
		"The dam failed yesterday, officials said on Monday.",
		"Residents were evacuated last night and will return next week.",
		"The council meets on Friday and voted last month, as it did last year.",
		"Crews worked through Tuesday afternoon; the road reopens tomorrow morning.",
		"On March 3 the agency said 2,500 people had left since last Wednesday.",
	}
	east := time.FixedZone("UTC+9", 9*3600)
	days := [][]time.Time{
		{time.Date(2024, 3, 6, 0, 5, 0, 0, time.UTC), time.Date(2024, 3, 6, 23, 55, 0, 0, time.UTC), time.Date(2024, 3, 6, 8, 0, 0, 0, east)},
		{time.Date(2024, 12, 31, 1, 0, 0, 0, east), time.Date(2024, 12, 31, 22, 0, 0, 0, time.UTC)},
	}
	for _, day := range days {
		for _, s := range sentences {
			want := fmt.Sprintf("%+v", normalize.Default().At(day[0]).Extract(s).All)
			for _, ref := range day[1:] {
				if dayOf(ref) != dayOf(day[0]) {
					t.Fatalf("dayOf(%v) = %v, dayOf(%v) = %v: want one day", ref, dayOf(ref), day[0], dayOf(day[0]))
				}
				if got := fmt.Sprintf("%+v", normalize.Default().At(ref).Extract(s).All); got != want {
					t.Errorf("%q read at %v:\n%s\nread at %v:\n%s", s, day[0], want, ref, got)
				}
			}
		}
	}
	if dayOf(time.Time{}) == dayOf(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Hour)) {
		t.Error("an unknown publication time shares a day with a known one")
	}
}
