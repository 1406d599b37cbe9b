package widgets

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"regionplan/planmodel"
)

// NewTrendChart draws one trust factor over time: a line through the mean
// score of each assessment round on a grid from 1 to 5, the first and last
// dates below, and the last step in the error colour when the factor fell.
func NewTrendChart(points []planmodel.TrustPoint) *chart {
	f := frame{x0: 0, x1: float64(max(len(points)-1, 1)), y0: planmodel.MinScore, y1: planmodel.MaxScore, left: 18, right: 8, top: 8, bottom: 20}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	objects := []fyne.CanvasObject{bg}
	var grid []*canvas.Line
	var ticks []*canvas.Text
	for v := planmodel.MinScore; v <= planmodel.MaxScore; v++ {
		l, t := gridLine(), chartText(strconv.Itoa(v))
		grid, ticks = append(grid, l), append(ticks, t)
		objects = append(objects, l, t)
	}
	var segments []*canvas.Line
	for i := 1; i < len(points); i++ {
		l := canvas.NewLine(theme.Color(theme.ColorNamePrimary))
		if i == len(points)-1 && planmodel.Falling(points) {
			l.StrokeColor = theme.Color(theme.ColorNameError)
		}
		l.StrokeWidth = 2
		segments = append(segments, l)
		objects = append(objects, l)
	}
	var dots []*canvas.Circle
	for range points {
		c := canvas.NewCircle(theme.Color(theme.ColorNamePrimary))
		dots = append(dots, c)
		objects = append(objects, c)
	}
	var first, last, empty *canvas.Text
	switch len(points) {
	case 0:
		empty = chartText(lang.L("No assessments yet"))
		objects = append(objects, empty)
	default:
		first = chartText(DateOf(points[0].Date))
		objects = append(objects, first)
	}
	if len(points) > 1 {
		last = chartText(DateOf(points[len(points)-1].Date))
		objects = append(objects, last)
	}
	x := func(i int) float64 {
		if len(points) == 1 {
			return 0.5
		}
		return float64(i)
	}
	return newChart(fyne.NewSize(220, 110), objects, func(size fyne.Size) {
		bg.Resize(size)
		for i, l := range grid {
			y := float64(planmodel.MinScore + i)
			placeLine(l, f.at(size, f.x0, y), f.at(size, f.x1, y))
			placeText(ticks[i], 4, f.at(size, 0, y).Y)
		}
		for i, l := range segments {
			placeLine(l, f.at(size, x(i), points[i].Score), f.at(size, x(i+1), points[i+1].Score))
		}
		for i, c := range dots {
			placeDot(c, f.at(size, x(i), points[i].Score), 7)
		}
		bottom := size.Height - f.bottom/2
		if empty != nil {
			placeText(empty, f.left+4, size.Height/2)
			return
		}
		placeText(first, f.left, bottom)
		if last != nil {
			placeText(last, size.Width-f.right-last.MinSize().Width, bottom)
		}
	})
}
