package newsday

import (
	"math/rand/v2"
	"strings"
)

// The world's vocabulary: invented outlets, people, places and firms. Names
// are built from syllables so that a large day has many distinct ones, and
// drawn now and then from a short list of common surnames, so that
// unrelated events share a name as they do in real news.

var givenNames = strings.Fields(`Ana Tomas Priya Kenji Olu Maren Dario Ines Yusuf Leila Bram Sofia Mateo Hana Rafael
Nadia Elias Greta Kofi Amara Jonas Lucia Pavel Mira Samir Talia Viktor Noor Emil Freya Idris Carmen Lars Zainab
Hugo Aiko Felix Rosa Omar Elena Jasper Ingrid Malik Clara Anton Yara Desmond Alma Tariq Beatriz Conor Signe Ravi
Delia Ansel Marisol Kwame Petra Ibrahim Lena Caspar Ayesha Nils Odette Sanjay Vera Magnus Fatima Rhys Liesel
Joaquin Mei Boris Esther Arjun Helga Dmitri Celeste Obi Rania Gideon Wanda Hamid Iris Lorenzo Nkechi Stellan Paula
Ciaran Dalia Enzo Farah Gustav Hollis Ilse Jalen Katya Leon Mina Nestor Orla Pilar Quentin Renata Silas Thea Umar
Valeria Wendell Ximena Yosef Zora`)

var commonSurnames = strings.Fields(`Smith Garcia Nguyen Kim Patel Johnson Brown Lee Martin Lopez Wilson Clark Lewis
Walker Hall Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans
Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Reed Bailey Bell Cooper Richardson Cox Ward`)

var onsets = strings.Fields(`B Br C Ch D Dr F G Gr H K Kr L M N P Pr R S Sh St T Tr V W Z Bl Cl Fl Gl Pl Sl Sn Sp Th`)
var vowels = strings.Fields(`a e i o u ai ea io ou`)
var codas = strings.Fields(`n r l s t m nd rd ll ss rt ck nt st ng rn lt`)
var surnameEnds = strings.Fields(`son sen berg stein ley ton field well wick ford man er ez ov ski elli etti ani ard ing`)
var townEnds = []string{"ville", "ton", "burg", "field", "ford", "port", "dale", "wood", " Falls", " Springs", " Heights", " Harbor", " Valley", " Creek", " Junction", " Bay"}

var states = []struct{ name, abbrev string }{
	{"Oregon", "Ore."}, {"Nevada", "Nev."}, {"Ohio", "Ohio"}, {"Texas", "Texas"}, {"Maine", "Maine"},
	{"Iowa", "Iowa"}, {"Kansas", "Kan."}, {"Georgia", "Ga."}, {"Vermont", "Vt."}, {"Montana", "Mont."},
	{"Arizona", "Ariz."}, {"Florida", "Fla."}, {"Michigan", "Mich."}, {"Virginia", "Va."}, {"Colorado", "Colo."},
	{"Wisconsin", "Wis."}, {"Kentucky", "Ky."}, {"Alabama", "Ala."}, {"Idaho", "Idaho"}, {"Utah", "Utah"},
}

var firmEnds = []string{"Corp.", "Holdings", "Systems", "Group", "Industries", "Pharmaceuticals", "Logistics", "Energy", "Foods", "Motors", "Bank", "Networks"}
var mascots = strings.Fields(`Hawks Rovers Comets Bears Wolves Mariners Pioneers Falcons Rangers Tigers Stallions Otters Herons Miners Knights Badgers`)

// outlet is a news outlet with its habits.
type outlet struct {
	name     string // "The Kestrel Courier"
	short    string // "Courier": how its datelines and sign-offs name it
	domain   string
	hedgy    bool // writes "about 2,000" where others write "2,000"
	words    bool // spells small numbers in words
	percent  string
	reporter []string // staff bylines
}

var outletNames = []string{"Courier", "Herald", "Ledger", "Post", "Tribune", "Gazette", "Chronicle", "Sentinel",
	"Dispatch", "Observer", "Examiner", "Record", "Times", "Standard", "Register", "Journal", "Monitor", "Star",
	"Bulletin", "Express", "Wire", "Beacon", "Clarion", "Mercury"}
var outletPlaces = []string{"Northbay", "Kestrel", "Riverside", "Midland", "Capital", "Lakeshore", "Summit", "Harbor",
	"Prairie", "Coastal", "Metro", "Valley"}

// world holds the outlets and the name pools of one day.
type world struct {
	outlets []outlet
}

func newWorld(rng *rand.Rand) *world {
	w := &world{}
	for i, n := range outletNames {
		place := outletPlaces[i%len(outletPlaces)]
		o := outlet{
			name:    "The " + place + " " + n,
			short:   n,
			domain:  strings.ToLower(place+n) + ".example",
			hedgy:   rng.IntN(2) == 0,
			words:   rng.IntN(3) == 0,
			percent: []string{"%", " percent", " per cent"}[rng.IntN(3)],
		}
		if o.percent == " per cent" && rng.IntN(2) == 0 {
			o.percent = "%"
		}
		for range 6 {
			o.reporter = append(o.reporter, pick(rng, givenNames)+" "+surname(rng))
		}
		w.outlets = append(w.outlets, o)
	}
	return w
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func syllable(rng *rand.Rand) string {
	return pick(rng, onsets) + pick(rng, vowels) + pick(rng, codas)
}

// surname returns an invented surname, or one of the common ones.
func surname(rng *rand.Rand) string {
	if rng.IntN(5) == 0 {
		return pick(rng, commonSurnames)
	}
	s := syllable(rng)
	if rng.IntN(2) == 0 {
		s += strings.ToLower(syllable(rng))
	}
	return s + pick(rng, surnameEnds)
}

func person(rng *rand.Rand) (full, last string) {
	last = surname(rng)
	return pick(rng, givenNames) + " " + last, last
}

func town(rng *rand.Rand) string {
	s := syllable(rng)
	if rng.IntN(3) == 0 {
		s += strings.ToLower(pick(rng, vowels)) + strings.ToLower(pick(rng, codas))
	}
	return s + pick(rng, townEnds)
}

func firm(rng *rand.Rand) string {
	s := syllable(rng) + strings.ToLower(pick(rng, vowels)+pick(rng, codas))
	return s + " " + pick(rng, firmEnds)
}
