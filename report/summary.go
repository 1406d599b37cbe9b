package report

import (
	"context"
	"fmt"
	"strings"
	"time"

	"regionplan/planmodel"
	"regionplan/report/layout"
)

// maxSummaryMeasures is how many measures a summary lists before it sums up the rest.
const maxSummaryMeasures = 25

// Summary writes the plan summary for municipality i's newly elected
// council, in its written standard: what the plan is for, its goals and how
// they stand, the measures and who leads them, the resources and the
// municipality's share, the decisions so far, and what the new council is
// asked to do.
func Summary(p *planmodel.Plan, i int, at time.Time) ([]byte, error) {
	l, err := summaryLayout(p, i, at)
	if err != nil {
		return nil, err
	}
	return renderPDF(l)
}

func summaryLayout(p *planmodel.Plan, i int, at time.Time) (*layout.Document, error) {
	if i < 0 || i >= len(p.Municipalities) {
		return nil, fmt.Errorf("the plan has no municipality number %d", i+1)
	}
	m := p.Municipalities[i]
	std := p.PapersStandard(i)
	p = p.InStandard(std)
	council := lowerFirst(m.CouncilName())
	w := func(key string) string { return fillWords(word(std, key), "{council}", council) }
	l := newLayout(std, at, w("summary title")+" – "+p.Name, p.Name, m.Name)
	l.Masthead = [2]string{m.Name + " kommune", w("date") + ": " + planmodel.FormatDate(at)}
	l.Kind = w("summary title")
	l.Running = m.Name + " kommune · " + w("summary title") + " · " + p.Name
	l.Add(layout.H(1, p.Name), layout.H(2, w("purpose")), layout.P(fill(w("purpose text"), map[string]string{
		"{plan}": p.Name, "{region}": p.Region, "{period}": period(p.FirstYear, p.LastYear),
		"{n}": fmt.Sprint(len(p.Municipalities)), "{municipalities}": joinAnd(names(p), word(std, "and")),
	})))

	l.Add(summaryGoals(p, w)...)
	l.Add(summaryMeasures(p, w)...)
	l.Add(layout.H(2, w("resources")))
	l.Add(economy(p, i, std)...)

	l.Add(summaryDecisions(p, m.ID, std, w)...)

	asks := []string{w("ask brief"), w("ask contacts"), w("ask decision"), fill(w("ask contribution"), map[string]string{"{amount}": contributionText(p, i, std)})}
	l.Add(layout.H(2, w("asked")), layout.P(w("asked intro")), layout.Block{Kind: layout.List, Items: asks})
	return l, nil
}

// summaryGoals is the summary's table of goals, in the words w gives.
func summaryGoals(p *planmodel.Plan, w func(string) string) []layout.Block {
	if len(p.Goals) == 0 {
		return nil
	}
	rows := [][]string{{w("goal"), w("target"), w("deadline"), w("status")}}
	for _, g := range p.Goals {
		target := "–"
		if g.Target != nil {
			target = strings.TrimSpace(planmodel.FormatNumber(*g.Target) + " " + g.Unit)
		}
		deadline := "–"
		if g.Deadline != 0 {
			deadline = fmt.Sprint(g.Deadline)
		}
		rows = append(rows, []string{g.Title, target, deadline, w(goalStatusKey(g.Status))})
	}
	return []layout.Block{layout.H(2, w("goals")), {Kind: layout.Table, Widths: []float64{78, 38, 18, 31}, Rows: rows}}
}

// summaryMeasures is the summary's table of measures, in the words w gives.
func summaryMeasures(p *planmodel.Plan, w func(string) string) []layout.Block {
	if len(p.Measures) == 0 {
		return nil
	}
	rows := [][]string{{w("measure"), w("lead"), w("status"), w("years")}}
	for k, ms := range p.Measures {
		if k == maxSummaryMeasures {
			rows = append(rows, []string{fmt.Sprintf(w("more measures"), len(p.Measures)-k), "", "", ""})
			break
		}
		years := "–"
		if ms.FirstYear != 0 {
			years = period(ms.FirstYear, ms.LastYear)
		}
		rows = append(rows, []string{ms.Title, orDash(p.NameOf(ms.Responsible)), w("measure " + string(ms.Status)), years})
	}
	return []layout.Block{layout.H(2, w("measures")), {Kind: layout.Table, Widths: []float64{80, 35, 28, 22}, Rows: rows}}
}

// summaryDecisions is the summary's table of the decisions and where each
// stands in the municipality, in the words w gives.
func summaryDecisions(p *planmodel.Plan, municipality planmodel.MunicipalityID, std planmodel.Standard, w func(string) string) []layout.Block {
	if len(p.Decisions) == 0 {
		return nil
	}
	rows := [][]string{{w("decision"), w("status"), w("decided")}}
	for k := range p.Decisions {
		dec := &p.Decisions[k]
		status, decided := statusWord(std, planmodel.CaseNotSent), "–"
		if c := dec.Path(municipality); c != nil {
			status = statusWord(std, c.Status())
			if n := len(c.Steps); n > 0 && c.Steps[n-1].Decided != "" {
				decided = dateText(c.Steps[n-1].Decided)
			}
		}
		rows = append(rows, []string{dec.Title(std), status, decided})
	}
	return []layout.Block{layout.H(2, w("decisions so far")), {Kind: layout.Table, Widths: []float64{105, 38, 22}, Rows: rows}}
}

// fill replaces each key of values in s with its value.
func fill(s string, values map[string]string) string {
	pairs := make([]string, 0, 2*len(values))
	for k, v := range values {
		pairs = append(pairs, k, v)
	}
	return fillWords(s, pairs...)
}

// SummaryFiles makes the summary for every municipality's new council, as
// PDF and DOCX, for WriteFiles.
func SummaryFiles(p *planmodel.Plan, at time.Time) ([]Draft, error) {
	return summaryDocuments(p, at).Make(Both)
}

// summaryDocuments are the summaries for every municipality's new council.
func summaryDocuments(p *planmodel.Plan, at time.Time) Documents {
	return perMunicipality(p, func(i int) Document {
		m := p.Municipalities[i]
		return document(func() (*layout.Document, error) { return summaryLayout(p, i, at) },
			m.Name, fileName(word(p.PapersStandard(i), "summary file"), "", m.Name))
	})
}

// WriteSummaryFiles writes the summary for every municipality's new council
// into dir and returns the paths written (see Documents.Write for progress
// and cancelling).
func WriteSummaryFiles(ctx context.Context, p *planmodel.Plan, dir string, at time.Time, progress func(done, total int)) ([]string, error) {
	return summaryDocuments(p, at).Write(ctx, dir, Both, progress)
}

// goalStatusKey is the catalogue key of a goal's status.
func goalStatusKey(s planmodel.GoalStatus) string {
	if s == "" {
		return "goal not-started"
	}
	return "goal " + string(s)
}
