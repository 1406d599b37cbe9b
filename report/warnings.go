package report

import (
	"fmt"

	"regionplan/planmodel"
)

// WarningKind is what an export warning is about.
type WarningKind string

// The things export warns about before writing documents.
const (
	WarnUnbalanced   WarningKind = "unbalanced"    // a year's funding differs from its costs
	WarnNoPopulation WarningKind = "no-population" // a share is 0 because a population is missing
	WarnNoShare      WarningKind = "no-share"      // a share is 0 because a manual share is missing
	WarnNoKey        WarningKind = "no-key"        // the joint share cannot be split at all
)

// Warning is something the documents would show that the user should fix
// first, naming the municipality or the year.
type Warning struct {
	Kind         WarningKind
	Municipality string
	Year         int
	Amount       int64 // funding minus costs, for WarnUnbalanced
	Err          error // why the share cannot be split, for WarnNoKey
}

// String says the warning as one English sentence (the window translates
// by Kind).
func (w Warning) String() string {
	switch w.Kind {
	case WarnUnbalanced:
		return fmt.Sprintf("The budget for %d does not balance: funding minus costs is %s.", w.Year, kroner(w.Amount))
	case WarnNoPopulation:
		return fmt.Sprintf("%s's share is 0 kr because its population is missing.", w.Municipality)
	case WarnNoShare:
		return fmt.Sprintf("%s's share is 0 kr because it has no share in the manual key.", w.Municipality)
	}
	return fmt.Sprintf("The joint share cannot be split between the municipalities: %v", w.Err)
}

// Warnings lists what the plan's documents would show wrongly: years whose
// budget does not balance, and municipalities asked for nothing because a
// population or a share is missing.
func Warnings(p *planmodel.Plan) []Warning {
	var out []Warning
	b := p.Budget()
	for i, y := range b.Years {
		if d := b.Balance(i); d != 0 {
			out = append(out, Warning{Kind: WarnUnbalanced, Year: y, Amount: d})
		}
	}
	if b.JointTotal <= 0 {
		return out
	}
	s, err := p.Shares()
	if err != nil {
		return append(out, Warning{Kind: WarnNoKey, Err: err})
	}
	k := p.Resources.Key
	for i, m := range p.Municipalities {
		if s.Total[i] != 0 {
			continue
		}
		switch {
		case k.Method == planmodel.KeyManual:
			out = append(out, Warning{Kind: WarnNoShare, Municipality: m.Name})
		case m.Population == 0:
			out = append(out, Warning{Kind: WarnNoPopulation, Municipality: m.Name})
		}
	}
	return out
}

// Unworded is a free text that a document in Standard prints in the plan's
// own standard, for want of a wording in Standard.
type Unworded struct {
	Standard planmodel.Standard
	planmodel.WordingRef
}

// UnwordedTexts lists, for each written standard the plan's documents are
// written in other than its own, the free texts that have no wording in it.
func UnwordedTexts(p *planmodel.Plan) []Unworded {
	var out []Unworded
	for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
		used := false
		for i := range p.Municipalities {
			used = used || p.PapersStandard(i) == std
		}
		if !used {
			continue
		}
		for _, w := range p.NotIn(std) {
			out = append(out, Unworded{Standard: std, WordingRef: w})
		}
	}
	return out
}
