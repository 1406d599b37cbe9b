package desktopwin

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
)

// On a window that is not a GLFW window, as the test driver's, everything
// here leaves the window as it is and says so.
func TestOtherDriversAreLeftAlone(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1200, 800))
	if InterceptEscape(w, func() bool { return true }) {
		t.Error("Escape intercepted on a test window")
	}
	if got := FitScreen(w); got != fyne.NewSize(1200, 800) {
		t.Errorf("a test window was fitted to %v", got)
	}
	if _, _, ok := Position(w); ok {
		t.Error("a position read from a test window")
	}
	if MoveTo(w, 10, 10) {
		t.Error("a test window was moved")
	}
}

// escaper is an entry that acts on Escape by giving the keyboard to next,
// as the grid's editor does when Escape cancels an edit.
type escaper struct {
	widget.Entry
	next fyne.Focusable
}

func (e *escaper) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		fyne.CurrentApp().Driver().CanvasForObject(e).Focus(e.next)
		return
	}
	e.Entry.TypedKey(k)
}

// Escape is left to the window only when Fyne's handling of it moved
// neither the keyboard nor a pop-up.
func TestEscapeHandledByAWidgetIsNotHandledAgain(t *testing.T) {
	test.NewTempApp(t)
	plain, next := widget.NewEntry(), widget.NewEntry()
	grid := &escaper{next: next}
	grid.ExtendBaseWidget(grid)
	w := test.NewWindow(container.NewVBox(plain, grid, next))
	t.Cleanup(w.Close)
	c := w.Canvas()
	escape := func() { uitest.PressKey(c, fyne.KeyEscape) }

	c.Focus(plain)
	if !leftAlone(c, escape) {
		t.Error("Escape in a plain entry was taken as handled")
	}
	c.Focus(grid)
	if leftAlone(c, escape) {
		t.Error("Escape that moved the keyboard was not taken as handled")
	}
	c.Unfocus()
	if leftAlone(c, func() { widget.ShowPopUp(widget.NewLabel("menu"), c) }) {
		t.Error("Escape that changed the pop-up on top was not taken as handled")
	}
}
