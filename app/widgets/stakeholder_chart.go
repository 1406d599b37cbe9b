package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"regionplan/planmodel"
)

// NewStakeholderChart places the stakeholders on a power/interest grid:
// interest from left to right, power from bottom to top, with the four
// quadrants named by what to do with those in them. Ambassadors are drawn in
// the success colour and marked with a star.
func NewStakeholderChart(list []planmodel.Stakeholder) *chart {
	// Scores are 1–5; half a step of margin keeps the dots off the edges.
	f := frame{x0: 0.5, x1: 5.5, y0: 0.5, y1: 5.5, left: 22, right: 8, top: 8, bottom: 22}
	mid := float64(planmodel.MinScore+planmodel.MaxScore) / 2
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	shade := func(strong bool) *canvas.Rectangle {
		c := theme.Color(theme.ColorNamePrimary)
		r, g, b, _ := c.RGBA()
		a := uint8(20)
		if strong {
			a = 45
		}
		return canvas.NewRectangle(color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a})
	}
	// Quadrants in the order: high power & low interest, high & high, low & low, low & high.
	quads := []*canvas.Rectangle{shade(false), shade(true), shade(false), shade(false)}
	labels := []*canvas.Text{
		chartText(lang.L("Keep satisfied")), chartText(lang.L("Work closely with")),
		chartText(lang.L("Monitor")), chartText(lang.L("Keep informed")),
	}
	xAxis, yAxis := chartText(lang.L("Interest →")), chartText(lang.L("Power ↑"))
	objects := []fyne.CanvasObject{bg}
	for i := range quads {
		labels[i].Color = theme.Color(theme.ColorNamePlaceHolder)
		objects = append(objects, quads[i], labels[i])
	}
	objects = append(objects, xAxis, yAxis)
	var dots []*canvas.Circle
	var names []*canvas.Text
	for _, s := range list {
		c := canvas.NewCircle(theme.Color(theme.ColorNamePrimary))
		name := s.Name
		if s.Ambassador {
			c.FillColor = theme.Color(theme.ColorNameSuccess)
			name = "★ " + name
		}
		t := chartText(name)
		dots, names = append(dots, c), append(names, t)
		objects = append(objects, c, t)
	}
	return newChart(fyne.NewSize(420, 260), objects, func(size fyne.Size) {
		bg.Resize(size)
		corners := [][4]float64{{f.x0, mid, mid, f.y1}, {mid, mid, f.x1, f.y1}, {f.x0, f.y0, mid, mid}, {mid, f.y0, f.x1, mid}}
		for i, q := range quads {
			a, b := f.at(size, corners[i][0], corners[i][3]), f.at(size, corners[i][2], corners[i][1])
			q.Move(a)
			q.Resize(fyne.NewSize(b.X-a.X-1, b.Y-a.Y-1))
			placeText(labels[i], a.X+4, a.Y+labels[i].MinSize().Height/2+2)
		}
		placeText(xAxis, size.Width-f.right-xAxis.MinSize().Width, size.Height-f.bottom/2)
		placeText(yAxis, 2, size.Height-f.bottom/2)
		// Stakeholders on the same square are spread out a little so all can be read.
		seen := map[[2]int]int{}
		for i, s := range list {
			k := [2]int{s.Interest, s.Power}
			p := f.at(size, float64(s.Interest), float64(s.Power)).AddXY(0, float32(seen[k])*14)
			seen[k]++
			placeDot(dots[i], p, 9)
			x := p.X + 7
			if w := names[i].MinSize().Width; x+w > size.Width {
				x = p.X - 7 - w // a name that would run off the right edge goes left of its dot
			}
			placeText(names[i], x, p.Y)
		}
	})
}
