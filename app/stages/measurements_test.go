package stages

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

// TestGoalMeasurements shows Kristiansandregionen's jobs goal behind its
// path with a dot per measurement, then records the 2019 figure on target
// and finds it saved and the goal on its path.
func TestGoalMeasurements(t *testing.T) {
	h := openStage(t, "kristiansand", "political-shifts")
	tool := h.view.tool.(*politicalTool)
	texts := strings.ReplaceAll(strings.Join(uitest.Texts(tool.measurements.box), "\n"), planmodel.NBSP, " ")
	if !strings.Contains(texts, "Bak banen: 520 i 2018 mot 1 200 på banen, 45 % av veien bak.") {
		t.Errorf("the jobs goal is not shown behind its path: %q", texts)
	}
	chart := tool.measurements.box.Objects[1]
	if dots := uitest.FindAll[*canvas.Circle](chart); len(dots) != 4 {
		t.Errorf("%d dots for 4 measurements", len(dots))
	}
	d := tool.measurements.lists[0].Edit(-1)
	items := d.Form().Items
	items[0].Widget.(*widget.Entry).SetText("2019")
	items[2].Widget.(*widget.Entry).SetText("1 510")
	items[3].Widget.(*widget.Entry).SetText("SSB")
	submitted(t, d)
	texts = strings.Join(uitest.Texts(tool.measurements.box), "\n")
	if !strings.Contains(texts, "På eller foran banen") {
		t.Errorf("after the 2019 figure: %q", texts)
	}
	p := h.reload()
	last, _ := p.Goals[0].Latest()
	if len(p.Goals[0].Measurements) != 5 || last != (planmodel.Measurement{Year: 2019, Value: 1510, Source: "SSB"}) {
		t.Errorf("after reopening: %+v", p.Goals[0].Measurements)
	}
}

// TestMeasurementFormRefusesADateInAnotherYear checks the form's validation.
func TestMeasurementFormRefusesADateInAnotherYear(t *testing.T) {
	h := openStage(t, "kristiansand", "political-shifts")
	d := h.view.tool.(*politicalTool).measurements.lists[0].Edit(-1)
	d.Form().Items[0].Widget.(*widget.Entry).SetText("2016")
	d.Form().Items[1].Widget.(*widget.Entry).SetText("01.03.2017")
	d.Submit()
	if d.Problem() != "Datoen for en måling må ligge i målingens år." {
		t.Errorf("message %q", d.Problem())
	}
}
