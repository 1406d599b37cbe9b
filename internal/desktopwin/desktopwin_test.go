package desktopwin

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
