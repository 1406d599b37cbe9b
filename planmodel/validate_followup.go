package planmodel

import (
	"fmt"
	"math"
	"slices"
)

// Limits on follow-up.
const (
	MaxMeasurements = 200 // measured values of one goal
	MaxPathMargin   = 100 // per cent of the way
)

// validateMeasurements adds the problems of a goal's measured values to ps,
// with field paths relative to the goal.
func (g Goal) validateMeasurements(ps *Problems) {
	if len(g.Measurements) > MaxMeasurements {
		*ps = append(*ps, Problem{Field: "measurements", Message: "A goal can have at most {{.Max}} measurements.", Args: map[string]any{"Max": MaxMeasurements}})
	}
	for i, m := range g.Measurements {
		for _, q := range m.Validate() {
			q.Field = fmt.Sprintf("measurements[%d].", i) + q.Field
			*ps = append(*ps, q)
		}
	}
}

// Validate checks one measured value, with field paths relative to it.
func (m Measurement) Validate() Problems {
	var ps Problems
	if m.Year == 0 {
		ps = append(ps, Problem{Field: "year", Message: "The year must be between {{.Min}} and {{.Max}}.", Args: map[string]any{"Min": MinYear, "Max": MaxYear}})
	}
	checkYear(&ps, "year", m.Year)
	if m.Date != "" {
		if d, err := ParseStoredDate(m.Date); err != nil {
			ps = append(ps, Problem{Field: "date", Message: "The date must be a real date, written as dd.mm.yyyy."})
		} else if d.Year() != m.Year {
			ps = append(ps, Problem{Field: "date", Message: "The date of a measurement must fall in its year."})
		}
	}
	if !(math.Abs(m.Value) <= MaxFigure) { // also refuses NaN and infinities
		ps = append(ps, Problem{Field: "value", Message: "A figure must be a number of at most {{.Max}}.", Args: map[string]any{"Max": int(MaxFigure)}})
	}
	checkText(&ps, "source", m.Source, MaxNameLen)
	checkText(&ps, "note", m.Note, MaxNameLen)
	return ps
}

// validateFollowUp adds the problems of the plan's follow-up to ps: the
// margin of the behind-the-path rule, the accounts, the payments and the
// measures' yearly status.
func (p *Plan) validateFollowUp(ps *Problems) {
	if p.PathMargin < 0 || p.PathMargin > MaxPathMargin {
		*ps = append(*ps, Problem{Field: "pathMargin", Message: "The margin must be between 1 and {{.Max}} %.", Args: map[string]any{"Max": MaxPathMargin}})
	}
	r := &p.Resources
	for i, c := range r.Costs {
		p.checkYearly(ps, fmt.Sprintf("resources.costs[%d].actual", i), c.Actual, MaxAmount)
	}
	for i, s := range r.Funding {
		p.checkYearly(ps, fmt.Sprintf("resources.funding[%d].actual", i), s.Actual, MaxAmount)
	}
	for _, id := range sortedKeys(r.Payments) {
		f := "resources.payments." + string(id)
		p.checkMunicipality(ps, f, id)
		p.checkYearly(ps, f+".invoiced", r.Payments[id].Invoiced, MaxAmount)
		p.checkYearly(ps, f+".paid", r.Payments[id].Paid, MaxAmount)
	}
	for i, m := range p.Measures {
		p.validateProgress(ps, fmt.Sprintf("measures[%d].progress", i), m.Progress)
	}
}

func (p *Plan) validateProgress(ps *Problems, field string, progress []MeasureProgress) {
	seen := map[int]bool{}
	for j, pr := range progress {
		f := fmt.Sprintf("%s[%d].", field, j)
		switch {
		case p.periodValid() && (pr.Year < p.FirstYear || pr.Year > p.LastYear):
			*ps = append(*ps, Problem{Field: f + "year", Message: "The year must lie within the plan's period, {{.First}}–{{.Last}}.", Args: map[string]any{"First": p.FirstYear, "Last": p.LastYear}})
		case seen[pr.Year]:
			*ps = append(*ps, Problem{Field: f + "year", Message: "A measure has one status a year; this year is already recorded."})
		}
		seen[pr.Year] = true
		if !slices.Contains(YearStatuses, pr.Status) {
			*ps = append(*ps, Problem{Field: f + "status", Message: "Unknown measure status."})
		}
		checkText(ps, f+"note", pr.Note, MaxProgressNote)
	}
}
