package stages

import (
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// measurementsView is the part of stage 6 that follows the goals up: a
// chart and a list of measured values per goal.
type measurementsView struct {
	box   *fyne.Container
	lists []*widgets.RecordList[planmodel.Measurement] // aligned to the plan's goals
}

// fillMeasurements shows, for each goal, a chart of its measurements
// against the path from baseline to target, how far the latest lies from
// the path, and the list of measured values to edit.
func (t *politicalTool) fillMeasurements() {
	p := t.ps.Plan()
	v := t.measurements
	v.box.Objects, v.lists = nil, nil // filled in one go below: Add would lay it out again each time
	defer v.box.Refresh()
	var elections []int
	for _, e := range p.Elections() {
		elections = append(elections, e.Year)
	}
	for i := range p.Goals {
		g := &p.Goals[i]
		list := widgets.NewRecordList(t.ps.Window(), t.ps.Changed, &g.Measurements, widgets.RecordSpec[planmodel.Measurement]{
			Add:      lang.L("Add measurement…"),
			Empty:    lang.L("No measurements yet."),
			NewTitle: lang.L("New measurement"),
			Blank:    t.newMeasurement,
			Summary:  func(m planmodel.Measurement) (string, string) { return measurementSummary(g, m) },
			Form:     measurementForm,
			Check:    planmodel.Measurement.Validate,
			Changed:  t.onMeasurementsChanged,
		})
		v.lists = append(v.lists, list)
		v.box.Objects = append(v.box.Objects, widget.NewLabelWithStyle(g.Title, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
		if g.HasPath() || len(g.Measurements) > 0 {
			v.box.Objects = append(v.box.Objects, widgets.NewGoalChart(*g, elections))
		}
		v.box.Objects = append(v.box.Objects, widgets.Wrapped(pathText(p, g)), list.Content)
	}
}

// newMeasurement is a measurement of this year, for the user to fill in.
func (t *politicalTool) newMeasurement() planmodel.Measurement {
	return planmodel.Measurement{Year: t.ps.Now().Year()}
}

// onMeasurementsChanged draws the charts and paths anew after a measurement was added, changed or removed.
func (t *politicalTool) onMeasurementsChanged() {
	t.fillMeasurements()
	t.refreshLater()
}

// pathText says where a goal's latest measurement lies against its path.
func pathText(p *planmodel.Plan, g *planmodel.Goal) string {
	gap, ok := g.Gap()
	if !ok {
		if !g.HasPath() {
			return lang.L("Give the goal a baseline with its year, a target and a deadline to draw its path.")
		}
		return lang.L("No measurement after the base year yet.")
	}
	args := map[string]any{"Value": planmodel.FormatNumber(gap.Measurement.Value), "Year": gap.Measurement.Year,
		"Path": planmodel.FormatNumber(math.Round(gap.Expected)), "Percent": planmodel.FormatDecimal(math.Abs(gap.Behind), 0)}
	switch {
	case gap.Behind > float64(p.PathMarginPercent()):
		return lang.L("Behind the path: {{.Value}} in {{.Year}} against {{.Path}} on the path, {{.Percent}} % of the way behind.", args)
	case gap.Behind > 0:
		return lang.L("Close to the path: {{.Value}} in {{.Year}} against {{.Path}} on the path.", args)
	}
	return lang.L("On or ahead of the path: {{.Value}} in {{.Year}} against {{.Path}} on the path.", args)
}

func measurementSummary(g *planmodel.Goal, m planmodel.Measurement) (string, string) {
	when := fmt.Sprint(m.Year)
	if m.Date != "" {
		when = widgets.DateOf(m.Date)
	}
	return strings.TrimSpace(when + ": " + planmodel.FormatNumber(m.Value) + " " + g.Unit), widgets.JoinParts(m.Source, m.Note)
}

func measurementForm(m planmodel.Measurement) (*widget.Form, func() (planmodel.Measurement, error)) {
	year := widgets.NewEntry(yearText(m.Year))
	date := widgets.NewDateEntry(m.Date, lang.L("optional"), nil)
	value := widgets.NewEntry(planmodel.FormatNumber(m.Value))
	source := widgets.NewEntry(m.Source)
	source.SetPlaceHolder(lang.L("e.g. SSB table 07459"))
	note := widgets.NewEntry(m.Note)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Year"), year),
		widget.NewFormItem(lang.L("Date"), date),
		widget.NewFormItem(lang.L("Value"), value),
		widget.NewFormItem(lang.L("Source"), source),
		widget.NewFormItem(lang.L("Note"), note),
	)
	return form, func() (planmodel.Measurement, error) {
		n := planmodel.Measurement{Source: strings.TrimSpace(source.Text), Note: strings.TrimSpace(note.Text)}
		var err error
		if n.Year, err = planmodel.ParseOptionalYear(year.Text, "year"); err != nil {
			return n, err
		}
		if n.Date, err = widgets.DateIn(date, "date"); err != nil {
			return n, err
		}
		n.Value, err = planmodel.ParseNumber(value.Text, "value")
		return n, err
	}
}
