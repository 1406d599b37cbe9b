// Package words is the documents' keyed catalogue of fixed words, in
// bokmål and nynorsk (assets/documents): the council papers, reports and
// the resource plan's workbook all take their words from it.
package words

import (
	"encoding/json"
	"fmt"
	"sync"

	"regionplan/assets"
	"regionplan/planmodel"
)

var (
	once      sync.Once
	catalogue map[planmodel.Standard]map[string]string
	loadErr   error
)

// Catalogue returns the words by written standard and key, loaded once.
func Catalogue() (map[planmodel.Standard]map[string]string, error) {
	once.Do(func() {
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
			loadErr = fmt.Errorf("the documents' words in %s cannot be read: %w", std, err)
			return
		}
	})
	return catalogue, loadErr
}

// Of returns the word for key in the written standard s (bokmål when s is
// unknown), or the key itself when the catalogue lacks it.
func Of(s planmodel.Standard, key string) string {
	c, err := Catalogue()
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
