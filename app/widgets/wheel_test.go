package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The wheel catcher takes only the wheel: Fyne looks for each kind of event
// by its interface, so clicks, drags, hovering and focus go on to the
// fields below it.
func TestWheelCatcherTakesOnlyTheWheel(t *testing.T) {
	test.NewTempApp(t)
	var o fyne.CanvasObject = newWheelCatcher(container.NewVScroll(widget.NewLabel("")))
	if _, ok := o.(fyne.Scrollable); !ok {
		t.Fatal("the catcher does not take the wheel")
	}
	checks := map[string]bool{}
	_, checks["Tappable"] = o.(fyne.Tappable)
	_, checks["DoubleTappable"] = o.(fyne.DoubleTappable)
	_, checks["SecondaryTappable"] = o.(fyne.SecondaryTappable)
	_, checks["Draggable"] = o.(fyne.Draggable)
	_, checks["Focusable"] = o.(fyne.Focusable)
	_, checks["Hoverable"] = o.(desktop.Hoverable)
	_, checks["Mouseable"] = o.(desktop.Mouseable)
	_, checks["Cursorable"] = o.(desktop.Cursorable)
	for name, is := range checks {
		if is {
			t.Errorf("the catcher is %s, so it takes that from the fields below", name)
		}
	}
}
