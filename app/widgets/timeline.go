package widgets

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// Sizes of the timeline, in Fyne units.
const (
	timelineLabel     = 230 // the width of the row labels
	timelineRowHeight = 20  // the height of a row
	timelineHeader    = 26  // the height of the year and election labels
	maxMeasureRows    = 40  // measures beyond this are summed up in one row
)

// timelineRow is one line of the timeline: a bar from one point in time to
// another (years with fractions), or a single point.
type timelineRow struct {
	label    string
	from, to float64
	point    bool
	kind     string // goal, sub-goal, measure, activity, decision, more
}

// Timeline draws the plan over the years: goals, sub-goals, measures,
// communication activities and decisions as bars and points, with the
// elections and the planning strategies that follow them marked across.
type Timeline struct {
	widget.BaseWidget
	plan      *planmodel.Plan
	rows      []timelineRow
	elections []planmodel.Election
	first     int // the first and last year shown
	last      int
}

// NewTimeline draws p's goals, measures, milestones and elections over the plan period.
func NewTimeline(p *planmodel.Plan) *Timeline {
	t := &Timeline{plan: p}
	t.ExtendBaseWidget(t)
	t.compute()
	return t
}

// Reload recomputes the rows from the plan and redraws.
func (t *Timeline) Reload() {
	t.compute()
	t.Refresh()
}

// yearAt turns a date into a year with a fraction.
func yearAt(d time.Time) float64 {
	start := time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	return float64(d.Year()) + d.Sub(start).Hours()/(24*365)
}

func (t *Timeline) compute() {
	p := t.plan
	t.first, t.last = p.FirstYear-1, p.LastYear+1
	t.elections = nil
	for _, e := range p.Elections() {
		if e.Year >= t.first && e.Year <= t.last {
			t.elections = append(t.elections, e)
		}
	}
	span := func(a, b int) (float64, float64) {
		if a == 0 {
			a = p.FirstYear
		}
		if b == 0 {
			b = p.LastYear
		}
		return float64(a), float64(b + 1)
	}
	var rows []timelineRow
	for _, g := range p.Goals {
		from, to := span(max(g.BaseYear, p.FirstYear), g.Deadline)
		rows = append(rows, timelineRow{label: g.Title, from: from, to: to, kind: "goal"})
		for _, s := range g.SubGoals {
			from, to := span(s.FirstYear, s.LastYear)
			rows = append(rows, timelineRow{label: "   " + s.Title, from: from, to: to, kind: "sub-goal"})
		}
	}
	for i, m := range p.Measures {
		if i == maxMeasureRows {
			rows = append(rows, timelineRow{label: lang.L("… and {{.Count}} more measures", map[string]any{"Count": len(p.Measures) - i}), kind: "more"})
			break
		}
		from, to := span(m.FirstYear, m.LastYear)
		rows = append(rows, timelineRow{label: m.Title, from: from, to: to, kind: "measure"})
	}
	t.rows = append(rows, datedRows(p)...)
}

// datedRows are the plan's activities and, at its last meeting, each
// decision: points in time on the timeline.
func datedRows(p *planmodel.Plan) []timelineRow {
	var rows []timelineRow
	for _, a := range p.Activities {
		if at, err := planmodel.ParseDate(a.Date); err == nil {
			rows = append(rows, timelineRow{label: a.Title, from: yearAt(at), point: true, kind: "activity"})
		}
	}
	for i := range p.Decisions {
		d := &p.Decisions[i]
		for _, c := range d.Paths {
			if len(c.Steps) > 0 && c.Steps[len(c.Steps)-1].Meeting != "" {
				if at, err := planmodel.ParseDate(c.Steps[len(c.Steps)-1].Meeting); err == nil {
					rows = append(rows, timelineRow{label: d.Title(planmodel.Bokmal), from: yearAt(at), point: true, kind: "decision"})
					break
				}
			}
		}
	}
	return rows
}

// MinSize is the height the rows need at the narrowest width.
func (t *Timeline) MinSize() fyne.Size {
	return fyne.NewSize(timelineLabel+360, timelineHeader+float32(len(t.rows)+1)*timelineRowHeight)
}

// CreateRenderer is part of fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{t: t}
	r.build()
	return r
}

type timelineRenderer struct {
	t       *Timeline
	objects []fyne.CanvasObject
	place   []func(size fyne.Size) // positions object i for a size
}

func (r *timelineRenderer) Destroy()                     {}
func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *timelineRenderer) MinSize() fyne.Size           { return r.t.MinSize() }

func (r *timelineRenderer) Refresh() {
	r.build()
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *timelineRenderer) Layout(size fyne.Size) {
	for _, place := range r.place {
		place(size)
	}
}

// x returns the horizontal position of a year (with fraction) for a width.
func (r *timelineRenderer) x(year float64, width float32) float32 {
	t := r.t
	span := float64(t.last - t.first + 1)
	return timelineLabel + float32((year-float64(t.first))/span)*(width-timelineLabel)
}

func (r *timelineRenderer) add(o fyne.CanvasObject, place func(size fyne.Size)) {
	r.objects = append(r.objects, o)
	r.place = append(r.place, place)
}

// build makes the canvas objects for the timeline's current rows.
func (r *timelineRenderer) build() {
	r.objects, r.place = nil, nil
	t := r.t
	fg := theme.Color(theme.ColorNameForeground)
	grid := theme.Color(theme.ColorNameSeparator)
	bottom := func() float32 { return timelineHeader + float32(len(t.rows))*timelineRowHeight }
	for y := t.first; y <= t.last+1; y++ {
		year := float64(y)
		line := canvas.NewLine(grid)
		r.add(line, func(s fyne.Size) {
			x := r.x(year, s.Width)
			line.Position1, line.Position2 = fyne.NewPos(x, timelineHeader-4), fyne.NewPos(x, bottom())
		})
		if y <= t.last {
			label := canvas.NewText(fmt.Sprint(y), fg)
			label.TextSize = theme.CaptionTextSize()
			r.add(label, func(s fyne.Size) { label.Move(fyne.NewPos(r.x(year, s.Width)+3, 0)) })
		}
	}
	for _, e := range t.elections {
		at := yearAt(e.Date)
		line := canvas.NewLine(amber)
		line.StrokeWidth = 2
		r.add(line, func(s fyne.Size) {
			x := r.x(at, s.Width)
			line.Position1, line.Position2 = fyne.NewPos(x, timelineHeader-6), fyne.NewPos(x, bottom())
		})
		label := canvas.NewText(lang.L("Election {{.Year}}", map[string]any{"Year": e.Year}), amber)
		label.TextSize = theme.CaptionTextSize()
		label.TextStyle.Bold = true
		r.add(label, func(s fyne.Size) { label.Move(fyne.NewPos(r.x(at, s.Width)+3, timelineHeader/2)) })
		// The planning strategy a year after the council is constituted: the
		// natural point to confirm or revise the plan.
		due := yearAt(e.StrategyDue)
		if due < float64(t.last+1) {
			mark := canvas.NewLine(color.NRGBA{0xd9, 0x82, 0x1e, 0x80})
			r.add(mark, func(s fyne.Size) {
				x := r.x(due, s.Width)
				mark.Position1, mark.Position2 = fyne.NewPos(x, timelineHeader-2), fyne.NewPos(x, bottom())
			})
			text := canvas.NewText(lang.L("Planning strategy"), color.NRGBA{0xd9, 0x82, 0x1e, 0xc0})
			text.TextSize = theme.CaptionTextSize() * 0.85
			r.add(text, func(s fyne.Size) { text.Move(fyne.NewPos(r.x(due, s.Width)+3, bottom()-14)) })
		}
	}
	for i, row := range t.rows {
		top := timelineHeader + float32(i)*timelineRowHeight
		label := canvas.NewText(shortLabel(row.label, 34), fg)
		label.TextSize = theme.CaptionTextSize()
		if row.kind == "goal" {
			label.TextStyle.Bold = true
		}
		r.add(label, func(fyne.Size) { label.Move(fyne.NewPos(0, top+3)) })
		if row.kind == "more" {
			continue
		}
		c := rowColour(row.kind)
		if row.point {
			dot := canvas.NewCircle(c)
			r.add(dot, func(s fyne.Size) {
				dot.Resize(fyne.NewSize(12, 12))
				dot.Move(fyne.NewPos(r.x(row.from, s.Width)-6, top+4))
			})
			continue
		}
		bar := canvas.NewRectangle(c)
		bar.CornerRadius = 3
		r.add(bar, func(s fyne.Size) {
			x1, x2 := r.x(row.from, s.Width), r.x(row.to, s.Width)
			bar.Resize(fyne.NewSize(max(x2-x1, 3), timelineRowHeight-6))
			bar.Move(fyne.NewPos(x1, top+3))
		})
	}
}

func rowColour(kind string) color.Color {
	switch kind {
	case "goal":
		return fjord
	case "sub-goal":
		return color.NRGBA{0x6f, 0xa8, 0xc9, 0xff}
	case "decision":
		return color.NRGBA{0xb0, 0x3a, 0x2e, 0xff}
	case "activity":
		return color.NRGBA{0x7b, 0x5e, 0xa7, 0xff}
	}
	return color.NRGBA{0x8a, 0x9a, 0x5b, 0xff} // measures
}

// shortLabel cuts s to n characters with an ellipsis.
func shortLabel(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
