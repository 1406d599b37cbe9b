package widgets

import (
	"encoding/json"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"regionplan/assets"
)

// TestSetLanguageSwitches sets each language, one after the other and back
// again, and checks that the texts follow: a language's translations are
// loaded only when it is first set, and setting one loaded before must still
// make it the language shown.
func TestSetLanguageSwitches(t *testing.T) {
	test.NewTempApp(t)
	texts := map[string]map[string]string{}
	for _, code := range []string{"nb", "nn", "en"} {
		data, err := assets.Translations.ReadFile("translations/app." + code + ".json")
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		texts[code] = m
	}
	key := ""
	for k, nb := range texts["nb"] {
		if !strings.Contains(k, "{{") && nb != texts["nn"][k] && nb != texts["en"][k] && texts["nn"][k] != texts["en"][k] {
			key = k
			break
		}
	}
	if key == "" {
		t.Fatal("no text differs between all three languages")
	}
	for _, code := range []string{"nb", "en", "nn", "nb", "en"} {
		if err := SetLanguage(code); err != nil {
			t.Fatal(err)
		}
		if got := lang.L(key); got != texts[code][key] {
			t.Errorf("after SetLanguage(%q), %q reads %q, want %q", code, key, got, texts[code][key])
		}
	}
	if err := SetLanguage("sv"); err == nil {
		t.Error("a language without translations was accepted")
	}
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
}
