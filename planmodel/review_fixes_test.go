package planmodel

import (
	"encoding/json"
	"testing"
	"time"
)

// A plan written before goals kept a series could hold a latest value
// without its year; it must stay valid (and so exportable) once the value
// moves into the series.
func TestCurrentWithoutYearKeepsThePlanValid(t *testing.T) {
	var g Goal
	data := `{"id":"g","title":"Jobs","indicator":"jobs","baseline":0,"baseYear":2014,"target":150,"deadline":2019,"current":40}`
	if err := json.Unmarshal([]byte(data), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Measurements) != 1 || g.Measurements[0].Value != 40 || g.Measurements[0].Year != 2014 {
		t.Fatalf("series: %+v", g.Measurements)
	}
	for _, q := range g.Validate() {
		t.Errorf("problem after the move: %s %s", q.Field, q.Message)
	}
}

// A measurement's date is stored as YYYY-MM-DD; another form would pass
// validation and then be ignored by the path.
func TestMeasurementDateInTheStoredForm(t *testing.T) {
	if ps := (Measurement{Year: 2027, Date: "13.09.2027", Value: 1}).Validate(); len(ps) == 0 {
		t.Error("a date as 13.09.2027 was accepted in the stored form")
	}
	if ps := (Measurement{Year: 2027, Date: "2027-09-13", Value: 1}).Validate(); len(ps) != 0 {
		t.Errorf("a stored date was refused: %v", ps)
	}
}

func TestParseNumberNeedsAFigure(t *testing.T) {
	if _, err := ParseNumber("  ", "value"); err == nil {
		t.Error("an empty value was read as a figure")
	}
	if v, err := ParseNumber("12,5", "value"); err != nil || v != 12.5 {
		t.Errorf("12,5 read as %v, %v", v, err)
	}
}

func TestReportYearStaysInThePeriod(t *testing.T) {
	p := &Plan{FirstYear: 2015, LastYear: 2018}
	for now, want := range map[int]int{2026: 2018, 2017: 2016, 2015: 2015} {
		if got := p.ReportYear(time.Date(now, 3, 1, 0, 0, 0, 0, time.UTC)); got != want {
			t.Errorf("in %d: report year %d, want %d", now, got, want)
		}
	}
}

// A decision read from a file with "texts": null gets its text set
// without a panic.
func TestSetTextOnADecisionWithoutTexts(t *testing.T) {
	var d Decision
	if err := json.Unmarshal([]byte(`{"id":"d","texts":null}`), &d); err != nil {
		t.Fatal(err)
	}
	d.SetText(Nynorsk, DecisionText{Title: "Oppstart"})
	if d.Text(Nynorsk).Title != "Oppstart" {
		t.Errorf("texts: %+v", d.Texts)
	}
}
