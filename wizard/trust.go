package wizard

import (
	"fmt"

	"regionplan/planmodel"
)

// TrustTexts are the texts of the trust self-assessment in one language:
// each factor's title and its statements by their stable IDs.
type TrustTexts struct {
	Language string        `json:"language"`
	Factors  []TrustFactor `json:"factors"`
}

// TrustFactor is one trust factor's title and statements.
type TrustFactor struct {
	ID         planmodel.TrustFactor `json:"id"`
	Title      string                `json:"title"`
	Statements map[string]string     `json:"statements"`
}

var trustTexts = newTextCache[TrustTexts]("trust")

// LoadTrust returns the texts of the trust self-assessment in the given
// language, or in bokmål when they are missing in it. They are parsed once
// and shared, so callers must not change them.
func LoadTrust(lang string) (*TrustTexts, error) { return trustTexts.load(lang) }

// check makes sure every factor and statement the plan model knows has a
// text, in the model's order, and that there are no others.
func (t *TrustTexts) check() error {
	if len(t.Factors) != len(planmodel.TrustFactors) {
		return fmt.Errorf("%d factors, want %d", len(t.Factors), len(planmodel.TrustFactors))
	}
	n := 0
	for i, f := range t.Factors {
		if f.ID != planmodel.TrustFactors[i] || f.Title == "" {
			return fmt.Errorf("factor %d is %q, want %q with a title", i+1, f.ID, planmodel.TrustFactors[i])
		}
		n += len(f.Statements)
	}
	if n != len(planmodel.TrustStatements) {
		return fmt.Errorf("%d statements, want %d", n, len(planmodel.TrustStatements))
	}
	for _, s := range planmodel.TrustStatements {
		if t.Statement(s) == "" {
			return fmt.Errorf("statement %q has no text under factor %q", s.ID, s.Factor)
		}
	}
	return nil
}

// Factor returns the texts of factor id.
func (t *TrustTexts) Factor(id planmodel.TrustFactor) TrustFactor {
	for _, f := range t.Factors {
		if f.ID == id {
			return f
		}
	}
	return TrustFactor{ID: id, Title: string(id)}
}

// Statement returns the text of a statement, or "" when it has none.
func (t *TrustTexts) Statement(s planmodel.TrustStatement) string {
	return t.Factor(s.Factor).Statements[s.ID]
}
