package report

import (
	"fmt"
	"time"

	"regionplan/planmodel"
)

// DecisionOverview writes the steering group's overview of a decision: every
// municipality, the bodies its case passes through, the meeting dates and
// where the case stands, in the plan's own written standard.
func DecisionOverview(p *planmodel.Plan, d *planmodel.Decision, at time.Time) ([]byte, error) {
	std := p.DocumentStandard()
	title := d.Title(std)
	doc, err := newDoc(Meta{Title: word(std, "overview") + " – " + title, Subject: p.Name, Author: p.Leader, Created: at}, std)
	if err != nil {
		return nil, err
	}
	doc.pdf.AddPage()
	doc.font("", 10)
	doc.pdf.CellFormat(textWidth, 5, clean(p.Name), "", 1, "L", false, 0, "")
	doc.heading(word(std, "overview"), 16)
	doc.heading(title, 12)
	doc.font("", 10)
	doc.pdf.CellFormat(textWidth, 6, clean(word(std, "date")+": "+planmodel.FormatDate(at)), "", 1, "L", false, 0, "")
	doc.pdf.Ln(3)
	rows := [][]string{{word(std, "municipality"), word(std, "body"), word(std, "case number"), word(std, "meeting date"), word(std, "status"), word(std, "decided")}}
	for _, m := range p.Municipalities {
		c := d.Path(m.Name)
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
	doc.table([]float64{30, 36, 22, 22, 36, 19}, nil, rows, false)
	for _, w := range p.DecisionWarnings(d, at) {
		if w.Kind == "overdue" {
			doc.font("I", 9.5)
			doc.pdf.MultiCell(textWidth, 5, clean(fmt.Sprintf("%s: %s – %s", word(std, "overdue"), w.Municipality, w.Body)), "", "L", false)
		}
	}
	return doc.output()
}

func statusWord(std planmodel.Standard, s planmodel.CaseStatus) string {
	if s == planmodel.CaseNotSent {
		return word(std, "not sent")
	}
	return word(std, string(s))
}
