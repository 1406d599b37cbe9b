package report

import (
	"fmt"
	"strings"
	"time"

	"regionplan/internal/outfile"
	"regionplan/planmodel"
)

// maxSummaryMeasures is how many measures a summary lists before it sums up the rest.
const maxSummaryMeasures = 25

// Summary writes the plan summary for municipality i's newly elected
// council, in its written standard: what the plan is for, its goals and how
// they stand, the measures and who leads them, the resources and the
// municipality's share, the decisions so far, and what the new council is
// asked to do.
func Summary(p *planmodel.Plan, i int, at time.Time) ([]byte, error) {
	if i < 0 || i >= len(p.Municipalities) {
		return nil, fmt.Errorf("the plan has no municipality number %d", i+1)
	}
	m := p.Municipalities[i]
	std := m.Standard
	w := func(key string) string { return word(std, key) }
	d, err := newDoc(Meta{Title: w("summary title") + " – " + p.Name, Subject: p.Name, Author: m.Name, Created: at}, std)
	if err != nil {
		return nil, err
	}
	d.pdf.AddPage()
	d.font("B", 16)
	d.pdf.CellFormat(d.width/2, 8, clean(m.Name+" kommune"), "", 0, "L", false, 0, "")
	d.font("", 10)
	d.pdf.CellFormat(d.width/2, 8, clean(w("date")+": "+planmodel.FormatDate(at)), "", 1, "R", false, 0, "")
	d.font("B", 12)
	d.pdf.CellFormat(d.width, 7, w("summary title"), "B", 1, "L", false, 0, "")
	d.heading(p.Name, 14)

	d.heading(w("purpose"), 11.5)
	names := make([]string, len(p.Municipalities))
	for k, mm := range p.Municipalities {
		names[k] = mm.Name
	}
	d.para(fill(w("purpose text"), map[string]string{
		"{plan}": p.Name, "{region}": p.Region, "{period}": fmt.Sprintf("%d–%d", p.FirstYear, p.LastYear),
		"{n}": fmt.Sprint(len(p.Municipalities)), "{municipalities}": strings.Join(names, ", "),
	}))

	if len(p.Goals) > 0 {
		d.heading(w("goals"), 11.5)
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
			rows = append(rows, []string{g.Title, target, deadline, w("goal " + string(g.Status))})
		}
		d.table([]float64{78, 38, 18, 31}, nil, rows, false)
	}

	if len(p.Measures) > 0 {
		d.heading(w("measures"), 11.5)
		rows := [][]string{{w("measure"), w("lead"), w("status"), w("years")}}
		for k, ms := range p.Measures {
			if k == maxSummaryMeasures {
				rows = append(rows, []string{fmt.Sprintf(w("more measures"), len(p.Measures)-k), "", "", ""})
				break
			}
			years := "–"
			if ms.FirstYear != 0 {
				years = fmt.Sprintf("%d–%d", ms.FirstYear, ms.LastYear)
			}
			rows = append(rows, []string{ms.Title, orDash(ms.Responsible), w("measure " + string(ms.Status)), years})
		}
		d.table([]float64{80, 35, 28, 22}, nil, rows, false)
	}

	d.heading(w("resources"), 11.5)
	b := p.Budget()
	d.para(fill(w("budget text"), map[string]string{"{costs}": kroner(b.CostTotal), "{funding}": kroner(b.FundingTotal)}))
	d.economy(p, i)

	if len(p.Decisions) > 0 {
		d.heading(w("decisions so far"), 11.5)
		rows := [][]string{{w("decision"), w("status"), w("decided")}}
		for k := range p.Decisions {
			dec := &p.Decisions[k]
			status, decided := statusWord(std, planmodel.CaseNotSent), "–"
			if c := dec.Path(m.Name); c != nil {
				status = statusWord(std, c.Status())
				if n := len(c.Steps); n > 0 && c.Steps[n-1].Decided != "" {
					decided = dateText(c.Steps[n-1].Decided)
				}
			}
			rows = append(rows, []string{dec.Title(std), status, decided})
		}
		d.table([]float64{105, 38, 22}, nil, rows, false)
	}

	d.heading(w("asked"), 11.5)
	d.para(w("asked intro"))
	asks := []string{w("ask brief"), w("ask contacts"), w("ask decision"), fill(w("ask contribution"), map[string]string{"{amount}": contributionText(p, i)})}
	d.numbered(asks, "")
	return d.output()
}

// fill replaces each key of values in s with its value.
func fill(s string, values map[string]string) string {
	pairs := make([]string, 0, 2*len(values))
	for k, v := range values {
		pairs = append(pairs, k, v)
	}
	return strings.NewReplacer(pairs...).Replace(s)
}

// WriteSummaryFiles writes the summary for every municipality's new council
// into dir and returns the paths written; progress, when not nil, hears of
// each file.
func WriteSummaryFiles(p *planmodel.Plan, dir string, at time.Time, progress func(done, total int)) ([]string, error) {
	docs, err := perMunicipality(p, func(i int) (Draft, error) {
		b, err := Summary(p, i, at)
		m := p.Municipalities[i]
		name := outfile.Name(fmt.Sprintf("%s %s - %s", at.Format("2006-01-02"), word(m.Standard, "summary file"), m.Name), ".pdf")
		return Draft{Municipality: m.Name, FileName: name, PDF: b}, err
	})
	if err != nil {
		return nil, err
	}
	return WriteFiles(dir, docs, progress)
}
