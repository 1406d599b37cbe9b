package report

import (
	"regionplan/planmodel"
	"regionplan/report/words"
)

// word returns the documents' word for key in the written standard s, from
// the catalogue in assets/documents (package report/words).
func word(s planmodel.Standard, key string) string { return words.Of(s, key) }
