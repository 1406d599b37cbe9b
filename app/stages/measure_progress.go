package stages

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// progressYear is the year whose status a measure's form edits: this year,
// within the plan's period.
func progressYear(p *planmodel.Plan, now int) int {
	return min(max(now, p.FirstYear), p.LastYear)
}

// progressFields are the form items for a measure's status and progress
// note in year, and the function that reads them into a measure, keeping
// the other years' progress.
func progressFields(m planmodel.Measure, year int) ([]*widget.FormItem, func(n *planmodel.Measure)) {
	none := lang.L("(not recorded)")
	names := []string{none}
	for _, s := range planmodel.YearStatuses {
		names = append(names, measureStatusName(s))
	}
	status := widgets.NewSelect(names, nil)
	status.SetSelectedIndex(0)
	note := widgets.NewEntry("")
	note.SetPlaceHolder(lang.L("What was done, in a sentence"))
	if pr, ok := m.ProgressIn(year); ok {
		status.SetSelectedIndex(slices.Index(planmodel.YearStatuses, pr.Status) + 1)
		note.SetText(pr.Note)
	}
	args := map[string]any{"Year": year}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Status in {{.Year}}", args), status),
		widget.NewFormItem(lang.L("Progress in {{.Year}}", args), note),
	}
	return items, func(n *planmodel.Measure) {
		n.Progress = append([]planmodel.MeasureProgress(nil), m.Progress...)
		k := status.SelectedIndex()
		text := strings.TrimSpace(note.Text)
		if k <= 0 && text == "" {
			n.Progress = withoutYear(n.Progress, year)
			return
		}
		st := n.Status
		if k > 0 {
			st = planmodel.YearStatuses[k-1]
		} else if !slices.Contains(planmodel.YearStatuses, st) {
			st = planmodel.MeasurePlanned
		}
		n.SetProgress(year, st, text)
	}
}

func withoutYear(ps []planmodel.MeasureProgress, year int) []planmodel.MeasureProgress {
	out := ps[:0]
	for _, pr := range ps {
		if pr.Year != year {
			out = append(out, pr)
		}
	}
	return out
}
