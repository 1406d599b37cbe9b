package stages

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/report"
)

// reporting is stage 8's part for continuous reporting: the yearly status
// report for the steering group and for each council.
type reporting struct {
	ps      Host
	year    *widget.Select
	content fyne.CanvasObject
}

func newReporting(ps Host) *reporting {
	r := &reporting{ps: ps}
	p := ps.Plan()
	var years []string
	for _, y := range p.Years() {
		years = append(years, strconv.Itoa(y))
	}
	r.year = widgets.NewSelect(years, nil)
	if len(years) > 0 {
		r.year.SetSelected(strconv.Itoa(p.ReportYear(ps.Now())))
	}
	export := widget.NewButtonWithIcon(lang.L("Export status report…"), theme.DocumentSaveIcon(), r.export)
	r.content = container.NewVBox(
		widgets.Wrapped(lang.L("Once a year, tell the steering group and every council how the plan stands: the goals and their latest values, the measures done and under way, the budget against the accounts and each municipality's payments, the decisions taken, and what comes next. One report for the steering group and one for each municipality in its written standard, as PDF and DOCX. Trust assessments and internal notes are never included.")),
		container.NewHBox(widget.NewLabel(lang.L("Year")), r.year, export),
	)
	return r
}

// export asks for a folder and writes the status reports there.
func (r *reporting) export() {
	widgets.ShowFolderOpen(r.ps.Window(), func(dir fyne.ListableURI, err error) {
		if err != nil {
			r.ps.ShowError(err)
			return
		}
		if dir != nil {
			r.write(dir.Path())
		}
	})
}

// write writes the status reports for the chosen year into dir, away from the window.
func (r *reporting) write(dir string) {
	year, err := strconv.Atoi(r.year.Selected)
	if err != nil {
		return
	}
	r.ps.WriteInBackground(dir, func(ctx context.Context, p *planmodel.Plan, progress func(done, total int)) ([]string, error) {
		return report.WriteStatusFiles(ctx, p, year, dir, r.ps.Now(), progress)
	}, func(n int, dir string) string {
		return lang.L("{{.Count}} status reports for {{.Year}} were written to {{.Dir}}, each as PDF and DOCX.", map[string]any{"Count": n, "Year": fmt.Sprint(year), "Dir": dir})
	})
}
