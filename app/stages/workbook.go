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
// by line, the conflicts with changes made in the plan since the export
// (each to be settled, the plan's value by default), what was skipped and
// why, and any problem that stops it. The changes are made only when
// confirmed, after a snapshot.
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
	if res.Err() == nil {
		lines = append(lines, conflictChoices(res)...)
	}
	add(lang.L("Changes"), widgets.ProblemLines(workbook.Messages(res.Changes)))
	add(lang.L("About the comparison"), widgets.ProblemLines(res.Notes))
	add(lang.L("Skipped"), widgets.ProblemLines(res.Skipped))
	switch {
	case res.Err() != nil:
		t.showWorkbook(lang.L("The workbook cannot be read in"), lines, nil)
	case len(res.Changes)+len(res.Conflicts) == 0:
		same := lang.L("The workbook holds the same figures as the plan.")
		if res.Kept > 0 {
			same = lang.L("The workbook changes nothing: where it differs from the plan, the plan was changed after the export.")
		}
		t.showWorkbook(lang.L("The workbook changes nothing"), append(lines, widgets.Wrapped(same)), nil)
	default:
		title := lang.L("Read in {{.Count}} changes?", map[string]any{"Count": len(res.Changes)})
		if len(res.Conflicts) > 0 {
			title = lang.L("Read in? Changes: {{.Count}}, conflicts: {{.Conflicts}}", map[string]any{"Count": len(res.Changes), "Conflicts": len(res.Conflicts)})
		}
		t.showWorkbook(title, append(lines, widgets.Wrapped(lang.L("A snapshot of the plan as it is now is kept first."))), func() {
			t.applyWorkbook(name, res)
		})
	}
}

// applyWorkbook makes the changes read from a workbook, with the conflicts
// as chosen, after a snapshot of the plan as it is.
func (t *resourcesTool) applyWorkbook(name string, res *workbook.Result) {
	if len(res.Changes) == 0 && res.Taken() == 0 {
		return
	}
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
}

// conflictChoices lists the workbook's conflicts with the plan, each with
// a choice between the plan's value (chosen) and the workbook's, under two
// buttons that choose for all of them at once.
func conflictChoices(res *workbook.Result) []fyne.CanvasObject {
	if len(res.Conflicts) == 0 {
		return nil
	}
	var radios []*widget.RadioGroup
	all := func(side int) func() {
		return func() {
			for _, r := range radios {
				r.SetSelected(r.Options[side])
			}
		}
	}
	out := []fyne.CanvasObject{widgets.Heading(lang.L("Changed both in the plan and in the workbook")),
		widgets.Wrapped(lang.L("These cells were changed in the plan after the export, and in the workbook to something else. The plan's value is kept unless you choose the workbook's.")),
		container.NewHBox(widget.NewButton(lang.L("Keep the plan's values"), all(0)), widget.NewButton(lang.L("Take the workbook's values"), all(1)))}
	for i, c := range res.Conflicts {
		plan, book := lang.L("In the plan: {{.Value}}", map[string]any{"Value": c.Plan}), lang.L("In the workbook: {{.Value}}", map[string]any{"Value": c.Workbook})
		if c.Deleted {
			plan, book = lang.L("Keep the line"), lang.L("Delete the line")
		}
		radio := widget.NewRadioGroup([]string{plan, book}, func(s string) { res.Conflicts[i].TakeWorkbook = s == book })
		radio.Horizontal, radio.Required = true, true
		radio.SetSelected(plan)
		radios = append(radios, radio)
		out = append(out, widgets.Wrapped(widgets.ProblemText(c.Message())), radio)
	}
	return out
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
