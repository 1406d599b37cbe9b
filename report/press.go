package report

import (
	"fmt"
	"strings"
	"time"

	"regionplan/planmodel"
)

// PressRelease writes a press-release draft from a communication activity,
// in the plan's own written standard: the activity's title as the headline,
// its result as the story, a paragraph about the cooperation and the
// contact. It is a draft for the project leader to finish, never sent as it is.
func PressRelease(p *planmodel.Plan, a planmodel.Activity, at time.Time) ([]byte, error) {
	std := p.DocumentStandard()
	w := func(key string) string { return word(std, key) }
	d, err := newDoc(Meta{Title: w("press release") + " – " + a.Title, Subject: p.Name, Author: p.Leader, Created: at}, std)
	if err != nil {
		return nil, err
	}
	d.pdf.AddPage()
	d.font("B", 12)
	d.pdf.CellFormat(d.width/2, 7, clean(strings.ToUpper(w("press release"))), "", 0, "L", false, 0, "")
	d.font("", 10)
	date := at
	if t, err := planmodel.ParseDate(a.Date); err == nil {
		date = t
	}
	d.pdf.CellFormat(d.width/2, 7, clean(p.Region+", "+planmodel.FormatDate(date)), "", 1, "R", false, 0, "")
	d.pdf.Ln(2)
	d.heading(a.Title, 18)
	lead := a.Result
	if strings.TrimSpace(lead) == "" {
		lead = w("press placeholder")
	}
	d.para(lead)
	if a.Audience != "" {
		d.font("I", 9.5)
		d.pdf.MultiCell(d.width, 5, clean(w("press audience")+": "+a.Audience), "", "L", false)
	}
	d.heading(w("press about"), 11.5)
	names := make([]string, len(p.Municipalities))
	for i, m := range p.Municipalities {
		names[i] = m.Name
	}
	d.para(fill(w("press about text"), map[string]string{
		"{plan}": p.Name, "{period}": fmt.Sprintf("%d–%d", p.FirstYear, p.LastYear),
		"{n}": fmt.Sprint(len(p.Municipalities)), "{municipalities}": strings.Join(names, ", "),
	}))
	if p.Leader != "" || p.Contact != "" {
		d.heading(w("press contact"), 11.5)
		d.para(strings.TrimSpace(p.Leader + "\n" + p.Contact))
	}
	return d.output()
}
