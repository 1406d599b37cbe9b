package report

import (
	"fmt"
	"strings"
	"time"

	"regionplan/planmodel"
	"regionplan/report/layout"
)

// PressRelease writes a press-release draft from a communication activity
// as PDF, in the plan's own written standard: the activity's title as the
// headline, its result as the story, a paragraph about the cooperation and
// the contact. It is a draft for the project leader to finish, never sent
// as it is.
func PressRelease(p *planmodel.Plan, a planmodel.Activity, at time.Time) ([]byte, error) {
	return renderPDF(pressLayout(p, a, at))
}

// PressFiles makes the press release of activity a as PDF and DOCX.
func PressFiles(p *planmodel.Plan, a planmodel.Activity, at time.Time) ([]Draft, error) {
	l := pressLayout(p, a, at)
	d, err := rendered(l, "", fileName(word(p.DocumentStandard(), "press release"), a.Title, ""))
	return []Draft{d}, err
}

func pressLayout(p *planmodel.Plan, a planmodel.Activity, at time.Time) *layout.Document {
	std := p.DocumentStandard()
	p, a = p.InStandard(std), a.InStandard(std)
	w := func(key string) string { return word(std, key) }
	l := newLayout(std, at, w("press release")+" – "+a.Title, p.Name, p.Leader)
	date := at
	if t, err := planmodel.ParseDate(a.Date); err == nil {
		date = t
	}
	l.Masthead = [2]string{strings.ToUpper(w("press release")), p.Region + ", " + planmodel.FormatDate(date)}
	l.Running = w("press release") + " · " + a.Title
	lead := a.Result
	if strings.TrimSpace(lead) == "" {
		lead = w("press placeholder")
	}
	l.Add(layout.H(1, a.Title), layout.P(lead))
	if a.Audience != "" {
		l.Add(layout.Block{Kind: layout.Note, Text: w("press audience") + ": " + a.Audience})
	}
	l.Add(layout.H(2, w("press about")), layout.P(fill(w("press about text"), map[string]string{
		"{plan}": p.Name, "{period}": period(p.FirstYear, p.LastYear),
		"{n}": fmt.Sprint(len(p.Municipalities)), "{municipalities}": strings.Join(names(p), ", "),
	})))
	if p.Leader != "" || p.Contact != "" {
		l.Add(layout.H(2, w("press contact")), layout.P(strings.TrimSpace(p.Leader+"\n"+p.Contact)))
	}
	return l
}

// names lists the plan's municipalities.
func names(p *planmodel.Plan) []string {
	out := make([]string, len(p.Municipalities))
	for i, m := range p.Municipalities {
		out[i] = m.Name
	}
	return out
}

// period writes a span of years as "2015–2019", or one year as "2016".
func period(first, last int) string {
	if first == last || last == 0 {
		return fmt.Sprint(first)
	}
	return fmt.Sprintf("%d–%d", first, last)
}
