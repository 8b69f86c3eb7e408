package normalize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// first returns the only number of s, failing the test if there is not one.
func firstNumber(t *testing.T, s string) Number {
	t.Helper()
	ns := Of[Number](Extract(s))
	if len(ns) != 1 {
		t.Fatalf("Extract(%q) found %d numbers, want 1: %+v", s, len(ns), ns)
	}
	return ns[0]
}

func firstDate(t *testing.T, s string) Date {
	t.Helper()
	ds := Of[Date](Extract(s))
	if len(ds) != 1 {
		t.Fatalf("Extract(%q) found %d dates, want 1: %+v", s, len(ds), ds)
	}
	return ds[0]
}

func TestNumberCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"over 150 attacks", "160 attacks", true},
		{"over 150 attacks", "100 attacks", false},
		// A telephone number written two ways; two numbers.
		{"call 0800 555 0199", "call 0800-555-0199", true},
		{"call 0800 555 0199", "call 0800 555 0200", false},
		{"about 2,500 US troops", "approximately 2,500 US troops", true},
		{"about 2,500 troops", "2,400 troops", true},
		{"about 2,500 troops", "about 3,000 troops", false},
		// "About" a small count spans one thing either side at least.
		{"roughly a dozen cars", "eleven cars", true},
		{"about 40 workers", "39 workers", true},
		{"about 20 workers", "23 workers", false},
		{"about 3% of voters", "2% of voters", false},
		{"2,500 troops", "3,000 troops", false},
		{"2,500 troops", "two thousand five hundred troops", true},
		{"2.5 million people", "2,500,000 people", true},
		{"15% of voters", "15 percent of voters", true},
		{"nearly 300 homes", "about 300 homes", true},
		{"nearly 300 homes", "310 homes", false},
		{"up to 40 people", "35 people", true},
		{"at least 40 people", "35 people", false},
		{"10-15 people", "between 12 and 20 people", false},
		{"10-15 people", "between 10 and 15 people", true},
		{"10-15 people", "12 people", true},
		{"20 to 25 members", "25 to 31 members", false},
		{"about 20 to 25 members", "20-25 members", true},
		{"10-15 people", "20 people", false},
		{"thousands of people", "5,000 people", true},
		{"thousands of people", "500 people", false},
		{"-5 degrees", "5 degrees", false},
		{"over 150 attacks", "more than 160 attacks", true},
		{"more than $34 billion", "over $41 billion", false},
		{"up to 10 years", "up to 13 years", false},
		{"less than 10 years", "under 10 years", true},
		// A figure with decimals is as precise as they are: the more
		// precise figure that rounds to it agrees; without decimals a
		// figure says nothing of its rounding.
		{"$1.4 billion in debts", "$1.38 billion in debts", true},
		{"$1.4 billion in debts", "$1,380 million in debts", true},
		{"3.5% of voters", "3.46% of voters", true},
		{"4.5% of voters", "4.6% of voters", false},
		{"4.5% of voters", "4.56% of voters", false},
		{"$1.4 billion in debts", "$1.5 billion in debts", false},
		{"12.5 percent of voters", "12 percent of voters", false},
		{"70,000 hens", "68,000 hens", false},
		// A negative figure rounds as its magnitude does; a figure halfway
		// between two roundings rounds to either (half up, half to even).
		{"-1.5 degrees", "-1.46 degrees", true},
		{"-1.5 degrees", "-1.56 degrees", false},
		{"$10.5 a share", "$10.45 a share", true},
		{"$10.4 a share", "$10.45 a share", true},
		{"magnitude 6.1", "magnitude 6.05", true},
		{"magnitude 6.1", "magnitude 6.04", false},
		// A figure too long for a float64 (+Inf) is still itself.
		{"2" + strings.Repeat("0", 308) + " votes", "2" + strings.Repeat("0", 308) + " votes", true},
	}
	for _, tt := range tests {
		a, b := firstNumber(t, tt.a), firstNumber(t, tt.b)
		if got := a.Compatible(b); got != tt.want {
			t.Errorf("%q.Compatible(%q) = %v, want %v (%v..%v vs %v..%v)", tt.a, tt.b, got, tt.want, a.Low, a.High, b.Low, b.High)
		}
		if got := b.Compatible(a); got != tt.want {
			t.Errorf("Compatible is not symmetric for %q, %q", tt.a, tt.b)
		}
	}
}

func TestNumberSameThing(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2,500 US troops", "2,500 troops", true},
		{"15% of voters", "15 percent", true},
		{"150 attacks", "an attack count of 150 attack", true},
		{"150 attacks", "150 people", false},
		{"$1.2bn", "1.2 billion dollars", true},
		{"the third round", "three rounds", false},
		{"half of the troops", "50 troops", false},
		// People and a kind of person (WordNet's hypernyms); two kinds are two.
		{"two thousand people", "3,500 residents", true},
		{"450 persons", "600 workers", true},
		{"600 workers", "450 residents", false},
		{"40 people", "40 houses", false},
		// A possessor opens the noun phrase: the beaches are counted.
		{"Eleven of the county's public beaches", "14 public beaches", true},
		{"Eleven of the county's public beaches", "14 counties", false},
		{"421p a share", "412 pence a share", true},
	}
	for _, tt := range tests {
		na, nb := Of[Number](Extract(tt.a)), Of[Number](Extract(tt.b))
		if len(na) == 0 || len(nb) == 0 {
			t.Fatalf("no number in %q or %q", tt.a, tt.b)
		}
		a, b := na[0], nb[len(nb)-1]
		if got := a.SameThing(b); got != tt.want {
			t.Errorf("%q.SameThing(%q) = %v, want %v (units %q, %q)", tt.a, tt.b, got, tt.want, a.Unit, b.Unit)
		}
	}
}

func TestDateCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"It was 2014.", "It was in 2014.", true},
		{"It was in 2014.", "It was in 2015.", false},
		{"On January 27 it fell.", "On Jan. 27 it fell.", true},
		{"On January 27 it fell.", "On 27 January 2024 it fell.", true},
		{"On January 27 it fell.", "On January 29 it fell.", false},
		{"It opens in late 2017.", "It opens in December 2017.", true},
		{"It opens in late 2017.", "It opens in February 2017.", false},
		{"It opens in mid-October.", "It opens on October 15.", true},
		{"It opens in mid-October.", "It opens on October 2.", false},
		{"It opens on Tuesday.", "It opens on January 27, 2015.", true},
		{"It opens on Monday.", "It opens on January 27, 2015.", false},
		{"It opens on Monday.", "It opens on Tuesday.", false},
		{"It grew in the 1990s.", "It grew in 1994.", true},
		{"They met in the summer of 2012.", "They met in July 2012.", true},
		{"They met in the summer of 2012.", "They met in November 2012.", false},
		// A range of years, its end said with a part of the year.
		{"The cartel ran from 2018 until the end of 2023.", "It ran from 2019 to 2023.", false},
		{"The cartel ran from 2019 until the end of 2023.", "It ran from 2019 to 2023.", true},
		{"The cartel ran between 2018 and the end of 2023.", "It ran from 2019 to 2023.", false},
	}
	for _, tt := range tests {
		a, b := firstDate(t, tt.a), firstDate(t, tt.b)
		if got := a.Compatible(b); got != tt.want {
			t.Errorf("%q.Compatible(%q) = %v, want %v", a.Text, b.Text, got, tt.want)
		}
		if got := b.Compatible(a); got != tt.want {
			t.Errorf("Date.Compatible is not symmetric for %q, %q", a.Text, b.Text)
		}
	}
}

func TestNameMatches(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Obama", "Barack Obama", true},
		{"al-Sudani", "Mohammed Shia al-Sudani", true},
		{"Obama", "Romney", false},
		{"Bama", "Obama", false},
	}
	for _, tt := range tests {
		a, b := Name{Key: NameKey(tt.a)}, Name{Key: NameKey(tt.b)}
		if got := a.Matches(b); got != tt.want || b.Matches(a) != tt.want {
			t.Errorf("Name(%q).Matches(%q) = %v, want %v (keys %q, %q)", tt.a, tt.b, got, tt.want, a.Key, b.Key)
		}
	}
}

func TestNegationSame(t *testing.T) {
	a := Of[Negation](Extract("The army did not attack the base."))
	b := Of[Negation](Extract("The army never attacked the base."))
	c := Of[Negation](Extract("The army did not retreat."))
	got := fmt.Sprint(len(a), len(b), len(c), a[0].Same(b[0]), a[0].Same(c[0]))
	if diff := cmp.Diff("1 1 1 true false", got); diff != "" {
		t.Errorf("negation counts and Same (-want +got):\n%s", diff)
	}
}
