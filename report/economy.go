package report

import (
	"fmt"
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
// text, for the {bidrag} placeholder.
func contributionText(p *planmodel.Plan, i int) string {
	s, ok := contribution(p, i)
	if !ok {
		return kroner(0)
	}
	return kroner(s.Total[i])
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
	rows := [][]string{{word(std, "year"), word(std, "contribution")}}
	for y, year := range s.Years {
		rows = append(rows, []string{fmt.Sprint(year), kroner(s.Money[i][y])})
	}
	rows = append(rows, []string{word(std, "total"), kroner(s.Total[i])})
	return []layout.Block{
		layout.P(strings.NewReplacer("{kommune}", m.Name, "{nøkkel}", keyWords(p, std)).Replace(word(std, "share intro"))),
		{Kind: layout.Table, Widths: []float64{40, 45}, Right: []bool{false, true}, Rows: rows, Sum: true},
	}
}
