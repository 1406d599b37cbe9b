package wizard

import (
	"fmt"

	"regionplan/planmodel"
)

// followUp returns the signals of the plan's follow-up: goals whose latest
// measurement lies behind the path (fixed in stage 6), and, in stage 7,
// spending ahead of the money received, shares not paid for a year that has
// passed, and cost items over budget by more than planmodel.OverBudgetPercent.
func followUp(p *planmodel.Plan, year int) []Finding {
	var out []Finding
	if behind := p.GoalsBehindPath(); len(behind) > 0 {
		names := make([]string, len(behind))
		for i, g := range behind {
			names[i] = p.Goals[g].Title
		}
		out = append(out, Finding{ID: SignalBehindPath, Stage: StagePoliticalShifts, Names: names})
	}
	if y, ok := p.SpendingAhead(); ok {
		out = append(out, Finding{ID: SignalSpendingAhead, Stage: StageResources, Names: []string{fmt.Sprint(y)}})
	}
	var unpaid []string
	for _, m := range p.LatePayments(year) {
		name := fmt.Sprintf("%s (%d)", p.Municipalities[m.Municipality].Name, m.Year)
		unpaid = append(unpaid, name)
	}
	if len(unpaid) > 0 {
		out = append(out, Finding{ID: SignalShareNotPaid, Stage: StageResources, Names: unpaid})
	}
	var over []string
	for _, l := range p.OverBudget() {
		over = append(over, fmt.Sprintf("%s (%d)", p.Resources.Costs[l.Cost].Title, l.Year))
	}
	if len(over) > 0 {
		out = append(out, Finding{ID: SignalOverBudget, Stage: StageResources, Names: over})
	}
	return out
}
