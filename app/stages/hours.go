package stages

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// hoursGrid edits the hours each municipality puts in per year and shows
// them as full-time equivalents (årsverk).
type hoursGrid struct {
	t       *resourcesTool
	content *fyne.Container
	cells   [][]*widgets.NumberEntry // [municipality][year]
	totals  []*widget.Label          // hours per municipality over the period
	perFTE  []*widget.Label          // its full-time equivalents per year, on average
	sums    []*widget.Label          // hours per year, then the period
	ftes    []*widget.Label          // full-time equivalents per year, then the period
}

func newHoursGrid(t *resourcesTool) *hoursGrid {
	h := &hoursGrid{t: t, content: container.NewVBox()}
	h.rebuild()
	return h
}

// Widths of the hours table's columns.
var hoursColumns = struct{ name, year, total, fte float32 }{120, 88, 88, 80}

func (h *hoursGrid) rebuild() {
	p := h.t.ps.Plan()
	r := &p.Resources
	years := p.Years()
	h.content.Objects = nil // filled in one go below: Add would lay it out again each time
	defer h.content.Refresh()
	h.cells, h.totals, h.perFTE = nil, nil, nil
	w := hoursColumns
	cols := widgets.YearColumns([]float32{w.name}, len(years), w.year, w.total, w.fte)

	perFTE := widgets.NewNumberEntry(int64(r.FTEHours()), "t", planmodel.MinFTEHours, planmodel.MaxFTEHours, fteProblem, func(v int64) {
		r.HoursPerFTE = int(v)
		if v == 0 || v == planmodel.DefaultHoursPerFTE {
			r.HoursPerFTE = 0
		}
		h.hoursChanged()
	})
	h.content.Objects = append(h.content.Objects, container.NewHBox(widget.NewLabel(lang.L("Hours in a full-time year")), container.New(widgets.Columns{w.year}, perFTE),
		widget.NewLabel(lang.L("(the usual figure net of holidays is {{.Hours}})", map[string]any{"Hours": hours(planmodel.DefaultHoursPerFTE)}))))

	total := widgets.Heading(lang.L("Total"))
	total.Alignment = fyne.TextAlignTrailing
	fteHead := widgets.Heading(lang.L("FTE/yr"))
	fteHead.Alignment = fyne.TextAlignTrailing
	table := container.NewVBox(widgets.TableRow(cols, append(append([]fyne.CanvasObject{widgets.Heading(lang.L("Municipality"))}, widgets.YearHeadings(years)...), total, fteHead)...))
	for _, m := range p.Municipalities {
		cells := []fyne.CanvasObject{widget.NewLabel(m.Name)}
		var entries []*widgets.NumberEntry
		for _, y := range years {
			e := widgets.NewNumberEntry(r.Hours[m.Name].Get(y), "t", 0, planmodel.MaxHours, hoursProblem, func(v int64) {
				r.SetHours(m.Name, y, v)
				h.hoursChanged()
			})
			entries = append(entries, e)
			cells = append(cells, e)
		}
		h.cells = append(h.cells, entries)
		t, f := widgets.Figure(""), widgets.Figure("")
		h.totals, h.perFTE = append(h.totals, t), append(h.perFTE, f)
		table.Add(widgets.TableRow(cols, append(cells, t, f)...))
	}
	table.Add(widget.NewSeparator())
	h.sums = sumCells(table, cols, lang.L("Hours in all"), len(years)+2)
	h.ftes = sumCells(table, cols, lang.L("Full-time equivalents"), len(years)+2)
	h.content.Objects = append(h.content.Objects, widgets.FitYears(table, len(years)))
	h.update()
}

var (
	hoursProblem = planmodel.Problem{Message: "A figure must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": planmodel.MaxHours}}
	fteProblem   = planmodel.Problem{Message: "A full-time year must be between {{.Min}} and {{.Max}} hours.", Args: map[string]any{"Min": planmodel.MinFTEHours, "Max": planmodel.MaxFTEHours}}
)

// sumCells adds a row of n bold figures after a bold name to table and returns the figures.
func sumCells(table *fyne.Container, cols widgets.Columns, name string, n int) []*widget.Label {
	labels := make([]*widget.Label, n)
	cells := []fyne.CanvasObject{widgets.Heading(name)}
	for i := range labels {
		labels[i] = widgets.BoldFigure("")
		cells = append(cells, labels[i])
	}
	table.Add(widgets.TableRow(cols, cells...))
	return labels
}

func (h *hoursGrid) hoursChanged() {
	h.t.ps.Changed()
	h.update()
}

// update recomputes the totals and full-time equivalents.
func (h *hoursGrid) update() {
	p := h.t.ps.Plan()
	r := &p.Resources
	years := p.Years()
	var all int64
	perYear := make([]int64, len(years))
	for i, m := range p.Municipalities {
		sum := r.Hours[m.Name].Sum(p.FirstYear, p.LastYear)
		h.totals[i].SetText(hours(sum))
		h.perFTE[i].SetText(fteText(r, sum, len(years)))
		for j, y := range years {
			perYear[j] += r.Hours[m.Name].Get(y)
		}
		all += sum
	}
	for j := range years {
		h.sums[j].SetText(hours(perYear[j]))
		h.ftes[j].SetText(planmodel.FormatDecimal(r.FTE(perYear[j]), 2))
	}
	n := len(years)
	h.sums[n].SetText(hours(all))
	h.ftes[n+1].SetText(fteText(r, all, n))
}

func hours(n int64) string { return planmodel.FormatInt(n) + planmodel.NBSP + "t" }

// fteText writes sum hours over n years as full-time equivalents per year.
func fteText(r *planmodel.Resources, sum int64, n int) string {
	if n == 0 {
		return ""
	}
	return planmodel.FormatDecimal(r.FTE(sum)/float64(n), 2)
}
