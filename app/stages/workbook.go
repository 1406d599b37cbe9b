package stages

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/internal/outfile"
	"regionplan/planmodel"
	"regionplan/wizard"
	"regionplan/workbook"
)

// exportWorkbook writes the resource plan as an XLSX workbook where the
// user chooses. Lines without an ID get one first, and the plan is saved,
// so the workbook finds them even when they are renamed after the export;
// a read-only plan is exported as it is.
func (t *resourcesTool) exportWorkbook() {
	p := t.ps.Plan()
	if !t.ps.ReadOnly() && workbook.LineIDs(p) {
		t.ps.Changed()
	}
	t.ps.SaveFile(outfile.Name(lang.L("Resource plan")+" "+p.Name, ".xlsx"), ".xlsx", func(path string) error {
		data, err := workbook.Export(p, t.ps.Now())
		if err != nil {
			return err
		}
		return outfile.WriteFile(path, data, 0o644)
	}, lang.L("Export workbook"), func(path string) string {
		return lang.L("The workbook was saved as {{.Path}}.", map[string]any{"Path": path})
	})
}

// importWorkbook lets the user pick a workbook and shows what it would change.
func (t *resourcesTool) importWorkbook() {
	widgets.ShowOpenFile(t.ps.Window(), ".xlsx", workbook.MaxBytes, t.readWorkbook, t.ps.ShowError)
}

// readWorkbook compares a workbook with the plan and shows the changes line
// by line, what was skipped and why, and any problem that stops it. The
// changes are made only when confirmed, after a snapshot.
func (t *resourcesTool) readWorkbook(name string, data []byte) {
	res, err := workbook.Read(t.ps.Plan(), data)
	if err != nil {
		t.ps.ShowError(fmt.Errorf("%s: %w", name, err))
		return
	}
	lines := []fyne.CanvasObject{}
	add := func(heading string, items []string) {
		if len(items) > 0 {
			lines = append(lines, widgets.Heading(heading), widgets.Wrapped(strings.Join(items, "\n")))
		}
	}
	add(lang.L("Problems: nothing can be read in"), widgets.ProblemLines(res.Problems))
	add(lang.L("Changes"), widgets.ProblemLines(workbook.Messages(res.Changes)))
	add(lang.L("Skipped"), widgets.ProblemLines(res.Skipped))
	switch {
	case res.Err() != nil:
		t.showWorkbook(lang.L("The workbook cannot be read in"), lines, nil)
	case len(res.Changes) == 0:
		t.showWorkbook(lang.L("The workbook changes nothing"), append(lines, widget.NewLabel(lang.L("The workbook holds the same figures as the plan."))), nil)
	default:
		t.showWorkbook(lang.L("Read in {{.Count}} changes?", map[string]any{"Count": len(res.Changes)}), append(lines, widgets.Wrapped(lang.L("A snapshot of the plan as it is now is kept first."))), func() {
			if err := t.ps.Snapshot(lang.L("Before reading in {{.Name}}", map[string]any{"Name": name}), planmodel.SnapshotManual, 0); err != nil {
				t.ps.ShowError(err)
				return
			}
			if err := res.Apply(t.ps.Plan()); err != nil {
				t.ps.ShowError(err)
				return
			}
			t.ps.Changed()
			t.ps.ShowStage(wizard.StageResources, TabTool)
		})
	}
}

// showWorkbook shows the result of reading a workbook; with apply, the
// dialog asks for confirmation and calls apply when given.
func (t *resourcesTool) showWorkbook(title string, lines []fyne.CanvasObject, apply func()) {
	scroll := container.NewVScroll(container.NewVBox(lines...))
	scroll.SetMinSize(fyne.NewSize(640, 360))
	if apply == nil {
		dialog.ShowCustom(title, lang.L("Close"), scroll, t.ps.Window())
		return
	}
	dialog.ShowCustomConfirm(title, lang.L("Read in"), lang.L("Cancel"), scroll, func(ok bool) {
		if ok {
			apply()
		}
	}, t.ps.Window())
}
