package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NewReservedArea returns list, a box whose lines come and go (warnings),
// in an area of a fixed height of lines lines under a caption that counts
// them: put above a page's scroll, lines that appear or vanish never move
// the fields below under the cursor. More lines than fit scroll within the
// area. caption gives the caption for a count, none the text for no lines.
func NewReservedArea(list *fyne.Container, lines int, caption func(n int) string, none string) fyne.CanvasObject {
	title := widget.NewLabel("")
	title.SizeName = theme.SizeNameCaptionText
	title.TextStyle.Bold = true
	show := func(n int) {
		text := none
		if n > 0 {
			text = caption(n)
		}
		if title.Text != text {
			title.SetText(text)
		}
	}
	list.Layout = &countingBox{onCount: show}
	show(len(list.Objects))
	scroll := container.NewVScroll(list)
	line := fyne.MeasureText("Åg", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.InnerPadding() // a label's height
	scroll.SetMinSize(fyne.NewSize(0, float32(lines)*line))
	return container.NewBorder(title, widget.NewSeparator(), nil, nil, scroll)
}

// countingBox lays objects out as a VBox and tells how many there are each
// time it does, which is each time the box is refreshed.
type countingBox struct {
	onCount func(n int)
}

func (c *countingBox) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return layout.NewVBoxLayout().MinSize(objects)
}

func (c *countingBox) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	c.onCount(len(objects))
	layout.NewVBoxLayout().Layout(objects, size)
}
