package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
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

// The wheel over a grid on a wheel page scrolls the grid while it can move
// that way, then the page; over a grid that is wide but not tall it
// scrolls the page at once and never the grid sideways.
func TestGridWheelScrollsTheGridThenThePage(t *testing.T) {
	test.NewTempApp(t)
	tall := &sums{}
	for range 3 * maxGridRows {
		tall.names, tall.v = append(tall.names, "Flå"), append(tall.v, [2]int64{1, 2})
	}
	wide := &sums{names: []string{"Gol"}, v: [][2]int64{{1, 2}}}
	tallGrid, wideGrid := NewGrid(tall, 1, 300, 300, 300, 300), NewGrid(wide, 1, 300, 300, 300, 300)
	content := container.NewVBox(wideGrid, tallGrid, container.NewGridWrap(fyne.NewSize(10, 2000)))
	w := test.NewWindow(NewWheelPage(content))
	w.Resize(fyne.NewSize(600, 700))
	t.Cleanup(w.Close)
	var page *container.Scroll
	for _, s := range uitest.FindAll[*container.Scroll](w.Content()) {
		if s.Content == content {
			page = s
		}
	}
	d := fyne.CurrentApp().Driver()
	wheel := func(g *Grid) {
		at := d.AbsolutePositionForObject(g.table).AddXY(g.table.Size().Width/2, g.table.Size().Height/2)
		uitest.Scroll(w.Content(), at, 0, -60)
	}
	wheel(tallGrid)
	if off := tableOffset(&tallGrid.table.Table); off.Y <= 0 || page.Offset.Y != 0 {
		t.Fatalf("the wheel over a tall grid moved it to %v and the page to %v", off, page.Offset)
	}
	for i := 0; i < 3*maxGridRows && page.Offset.Y == 0; i++ {
		wheel(tallGrid)
	}
	if page.Offset.Y == 0 {
		t.Fatal("the wheel over a grid at its end did not scroll the page")
	}
	page.ScrollToOffset(fyne.NewPos(0, 0))
	before := page.Offset.Y
	wheel(wideGrid)
	if off := tableOffset(&wideGrid.table.Table); off.X != 0 || page.Offset.Y <= before {
		t.Errorf("the wheel over a wide, short grid moved it to %v and the page to %v", off, page.Offset)
	}
}
