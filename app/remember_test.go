package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// The window's size and the plan open when it was closed come back on the
// next start; a plan left for the start screen does not.
func TestWindowRemembersSizeAndLastPlan(t *testing.T) {
	u, path := newTestUI(t)
	u.addExample("hallingdal")
	id := u.plan.plan.ID
	u.win.Resize(fyne.NewSize(1024, 600))
	u.remember()
	s := reopen(t, u, path)
	again, err := New(u.app, s)
	if err != nil {
		t.Fatal(err)
	}
	if got := again.win.Canvas().Size(); got.Width != 1024 || got.Height != 600 {
		t.Errorf("window size %v, want 1024×600", got)
	}
	again.OpenLast()
	if again.plan == nil || again.plan.plan.ID != id {
		t.Fatalf("the last plan was not opened")
	}
	again.showStart()
	again.remember()
	third, err := New(u.app, s)
	if err != nil {
		t.Fatal(err)
	}
	third.OpenLast()
	if third.plan != nil {
		t.Errorf("a plan opened though the window was closed on the start screen")
	}
	again.closePlan()
	third.closePlan()
}
