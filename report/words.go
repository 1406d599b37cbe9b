package report

import (
	"encoding/json"
	"fmt"
	"sync"

	"regionplan/assets"
	"regionplan/planmodel"
)

// The documents' fixed words, in bokmål and nynorsk, from the catalogue in
// assets/documents: loaded once, checked by a test to have the same keys
// and placeholders in both.
var (
	wordsOnce sync.Once
	catalogue map[planmodel.Standard]map[string]string
	wordsErr  error
)

func loadWords() (map[planmodel.Standard]map[string]string, error) {
	wordsOnce.Do(func() {
		catalogue = map[planmodel.Standard]map[string]string{}
		for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
			b, err := assets.Documents.ReadFile("documents/" + string(std) + ".json")
			if err == nil {
				var m map[string]string
				if err = json.Unmarshal(b, &m); err == nil {
					catalogue[std] = m
					continue
				}
			}
			wordsErr = fmt.Errorf("the documents' words in %s cannot be read: %w", std, err)
			return
		}
	})
	return catalogue, wordsErr
}

// word returns the word for key in the written standard s (bokmål when s
// is unknown), or the key itself when the catalogue lacks it.
func word(s planmodel.Standard, key string) string {
	c, err := loadWords()
	if err != nil {
		return key
	}
	if w, ok := c[s][key]; ok {
		return w
	}
	if w, ok := c[planmodel.Bokmal][key]; ok {
		return w
	}
	return key
}
