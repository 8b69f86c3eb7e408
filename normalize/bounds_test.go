package normalize_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/normalize"
	"github.com/google/go-cmp/cmp"
)

// TestFactBounds checks, from outside the package, that every fact takes
// its Bounds from its embedded Span and that type switches still tell the
// facts apart.
func TestFactBounds(t *testing.T) {
	span := normalize.Span{Start: 3, End: 9}
	for _, f := range []normalize.Fact{
		normalize.Number{Span: span},
		normalize.Date{Span: span},
		normalize.Time{Span: span},
		normalize.Name{Span: span},
		normalize.Negation{Span: span},
		normalize.Direction{Span: span},
		normalize.Outcome{Span: span},
		normalize.Role{Span: span},
	} {
		if diff := cmp.Diff(span, f.Bounds()); diff != "" {
			t.Errorf("%T.Bounds() (-want +got):\n%s", f, diff)
		}
		var kind normalize.Kind
		switch f := f.(type) {
		case normalize.Number, normalize.Date, normalize.Time, normalize.Negation, normalize.Direction:
			kind = f.Kind()
		case normalize.Name:
			kind = f.Kind()
		case normalize.Outcome:
			kind = f.Kind()
		case normalize.Role:
			kind = f.Kind()
		}
		if kind != f.Kind() {
			t.Errorf("%T: the type switch missed it", f)
		}
	}
	// The method value is still there for each type.
	var bounds []func() normalize.Span
	bounds = append(bounds, normalize.Name{Span: span}.Bounds, normalize.Role{Span: span}.Bounds, normalize.Outcome{Span: span}.Bounds)
	for _, b := range bounds {
		if diff := cmp.Diff(span, b()); diff != "" {
			t.Errorf("Bounds method value (-want +got):\n%s", diff)
		}
	}
}
