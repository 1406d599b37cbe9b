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
// them. For pages whose lists or tables scroll themselves, use a plain
// scroll.
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

// Scrolled scrolls the page.
func (w *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) { w.page.Scrolled(ev) }

func (w *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(layout.NewSpacer())
}
