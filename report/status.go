package report

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"regionplan/planmodel"
	"regionplan/report/layout"
)

// statusReport holds what one status report is written from.
type statusReport struct {
	p    *planmodel.Plan
	i    int // the municipality it is for, or -1 for the steering group
	year int
	std  planmodel.Standard
}

// w returns a word of the report in its written standard.
func (s *statusReport) w(key string) string { return word(s.std, key) }

// f returns a word with {year} and the given placeholders filled in.
func (s *statusReport) f(key string, pairs ...string) string {
	values := map[string]string{"{year}": fmt.Sprint(s.year)}
	for k := 0; k+1 < len(pairs); k += 2 {
		values[pairs[k]] = pairs[k+1]
	}
	return fill(s.w(key), values)
}

// StatusReport writes the yearly status report for year as PDF: for the
// steering group when i is -1, in the plan's written standard, or for
// municipality i in its own. It never holds internal material.
func StatusReport(p *planmodel.Plan, i, year int, at time.Time) ([]byte, error) {
	l, err := statusLayout(p, i, year, at)
	if err != nil {
		return nil, err
	}
	return renderPDF(l)
}

// StatusFiles makes the status report for year for the steering group and
// for every municipality, as PDF and DOCX, for WriteFiles.
func StatusFiles(p *planmodel.Plan, year int, at time.Time) ([]Draft, error) {
	docs, err := statusDocuments(p, year, at)
	if err != nil {
		return nil, err
	}
	return docs.Make(Both)
}

// WriteStatusFiles writes the status reports for year into dir and returns
// the paths written (see Documents.Write for progress and cancelling).
func WriteStatusFiles(ctx context.Context, p *planmodel.Plan, year int, dir string, at time.Time, progress func(done, total int)) ([]string, error) {
	docs, err := statusDocuments(p, year, at)
	if err != nil {
		return nil, err
	}
	return docs.Write(ctx, dir, Both, progress)
}

// statusDocuments are the status reports for year: the steering group's,
// then every municipality's.
func statusDocuments(p *planmodel.Plan, year int, at time.Time) (Documents, error) {
	if year < p.FirstYear || year > p.LastYear {
		return nil, fmt.Errorf("%d lies outside the plan's period %d–%d; choose a year in it", year, p.FirstYear, p.LastYear)
	}
	one := func(i int) Document {
		s := statusReport{p: p, i: i, year: year, std: p.DocumentStandard()}
		who, whose := s.w("steering group"), ""
		if i >= 0 {
			s.std = p.PapersStandard(i)
			who, whose = p.Municipalities[i].Name, p.Municipalities[i].Name
		}
		return document(func() (*layout.Document, error) { return statusLayout(p, i, year, at) },
			whose, fileName(fmt.Sprintf("%s %d", s.w("status file"), year), "", who))
	}
	return append(Documents{one(-1)}, perMunicipality(p, one)...), nil
}

func statusLayout(p *planmodel.Plan, i, year int, at time.Time) (*layout.Document, error) {
	if i >= len(p.Municipalities) {
		return nil, fmt.Errorf("the plan has no municipality number %d", i+1)
	}
	p = p.WithoutInternal() // never any trust assessment or internal note
	s := &statusReport{p: p, i: i, year: year, std: p.DocumentStandard()}
	who := s.w("steering group")
	if i >= 0 {
		s.std = p.PapersStandard(i)
		who = p.Municipalities[i].Name + " kommune"
	}
	p = p.InStandard(s.std)
	s.p = p
	title := fmt.Sprintf("%s %d", s.w("status report"), year)
	l := newLayout(s.std, at, title+" – "+p.Name, p.Name, p.Leader)
	l.Masthead = [2]string{who, s.w("date") + ": " + planmodel.FormatDate(at)}
	l.Kind = title
	l.Running = who + " · " + title + " · " + p.Name
	l.Add(layout.H(1, p.Name), layout.P(s.f("status intro", "{plan}", p.Name)))
	s.goals(l)
	s.measures(l)
	s.economy(l)
	s.decisions(l)
	s.next(l)
	return l, nil
}

// goals writes each goal with its latest value against the path and a
// chart of its measurements beside the path.
func (s *statusReport) goals(l *layout.Document) {
	if len(s.p.Goals) == 0 {
		return
	}
	l.Add(layout.H(2, s.w("goals results")))
	for k := range s.p.Goals {
		g := &s.p.Goals[k]
		l.Add(layout.H(3, g.Title))
		pairs := [][2]string{{s.w("status"), s.w(goalStatusKey(g.Status))}}
		if g.Indicator != "" {
			pairs = append(pairs, [2]string{s.w("indicator"), g.Indicator})
		}
		if g.Baseline != nil {
			pairs = append(pairs, [2]string{s.w("baseline"), s.value(g, *g.Baseline) + yearSuffix(g.BaseYear)})
		}
		if g.Target != nil {
			pairs = append(pairs, [2]string{s.w("target"), s.value(g, *g.Target) + yearSuffix(g.Deadline)})
		}
		pairs = append(pairs, s.latest(g)...)
		l.Add(layout.Block{Kind: layout.Facts, Pairs: pairs})
		if c, ok := s.chart(g); ok {
			l.Add(c...)
		}
	}
}

func yearSuffix(y int) string {
	if y == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d)", y)
}

// value writes a goal's figure with its unit.
func (s *statusReport) value(g *planmodel.Goal, v float64) string {
	return strings.TrimSpace(planmodel.FormatNumber(v) + " " + g.Unit)
}

// latest describes the goal's latest measurement up to the report's year
// and how it stands against the path.
func (s *statusReport) latest(g *planmodel.Goal) [][2]string {
	upTo := *g
	upTo.Measurements = nil
	for _, m := range g.Series() {
		if m.Year <= s.year {
			upTo.Measurements = append(upTo.Measurements, m)
		}
	}
	m, ok := upTo.Latest()
	if !ok {
		return [][2]string{{s.w("latest"), s.w("no measurement")}}
	}
	out := [][2]string{{s.w("latest"), s.value(g, m.Value) + yearSuffix(m.Year)}}
	if m.Source != "" {
		out = append(out, [2]string{s.w("source"), m.Source})
	}
	gap, ok := upTo.Gap()
	if !ok {
		return out
	}
	pct := planmodel.FormatDecimal(math.Abs(gap.Behind), 0)
	verdict := s.w("on path")
	switch {
	case gap.Behind > float64(s.p.PathMarginPercent()):
		verdict = fill(s.w("behind path"), map[string]string{"{pct}": pct})
	case gap.Behind < 0:
		verdict = fill(s.w("ahead path"), map[string]string{"{pct}": pct})
	}
	return append(out, [2]string{s.w("path value"), s.value(g, gap.Expected) + yearSuffix(m.Year)}, [2]string{s.w("against path"), verdict})
}

// Chart colours of a goal: grey for the path, fjord blue for the measurements.
var (
	pathColour     = [3]int{170, 170, 170}
	measuredColour = [3]int{29, 78, 107}
)

// maxChartYears is the most years a goal's chart shows.
const maxChartYears = 16

// chart draws a goal's path and measurements per year from the base year
// to the deadline (or the last measurement), with the elections in that
// span named below it. Goals without a path or with negative figures get none.
func (s *statusReport) chart(g *planmodel.Goal) ([]layout.Block, bool) {
	if !g.HasPath() || *g.Baseline < 0 || *g.Target < 0 {
		return nil, false
	}
	last := g.Deadline
	byYear := map[int]float64{}
	for _, m := range g.Series() {
		if m.Value < 0 {
			return nil, false
		}
		if m.Year > s.year {
			continue // measured after the year reported on
		}
		byYear[m.Year] = m.Value
		last = max(last, m.Year)
	}
	first := g.BaseYear
	if last-first+1 > maxChartYears {
		first = last - maxChartYears + 1
	}
	path := layout.Series{Name: s.w("path"), RGB: pathColour}
	measured := layout.Series{Name: s.w("measured"), RGB: measuredColour}
	var labels []string
	for y := first; y <= last; y++ {
		labels = append(labels, fmt.Sprint(y))
		path.Values = append(path.Values, int64(math.Round(g.PathValue(float64(y)))))
		measured.Values = append(measured.Values, int64(math.Round(byYear[y])))
	}
	out := []layout.Block{{Kind: layout.Chart, Labels: labels, Series: []layout.Series{path, measured}}}
	if es := planmodel.ElectionsBetween(first, last); len(es) > 0 {
		years := make([]string, len(es))
		for k, e := range es {
			years[k] = fmt.Sprint(e)
		}
		out = append(out, layout.Block{Kind: layout.Note, Text: fill(s.w("elections"), map[string]string{"{years}": strings.Join(years, ", ")})})
	}
	return out, true
}

// measures lists the measures done and under way in the report's year,
// with that year's progress note.
func (s *statusReport) measures(l *layout.Document) {
	l.Add(layout.H(2, s.f("measures year")))
	rows := [][]string{{s.w("measure"), s.w("lead"), s.w("status"), s.w("progress")}}
	for _, st := range []planmodel.MeasureStatus{planmodel.MeasureDone, planmodel.MeasureRunning} {
		for _, k := range s.p.MeasuresIn(s.year, st) {
			m := &s.p.Measures[k]
			if s.i >= 0 && m.Scope == planmodel.ScopeLocal && m.Responsible != s.p.Municipalities[s.i].ID {
				continue // another municipality's own measure
			}
			note := ""
			if pr, ok := m.ProgressIn(s.year); ok {
				note = pr.Note
			}
			rows = append(rows, []string{m.Title, orDash(s.p.NameOf(m.Responsible)), s.w("measure " + string(st)), orDash(note)})
		}
	}
	s.tableOr(l, rows, []float64{62, 30, 28, 45}, "no measures")
}

// tableOr adds the table of rows, or the sentence none when it has no
// rows below its header.
func (s *statusReport) tableOr(l *layout.Document, rows [][]string, widths []float64, none string) {
	if len(rows) == 1 {
		l.Add(layout.P(s.f(none)))
		return
	}
	l.Add(layout.Block{Kind: layout.Table, Widths: widths, Rows: rows})
}

// economy writes the year's budget, accounts and deviation per line (the
// lines with neither that year left out) and the municipalities' payments.
func (s *statusReport) economy(l *layout.Document) {
	l.Add(layout.H(2, s.f("economy year")))
	r := &s.p.Resources
	var costs, funding []budgetLine
	for _, c := range r.Costs {
		costs = append(costs, budgetLine{c.Title, c.Amounts, c.Actual})
	}
	for _, f := range r.Funding {
		funding = append(funding, budgetLine{f.Name, f.Amounts, f.Actual})
	}
	intro := s.f("economy intro")
	entered := slices.Contains(s.p.AccountYears(), s.year)
	if !entered {
		intro = s.f("no accounts")
	}
	l.Add(layout.P(intro),
		s.budgetTable([]string{s.w("cost item"), s.w("budget"), s.w("accounts"), s.w("deviation")}, costs, s.w("total costs"), entered),
		s.budgetTable([]string{s.w("funding source"), s.w("budget"), s.w("received"), s.w("deviation")}, funding, s.w("total funding"), entered))
	s.payments(l)
}

// budgetLine is a cost item or funding source: its name, budget and accounts.
type budgetLine struct {
	name           string
	budget, actual planmodel.Yearly
}

// budgetTable is the year's budget, accounts and deviation of each line
// with a figure that year, and their sum. Before the year's accounts are
// entered, accounts and deviation are dashes: the whole budget is not a
// deviation.
func (s *statusReport) budgetTable(head []string, lines []budgetLine, total string, entered bool) layout.Block {
	rows := [][]string{head}
	var sb, sa int64
	row := func(name string, b, a int64) []string {
		if !entered {
			return []string{name, kroner(b), "–", "–"}
		}
		return []string{name, kroner(b), kroner(a), signedKroner(a - b)}
	}
	for _, ln := range lines {
		b, a := ln.budget.Get(s.year), ln.actual.Get(s.year)
		if b == 0 && a == 0 {
			continue
		}
		sb, sa = sb+b, sa+a
		rows = append(rows, row(ln.name, b, a))
	}
	rows = append(rows, row(total, sb, sa))
	return layout.Block{Kind: layout.Table, Widths: []float64{74, 31, 31, 29}, Right: []bool{false, true, true, true}, Rows: rows, Sum: true}
}

// signedKroner writes a deviation with its sign.
func signedKroner(n int64) string {
	if n > 0 {
		return "+" + kroner(n)
	}
	return kroner(n)
}

// payments lists each municipality's share for the year, what it has paid
// and what remains.
func (s *statusReport) payments(l *layout.Document) {
	shares, err := s.p.Shares()
	if err != nil {
		return
	}
	col := slices.Index(shares.Years, s.year)
	if col < 0 {
		return
	}
	rows := [][]string{{s.w("municipality"), s.w("share"), s.w("paid"), s.w("remaining")}}
	var share, paid, left int64
	for _, row := range s.p.Payments(shares) {
		m := row[col]
		share, paid, left = share+m.Share, paid+m.Paid, left+m.Remaining()
		rows = append(rows, []string{s.p.Municipalities[m.Municipality].Name, kroner(m.Share), kroner(m.Paid), kroner(m.Remaining())})
	}
	rows = append(rows, []string{s.w("total"), kroner(share), kroner(paid), kroner(left)})
	l.Add(layout.H(3, s.f("payments")),
		layout.Block{Kind: layout.Table, Widths: []float64{74, 31, 31, 29}, Right: []bool{false, true, true, true}, Rows: rows, Sum: true})
}

// decisions lists the decisions taken in the report's year: for the
// steering group every council's, for a municipality its own.
func (s *statusReport) decisions(l *layout.Document) {
	l.Add(layout.H(2, s.f("decisions year")))
	rows := [][]string{{s.w("decision"), s.w("municipality"), s.w("body"), s.w("decided")}}
	for k := range s.p.Decisions {
		d := &s.p.Decisions[k]
		for _, c := range d.Paths {
			if s.i >= 0 && c.Municipality != s.p.Municipalities[s.i].ID {
				continue
			}
			for _, st := range c.Steps {
				if strings.HasPrefix(st.Decided, fmt.Sprint(s.year)+"-") {
					rows = append(rows, []string{d.Title(s.std), s.p.NameOf(c.Municipality), st.Body + ": " + statusWord(s.std, st.Status), dateText(st.Decided)})
				}
			}
		}
	}
	s.tableOr(l, rows, []float64{60, 30, 52, 23}, "no decisions")
}

// next says what comes: next year's contributions, the next election and
// the re-anchoring after it, or the end of the period.
func (s *statusReport) next(l *layout.Document) {
	l.Add(layout.H(2, s.w("next")))
	ny := s.year + 1
	if shares, err := s.p.Shares(); err == nil && ny <= s.p.LastYear {
		col := slices.Index(shares.Years, ny)
		if s.i >= 0 {
			l.Add(layout.P(fill(s.w("own next share"), map[string]string{"{kommune}": s.p.Municipalities[s.i].Name, "{year}": fmt.Sprint(ny), "{amount}": kroner(shares.Money[s.i][col])})))
		} else {
			rows := [][]string{{s.w("municipality"), s.w("contribution")}}
			for k, m := range s.p.Municipalities {
				rows = append(rows, []string{m.Name, kroner(shares.Money[k][col])})
			}
			rows = append(rows, []string{s.w("total"), kroner(sumColumn(shares.Money, col))})
			l.Add(layout.P(fill(s.w("next shares"), map[string]string{"{year}": fmt.Sprint(ny)})),
				layout.Block{Kind: layout.Table, Widths: []float64{74, 40}, Right: []bool{false, true}, Rows: rows, Sum: true})
		}
	}
	if ny > s.p.LastYear {
		l.Add(layout.P(fill(s.w("period ends"), map[string]string{"{year}": fmt.Sprint(s.p.LastYear)})))
	}
	e := s.p.ElectionIn(nextElectionYear(s.year))
	l.Add(layout.P(fill(s.w("next election"), map[string]string{
		"{date}": planmodel.FormatDate(e.Date), "{constituted}": planmodel.FormatDate(e.Constituted), "{due}": planmodel.FormatDate(e.StrategyDue)})))
	s.reanchoring(l)
}

// nextElectionYear returns the first election year after year.
func nextElectionYear(year int) int {
	y := year + 1
	for !planmodel.IsElectionYear(y) {
		y++
	}
	return y
}

// reanchoring says whether the plan was anchored anew after the latest
// election up to the report's year.
func (s *statusReport) reanchoring(l *layout.Document) {
	e := 0
	for y := s.year; y >= s.p.FirstYear-1; y-- {
		if planmodel.IsElectionYear(y) {
			e = y
			break
		}
	}
	if e == 0 {
		return
	}
	r := s.p.Reanchoring(e)
	var open []string
	for _, m := range s.p.Municipalities {
		if s.i >= 0 && m.Name != s.p.Municipalities[s.i].Name {
			continue
		}
		if r == nil || !r.Anchored(m.ID) {
			open = append(open, m.Name)
		}
	}
	if len(open) > 0 {
		l.Add(layout.P(fill(s.w("reanchor open"), map[string]string{"{year}": fmt.Sprint(e), "{names}": strings.Join(open, ", ")})))
	} else if s.i < 0 {
		l.Add(layout.P(fill(s.w("reanchor done"), map[string]string{"{year}": fmt.Sprint(e)})))
	}
}

func sumColumn(money [][]int64, col int) int64 {
	var sum int64
	for _, row := range money {
		sum += row[col]
	}
	return sum
}
