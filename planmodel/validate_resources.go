package planmodel

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Limits on the resource plan and the measures.
const (
	MaxAmount   = 10_000_000_000 // kroner in one cell, and the cost of one measure
	MaxHours    = 200_000        // hours one municipality puts in during one year
	MinFTEHours = 500
	MaxFTEHours = 3000
	MaxLines    = 200 // cost items, and funding sources
	MaxMeasures = 500
)

// validateResources adds the problems of the plan's resource plan to ps.
func (p *Plan) validateResources(ps *Problems) {
	r := &p.Resources
	if len(r.Costs) > MaxLines || len(r.Funding) > MaxLines {
		*ps = append(*ps, Problem{Field: "resources", Message: "A resource plan can have at most {{.Max}} cost items and {{.Max}} funding sources.", Args: map[string]any{"Max": MaxLines}})
	}
	for i, c := range r.Costs {
		f := fmt.Sprintf("resources.costs[%d].", i)
		checkName(ps, f+"title", c.Title)
		if !slices.Contains(CostCategories, c.Category) {
			*ps = append(*ps, Problem{Field: f + "category", Message: "Unknown cost category."})
		}
		p.checkYearly(ps, f+"amounts", c.Amounts, MaxAmount)
	}
	for i, s := range r.Funding {
		f := fmt.Sprintf("resources.funding[%d].", i)
		checkName(ps, f+"name", s.Name)
		if !slices.Contains(FundingKinds, s.Kind) {
			*ps = append(*ps, Problem{Field: f + "kind", Message: "Unknown kind of funding."})
		}
		p.checkYearly(ps, f+"amounts", s.Amounts, MaxAmount)
	}
	p.validateKey(ps)
	for _, id := range sortedKeys(r.Hours) {
		f := "resources.hours." + string(id)
		p.checkMunicipality(ps, f, id)
		p.checkYearly(ps, f, r.Hours[id], MaxHours)
	}
	if r.HoursPerFTE != 0 && (r.HoursPerFTE < MinFTEHours || r.HoursPerFTE > MaxFTEHours) {
		*ps = append(*ps, Problem{Field: "resources.hoursPerFte", Message: "A full-time year must be between {{.Min}} and {{.Max}} hours.", Args: map[string]any{"Min": MinFTEHours, "Max": MaxFTEHours}})
	}
	p.checkKeyDivides(ps)
}

// validateKey adds the problems of the distribution key to ps: its method,
// the equal part and the manual shares.
func (p *Plan) validateKey(ps *Problems) {
	k := p.Resources.Key
	switch k.Method {
	case "", KeyEqual, KeyPopulation, KeyManual:
	case KeyMixed:
		if k.EqualPercent < 0 || k.EqualPercent > 100 {
			*ps = append(*ps, Problem{Field: "resources.key.equalPercent", Message: "The equal part must be between 0 and 100 %."})
		}
	default:
		*ps = append(*ps, Problem{Field: "resources.key.method", Message: "Unknown distribution key."})
	}
	for _, id := range sortedKeys(k.Manual) {
		f := "resources.key.manual." + string(id)
		if v := k.Manual[id]; v < 0 || v > BasisPoints {
			*ps = append(*ps, Problem{Field: f, Message: "A share must be between 0 and 100 %."})
		}
		p.checkMunicipality(ps, f, id)
	}
	if k.Method == KeyManual {
		if sum := p.ManualSum(); sum != BasisPoints {
			*ps = append(*ps, Problem{Field: "resources.key.manual", Message: "The manual shares add up to {{.Sum}} %; they must add up to 100 %.", Args: map[string]any{"Sum": FormatPercent(sum)}})
		}
	}
}

// checkKeyDivides refuses a key by population, wholly or in part, while
// there is a joint share to split and some municipality has no population:
// its council would be asked for 0 kr, or every council would.
func (p *Plan) checkKeyDivides(ps *Problems) {
	k := p.Resources.Key
	if k.Method != KeyPopulation && k.Method != KeyMixed || !p.periodValid() {
		return
	}
	var missing []string
	for _, m := range p.Municipalities {
		if m.Population <= 0 {
			missing = append(missing, m.Name)
		}
	}
	joint := p.Budget().JointTotal
	if len(missing) == 0 || joint <= 0 {
		return
	}
	*ps = append(*ps, Problem{Field: "resources.key", Message: "The joint share of {{.Amount}} is split by population, but {{.Names}} have no population; enter it or choose another key.",
		Args: map[string]any{"Amount": FormatInt(joint) + " kr", "Names": strings.Join(missing, ", ")}})
}

// checkYearly refuses negative figures, figures above max and figures for
// years outside the plan's period.
func (p *Plan) checkYearly(ps *Problems, field string, y Yearly, max int64) {
	years := make([]int, 0, len(y))
	for year := range y {
		years = append(years, year)
	}
	sort.Ints(years)
	for _, year := range years {
		f := fmt.Sprintf("%s.%d", field, year)
		switch v := y[year]; {
		case v < 0 || v > max:
			*ps = append(*ps, Problem{Field: f, Message: "A figure must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": int(max)}})
		case p.periodValid() && (year < p.FirstYear || year > p.LastYear):
			*ps = append(*ps, Problem{Field: f, Message: "There is a figure for {{.Year}}, outside the period {{.First}}–{{.Last}}. Remove it or widen the period.", Args: map[string]any{"Year": year, "First": p.FirstYear, "Last": p.LastYear}})
		}
	}
}

// checkMunicipality adds a problem at field when the plan has no
// municipality with the given ID.
func (p *Plan) checkMunicipality(ps *Problems, field string, id MunicipalityID) {
	if p.IndexOf(id) < 0 {
		*ps = append(*ps, Problem{Field: field, Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": id}})
	}
}

// validateMeasures adds the problems of the plan's measures to ps.
func (p *Plan) validateMeasures(ps *Problems) {
	if len(p.Measures) > MaxMeasures {
		*ps = append(*ps, Problem{Field: "measures", Message: "A plan can have at most {{.Max}} measures.", Args: map[string]any{"Max": MaxMeasures}})
	}
	for i, m := range p.Measures {
		for _, q := range p.ValidateMeasure(m) {
			q.Field = fmt.Sprintf("measures[%d].", i) + q.Field
			*ps = append(*ps, q)
		}
	}
}

// ValidateMeasure checks one measure against the plan and returns its
// problems, with field paths relative to the measure.
func (p *Plan) ValidateMeasure(m Measure) Problems {
	var ps Problems
	checkName(&ps, "title", m.Title)
	checkText(&ps, "description", m.Description, MaxTextLen)
	checkText(&ps, "area", m.Area, MaxNameLen)
	switch m.Scope {
	case ScopeCommon:
	case ScopeLocal:
		if m.Responsible == "" {
			ps = append(ps, Problem{Field: "responsible", Message: "A local measure belongs to one municipality; choose which."})
		}
	default:
		ps = append(ps, Problem{Field: "scope", Message: "Choose whether the measure is common or local."})
	}
	if m.Responsible != "" {
		p.checkMunicipality(&ps, "responsible", m.Responsible)
	}
	if !slices.Contains(MeasureStatuses, m.Status) {
		ps = append(ps, Problem{Field: "status", Message: "Unknown measure status."})
	}
	p.checkMeasureYears(&ps, m)
	if m.Cost < 0 || m.Cost > MaxAmount {
		ps = append(ps, Problem{Field: "cost", Message: "A figure must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": MaxAmount}})
	}
	return ps
}

// checkMeasureYears adds to ps a measure's first or last year outside the
// plan's period, and a measure that ends before it starts.
func (p *Plan) checkMeasureYears(ps *Problems, m Measure) {
	for _, y := range []struct {
		field string
		year  int
	}{{"firstYear", m.FirstYear}, {"lastYear", m.LastYear}} {
		if y.year != 0 && p.periodValid() && (y.year < p.FirstYear || y.year > p.LastYear) {
			*ps = append(*ps, Problem{Field: y.field, Message: "The year must lie within the plan's period, {{.First}}–{{.Last}}.", Args: map[string]any{"First": p.FirstYear, "Last": p.LastYear}})
		}
	}
	if m.FirstYear != 0 && m.LastYear != 0 && m.LastYear < m.FirstYear {
		*ps = append(*ps, Problem{Field: "lastYear", Message: "The measure ends before it starts."})
	}
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
