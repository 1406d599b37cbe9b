package planmodel

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

// Limits on goals.
const (
	MaxGoals    = 100
	MaxSubGoals = 30
	MaxFigure   = 1e12 // the largest baseline, target or measured value
)

// validatePolitical adds the problems of the plan's goals, election dates
// and re-anchorings to ps.
func (p *Plan) validatePolitical(ps *Problems) {
	add := func(field, msg string, args map[string]any) {
		*ps = append(*ps, Problem{Field: field, Message: msg, Args: args})
	}
	if len(p.Goals) > MaxGoals {
		add("goals", "A plan can have at most {{.Max}} goals.", map[string]any{"Max": MaxGoals})
	}
	for i, g := range p.Goals {
		f := fmt.Sprintf("goals[%d].", i)
		for _, q := range g.Validate() {
			q.Field = f + q.Field
			*ps = append(*ps, q)
		}
	}
	years := make([]int, 0, len(p.ElectionDates))
	for y := range p.ElectionDates {
		years = append(years, y)
	}
	sort.Ints(years)
	for _, y := range years {
		f := fmt.Sprintf("electionDates.%d", y)
		d, err := ParseStoredDate(p.ElectionDates[y])
		switch {
		case !IsElectionYear(y):
			add(f, "{{.Year}} is not a year of municipal elections.", map[string]any{"Year": y})
		case err != nil:
			add(f, "The date must be a real date, written as dd.mm.yyyy.", nil)
		case d.Year() != y:
			add(f, "The election day must fall in {{.Year}}.", map[string]any{"Year": y})
		}
	}
	p.validateReanchorings(ps)
}

// validateReanchorings adds the problems of the re-anchorings after
// elections to ps: the election years, the municipalities and their steps.
func (p *Plan) validateReanchorings(ps *Problems) {
	add := func(field, msg string, args map[string]any) {
		*ps = append(*ps, Problem{Field: field, Message: msg, Args: args})
	}
	for i, r := range p.Reanchorings {
		f := fmt.Sprintf("reanchorings[%d]", i)
		if !IsElectionYear(r.Election) {
			add(f+".election", "{{.Year}} is not a year of municipal elections.", map[string]any{"Year": r.Election})
		}
		for j, m := range r.Municipalities {
			mf := fmt.Sprintf("%s.municipalities[%d]", f, j)
			p.checkMunicipality(ps, mf+".municipality", m.Municipality)
			checkText(ps, mf+".note", m.Note, MaxTextLen)
			for _, step := range ReanchorSteps {
				if d := m.Done[step]; d != "" {
					if _, err := ParseStoredDate(d); err != nil {
						add(mf+".done."+step, "The date must be a real date, written as dd.mm.yyyy.", nil)
					}
				}
			}
			steps := make([]string, 0, len(m.Done))
			for step := range m.Done {
				steps = append(steps, step)
			}
			sort.Strings(steps)
			for _, step := range steps {
				if !slices.Contains(ReanchorSteps, step) {
					add(mf+".done."+step, "Unknown re-anchoring step.", nil)
				}
			}
		}
	}
}

// checkYear refuses a year, when given, outside MinYear–MaxYear.
func checkYear(ps *Problems, field string, y int) {
	if y != 0 && (y < MinYear || y > MaxYear) {
		*ps = append(*ps, Problem{Field: field, Message: "The year must be between {{.Min}} and {{.Max}}.", Args: map[string]any{"Min": MinYear, "Max": MaxYear}})
	}
}

// Validate checks one goal and its sub-goals, with field paths relative to the goal.
func (g Goal) Validate() Problems {
	var ps Problems
	checkName(&ps, "title", g.Title)
	checkText(&ps, "indicator", g.Indicator, MaxNameLen)
	checkText(&ps, "unit", g.Unit, MaxNameLen)
	if g.Term != "" && g.Term != TermShort && g.Term != TermLong {
		ps = append(ps, Problem{Field: "term", Message: "A goal is for the short or the long term."})
	}
	if !slices.Contains(GoalStatuses, g.Status) {
		ps = append(ps, Problem{Field: "status", Message: "Unknown goal status."})
	}
	for _, v := range []struct {
		field string
		x     *float64
	}{{"baseline", g.Baseline}, {"target", g.Target}} {
		if v.x != nil && !(math.Abs(*v.x) <= MaxFigure) { // also refuses NaN and infinities
			ps = append(ps, Problem{Field: v.field, Message: "A figure must be a number of at most {{.Max}}.", Args: map[string]any{"Max": int(MaxFigure)}})
		}
	}
	checkYear(&ps, "baseYear", g.BaseYear)
	checkYear(&ps, "deadline", g.Deadline)
	g.validateMeasurements(&ps)
	if len(g.SubGoals) > MaxSubGoals {
		ps = append(ps, Problem{Field: "subGoals", Message: "A goal can have at most {{.Max}} sub-goals.", Args: map[string]any{"Max": MaxSubGoals}})
	}
	for j, s := range g.SubGoals {
		f := fmt.Sprintf("subGoals[%d].", j)
		for _, q := range s.Validate() {
			q.Field = f + q.Field
			ps = append(ps, q)
		}
	}
	return ps
}

// Validate checks one sub-goal, with field paths relative to it.
func (s SubGoal) Validate() Problems {
	var ps Problems
	checkName(&ps, "title", s.Title)
	checkText(&ps, "lead", s.Lead, MaxNameLen)
	checkYear(&ps, "firstYear", s.FirstYear)
	checkYear(&ps, "lastYear", s.LastYear)
	if s.FirstYear != 0 && s.LastYear != 0 && s.LastYear < s.FirstYear {
		ps = append(ps, Problem{Field: "lastYear", Message: "The sub-goal ends before it starts."})
	}
	return ps
}
