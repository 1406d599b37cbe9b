package words

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"regionplan/planmodel"
)

var placeholder = regexp.MustCompile(`\{[^}]+\}|%[ds]`)

// The catalogue has every key in bokmål and nynorsk, with the same
// placeholders, no empty text and no key with stray spaces.
func TestWordsCatalogue(t *testing.T) {
	c, err := Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	nb, nn := c[planmodel.Bokmal], c[planmodel.Nynorsk]
	if len(nb) < 100 {
		t.Fatalf("the bokmål catalogue has only %d words", len(nb))
	}
	for _, pair := range [][2]map[string]string{{nb, nn}, {nn, nb}} {
		for key, text := range pair[0] {
			other, ok := pair[1][key]
			if !ok {
				t.Errorf("%q is in one written standard only", key)
				continue
			}
			if key != strings.TrimSpace(key) || strings.Contains(key, "  ") || key == "" {
				t.Errorf("the key %q has stray spaces", key)
			}
			if strings.TrimSpace(text) == "" {
				t.Errorf("%q has no text", key)
			}
			a, b := placeholder.FindAllString(text, -1), placeholder.FindAllString(other, -1)
			slices.Sort(a)
			slices.Sort(b)
			if !slices.Equal(a, b) {
				t.Errorf("%q: placeholders %v and %v differ", key, a, b)
			}
		}
	}
}

// Every key the code of the documents and of the workbook asks for by name
// is in the catalogue.
func TestWordsAskedForExist(t *testing.T) {
	c, err := Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	asked := regexp.MustCompile(`\b(?:w|word\([a-zA-Z.]+,)\s*\(?"([^"]+)"\)`)
	for dir, least := range map[string]int{"..": 50, "../../workbook": 10} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		n := 0
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range asked.FindAllStringSubmatch(string(src), -1) {
				n++
				if _, ok := c[planmodel.Nynorsk][m[1]]; !ok {
					t.Errorf("%s asks for %q, which the catalogue lacks", f, m[1])
				}
			}
		}
		if n < least {
			t.Errorf("found only %d keys asked for in %s", n, dir)
		}
	}
}
