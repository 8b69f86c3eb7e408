package normalize

import "strings"

// negation reads a negation cue at token i and what it negates.
func (p *parser) negation(i int) (int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tWord {
		return i, false
	}
	cue, end := "", i+1
	switch w := t.lc; w {
	case "not":
		switch p.lcAt(i + 1) {
		case "only", "just", "merely", "least":
			return i, false // "not only ... but also" affirms
		}
		if p.lcAt(i-1) == "or" || p.lcAt(i-1) == "if" {
			return i, false // "whether or not", "if not"
		}
		cue = "not"
	case "no":
		if p.lcAt(i+1) == "." && p.glued(i+1) {
			if p.is(i+2, fCardinal) || p.kindAt(i+2) == tNum {
				return i, false // "No. 2", "No. two"
			}
		}
		cue = "no"
		if p.lcAt(i+1) == "longer" {
			cue, end = "no longer", i+2
		}
	case "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without", "nowhere":
		cue = plainCues[w] // not w, which lives in Extract's scratch memory
	case "deny", "denies", "denied", "denying":
		cue = "deny"
	case "fail", "fails", "failed", "failing":
		if p.lcAt(i+1) != "to" {
			return i, false
		}
		cue, end = "fail to", i+2
	case "refuse", "refuses", "refused", "refusing":
		if p.lcAt(i+1) != "to" {
			return i, false
		}
		cue, end = "refuse to", i+2
	default:
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			cue = "n't"
		} else {
			return i, false
		}
	}
	n := Negation{Span: p.span(i, end), Cue: cue}
	k := end
	for k < len(p.toks) {
		tk := p.toks[k]
		if tk.kind == tPunct && !isDash(tk.lc) && !p.is(k, fQuote) && tk.lc != "$" && tk.lc != "%" {
			break
		}
		if tk.kind == tWord && p.is(k, fClauseEnd) {
			break
		}
		if n.Predicate == "" && tk.kind == tWord && !tk.upper && !p.is(k, fNegationFiller|fStop) && !strings.HasSuffix(tk.lc, "ly") {
			n.Predicate = Stem(p.s[tk.Start:tk.End]) // Stem folds; tk.lc is scratch memory
		}
		k++
	}
	n.Scope = Span{t.End, t.End}
	if end < len(p.toks) {
		n.Scope.Start = p.toks[end].Start
		n.Scope.End = n.Scope.Start
	}
	if k > end {
		n.Scope = p.span(end, k)
	}
	p.facts.Negations = append(p.facts.Negations, n)
	return end, true
}

// Stem returns a crude stem of an English word, enough to match the
// inflections of one verb or noun: "attacked", "attacks", "attacking" and
// "attack" all stem to "attack"; "moved" and "move" to "mov". It folds w first.
func Stem(w string) string {
	w = Fold(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	// A suffix is only cut where a vowel stays: "shred" and "string" keep theirs.
	hasVowel := func(s string) bool { return strings.ContainsAny(s, "aeiouy") }
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ied"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		w = w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	// "stopped" -> "stopp" -> "stop"
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !isVowel(rune(w[n-1])) && w[n-1] != 'l' && w[n-1] != 's' {
		w = w[:n-1]
	}
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

// plainCues are the negation words that are their own cue.
var plainCues = func() map[string]string {
	m := map[string]string{}
	for _, w := range []string{"never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without", "nowhere"} {
		m[w] = w
	}
	return m
}()

// quoteMarks do not end the scope of a negation: "not “warned” it".
var quoteMarks = set("'", "\"", "‘", "’", "“", "”", "«", "»")
