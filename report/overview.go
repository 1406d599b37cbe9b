package report

import (
	"fmt"
	"time"

	"regionplan/planmodel"
	"regionplan/report/layout"
)

// DecisionOverview writes the steering group's overview of a decision as
// PDF: every municipality, the bodies its case passes through, the meeting
// dates and where the case stands, in the plan's own written standard.
func DecisionOverview(p *planmodel.Plan, d *planmodel.Decision, at time.Time) ([]byte, error) {
	return renderPDF(overviewLayout(p, d, at))
}

func overviewLayout(p *planmodel.Plan, d *planmodel.Decision, at time.Time) *layout.Document {
	std := p.DocumentStandard()
	p = p.InStandard(std)
	w := func(key string) string { return word(std, key) }
	title := d.Title(std)
	l := newLayout(std, at, w("overview")+" – "+title, p.Name, p.Leader)
	l.Running = p.Name + " · " + w("overview")
	rows := [][]string{{w("municipality"), w("body"), w("case number"), w("meeting date"), w("status"), w("decided")}}
	for _, m := range p.Municipalities {
		c := d.Path(m.ID)
		if c == nil || len(c.Steps) == 0 {
			rows = append(rows, []string{m.Name, "–", "–", "–", statusWord(std, planmodel.CaseNotSent), "–"})
			continue
		}
		for k, s := range c.Steps {
			name := ""
			if k == 0 {
				name = m.Name
			}
			rows = append(rows, []string{name, s.Body, orDash(s.CaseNumber), orDash(dateText(s.Meeting)), statusWord(std, s.Status), orDash(dateText(s.Decided))})
		}
	}
	l.Add(layout.P(p.Name), layout.H(1, w("overview")), layout.H(2, title),
		layout.P(w("date")+": "+planmodel.FormatDate(at)),
		layout.Block{Kind: layout.Table, Widths: []float64{30, 34, 24, 22, 33, 22}, Rows: rows})
	for _, warn := range p.DecisionWarnings(d, at) {
		if warn.Kind == planmodel.WarnOverdue {
			l.Add(layout.Block{Kind: layout.Note, Text: fmt.Sprintf("%s: %s – %s", w("overdue"), p.NameOf(warn.Municipality), warn.Body)})
		}
	}
	return l
}

func statusWord(std planmodel.Standard, s planmodel.CaseStatus) string {
	if s == planmodel.CaseNotSent {
		return word(std, "not sent")
	}
	return word(std, string(s))
}
