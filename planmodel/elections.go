package planmodel

import (
	"sort"
	"time"
)

// Municipal elections in Norway are held every four years, on a Monday in
// September that the government fixes. The dates known when this was written
// are listed; later ones default to the second Monday of September, which is
// the rule the known ones follow, and a plan can correct any of them.
var knownElections = map[int]string{
	2011: "2011-09-12",
	2015: "2015-09-14",
	2019: "2019-09-09",
	2023: "2023-09-11",
}

// IsElectionYear reports whether municipal elections are held in year.
func IsElectionYear(year int) bool { return year%4 == 3 }

// DefaultElectionDate returns the election date of an election year: the
// fixed date when known, otherwise the second Monday of September.
func DefaultElectionDate(year int) time.Time {
	if d, ok := knownElections[year]; ok {
		t, _ := time.Parse("2006-01-02", d)
		return t
	}
	t := time.Date(year, time.September, 1, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != time.Monday {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7)
}

// Election is one municipal election and the dates that follow from it.
type Election struct {
	Year        int
	Date        time.Time // election day
	Constituted time.Time // the new councils are constituted by the end of October
	// StrategyDue is when the municipal planning strategy must be adopted,
	// within a year of the council being constituted (plan- og
	// bygningsloven § 10-1): the natural point to confirm or revise the plan.
	StrategyDue time.Time
}

// ElectionIn returns the election of the given election year, with the
// plan's own date when it has set one.
func (p *Plan) ElectionIn(year int) Election {
	date := DefaultElectionDate(year)
	if d, ok := p.ElectionDates[year]; ok {
		if t, err := ParseDate(d); err == nil {
			date = t
		}
	}
	constituted := time.Date(year, time.October, 31, 0, 0, 0, 0, time.UTC)
	return Election{Year: year, Date: date, Constituted: constituted, StrategyDue: constituted.AddDate(1, 0, 0)}
}

// Elections returns the elections from the one before the plan's period up
// to the end of the period, in order.
func (p *Plan) Elections() []Election {
	var out []Election
	for y := p.FirstYear - 4; y <= p.LastYear; y++ {
		if IsElectionYear(y) && y >= MinYear {
			out = append(out, p.ElectionIn(y))
		}
	}
	return out
}

// ElectionsBetween returns the election years whose election day falls in
// the years first to last, inclusive.
func ElectionsBetween(first, last int) []int {
	var out []int
	for y := first; y <= last; y++ {
		if IsElectionYear(y) {
			out = append(out, y)
		}
	}
	sort.Ints(out)
	return out
}
