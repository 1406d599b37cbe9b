package wizard

import (
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
	Stage string
	Names []string
}

// Inputs is what the signals need besides the plan and the guide.
type Inputs struct {
	Now time.Time
	// QuickWins counts the plan's measures flagged as quick wins. While it
	// is nil (plans have no measures yet) the quick-win signal is left out.
	QuickWins func(*planmodel.Plan) int
}

// Findings returns the computed warning signals that fire for p, in the order of the
// stages where they are fixed.
func (g *Guide) Findings(p *planmodel.Plan, in Inputs) []Finding {
	var out []Finding
	add := func(id, stage string, names []string) {
		out = append(out, Finding{ID: id, Stage: stage, Names: names})
	}
	if names := noExpectation(p); len(names) > 0 {
		add(SignalNoExpectation, "expectations", names)
	}
	if stages := g.fatigued(p, in.Now); len(stages) > 0 {
		add(SignalStageFatigue, stages[0], stages)
	}
	if in.QuickWins != nil && in.QuickWins(p) == 0 {
		add(SignalNoQuickWins, "trust", nil)
	}
	if falling := p.FallingFactors(); len(falling) > 0 {
		names := make([]string, len(falling))
		for i, f := range falling {
			names[i] = string(f)
		}
		add(SignalTrustFalling, "trust", names)
	}
	if names := p.WithoutBenefit(); len(names) > 0 {
		add(SignalNoBenefit, "knowledge", names)
	}
	if names := withoutFollowUp(p, in.Now); len(names) > 0 {
		add(SignalWorkshopNoFollowUp, "participation", names)
	}
	if quiet(p, in.Now) {
		add(SignalNoCommunication, "communication", nil)
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
				out = append(out, g.Stages[i].ID)
				break
			}
		}
	}
	return out
}
