package planmodel

import (
	"fmt"
	"testing"
	"time"
)

func TestElectionDates(t *testing.T) {
	want := map[int]string{
		2011: "2011-09-12", 2015: "2015-09-14", 2019: "2019-09-09", 2023: "2023-09-11",
		2027: "2027-09-13", 2031: "2031-09-08", 2035: "2035-09-10", 2039: "2039-09-12", 2043: "2043-09-14",
	}
	for y, d := range want {
		if got := DefaultElectionDate(y).Format("2006-01-02"); got != d {
			t.Errorf("%d: %s, want %s", y, got, d)
		}
	}
	for y := 1991; y <= 2099; y += 4 {
		d := DefaultElectionDate(y)
		if d.Weekday() != time.Monday || d.Month() != time.September || d.Day() < 8 || d.Day() > 14 {
			t.Errorf("%d: %s is not the second Monday of September", y, d.Format("2006-01-02"))
		}
		if !IsElectionYear(y) || IsElectionYear(y+1) {
			t.Errorf("%d: election year rule", y)
		}
	}
	p := New("x", now)
	p.FirstYear, p.LastYear = 2026, 2031
	p.ElectionDates = map[int]string{2027: "2027-09-06"}
	es := p.Elections()
	var years []int
	for _, e := range es {
		years = append(years, e.Year)
	}
	if fmt.Sprint(years) != "[2023 2027 2031]" {
		t.Errorf("elections for 2026–2031: %v", years)
	}
	e := p.ElectionIn(2027)
	if e.Date.Format("2006-01-02") != "2027-09-06" || e.Constituted.Format("2006-01-02") != "2027-10-31" || e.StrategyDue.Format("2006-01-02") != "2028-10-31" {
		t.Errorf("2027 with a corrected date: %+v", e)
	}
}

func TestGoalWarnings(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	tests := []struct {
		name string
		goal Goal
		want GoalWarningKind // the kind of warning, "" for none
	}{
		{"measurable and realistic", Goal{Title: "g", Indicator: "jobs", Baseline: f(1000), BaseYear: 2026, Target: f(1100), Deadline: 2030}, ""},
		{"no target", Goal{Title: "g", Indicator: "jobs", Deadline: 2030}, "not-measurable"},
		{"no indicator", Goal{Title: "g", Target: f(5), Deadline: 2030}, "not-measurable"},
		{"no deadline", Goal{Title: "g", Indicator: "jobs", Target: f(5)}, "not-measurable"},
		{"150 new jobs, 20 so far in three years", Goal{Title: "g", Indicator: "new jobs", Baseline: f(0), BaseYear: 2014, Target: f(150), Deadline: 2020, Measurements: []Measurement{{Year: 2017, Value: 20}}}, "over-ambitious"},
		{"on pace", Goal{Title: "g", Indicator: "new jobs", Baseline: f(0), BaseYear: 2014, Target: f(150), Deadline: 2020, Measurements: []Measurement{{Year: 2017, Value: 80}}}, ""},
		{"tripling in two years, nothing measured: no pace to judge", Goal{Title: "g", Indicator: "firms", Baseline: f(100), BaseYear: 2026, Target: f(300), Deadline: 2028}, ""},
		{"dropped goals are left alone", Goal{Title: "g", Status: GoalDropped}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := New("x", now)
			p.Goals = []Goal{tt.goal}
			ws := p.GoalWarnings()
			var got GoalWarningKind
			if len(ws) > 0 {
				got = ws[0].Kind
			}
			if got != tt.want || len(ws) > 1 {
				t.Errorf("warnings %+v, want %q", ws, tt.want)
			}
		})
	}
	p := New("x", now)
	p.Goals = []Goal{{Title: "g", Indicator: "i", Target: f(1), Deadline: 2030, SubGoals: []SubGoal{
		{Title: "spans 2027", FirstYear: 2026, LastYear: 2028},
		{Title: "spans 2027, re-anchored", FirstYear: 2026, LastYear: 2028, Reanchor: true},
		{Title: "ends in the election year", FirstYear: 2026, LastYear: 2027},
	}}}
	ws := p.GoalWarnings()
	if len(ws) != 1 || ws[0].SubGoal != 0 || ws[0].Election != 2027 || ws[0].Kind != "election-without-reanchoring" {
		t.Errorf("sub-goal warnings: %+v", ws)
	}
}
