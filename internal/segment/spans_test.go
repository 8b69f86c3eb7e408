package segment

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpans checks each recognizer of glued furniture on lines that are
// that furniture, that start with it, and that only look like it. want is
// the text the recognizer returns, "" for none.
func TestSpans(t *testing.T) {
	recognizers := map[string]func(string, int, int) int{
		"dateline":  datelineEnd,
		"byline":    bylineEnd,
		"timestamp": timestampEnd,
		"credit":    creditEnd,
	}
	tests := []struct {
		kind, line, want string
	}{
		{"dateline", "DENVER (AP) — Colorado lawmakers approved a deal.", "DENVER (AP) —"},
		{"dateline", "KESTREL FALLS, Ore. (Courier) — Some 2,000 residents fled.", "KESTREL FALLS, Ore. (Courier) —"},
		{"dateline", "PARIS, May 2 (Reuters) - France said on Tuesday ...", "PARIS, May 2 (Reuters) -"},
		{"dateline", "PORTLAND, Ore., Jan. 9, 2024 /PRNewswire/ -- Acme Robotics Inc. today announced", "PORTLAND, Ore., Jan. 9, 2024 /PRNewswire/ --"},
		{"dateline", "Paris (AFP) - French unions called a strike.", "Paris (AFP) -"},
		{"dateline", "MANCHESTER, England —", "MANCHESTER, England —"},
		{"dateline", "NASA — not the Pentagon — will lead the mission.", ""},
		{"dateline", "Paris — the city of light — is dark tonight.", ""},
		{"dateline", "The storm — the worst in years — hit on Monday.", ""},
		{"dateline", "Kestrel Falls — Residents returned home.", ""},
		{"byline", "By Ana Ruiz and Tom Bell", "By Ana Ruiz and Tom Bell"},
		{"byline", "By Lee Park, Associated Press", "By Lee Park, Associated Press"},
		{"byline", "By Tom Reyes, Staff Writer", "By Tom Reyes, Staff Writer"},
		{"byline", "By Juan de la Cruz, staff writer", "By Juan de la Cruz, staff writer"},
		{"byline", "By Hollis Quaye, senior fire-policy writer", "By Hollis Quaye, senior fire-policy writer"},
		// A full name, its comma and a sentence glued on in lower case; a
		// date after "By" is no name.
		{"byline", "By Ana Ruiz, the river rose overnight", "By Ana Ruiz,"},
		{"byline", "By Mara Olsen, the river rose two metres overnight.", "By Mara Olsen,"},
		{"byline", "By Ana Ruiz and Tom Bell, the river rose overnight", "By Ana Ruiz and Tom Bell,"},
		{"byline", "By Christmas Eve, the river had frozen.", ""},
		{"byline", "By Election Day, the county had counted every ballot.", ""},
		{"byline", "By Ruiz, the river rose overnight", ""},
		// Capitalized words that are no name: an adjective opens them, or
		// a part of the day ends them.
		{"byline", "By Executive Order, the governor closed all schools on Monday.", ""},
		{"byline", "By Popular Demand, the museum will stay open until June.", ""},
		{"byline", "By Royal Decree, the king dissolved parliament.", ""},
		{"byline", "By Late Afternoon, the fire was contained.", ""},
		{"byline", "By Lisa Chen, the river rose overnight", "By Lisa Chen,"},
		{"byline", "By Ana Ruiz, the paper's court reporter", ""},
		{"byline", "By Ana Ruiz, who covers courts and prisons for the paper as its first editor", ""},
		// A fronted time and a clause that ends in a role's noun: no role.
		{"byline", "By Sunday, police had detained a photographer", ""},
		{"byline", "By Sunday, rescuers freed two reporters", ""},
		{"byline", "By March, the agency hired an editor | Updated 9:05", ""},
		{"byline", "By Ana Ruiz, who was the paper's editor", ""},
		{"byline", "By Ana Ruiz, politics and health reporter", "By Ana Ruiz, politics and health reporter"},
		// A role, then a time stamp after a separator, or a full stop.
		{"byline", "By Ana Ruiz, staff writer · 4 min read", "By Ana Ruiz, staff writer · 4 min read"},
		{"byline", "By Ana Ruiz, cost-of-living reporter | 9:14 a.m.", "By Ana Ruiz, cost-of-living reporter | 9:14 a.m."},
		{"byline", "By Ana Ruiz, senior fire-policy writer.", "By Ana Ruiz, senior fire-policy writer."},
		{"byline", "By Ana Ruiz and Tom Bell The storm hit the coast on Monday.", "By Ana Ruiz and Tom Bell"},
		{"byline", "By Ana Ruiz Officials said the road was closed.", "By Ana Ruiz"},
		{"byline", "By Lee Park, Associated Press DENVER (AP) — Colorado lawmakers", "By Lee Park, Associated Press"},
		{"byline", "By Jane Doe | Updated 4:10 PM EST, Jan. 9, 2024", "By Jane Doe | Updated 4:10 PM EST, Jan. 9, 2024"},
		{"byline", "Posted by kestrel_88 on Jan 9, 2024, 10:14 PM", "Posted by kestrel_88 on Jan 9, 2024, 10:14 PM"},
		{"byline", "By Sunday afternoon the river level was falling, the sheriff said.", ""},
		{"byline", "By Monday, officials had evacuated 300 homes.", ""},
		{"byline", "By contrast, the county did nothing.", ""},
		{"byline", "Byron Lee won the race.", ""},
		{"timestamp", "Updated 4:10 PM EST, Tue January 9, 2024", "Updated 4:10 PM EST, Tue January 9, 2024"},
		{"timestamp", "Published: Saturday 13 January 2024 18:02 GMT", "Published: Saturday 13 January 2024 18:02 GMT"},
		{"timestamp", "Last updated: 10:52 a.m. ET, Jan. 10, 2024", "Last updated: 10:52 a.m. ET, Jan. 10, 2024"},
		{"timestamp", "Updated 6:12 a.m.", "Updated 6:12 a.m."},
		{"timestamp", "Jan. 10, 2024", "Jan. 10, 2024"},
		{"timestamp", "3 hours ago", "3 hours ago"},
		{"timestamp", "Yesterday", "Yesterday"},
		{"timestamp", "10:48 a.m. ET The governor has arrived.", "10:48 a.m. ET"},
		{"timestamp", "8 min read", "8 min read"},
		{"timestamp", "Monday, April 14, 2026 3 min read", "Monday, April 14, 2026 3 min read"},
		{"timestamp", "Sun 9 Aug 2026 19:05 local time", "Sun 9 Aug 2026 19:05 local time"},
		{"timestamp", "Sun 9 Aug 2026 local elections", "Sun 9 Aug 2026"},
		{"timestamp", "8 min", ""},
		{"timestamp", "2024", ""},
		{"timestamp", "May Day parade draws crowds", ""},
		{"timestamp", "Rovers 2, United 1", ""},
		{"credit", "AFP/Getty Images", "AFP/Getty Images"},
		{"credit", "Photo: J. Ortiz/Herald", "Photo: J. Ortiz/Herald"},
		{"credit", "Photo: Press TV", "Photo: Press TV"},
		{"credit", "(Photo by John Roe/Getty Images)", "(Photo by John Roe/Getty Images)"},
		{"credit", "Photo from: Press TV", "Photo from: Press TV"},
		{"credit", "Photo: Jane Roe for The New York Times", "Photo: Jane Roe for The New York Times"},
		{"credit", "Photo: J. Ortiz/Herald The Alder Creek dam collapsed.", "Photo: J. Ortiz/Herald"},
		{"credit", "AFP/Getty Images Rescue workers searched the rubble.", "AFP/Getty Images"},
		{"credit", "Mary Ann Smith/AP", ""},
		{"credit", "Photo: John Smith Jr./Herald", "Photo: John Smith Jr./Herald"},
		{"credit", "Photos show the damage.", ""},
		{"credit", "The Israel/Gaza border stayed closed.", ""},
		{"credit", "(about 60%)", ""},
		{"credit", "Windows CE/Pocket PC, Palm OS, Symbian, and Linux.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.kind+" "+tt.line, func(t *testing.T) {
			got := ""
			if end := recognizers[tt.kind](tt.line, 0, len(tt.line)); end >= 0 {
				got = tt.line[:end]
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s(%q) mismatch (-want +got):\n%s", tt.kind, tt.line, diff)
			}
		})
	}
}
