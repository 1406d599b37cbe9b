package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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

// On the first start the window fits a 1024×600 screen; the position the
// desktop window reads at close comes back on the next start.
func TestFirstSizeFitsASmallScreenAndPositionIsKept(t *testing.T) {
	u, path := newTestUI(t)
	fresh, err := New(test.NewTempApp(t), u.store)
	if err != nil {
		t.Fatal(err)
	}
	if got := fresh.win.Canvas().Size(); got.Width > 1024 || got.Height > 600-40 {
		t.Errorf("the first window is %v, more than a 1024×600 screen holds with a title bar", got)
	}
	if _, _, ok := u.LastPosition(); ok {
		t.Error("a position before any was kept")
	}
	u.KeepPosition(func() (int, int, bool) { return 40, 60, true })
	u.remember()
	again, err := New(u.app, reopen(t, u, path))
	if err != nil {
		t.Fatal(err)
	}
	if x, y, ok := again.LastPosition(); !ok || x != 40 || y != 60 {
		t.Errorf("position %d, %d (%v), want 40, 60", x, y, ok)
	}
}
