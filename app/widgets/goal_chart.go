package widgets

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"regionplan/planmodel"
)

// goalSpan is the years a goal's chart shows and the range of its values.
type goalSpan struct {
	first, last int
	low, high   float64
}

// spanOf covers the base year to the deadline and every measurement.
func spanOf(g *planmodel.Goal, series []planmodel.Measurement) goalSpan {
	s := goalSpan{first: g.BaseYear, last: g.Deadline, low: 0, high: 1}
	if s.first == 0 && len(series) > 0 {
		s.first = series[0].Year
	}
	for _, f := range []*float64{g.Baseline, g.Target} {
		if f != nil {
			s.low, s.high = math.Min(s.low, *f), math.Max(s.high, *f)
		}
	}
	for _, m := range series {
		s.first, s.last = min(s.first, m.Year), max(s.last, m.Year)
		s.low, s.high = math.Min(s.low, m.Value), math.Max(s.high, m.Value)
	}
	if s.last <= s.first {
		s.last = s.first + 1
	}
	s.high += (s.high - s.low) * 0.1
	return s
}

// NewGoalChart draws a goal over time: its measurements as dots joined by
// a line, the straight path from the baseline to the target, the deadline,
// and the elections as markers.
func NewGoalChart(g planmodel.Goal, elections []int) *chart {
	series := g.Series()
	sp := spanOf(&g, series)
	f := frame{x0: float64(sp.first), x1: float64(sp.last), y0: sp.low, y1: sp.high, left: 46, right: 10, top: 30, bottom: 20}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	objects := []fyne.CanvasObject{bg}
	base, top := gridLine(), gridLine()
	lowText, highText := chartText(planmodel.FormatNumber(sp.low)), chartText(planmodel.FormatNumber(sp.high))
	firstText, lastText := chartText(fmt.Sprint(sp.first)), chartText(fmt.Sprint(sp.last))
	objects = append(objects, base, top, lowText, highText, firstText, lastText)
	type marker struct {
		line *canvas.Line
		text *canvas.Text
		year int
		row  float32 // the label's line above the plot
	}
	var markers []marker
	for _, e := range elections {
		if e >= sp.first && e <= sp.last {
			m := marker{canvas.NewLine(theme.Color(theme.ColorNameDisabled)), chartText(lang.L("Election")), e, 22}
			objects = append(objects, m.line, m.text)
			markers = append(markers, m)
		}
	}
	if g.Deadline != 0 {
		d := marker{canvas.NewLine(theme.Color(theme.ColorNameWarning)), chartText(lang.L("Deadline")), g.Deadline, 8}
		d.line.StrokeWidth = 2
		objects = append(objects, d.line, d.text)
		markers = append(markers, d)
	}
	var path *canvas.Line
	if g.HasPath() {
		path = canvas.NewLine(theme.Color(theme.ColorNamePlaceHolder))
		path.StrokeWidth = 2
		objects = append(objects, path)
	}
	var segments []*canvas.Line
	var dots []*canvas.Circle
	for i := range series {
		if i > 0 {
			l := canvas.NewLine(theme.Color(theme.ColorNamePrimary))
			l.StrokeWidth = 2
			segments = append(segments, l)
			objects = append(objects, l)
		}
		c := canvas.NewCircle(theme.Color(theme.ColorNamePrimary))
		dots = append(dots, c)
		objects = append(objects, c)
	}
	var empty *canvas.Text
	if len(series) == 0 {
		empty = chartText(lang.L("No measurements yet"))
		objects = append(objects, empty)
	}
	x := func(m planmodel.Measurement) float64 { return float64(m.Year) }
	return newChart(fyne.NewSize(320, 150), objects, func(size fyne.Size) {
		bg.Resize(size)
		placeLine(base, f.at(size, f.x0, sp.low), f.at(size, f.x1, sp.low))
		placeLine(top, f.at(size, f.x0, sp.high), f.at(size, f.x1, sp.high))
		placeText(lowText, 2, f.at(size, f.x0, sp.low).Y)
		placeText(highText, 2, f.at(size, f.x0, sp.high).Y)
		bottom := size.Height - f.bottom/2
		placeText(firstText, f.left, bottom)
		placeText(lastText, size.Width-f.right-lastText.MinSize().Width, bottom)
		for _, m := range markers {
			placeLine(m.line, f.at(size, float64(m.year), sp.low), f.at(size, float64(m.year), sp.high))
			x := f.at(size, float64(m.year), sp.high).X
			if w := m.text.MinSize().Width; x+2+w > size.Width {
				x -= w + 4 // keep a label at the right edge inside the chart
			}
			placeText(m.text, x+2, m.row)
		}
		if path != nil {
			placeLine(path, f.at(size, float64(g.BaseYear), *g.Baseline), f.at(size, float64(g.Deadline), *g.Target))
		}
		for i, l := range segments {
			placeLine(l, f.at(size, x(series[i]), series[i].Value), f.at(size, x(series[i+1]), series[i+1].Value))
		}
		for i, c := range dots {
			placeDot(c, f.at(size, x(series[i]), series[i].Value), 7)
		}
		if empty != nil {
			placeText(empty, f.left+4, size.Height/2)
		}
	})
}
