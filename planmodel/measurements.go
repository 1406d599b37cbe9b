package planmodel

import (
	"encoding/json"
	"math"
	"sort"
	"time"
)

// Measurement is one measured value of a goal's indicator: the year (and,
// when known, the day) it was measured, the value, where it comes from and
// a note.
type Measurement struct {
	Year   int     `json:"year"`
	Date   string  `json:"date,omitempty"` // YYYY-MM-DD, in Year; empty when only the year is known
	Value  float64 `json:"value"`
	Source string  `json:"source,omitempty"` // e.g. "SSB tabell 07459"
	Note   string  `json:"note,omitempty"`
}

// when returns the measurement's time in years, with the day as a fraction
// of its year when the date is known.
func (m Measurement) when() float64 {
	d, err := time.Parse(time.DateOnly, m.Date)
	if err != nil || d.Year() != m.Year {
		return float64(m.Year)
	}
	days := time.Date(m.Year+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(m.Year, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	return float64(m.Year) + float64(d.YearDay()-1)/days
}

// DefaultPathMargin is how far behind the path, in per cent of the way from
// baseline to target, the last measurement may lie before it is flagged.
const DefaultPathMargin = 10

// PathMarginPercent returns the plan's margin for the behind-the-path rule.
func (p *Plan) PathMarginPercent() int {
	if p.PathMargin <= 0 {
		return DefaultPathMargin
	}
	return p.PathMargin
}

// Series returns the goal's measurements in time order.
func (g *Goal) Series() []Measurement {
	ms := append([]Measurement(nil), g.Measurements...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].when() < ms[j].when() })
	return ms
}

// withMeasurement sets the value of the last measurement of year, or adds one.
func withMeasurement(ms []Measurement, v float64, year int) []Measurement {
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Year == year {
			ms[i].Value = v
			return ms
		}
	}
	return append(ms, Measurement{Year: year, Value: v})
}

// Latest returns the goal's latest measurement, and false when it has none.
func (g *Goal) Latest() (Measurement, bool) {
	s := g.Series()
	if len(s) == 0 {
		return Measurement{}, false
	}
	return s[len(s)-1], true
}

// HasPath reports whether the goal has a straight path: a baseline with its
// year, a target and a deadline after the base year.
func (g *Goal) HasPath() bool {
	return g.Baseline != nil && g.Target != nil && g.BaseYear != 0 && g.Deadline > g.BaseYear
}

// PathValue returns where the straight path from the baseline in BaseYear
// to the target in Deadline stands at time t (in years); before the base
// year it is the baseline, after the deadline the target.
func (g *Goal) PathValue(t float64) float64 {
	base, target := *g.Baseline, *g.Target
	f := (t - float64(g.BaseYear)) / float64(g.Deadline-g.BaseYear)
	f = math.Max(0, math.Min(1, f))
	return base + f*(target-base)
}

// PathGap says how far a goal's latest measurement lies behind its path.
type PathGap struct {
	Measurement Measurement
	Expected    float64 // where the path stands at the measurement
	// Behind is the shortfall in per cent of the way from baseline to
	// target: positive behind the path, negative ahead of it.
	Behind float64
}

// Gap compares the goal's latest measurement after the base year with its
// path, and returns false when the goal has no path or no such measurement.
func (g *Goal) Gap() (PathGap, bool) {
	m, ok := g.Latest()
	if !ok || !g.HasPath() || m.when() <= float64(g.BaseYear) || *g.Target == *g.Baseline {
		return PathGap{}, false
	}
	way := *g.Target - *g.Baseline
	exp := g.PathValue(m.when())
	return PathGap{Measurement: m, Expected: exp, Behind: 100 * (exp - m.Value) / way}, true
}

// BehindPath reports whether the goal's latest measurement lies behind its
// path by more than margin per cent of the way. Achieved and dropped goals
// are never behind.
func (g *Goal) BehindPath(margin int) bool {
	if g.Status == GoalAchieved || g.Status == GoalDropped {
		return false
	}
	gap, ok := g.Gap()
	return ok && gap.Behind > float64(margin)
}

// GoalsBehindPath returns the indexes of the goals whose latest measurement
// lies behind the path by more than the plan's margin.
func (p *Plan) GoalsBehindPath() []int {
	var out []int
	for i := range p.Goals {
		if p.Goals[i].BehindPath(p.PathMarginPercent()) {
			out = append(out, i)
		}
	}
	return out
}

// goalFields is Goal without its methods, for encoding.
type goalFields Goal

// UnmarshalJSON decodes a goal and moves the single current value of plans
// written before goals kept a series (current, currentAt) into the series:
// it sets the value of that year's measurement, or adds one.
func (g *Goal) UnmarshalJSON(data []byte) error {
	var v goalFields
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*g = Goal(v)
	if g.Current != nil {
		g.Measurements = withMeasurement(g.Measurements, *g.Current, currentYear(g))
	}
	g.Current, g.CurrentAt = nil, 0
	return nil
}

// currentYear is the year an old single current value belongs to: the year
// it was recorded with, or, for plans that recorded none, the goal's base
// year (or its deadline when it has no base year), so that the value is kept
// and the plan stays valid; the user can move it in the series.
func currentYear(g *Goal) int {
	switch {
	case g.CurrentAt != 0:
		return g.CurrentAt
	case g.BaseYear != 0:
		return g.BaseYear
	default:
		return g.Deadline
	}
}

// MarshalJSON encodes a goal with its series in time order; current and
// currentAt are no longer written.
func (g Goal) MarshalJSON() ([]byte, error) {
	v := goalFields(g)
	v.Measurements = g.Series()
	if len(v.Measurements) == 0 {
		v.Measurements = nil
	}
	v.Current, v.CurrentAt = nil, 0
	return json.Marshal(v)
}
