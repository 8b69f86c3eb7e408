package normalize

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/transform"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello World", "hello world"},
		{"  many \t spaces\n\nhere ", "many spaces here"},
		{"Café Ünïcödé", "cafe unicode"},
		{"“Curly” ‘quotes’ and don’t", `"curly" 'quotes' and don't`},
		{"en–dash em—dash minus−sign", "en-dash em-dash minus-sign"},
		{"ﬁne ＦＵＬＬ２０２４", "fine full2024"},
		{"STRASSE Straße", "strasse strasse"},
		{"soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"},
		{"al-Sudani 2,500", "al-sudani 2,500"},
		{"non\u00a0breaking", "non breaking"},
		{"Łódź ŁÓDŹ Tromsø Ørsted Đoković Wałęsa", "lodz lodz tromso orsted dokovic walesa"},
		{"Bærum ÆRØ Œuvre cœur Þór Þingvellir", "baerum aero oeuvre coeur thor thingvellir"},
		{"", ""},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Fold(tt.in)); diff != "" {
			t.Errorf("Fold(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFolderChain(t *testing.T) {
	// Folder composes with other transformers; it maps but does not collapse spaces.
	got, _, err := transform.String(Folder(), "Ça  VA—“Oui”")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`ca  va-"oui"`, got); diff != "" {
		t.Errorf("Folder (-want +got):\n%s", diff)
	}
}

// slowFold is Fold without the ASCII fast path.
func slowFold(s string) string {
	out, _, _ := transform.String(Folder(), strings.ToValidUTF8(s, "\uFFFD"))
	return strings.Join(strings.Fields(out), " ")
}

func TestFoldFastPathAgrees(t *testing.T) {
	for _, s := range []string{"Hello World", " a  b ", "Tab\tand`tick", "x\r\ny", "ALL CAPS 2,500!"} {
		if a, b := Fold(s), slowFold(s); a != b {
			t.Errorf("Fold(%q) = %q, the transformer chain gives %q", s, a, b)
		}
	}
}
