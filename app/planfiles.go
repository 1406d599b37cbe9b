package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/app/widgets"
	"regionplan/internal/outfile"
	"regionplan/planmodel"
	"regionplan/report"
	"regionplan/storage"
)

// importDialog lets the user pick a plan file and imports it.
func (u *UI) importDialog() {
	widgets.ShowOpenFile(u.win, ".json", storage.MaxPlanFileBytes, u.importPlan, u.showError)
}

// importPlan checks a plan file's content and adds the plan, or lists every
// problem found; nothing is stored then.
func (u *UI) importPlan(name string, data []byte) {
	p, err := storage.DecodePlanFile(data)
	var ps planmodel.Problems
	if errors.As(err, &ps) {
		u.showProblems(lang.L("{{.File}} cannot be imported", map[string]any{"File": name}),
			lang.L("Nothing was imported. Correct these points in the file, or ask whoever sent it for a new export:"), ps)
		return
	}
	if err != nil {
		u.showError(err)
		return
	}
	if !u.store.Exists(p.ID) {
		u.finishImport(p, false)
		return
	}
	// The plan is here already: a copy, or a replacement after a snapshot.
	msg := widgets.Wrapped(lang.L("«{{.Name}}» is already among your plans. Import it as a copy beside the one you have, or replace that one with the file? A snapshot of the plan as it is now is taken before it is replaced.", map[string]any{"Name": p.Name}))
	var d *dialog.CustomDialog
	asCopy := widget.NewButton(lang.L("Import as a copy"), func() { d.Hide(); u.finishImport(p, false) })
	asCopy.Importance = widget.HighImportance
	replace := widget.NewButton(lang.L("Replace"), func() { d.Hide(); u.finishImport(p, true) })
	d = dialog.NewCustomWithoutButtons(lang.L("The plan is already here"), msg, u.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), func() { d.Hide() }), replace, asCopy})
	d.Resize(fyne.NewSize(560, 220))
	d.Show()
}

// finishImport stores an imported plan, as a copy or over the plan with its
// ID, and opens it.
func (u *UI) finishImport(p *planmodel.Plan, replace bool) {
	u.leavePlan(func() { u.storeImport(p, replace) })
}

func (u *UI) storeImport(p *planmodel.Plan, replace bool) {
	var err error
	if replace {
		err = u.store.ImportReplacing(p, lang.L("Before the import of {{.Date}}", map[string]any{"Date": planmodel.FormatDate(u.now())}), u.now())
	} else {
		err = u.store.Import(p, u.now())
	}
	if err != nil {
		u.showError(err)
		return
	}
	u.showPlan(p.ID)
}

// showProblems lists validation problems with the field each concerns.
func (u *UI) showProblems(title, intro string, ps planmodel.Problems) {
	box := container.NewVBox(widgets.Wrapped(intro))
	for _, p := range ps {
		text := widgets.ProblemText(p)
		if p.Field != "" {
			text = fmt.Sprintf("%s: %s", p.Field, text)
		}
		l := widgets.Wrapped("• " + text)
		box.Add(l)
	}
	d := dialog.NewCustom(title, lang.L("Close"), container.NewVScroll(box), u.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// exportDialog saves the open plan as a plan file where the user chooses;
// withoutInternal leaves out the trust assessments and internal notes.
func (u *UI) exportDialog(withoutInternal bool) {
	title := lang.L("Export plan")
	if withoutInternal {
		title = lang.L("Export plan without internal notes")
	}
	if u.plan == nil {
		dialog.ShowInformation(title, lang.L("Open the plan you want to export first."), u.win)
		return
	}
	p := u.plan.plan
	var ps planmodel.Problems
	if errors.As(p.Validate(), &ps) {
		u.showProblems(lang.L("Export plan"), lang.L("The plan has problems that must be put right first, or the file could not be imported again:"), ps)
		return
	}
	u.saveFileDialog(outfile.Name(p.Name, ".json"), ".json", func(path string) error {
		if withoutInternal {
			return storage.ExportPlan(p.WithoutInternal(), path, u.now())
		}
		return storage.ExportPlan(p, path, u.now())
	}, title, func(path string) string {
		if withoutInternal {
			return lang.L("The plan was saved as {{.Path}}, without the trust assessments and other internal notes.", map[string]any{"Path": path})
		}
		return lang.L("The plan was saved as {{.Path}}.", map[string]any{"Path": path})
	})
}

// saveFileDialog asks for a folder and a file name, writes the file there
// through write, and confirms with the message done gives for the path,
// under title. It never writes over the plan file, and asks before it writes
// over another file. (Fyne's own save dialog empties the chosen file before
// the program sees the choice, which could empty the plan file itself.)
func (u *UI) saveFileDialog(name, ext string, write func(path string) error, title string, done func(path string) string) {
	widgets.ShowFolderOpen(u.win, func(dir fyne.ListableURI, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if dir == nil {
			return // cancelled
		}
		entry := widgets.NewEntry(name)
		form := widget.NewForm(widget.NewFormItem(lang.L("File name"), entry))
		widgets.ShowFormDialog(u.win, title, lang.L("Save"), form, func() error {
			base := entry.Text
			if strings.HasSuffix(strings.ToLower(base), ext) {
				base = base[:len(base)-len(ext)]
			}
			n := outfile.Name(base, ext) // valid on Windows too: the file may travel
			path := filepath.Join(dir.Path(), n)
			existing, err := existingTarget(path, ext, u.store.Path())
			if err != nil {
				return err
			}
			save := func() {
				if err := write(path); err != nil {
					u.showError(err)
					return
				}
				dialog.ShowInformation(title, done(path), u.win)
			}
			if existing != "" {
				dialog.ShowConfirm(title, lang.L("{{.Name}} exists already. Replace it?", map[string]any{"Name": existing}), func(ok bool) {
					if ok {
						save()
					}
				}, u.win)
				return nil
			}
			save()
			return nil
		})
	})
}

// existingTarget returns the name of the first file that saving path would
// replace ("" when none), counting the DOCX written beside a document's PDF,
// and refuses a path that is the plan file itself.
func existingTarget(path, ext, planFile string) (string, error) {
	targets := []string{path}
	if ext == ".pdf" {
		targets = report.Paths(path) // documents come with their DOCX beside them
	}
	existing := ""
	for _, t := range targets {
		if storage.SamePath(t, planFile) {
			return "", planmodel.Problems{{Field: "name", Message: "That is the plan file itself; choose another name."}}
		}
		if _, err := os.Stat(t); err == nil && existing == "" {
			existing = filepath.Base(t)
		}
	}
	return existing, nil
}

// dangerBanner is a line across the screen in the error colour.
func dangerBanner(text string, action *widget.Button) fyne.CanvasObject {
	l := widgets.Wrapped(text)
	l.Importance = widget.DangerImportance
	if action == nil {
		return l
	}
	return container.NewBorder(nil, nil, nil, action, l)
}

// WriteInBackground saves the plan, then runs write on a copy of it away
// from the window, with a bar that moves as each document is written and a
// button that stops the export and removes what it had written, and tells
// the user what was written with a button that opens the folder. The user
// may go on working meanwhile.
func (ps *planScreen) WriteInBackground(dir string, write stages.WriteFunc, done func(n int, dir string) string) {
	u := ps.u
	ps.saver.flush()
	p := ps.plan.Clone()
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	bar.TextFormatter = func() string { return "" }
	prog := dialog.NewCustomWithoutButtons(lang.L("Writing the documents…"), bar, u.win)
	var stop *widget.Button
	stop = widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() {
		cancel()
		stop.Disable()
	})
	prog.SetButtons([]fyne.CanvasObject{stop})
	prog.Show()
	u.background(func() {
		defer cancel()
		docs := 0 // the documents written, each in one or more files
		_, err := write(ctx, p, func(n, total int) {
			docs = n
			fyne.Do(func() {
				bar.TextFormatter = func() string {
					return lang.L("{{.Done}} of {{.Total}} documents", map[string]any{"Done": n, "Total": total})
				}
				bar.SetValue(float64(n) / float64(total))
			})
		})
		fyne.Do(func() {
			prog.Hide()
			switch {
			case errors.Is(err, outfile.ErrCancelled):
				dialog.ShowInformation(lang.L("Export stopped"), lang.L("The export was stopped, and none of its files were written."), u.win)
			case err != nil:
				u.showError(err)
			default:
				openBtn := widget.NewButtonWithIcon(lang.L("Open the folder"), theme.FolderOpenIcon(), func() {
					_ = u.app.OpenURL(&url.URL{Scheme: "file", Path: dir})
				})
				dialog.ShowCustom(lang.L("Documents written"), lang.L("Close"), container.NewVBox(widgets.Wrapped(done(docs, dir)), container.NewHBox(openBtn)), u.win)
			}
		})
	})
}
