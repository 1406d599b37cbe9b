package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"regionplan/planmodel"
)

// maxTemplateGoals is how many goals a template names.
const maxTemplateGoals = 5

// NewDecision returns a new decision of the given kind for the plan, with
// its texts in bokmål and nynorsk written from the kind's template.
func NewDecision(p *planmodel.Plan, kind planmodel.DecisionKind, at time.Time) planmodel.Decision {
	d := p.NewDecision(kind)
	for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
		d.SetText(std, DecisionTemplate(p, kind, std, at))
	}
	return d
}

// DecisionTemplate writes a decision of the given kind (start of planning,
// adopting the plan, funding the joint share, confirming after an
// election, other) in the written standard std, filled from the plan: its
// region, municipalities, period, goals and measures. The municipality's
// name and contribution stay placeholders that each draft fills in.
func DecisionTemplate(p *planmodel.Plan, kind planmodel.DecisionKind, std planmodel.Standard, at time.Time) planmodel.DecisionText {
	p = p.InStandard(std)
	k := string(kind)
	if !slices.Contains(planmodel.DecisionKinds, kind) {
		k = string(planmodel.DecisionOther)
	}
	var goals []string
	for _, g := range p.Goals[:min(len(p.Goals), maxTemplateGoals)] {
		goals = append(goals, strings.TrimSuffix(strings.TrimSpace(g.Title), "."))
	}
	values := map[string]string{
		"{plan}": p.Name, "{plan period}": withPeriod(p), "{region}": p.Region, "{period}": period(p.FirstYear, p.LastYear),
		"{n}": fmt.Sprint(len(p.Municipalities)), "{municipalities}": joinAnd(names(p), word(std, "and")),
		"{goals}": fmt.Sprint(len(p.Goals)), "{measures}": fmt.Sprint(len(p.Measures)),
		"{goal list}": joinAnd(goals, word(std, "and")),
	}
	w := func(key string) string { return fill(word(std, key), values) }
	background := w("template background")
	if len(p.Goals) == 0 && len(p.Measures) == 0 {
		background = w("template background new")
	}
	if len(goals) > 0 {
		background += " " + w("template goals")
	}
	return planmodel.DecisionText{
		Title:       w("template " + k + " title"),
		Summary:     w("template " + k + " summary"),
		Background:  background,
		Points:      strings.Split(w("template "+k+" points"), "\n"),
		Attachments: strings.Split(w("template attachments"), "\n"),
		Changed:     at,
	}
}

// withPeriod is the plan's name followed by its period, unless the name
// already ends in it or names both years, as "… for Valdres 2027–2030" does.
func withPeriod(p *planmodel.Plan) string {
	first, last := fmt.Sprint(p.FirstYear), fmt.Sprint(p.LastYear)
	if strings.Contains(p.Name, first) && strings.Contains(p.Name, last) {
		return p.Name
	}
	return p.Name + " " + period(p.FirstYear, p.LastYear)
}
