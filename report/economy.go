package report

import (
	"fmt"
	"slices"
	"strings"

	"regionplan/planmodel"
	"regionplan/report/layout"
)

// contribution returns municipality i's share of the joint funding per year
// of the period and in total, or ok false when the plan has no joint share
// to split.
func contribution(p *planmodel.Plan, i int) (s planmodel.Shares, ok bool) {
	s, err := p.Shares()
	if err != nil || s.Joint <= 0 || i >= len(s.Total) {
		return s, false
	}
	return s, true
}

// contributionText is municipality i's contribution over the period as
// text, for the {bidrag} placeholder; never "0 kr", but a mark that it is
// missing (export warns about it).
func contributionText(p *planmodel.Plan, i int, std planmodel.Standard) string {
	s, ok := contribution(p, i)
	if !ok || s.Total[i] == 0 {
		return word(std, "contribution missing")
	}
	return kroner(s.Total[i])
}

// yearlyText is municipality i's contribution per year, for the
// {bidrag per år} placeholder: "62 923 kr i 2015, … og 89 890 kr i 2019".
func yearlyText(p *planmodel.Plan, i int, std planmodel.Standard) string {
	s, ok := contribution(p, i)
	if !ok || s.Total[i] == 0 {
		return word(std, "contribution missing")
	}
	parts := make([]string, len(s.Years))
	for y, year := range s.Years {
		parts[y] = fillWords(word(std, "year amount"), "{amount}", kroner(s.Money[i][y]), "{year}", fmt.Sprint(year))
	}
	return joinAnd(parts, word(std, "and"))
}

// fillContribution puts the municipality's name and contribution, in total
// and per year, in place of the placeholders of a decision text.
func fillContribution(p *planmodel.Plan, i int, std planmodel.Standard, text string) string {
	text = strings.ReplaceAll(text, planmodel.PlaceholderYearly, yearlyText(p, i, std))
	return planmodel.FillPlaceholders(text, p.Municipalities[i].Name, contributionText(p, i, std))
}

// budgetText says what the plan costs, who pays for it and whether the
// budget balances.
func budgetText(p *planmodel.Plan, std planmodel.Standard) string {
	b := p.Budget()
	values := map[string]string{
		"{costs}": kroner(b.CostTotal), "{period}": period(p.FirstYear, p.LastYear),
		"{joint}": kroner(b.JointTotal), "{othersum}": kroner(b.FundingTotal - b.JointTotal),
	}
	var others []string
	for _, f := range p.Resources.Funding {
		if f.Kind != planmodel.FundJointShare && f.Amounts.Sum(p.FirstYear, p.LastYear) != 0 && !slices.Contains(others, f.Name) {
			others = append(others, f.Name)
		}
	}
	values["{others}"] = joinAnd(others, word(std, "and"))
	parts := []string{fill(word(std, "economy costs"), values)}
	if len(others) > 0 {
		parts = append(parts, fill(word(std, "economy others"), values))
	} else {
		parts = append(parts, fill(word(std, "economy joint only"), values))
	}
	if diff := b.BalanceTotal(); diff == 0 {
		parts = append(parts, word(std, "economy balanced"))
	} else {
		direction := word(std, "higher")
		if diff < 0 {
			direction, diff = word(std, "lower"), -diff
		}
		parts = append(parts, fillWords(word(std, "economy unbalanced"), "{diff}", kroner(diff), "{direction}", direction))
	}
	return strings.Join(parts, " ")
}

// keyWords says in words how the joint share is split, in the standard std.
func keyWords(p *planmodel.Plan, std planmodel.Standard) string {
	k := p.Resources.Key
	switch k.Method {
	case planmodel.KeyPopulation:
		return word(std, "key population")
	case planmodel.KeyMixed:
		return strings.ReplaceAll(word(std, "key mixed"), "{prosent}", fmt.Sprint(k.EqualPercent))
	case planmodel.KeyManual:
		return word(std, "key manual")
	}
	return word(std, "key equal")
}

// economy describes the economic consequences for municipality i: its
// contribution per year and in total, and the distribution key in words.
func economy(p *planmodel.Plan, i int, std planmodel.Standard) []layout.Block {
	s, ok := contribution(p, i)
	if !ok {
		return []layout.Block{layout.P(word(std, "no economy"))}
	}
	m := p.Municipalities[i]
	lead := layout.P(budgetText(p, std))
	rows := [][]string{{word(std, "year"), word(std, "contribution")}}
	for y, year := range s.Years {
		rows = append(rows, []string{fmt.Sprint(year), kroner(s.Money[i][y])})
	}
	rows = append(rows, []string{word(std, "total"), kroner(s.Total[i])})
	return []layout.Block{
		lead,
		layout.P(strings.NewReplacer("{kommune}", m.Name, "{nøkkel}", keyWords(p, std)).Replace(word(std, "share intro"))),
		{Kind: layout.Table, Widths: []float64{40, 45}, Right: []bool{false, true}, Rows: rows, Sum: true},
	}
}
