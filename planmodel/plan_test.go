package planmodel

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var now = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func validPlan() *Plan {
	p := New("Felles næringsplan", now)
	p.Region = "Testregionen"
	p.Municipalities = []Municipality{
		{ID: "gol", Name: "Gol", Number: "0617", Population: 4621, Standard: Nynorsk},
		{ID: "fla", Name: "Flå", Number: "0615", Population: 1052, Standard: Bokmal},
	}
	p.Applicant = "gol"
	return p
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Plan)
		field  string // the field of the one problem expected, "" for none
	}{
		{"sound", func(*Plan) {}, ""},
		{"empty name", func(p *Plan) { p.Name = "  " }, "name"},
		{"period end before start", func(p *Plan) { p.LastYear = p.FirstYear - 1 }, "lastYear"},
		{"year out of range", func(p *Plan) { p.FirstYear = 1500 }, "firstYear"},
		{"period too long", func(p *Plan) { p.LastYear = p.FirstYear + 40 }, "lastYear"},
		{"negative population", func(p *Plan) { p.Municipalities[1].Population = -5 }, "municipalities[1].population"},
		{"duplicate municipality", func(p *Plan) { p.Municipalities[1].Name = "gol" }, "municipalities[1].name"},
		{"empty municipality name", func(p *Plan) { p.Municipalities[0].Name = ""; p.Applicant = "" }, "municipalities[0].name"},
		{"bad number", func(p *Plan) { p.Municipalities[0].Number = "61" }, "municipalities[0].number"},
		{"no written standard", func(p *Plan) { p.Municipalities[0].Standard = "" }, "municipalities[0].standard"},
		{"bad population date", func(p *Plan) { p.Municipalities[0].PopulationDate = "31.02.2015" }, "municipalities[0].populationDate"},
		{"applicant not in plan", func(p *Plan) { p.Applicant = "hol" }, "applicant"},
		{"huge note", func(p *Plan) { p.SetItem("trust.x", Done, strings.Repeat("a", 100000), now) }, "checklist.trust.x.note"},
		{"unknown organisation form", func(p *Plan) { p.OrgForm = "club" }, "orgForm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			tt.change(p)
			wantProblem(t, p.Validate(), tt.field)
		})
	}
}

// wantProblem checks that err is exactly one problem at field, with its
// message filled in, or nil when field is "".
func wantProblem(t *testing.T, err error, field string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("Validate() = %v, want nil", err)
		}
		return
	}
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("Validate() = %v, want one problem at %s", err, field)
	}
	if ps[0].Field != field {
		t.Errorf("problem at %q, want %q (%v)", ps[0].Field, field, ps[0])
	}
	if strings.Contains(ps[0].Error(), "{{") || strings.Contains(ps[0].Error(), "no value") {
		t.Errorf("message not filled in: %q", ps[0].Error())
	}
}

func TestSetItem(t *testing.T) {
	p := validPlan()
	p.SetItem("trust.quick-wins", Done, "", now)
	if got := p.Item("trust.quick-wins"); got.Status != Done || !got.Changed.Equal(now) {
		t.Fatalf("after ticking: %+v", got)
	}
	later := now.Add(time.Hour)
	p.SetItem("trust.quick-wins", Done, "", later)
	if got := p.Item("trust.quick-wins"); !got.Changed.Equal(now) {
		t.Errorf("date changed though nothing did: %v", got.Changed)
	}
	p.SetItem("trust.quick-wins", NotRelevant, "gjelder ikke oss", later)
	if got := p.Item("trust.quick-wins"); got.Status != NotRelevant || got.Note != "gjelder ikke oss" || !got.Changed.Equal(later) {
		t.Errorf("after marking not relevant: %+v", got)
	}
	p.SetItem("trust.quick-wins", Open, "", later)
	if _, ok := p.Checklist["trust.quick-wins"]; ok {
		t.Errorf("an open item without a note should be forgotten")
	}
}

func TestFormatAndParse(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1\u00a0000", 1234567: "1\u00a0234\u00a0567", -45000: "−45\u00a0000"} {
		if got := FormatInt(n); got != want {
			t.Errorf("FormatInt(%d) = %q, want %q", n, got, want)
		}
		back, err := ParseInt(want)
		if err != nil || back != n {
			t.Errorf("ParseInt(%q) = %d, %v", want, back, err)
		}
	}
	for _, s := range []string{"1 250 000", "1250000", "1.250.000"} {
		if n, err := ParseInt(s); err != nil || n != 1250000 {
			t.Errorf("ParseInt(%q) = %d, %v", s, n, err)
		}
	}
	for _, s := range []string{"", "tolv", "1,5", "99999999999999999999"} {
		if _, err := ParseInt(s); err == nil {
			t.Errorf("ParseInt(%q) gave no error", s)
		}
	}
	d, err := ParseDate("13.9.2027")
	if err != nil || FormatDate(d) != "13.09.2027" {
		t.Errorf("ParseDate/FormatDate: %v %v", FormatDate(d), err)
	}
	if _, err := ParseDate("31.02.2027"); err == nil {
		t.Error("31.02.2027 accepted")
	}
}
