package app

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"regionplan/app/stages"
)

// highlighted is the side bar's selected row (the row drawn highlighted),
// or -1; Fyne's List does not say, so it is read from the widget.
func highlighted(ps *planScreen) int {
	sel := reflect.ValueOf(ps.sidebar).Elem().FieldByName("selected")
	if sel.Len() == 0 {
		return -1
	}
	return int(sel.Index(0).Int())
}

// "Gå til" from a warning signal, from the signals page or from a stage,
// moves the side bar's highlight to the stage shown.
func TestSidebarFollowsGoTo(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	ps.selectStage(0)
	ps.ShowStage("political-shifts", "")
	if ps.stage != 5 || highlighted(ps) != 5 {
		t.Errorf("from stage 1: stage %d shown, row %d highlighted", ps.stage, highlighted(ps))
	}
	ps.show(signalsView)
	ps.ShowStage("resources", stages.TabTool)
	if ps.stage != 6 || highlighted(ps) != 6 {
		t.Errorf("from the signals: stage %d shown, row %d highlighted", ps.stage, highlighted(ps))
	}
}

// Neste steg names an open item of the stage being worked on, not the same
// stage 1 item whatever the user does.
func TestNextStepFollowsTheWork(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	ps.selectStage(6)
	if got := ps.next.Text; !strings.HasPrefix(got, "Neste steg – 7. Ressurser og ansvar:") {
		t.Errorf("in stage 7 the header says %q", got)
	}
	ps.selectStage(2)
	if got := ps.next.Text; !strings.HasPrefix(got, "Neste steg – 3. Kunnskapsgrunnlag:") {
		t.Errorf("in stage 3 the header says %q", got)
	}
}

// Neste steg points at the most urgent warning signal while one fires, with
// "Gå til" to the stage where it is put right, and at the stage's work again
// once it is dealt with.
func TestNextStepShowsTheUrgentSignal(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("kristiansand") // two councils have met without a decision recorded
	ps := u.plan
	ps.selectStage(2)
	if got := ps.next.Text; !strings.HasPrefix(got, "Neste steg – varselsignal: Vedtak på overtid") {
		t.Fatalf("with decisions overdue the header says %q", got)
	}
	test.Tap(ps.nextGo)
	if ps.stage != 4 || highlighted(ps) != 4 {
		t.Errorf("Gå til shows stage %d, row %d highlighted; want the decisions of stage 5", ps.stage, highlighted(ps))
	}
	for i := range ps.plan.Decisions {
		ps.plan.Decisions[i].Paths = nil // no meeting passed without a decision, nor any other
	}
	ps.Changed()
	progressDue(t, ps)
	if got := ps.next.Text; !strings.HasPrefix(got, "Neste steg – varselsignal: ") || strings.Contains(got, "Vedtak på overtid") {
		t.Errorf("with no decision overdue the next urgent signal should show: %q", got)
	}
}

// A stage chosen from the View menu or by "Gå til" while the side bar has
// the keyboard focus leaves no focus mark on the row that had it, which
// looked like a second chosen stage.
func TestSidebarFocusMarkFollows(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	ps.focusFirst()
	ps.selectStage(4)
	if u.win.Canvas().Focused() == ps.sidebar || highlighted(ps) != 4 {
		t.Errorf("after Ctrl+5 row %d is chosen and the side bar keeps its focus mark on another: %v", highlighted(ps), u.win.Canvas().Focused() == ps.sidebar)
	}
}
