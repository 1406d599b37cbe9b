package stages

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

// A warning that appears while the user edits a decision takes the place
// reserved for the notes above the page and never moves a field; the
// notes' caption counts them.
func TestDecisionWarningsNeverMoveAField(t *testing.T) {
	h := openStage(t, "hallingdal", "structure")
	d := &h.plan.Decisions[0]
	e := newDecisionEditor(h, d.ID)
	h.ShowPage(e.page())
	fields := uitest.FindAll[*widget.Entry](e.content)
	if len(fields) < 2 {
		t.Fatal("the editor shows no fields")
	}
	field := fields[1] // the bokmål proposed decision, below the warnings as they were
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(field)
	before := len(e.warnings.Objects)

	step := &d.Paths[0].Steps[0]
	step.Meeting, step.Status = "2016-01-05", planmodel.CaseOnAgenda // a meeting passed with no decision
	e.refreshWarnings()
	size := h.win.Canvas().Size() // lay the window out afresh, as the desktop window does the next frame
	h.win.Resize(size.AddWidthHeight(0, 1))
	h.win.Resize(size)
	if len(e.warnings.Objects) != before+1 {
		t.Fatalf("%d warnings after a meeting passed, %d before", len(e.warnings.Objects), before)
	}
	if got := fyne.CurrentApp().Driver().AbsolutePositionForObject(field); got != at {
		t.Errorf("a new warning moved the field from %v to %v", at, got)
	}
	if want := fmt.Sprintf("Merknader til dette vedtaket (%d)", before+1); !uitest.ContainsText(uitest.Texts(h.page), want) {
		t.Errorf("no caption %q among %q", want, uitest.Texts(h.page))
	}
	name := h.plan.NameOf(d.Paths[0].Municipality)
	if want := name + ": møtet i " + step.Body + " er passert"; !uitest.ContainsText(uitest.Texts(e.warnings), want) {
		t.Errorf("the warning does not name %s: %q", name, uitest.Texts(e.warnings))
	}
}

// In stage 6 a goal's warning that appears as a measurement is recorded
// takes the goals' notes area and never moves the measurements below.
func TestGoalWarningsNeverMoveTheMeasurements(t *testing.T) {
	h := openStage(t, "hallingdal", "political-shifts")
	tool := h.view.tool.(*politicalTool)
	h.view.tabs.SelectIndex(1) // the tool
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(tool.measurements.box)
	before := len(tool.warnings.Objects)
	h.plan.Goals = append(h.plan.Goals, planmodel.Goal{ID: "new", Title: "Flere gründere"}) // no indicator, no target: not measurable
	tool.refresh()
	size := h.win.Canvas().Size()
	h.win.Resize(size.AddWidthHeight(0, 1))
	h.win.Resize(size)
	if len(tool.warnings.Objects) <= before {
		t.Fatalf("no warning for a goal without a target: %d, %d before", len(tool.warnings.Objects), before)
	}
	if got := fyne.CurrentApp().Driver().AbsolutePositionForObject(tool.measurements.box); got != at {
		t.Errorf("a new goal warning moved the measurements from %v to %v", at, got)
	}
}
