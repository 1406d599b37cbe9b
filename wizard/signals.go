package wizard

import (
	"fmt"
	"sort"
	"time"

	"regionplan/planmodel"
)

// The computed warning signals. Each Finding carries one of these IDs; the
// window gives each its title and a sentence on why it matters.
const (
	SignalNoQuickWins        = "no-quick-wins"
	SignalNoExpectation      = "no-expectation"
	SignalNoBenefit          = "no-benefit"
	SignalNoCommunication    = "no-communication"
	SignalTrustFalling       = "trust-falling"
	SignalWorkshopNoFollowUp = "workshop-no-follow-up"
	SignalStageFatigue       = "stage-fatigue"
	SignalGoalNotMeasurable  = "goal-not-measurable"
	SignalDecisionOverdue    = "decision-overdue"
	SignalHeavyShare         = "heavy-share"
	SignalNotReanchored      = "not-reanchored"
	SignalBehindPath         = "goal-behind-path"
	SignalSpendingAhead      = "spending-ahead"
	SignalShareNotPaid       = "share-not-paid"
	SignalOverBudget         = "over-budget"
)

// Thresholds of the computed signals, in days.
const (
	QuietDays       = 60 // no communication activity done for this long is a signal …
	FollowUpDays    = 14 // a workshop held this long ago should have its follow-up recorded
	StaleStageDays  = 90 // a stage untouched this long …
	MovingStageDays = 30 // … while a later stage changed this recently shows plan fatigue
	day             = 24 * time.Hour
)

// Finding is one warning signal that fires for a plan: which signal, the
// stage where it is fixed, and what it concerns — municipality names,
// workshop titles, trust factor IDs or stage IDs, by signal.
type Finding struct {
	ID    string
	Stage StageID
	Names []string
}

// Inputs is what the signals need besides the plan and the guide.
type Inputs struct {
	Now time.Time
}

// Findings returns the computed warning signals that fire for p, in the order of the
// stages where they are fixed.
func (g *Guide) Findings(p *planmodel.Plan, in Inputs) []Finding {
	var out []Finding
	add := func(id string, stage StageID, names []string) {
		out = append(out, Finding{ID: id, Stage: stage, Names: names})
	}
	if names := noExpectation(p); len(names) > 0 {
		add(SignalNoExpectation, StageExpectations, names)
	}
	if stages := g.fatigued(p, in.Now); len(stages) > 0 {
		add(SignalStageFatigue, StageID(stages[0]), stages)
	}
	if len(p.Measures) > 0 && quickWins(p, in.Now.Year()) == 0 {
		add(SignalNoQuickWins, StageTrust, nil)
	}
	if names := notMeasurable(p); len(names) > 0 {
		add(SignalGoalNotMeasurable, StagePoliticalShifts, names)
	}
	if e, ok := p.PendingElection(in.Now); ok {
		add(SignalNotReanchored, StagePoliticalShifts, []string{fmt.Sprint(e.Year)})
	}
	if names := overdueDecisions(p, in.Now); len(names) > 0 {
		add(SignalDecisionOverdue, StageStructure, names)
	}
	if names := heavyShares(p); len(names) > 0 {
		add(SignalHeavyShare, StageResources, names)
	}
	for _, f := range followUp(p, in.Now.Year()) {
		add(f.ID, f.Stage, f.Names)
	}
	if falling := p.FallingFactors(); len(falling) > 0 {
		names := make([]string, len(falling))
		for i, f := range falling {
			names[i] = string(f)
		}
		add(SignalTrustFalling, StageTrust, names)
	}
	if names := p.WithoutBenefit(); len(names) > 0 {
		add(SignalNoBenefit, StageKnowledge, names)
	}
	if names := withoutFollowUp(p, in.Now); len(names) > 0 {
		add(SignalWorkshopNoFollowUp, StageParticipation, names)
	}
	if quiet(p, in.Now) {
		add(SignalNoCommunication, StageCommunication, nil)
	}
	sort.SliceStable(out, func(i, j int) bool { return g.StageIndex(out[i].Stage) < g.StageIndex(out[j].Stage) })
	return out
}

func noExpectation(p *planmodel.Plan) []string {
	var out []string
	for _, m := range p.Municipalities {
		if m.Expectation == "" {
			out = append(out, m.Name)
		}
	}
	return out
}

// withoutFollowUp returns the titles of the workshops held at least
// FollowUpDays ago with no follow-up recorded.
func withoutFollowUp(p *planmodel.Plan, now time.Time) []string {
	var out []string
	for _, w := range p.Workshops {
		d, err := planmodel.ParseDate(w.Date)
		if err == nil && w.FollowUp == "" && !d.After(now.Add(-FollowUpDays*day)) {
			out = append(out, w.Title)
		}
	}
	return out
}

// quiet reports whether no communication activity was done in the last
// QuietDays days. A plan younger than that has had no time to be quiet.
func quiet(p *planmodel.Plan, now time.Time) bool {
	since := now.Add(-QuietDays * day)
	if p.Created.After(since) {
		return false
	}
	for _, a := range p.Activities {
		d, err := planmodel.ParseDate(a.Date)
		if err == nil && a.Done && !d.Before(since.Truncate(day)) && !d.After(now) {
			return false
		}
	}
	return true
}

// fatigued returns the stages with open checklist items left untouched for
// StaleStageDays while a later stage changed within MovingStageDays. A
// stage never touched counts from the plan's creation.
func (g *Guide) fatigued(p *planmodel.Plan, now time.Time) []string {
	last := make([]time.Time, len(g.Stages))
	for i := range g.Stages {
		last[i] = p.Created
		for _, it := range g.Stages[i].Items {
			if c := p.Item(it.ID).Changed; c.After(last[i]) {
				last[i] = c
			}
		}
	}
	var out []string
	for i := range g.Stages {
		if g.Stages[i].Progress(p).Complete() || last[i].After(now.Add(-StaleStageDays*day)) {
			continue
		}
		for j := i + 1; j < len(g.Stages); j++ {
			if last[j].After(now.Add(-MovingStageDays * day)) {
				out = append(out, string(g.Stages[i].ID))
				break
			}
		}
	}
	return out
}

// quickWins counts the measures flagged as quick wins that are not stopped
// in year, by their status that year.
func quickWins(p *planmodel.Plan, year int) int {
	n := 0
	for _, m := range p.Measures {
		if m.QuickWin && m.StatusIn(year) != planmodel.MeasureStopped {
			n++
		}
	}
	return n
}

// notMeasurable names the goals without an indicator, a target or a deadline.
func notMeasurable(p *planmodel.Plan) []string {
	var names []string
	for _, w := range p.GoalWarnings() {
		if w.Kind == planmodel.WarnNotMeasurable {
			names = append(names, p.Goals[w.Goal].Title)
		}
	}
	return names
}

// overdueDecisions names the municipalities where a meeting has passed
// without a decision being recorded, over all the plan's decisions.
func overdueDecisions(p *planmodel.Plan, now time.Time) []string {
	var names []string
	seen := map[planmodel.MunicipalityID]bool{}
	for i := range p.Decisions {
		for _, w := range p.DecisionWarnings(&p.Decisions[i], now) {
			if w.Kind == planmodel.WarnOverdue && !seen[w.Municipality] {
				seen[w.Municipality] = true
				names = append(names, p.NameOf(w.Municipality))
			}
		}
	}
	return names
}

// heavyShares names the municipalities whose share per inhabitant is far
// above the region's average (the resource plan's burden check).
func heavyShares(p *planmodel.Plan) []string {
	s, err := p.Shares()
	if err != nil {
		return nil
	}
	var names []string
	for _, b := range p.Burdens(s) {
		if b.Kind == planmodel.BurdenPerInhabitant {
			names = append(names, p.Municipalities[b.Municipality].Name)
		}
	}
	return names
}

// urgency ranks the signals that ask for action soon, most urgent first: a
// council meeting passed without a decision, money owed or spent ahead of
// what came in, a line over budget. The others show what to improve rather
// than what is late, and the election's re-anchoring has its own banner.
var urgency = []string{SignalDecisionOverdue, SignalShareNotPaid, SignalSpendingAhead, SignalOverBudget}

// Urgent returns the most urgent of the findings, and false when none of them is urgent.
func Urgent(fs []Finding) (Finding, bool) {
	for _, id := range urgency {
		for _, f := range fs {
			if f.ID == id {
				return f, true
			}
		}
	}
	return Finding{}, false
}
