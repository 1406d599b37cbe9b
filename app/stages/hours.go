package stages

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// hoursGrid edits the hours each municipality puts in per year and shows
// them as full-time equivalents (årsverk). It is the model of its grid: a
// row per municipality, then the hours and full-time equivalents in all;
// a column for the name, one per year, the period's total and the
// full-time equivalents per year on average.
type hoursGrid struct {
	t       *resourcesTool
	content *fyne.Container
	grid    *widgets.Grid
}

func newHoursGrid(t *resourcesTool) *hoursGrid {
	h := &hoursGrid{t: t, content: container.NewVBox()}
	h.rebuild()
	return h
}

// Widths of the hours table's columns.
var hoursColumns = struct{ name, year, total, fte float32 }{120, 88, 88, 80}

func (h *hoursGrid) rebuild() {
	r := &h.t.ps.Plan().Resources
	w := hoursColumns
	perFTE := widgets.NewNumberEntry(int64(r.FTEHours()), "t", planmodel.MinFTEHours, planmodel.MaxFTEHours, fteProblem, h.onFTEHours)
	h.grid = widgets.NewGrid(h, 1, widgets.YearColumns([]float32{w.name}, len(h.t.ps.Plan().Years()), w.year, w.total, w.fte)...)
	h.grid.OnChanged = h.onHoursChanged
	h.content.Objects = []fyne.CanvasObject{
		container.NewHBox(widget.NewLabel(lang.L("Hours in a full-time year")), container.New(widgets.Columns{w.year}, perFTE),
			widget.NewLabel(lang.L("(the usual figure net of holidays is {{.Hours}})", map[string]any{"Hours": hours(planmodel.DefaultHoursPerFTE)}))),
		h.grid,
	}
	h.content.Refresh()
}

// onFTEHours stores the hours of a full-time year; the usual figure is stored as 0.
func (h *hoursGrid) onFTEHours(v int64) {
	r := &h.t.ps.Plan().Resources
	r.HoursPerFTE = int(v)
	if v == 0 || v == planmodel.DefaultHoursPerFTE {
		r.HoursPerFTE = 0
	}
	h.onHoursChanged()
}

func (h *hoursGrid) onHoursChanged() {
	h.t.ps.Changed()
	h.grid.Refresh()
}

var (
	hoursProblem = planmodel.Problem{Message: "A figure must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": planmodel.MaxHours}}
	fteProblem   = planmodel.Problem{Message: "A full-time year must be between {{.Min}} and {{.Max}} hours.", Args: map[string]any{"Min": planmodel.MinFTEHours, "Max": planmodel.MaxFTEHours}}
)

// Size is a row per municipality and two of sums; the name, the years, the total and the FTE.
func (h *hoursGrid) Size() (int, int) {
	p := h.t.ps.Plan()
	return len(p.Municipalities) + 2, len(p.Years()) + 3
}

// Heading names column col.
func (h *hoursGrid) Heading(col int) string {
	return columnHeading(h.t.ps.Plan().Years(), col, []string{lang.L("Municipality")}, lang.L("Total"), lang.L("FTE/yr"))
}

// columnHeading names column col of a table with the lead columns, a
// column per year, then the trail columns.
func columnHeading(years []int, col int, lead []string, trail ...string) string {
	switch {
	case col < len(lead):
		return lead[col]
	case col < len(lead)+len(years):
		return strconv.Itoa(years[col-len(lead)])
	case col < len(lead)+len(years)+len(trail):
		return trail[col-len(lead)-len(years)]
	}
	return ""
}

// Cell is a municipality's hours in a year, its total and FTE, or a sum.
func (h *hoursGrid) Cell(row, col int) widgets.GridCell {
	p := h.t.ps.Plan()
	r := &p.Resources
	years := p.Years()
	n := len(p.Municipalities)
	if row >= n {
		return h.sumCell(row-n, col)
	}
	m := p.Municipalities[row]
	switch {
	case col == 0:
		return widgets.GridCell{Text: m.Name, Leading: true}
	case col <= len(years):
		v := r.Hours[m.ID].Get(years[col-1])
		return widgets.GridCell{Text: widgets.WholeText(v, "t"), Edit: widgets.WholeText(v, ""), Editable: true}
	}
	sum := r.Hours[m.ID].Sum(p.FirstYear, p.LastYear)
	if col == len(years)+1 {
		return widgets.GridCell{Text: hours(sum)}
	}
	return widgets.GridCell{Text: fteText(r, sum, len(years))}
}

// sumCell is a cell of the hours in all (which 0) or the full-time equivalents (1).
func (h *hoursGrid) sumCell(which, col int) widgets.GridCell {
	p := h.t.ps.Plan()
	r := &p.Resources
	years := p.Years()
	if col == 0 {
		return widgets.GridCell{Text: []string{lang.L("Hours in all"), lang.L("Full-time equivalents")}[which], Leading: true, Bold: true}
	}
	var sum int64
	for _, m := range p.Municipalities {
		if col <= len(years) {
			sum += r.Hours[m.ID].Get(years[col-1])
		} else {
			sum += r.Hours[m.ID].Sum(p.FirstYear, p.LastYear)
		}
	}
	text := ""
	switch {
	case col <= len(years) && which == 0:
		text = hours(sum)
	case col <= len(years):
		text = planmodel.FormatDecimal(r.FTE(sum), 2)
	case col == len(years)+1 && which == 0:
		text = hours(sum)
	case col == len(years)+2 && which == 1:
		text = fteText(r, sum, len(years))
	}
	return widgets.GridCell{Text: text, Bold: true}
}

// Set stores a municipality's hours in a year.
func (h *hoursGrid) Set(row, col int, text string) error {
	p := h.t.ps.Plan()
	v, ok := widgets.ParseWhole(text, "t", 0, planmodel.MaxHours)
	if !ok {
		return planmodel.Problems{hoursProblem}
	}
	p.Resources.SetHours(p.Municipalities[row].ID, p.Years()[col-1], v)
	return nil
}

func hours(n int64) string { return planmodel.FormatInt(n) + planmodel.NBSP + "t" }

// fteText writes sum hours over n years as full-time equivalents per year.
func fteText(r *planmodel.Resources, sum int64, n int) string {
	if n == 0 {
		return ""
	}
	return planmodel.FormatDecimal(r.FTE(sum)/float64(n), 2)
}
