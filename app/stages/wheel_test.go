package stages

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
)

// pageScroll returns the scroll that holds content.
func pageScroll(t *testing.T, in fyne.CanvasObject, content fyne.CanvasObject) *container.Scroll {
	t.Helper()
	for _, s := range uitest.FindAll[*container.Scroll](in) {
		if s.Content == content {
			return s
		}
	}
	t.Fatal("no scroll holds the page")
	return nil
}

// wheelOver turns the mouse wheel down over the middle of o.
func wheelOver(c fyne.Canvas, o fyne.CanvasObject) {
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
	uitest.Scroll(c.Content(), at, 0, -60)
}

// The mouse wheel over a multi-line field of the decision editor, or over a
// checklist note, scrolls the page.
func TestWheelOverFieldsScrollsThePage(t *testing.T) {
	h := openStage(t, "hallingdal", "structure")
	e := newDecisionEditor(h, h.plan.Decisions[0].ID)
	h.ShowPage(e.page())
	page := pageScroll(t, h.page, e.content)
	var multi *widget.Entry
	for _, en := range uitest.FindAll[*widget.Entry](e.content) {
		if en.MultiLine {
			multi = en
			break
		}
	}
	if multi == nil {
		t.Fatal("the editor has no multi-line field")
	}
	wheelOver(h.win.Canvas(), multi)
	if page.Offset.Y <= 0 {
		t.Errorf("the wheel over a multi-line field left the page at %v", page.Offset)
	}
	h.ShowStage("expectations", TabChecklist)
	note := h.view.items[0].note
	list := h.view.tabs.Selected().Content
	wheelOver(h.win.Canvas(), note)
	scrolls := uitest.FindAll[*container.Scroll](list)
	if len(scrolls) == 0 || scrolls[0].Offset.Y <= 0 {
		t.Errorf("the wheel over a checklist note did not scroll the checklist")
	}
}

// The mouse wheel over stage 7's budget grid, wide but not tall, scrolls
// the page around it, not the grid sideways.
func TestWheelOverTheBudgetGridScrollsThePage(t *testing.T) {
	h, tool := openResources(t, "hallingdal")
	scrolls := uitest.FindAll[*container.Scroll](h.view.tabs.Selected().Content)
	if len(scrolls) == 0 {
		t.Fatal("stage 7's tool is not in a scroll")
	}
	wheelOver(h.win.Canvas(), tool.budget.grid)
	if scrolls[0].Offset.Y <= 0 {
		t.Errorf("the wheel over the budget grid left the page at %v", scrolls[0].Offset)
	}
}
