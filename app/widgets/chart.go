package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// chart is a small drawing made of canvas objects that are created once and
// placed anew whenever the chart's size changes.
type chart struct {
	widget.BaseWidget
	min     fyne.Size
	objects []fyne.CanvasObject
	place   func(size fyne.Size)
}

func newChart(min fyne.Size, objects []fyne.CanvasObject, place func(fyne.Size)) *chart {
	c := &chart{min: min, objects: objects, place: place}
	c.ExtendBaseWidget(c)
	return c
}

func (c *chart) CreateRenderer() fyne.WidgetRenderer { return &chartRenderer{c} }

type chartRenderer struct{ c *chart }

func (r *chartRenderer) Layout(s fyne.Size)           { r.c.place(s) }
func (r *chartRenderer) MinSize() fyne.Size           { return r.c.min }
func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.c.objects }
func (r *chartRenderer) Destroy()                     {}
func (r *chartRenderer) Refresh() {
	r.c.place(r.c.Size())
	for _, o := range r.c.objects {
		o.Refresh()
	}
}

// frame maps values onto the plotting area of a chart: x from x0 to x1 left
// to right, y from y0 to y1 bottom to top, inside margins for the labels.
type frame struct {
	x0, x1, y0, y1           float64
	left, right, top, bottom float32
}

// at returns the position of the value (x, y) in a chart of the given size.
func (f frame) at(size fyne.Size, x, y float64) fyne.Position {
	w := size.Width - f.left - f.right
	h := size.Height - f.top - f.bottom
	px := f.left + float32((x-f.x0)/(f.x1-f.x0))*w
	py := f.top + h - float32((y-f.y0)/(f.y1-f.y0))*h
	return fyne.NewPos(px, py)
}

// placeLine puts a line between two positions.
func placeLine(l *canvas.Line, a, b fyne.Position) {
	l.Position1, l.Position2 = a, b
}

// placeDot centres a circle of the given diameter on p.
func placeDot(c *canvas.Circle, p fyne.Position, d float32) {
	c.Move(p.SubtractXY(d/2, d/2))
	c.Resize(fyne.NewSquareSize(d))
}

// placeText puts a text with its left edge at x, centred vertically on y.
func placeText(t *canvas.Text, x, y float32) {
	s := t.MinSize()
	t.Move(fyne.NewPos(x, y-s.Height/2))
	t.Resize(s)
}

func chartText(s string) *canvas.Text {
	t := canvas.NewText(s, theme.Color(theme.ColorNameForeground))
	t.TextSize = theme.CaptionTextSize()
	return t
}

func gridLine() *canvas.Line {
	l := canvas.NewLine(theme.Color(theme.ColorNameSeparator))
	l.StrokeWidth = 1
	return l
}
