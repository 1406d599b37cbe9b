package planmodel

import "math"

// GoalTerm says whether a goal is meant for the short or the long term.
type GoalTerm string

// The terms of a goal.
const (
	TermShort GoalTerm = "short"
	TermLong  GoalTerm = "long"
)

// GoalStatus is how a goal stands.
type GoalStatus string

// The states of a goal.
const (
	GoalNotStarted GoalStatus = ""
	GoalOnTrack    GoalStatus = "on-track"
	GoalAtRisk     GoalStatus = "at-risk"
	GoalAchieved   GoalStatus = "achieved"
	GoalDropped    GoalStatus = "dropped"
)

// GoalStatuses lists the states in the order the app offers them.
var GoalStatuses = []GoalStatus{GoalNotStarted, GoalOnTrack, GoalAtRisk, GoalAchieved, GoalDropped}

// Goal is a measurable goal of the plan: an indicator with a baseline, a
// target and a deadline, and the sub-goals that lead to it.
type Goal struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	TitleIn   Wording  `json:"titleIn,omitempty"` // the title in the other written standard
	Term      GoalTerm `json:"term,omitempty"`
	Indicator string   `json:"indicator,omitempty"` // e.g. "new jobs in the region"
	Unit      string   `json:"unit,omitempty"`      // e.g. "arbeidsplasser"
	Baseline  *float64 `json:"baseline,omitempty"`
	BaseYear  int      `json:"baseYear,omitempty"`
	Target    *float64 `json:"target,omitempty"` // nil: the goal has no measurable target
	Deadline  int      `json:"deadline,omitempty"`
	// Measurements is the indicator's measured values over time; see Series.
	Measurements []Measurement `json:"measurements,omitempty"`
	// Current and CurrentAt are the single measured value and its year of
	// plans written before goals kept a series: decoding moves them into
	// Measurements, so they are nil and 0 afterwards and never written.
	Current   *float64   `json:"current,omitempty"`
	CurrentAt int        `json:"currentAt,omitempty"`
	Status    GoalStatus `json:"status,omitempty"`
	SubGoals  []SubGoal  `json:"subGoals,omitempty"`
}

// SubGoal is a step towards a goal, worked on from FirstYear to LastYear.
type SubGoal struct {
	Title     string `json:"title"`
	FirstYear int    `json:"firstYear,omitempty"`
	LastYear  int    `json:"lastYear,omitempty"`
	Lead      string `json:"lead,omitempty"` // a municipality or a person
	// Reanchor says the sub-goal has a step where new councils confirm it
	// after an election it spans.
	Reanchor bool `json:"reanchor,omitempty"`
}

// Measurable reports whether the goal has an indicator, a target and a deadline.
func (g *Goal) Measurable() bool {
	return g.Indicator != "" && g.Target != nil && g.Deadline != 0
}

// AmbitionFactor is how many times faster than so far (or than a fifth of
// the baseline a year, with no measurement yet) the rest of the way must go
// before a target is called over-ambitious.
const AmbitionFactor = 2.0

// OverAmbitious reports whether the target looks out of reach in the time
// left: the progress needed per year from the latest value is more than
// AmbitionFactor times the progress per year made since the baseline. A goal
// with no measurement since the baseline has no pace to judge, so it is
// never over-ambitious.
func (g *Goal) OverAmbitious() bool {
	if !g.Measurable() || g.Baseline == nil || g.BaseYear == 0 {
		return false
	}
	base, target := *g.Baseline, *g.Target
	m, ok := g.Latest()
	if !ok || m.Year <= g.BaseYear || m.Year >= g.Deadline {
		return false
	}
	done := (m.Value - base) / float64(m.Year-g.BaseYear)
	need := (target - m.Value) / float64(g.Deadline-m.Year)
	return sameDirection(need, target-base) && math.Abs(need) > AmbitionFactor*math.Max(math.Abs(done), 1e-9)
}

func sameDirection(a, b float64) bool { return a*b > 0 }

// SpannedElections returns the election years a sub-goal spans: elections
// held after its first year began and before its last year ends.
func (s *SubGoal) SpannedElections() []int {
	if s.FirstYear == 0 || s.LastYear <= s.FirstYear {
		return nil
	}
	return ElectionsBetween(s.FirstYear, s.LastYear-1)
}

// GoalWarningKind says what a goal warning is about.
type GoalWarningKind string

// The kinds of goal warnings.
const (
	WarnNotMeasurable    GoalWarningKind = "not-measurable"               // no indicator and target
	WarnOverAmbitious    GoalWarningKind = "over-ambitious"               // too far to go in the time left
	WarnElectionNoAnchor GoalWarningKind = "election-without-reanchoring" // a sub-goal spans an election without re-anchoring
)

// GoalWarning is something about a goal the project leader should see to.
type GoalWarning struct {
	Goal     int // index in the plan's goals
	SubGoal  int // index in the goal's sub-goals, or -1
	Kind     GoalWarningKind
	Election int // for WarnElectionNoAnchor
}

// GoalWarnings flags goals with no measurable target, targets that look
// over-ambitious for the time left, and sub-goals that span an election
// without a re-anchoring step.
func (p *Plan) GoalWarnings() []GoalWarning {
	var ws []GoalWarning
	for i := range p.Goals {
		g := &p.Goals[i]
		if g.Status == GoalDropped || g.Status == GoalAchieved {
			continue
		}
		if !g.Measurable() {
			ws = append(ws, GoalWarning{Goal: i, SubGoal: -1, Kind: WarnNotMeasurable})
		} else if g.OverAmbitious() {
			ws = append(ws, GoalWarning{Goal: i, SubGoal: -1, Kind: WarnOverAmbitious})
		}
		for j := range g.SubGoals {
			s := &g.SubGoals[j]
			if elections := s.SpannedElections(); len(elections) > 0 && !s.Reanchor {
				ws = append(ws, GoalWarning{Goal: i, SubGoal: j, Kind: WarnElectionNoAnchor, Election: elections[0]})
			}
		}
	}
	return ws
}
