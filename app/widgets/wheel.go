package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// NewWheelPage returns content in a vertical scroll whose mouse wheel works
// over the whole page, multi-line fields and tables included. Fyne hands a
// wheel event to the innermost scrollable thing under the mouse, and a
// multi-line Entry holds a scroller of its own that takes the event even
// when its text fits, so the page did not move. A see-through catcher on
// top of the page takes the wheel first and scrolls the page; taps, drags,
// hovering and typing go on to what lies below, since it handles none of
// them. A grid or list on the page that scrolls itself takes the wheel
// first while it can move that way; at its end, or when it cannot scroll
// that way at all, the page scrolls, as in a browser.
func NewWheelPage(content fyne.CanvasObject) fyne.CanvasObject {
	scroll := container.NewVScroll(content)
	return container.NewStack(scroll, newWheelCatcher(scroll))
}

// wheelCatcher passes the mouse wheel to a page's scroll; it takes no other event.
type wheelCatcher struct {
	widget.BaseWidget
	page *container.Scroll
}

func newWheelCatcher(page *container.Scroll) *wheelCatcher {
	w := &wheelCatcher{page: page}
	w.ExtendBaseWidget(w)
	return w
}

// Scrolled scrolls the innermost grid or list under the mouse that can
// still move that way, or else the page.
func (w *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) {
	content := w.page.Content
	if take := takerAt(content, content.Position(), ev.Position); take != nil && take(ev) {
		return
	}
	w.page.Scrolled(ev)
}

// takerAt returns how the innermost grid or list under pos (in the page's
// coordinates) inside o, placed at origin, takes the wheel: it scrolls
// and reports whether it moved. Only containers are looked into, as the
// parts of a widget are its own.
func takerAt(o fyne.CanvasObject, origin, pos fyne.Position) func(*fyne.ScrollEvent) bool {
	size := o.Size()
	if !o.Visible() || pos.X < origin.X || pos.Y < origin.Y || pos.X >= origin.X+size.Width || pos.Y >= origin.Y+size.Height {
		return nil
	}
	switch x := o.(type) {
	case *fyne.Container:
		for i := len(x.Objects) - 1; i >= 0; i-- { // the last drawn is on top
			if take := takerAt(x.Objects[i], origin.Add(x.Objects[i].Position()), pos); take != nil {
				return take
			}
		}
	case *Grid:
		return x.takeWheel
	case *widget.List:
		return func(ev *fyne.ScrollEvent) bool {
			before := x.GetScrollOffset()
			x.ScrollToOffset(before - ev.Scrolled.DY)
			return x.GetScrollOffset() != before
		}
	}
	return nil
}

func (w *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(layout.NewSpacer())
}
