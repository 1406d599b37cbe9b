package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/examples"
	"regionplan/internal/platform"
	"regionplan/planmodel"
	"regionplan/storage"
)

// startScreen lists the plans in the file, with buttons for a new plan, the
// example plans and the trash.
type startScreen struct {
	u       *UI
	content fyne.CanvasObject
	entries []storage.Entry
	list    *widget.List
	trash   *widget.Button
}

func newStartScreen(u *UI) *startScreen {
	s := &startScreen{u: u}
	entries, err := u.store.Summaries()
	if err != nil {
		u.showError(err)
	}
	s.entries = entries

	title := widget.NewLabelWithStyle(lang.L("Your regional plans"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabel(lang.L("Pick up a plan where you left it, or start a new one. Everything is saved on this computer as you work."))
	intro.Wrapping = fyne.TextWrapWord

	newBtn := widget.NewButtonWithIcon(lang.L("New plan…"), theme.ContentAddIcon(), u.newPlanDialog)
	newBtn.Importance = widget.HighImportance
	exampleBtn := widget.NewButtonWithIcon(lang.L("Open an example plan"), theme.FolderOpenIcon(), nil)
	exampleBtn.OnTapped = func() { s.exampleMenu(exampleBtn) }
	s.trash = widget.NewButtonWithIcon("", theme.DeleteIcon(), u.trashDialog)
	s.updateTrashLabel()
	language := widget.NewButtonWithIcon(languageNames[currentLanguage], theme.SettingsIcon(), u.languageDialog)
	buttons := container.NewBorder(nil, nil, container.NewHBox(newBtn, exampleBtn, s.trash), language)

	var body fyne.CanvasObject
	if len(entries) == 0 {
		empty := widget.NewLabel(lang.L("There are no plans yet. Start a new plan, or open an example plan from Kristiansandregionen or Hallingdal to see how the stages work."))
		empty.Wrapping = fyne.TextWrapWord
		body = container.NewVBox(widget.NewSeparator(), empty)
	} else {
		s.list = widget.NewList(func() int { return len(s.entries) }, s.newRow, s.updateRow)
		s.list.OnSelected = func(i widget.ListItemID) {
			s.list.UnselectAll()
			if s.entries[i].Plan != nil {
				u.openPlan(s.entries[i].ID)
			}
		}
		body = s.list
	}
	header := container.NewVBox(title, intro, buttons, widget.NewSeparator())
	if checking(u.store) {
		// The file is still being checked (storage.OpenChecking): every plan
		// listed was checked as it was read; the list is drawn again when
		// the whole file is done (UI.whenChecked).
		note := widget.NewLabel(lang.L("Checking the plan file…")) // no style of its own: a new face costs a font lookup at start
		note.Importance = widget.LowImportance
		header.Add(note)
	}
	if err := u.store.Damaged(); err != nil {
		header.Add(u.damageBanner(err))
	}
	if b := syncedBanner(u.store.Path(), platform.Here()); b != nil {
		header.Add(b)
	}
	if err := u.store.BackupProblem(); err != nil {
		header.Add(dangerBanner(lang.L("Today's automatic backup could not be taken ({{.Err}}). The plans are safe in the plan file; check that the disk has room and that the backup folder can be written.", map[string]any{"Err": err.Error()}), nil))
	}
	s.content = container.NewPadded(container.NewBorder(header, nil, nil, nil, body))
	return s
}

// checking reports whether the store is still checking its file.
func checking(st *storage.Store) bool {
	select {
	case <-st.Checked():
		return false
	default:
		return true
	}
}

// afterCheck runs the window's wait for the store's check; tests run it
// themselves.
var afterCheck = func(wait func()) { go wait() }

// whenChecked waits for the store's check, which runs after the first
// frame (storage.OpenChecking), and then shows its outcome on Fyne's
// goroutine (checkDone).
func (u *UI) whenChecked() {
	<-u.store.Checked()
	fyne.Do(u.checkDone)
}

// checkDone shows the outcome of the store's check: the start screen again,
// now with any damage or backup problem, or, when a plan is open and the
// file was found damaged, that plan read-only with its unsaved edits kept in
// the window. The election snapshots held back while the file was checked are
// taken now.
func (u *UI) checkDone() {
	for _, p := range u.heldSnapshots {
		u.snapshotAfterElection(p)
	}
	u.heldSnapshots = nil
	if u.plan == nil {
		u.showStart()
		return
	}
	u.plan.setReadOnly()
}

// syncedBanner warns, when the plan file lies in a synced folder or on a
// network share of sys, that syncing and locking there can lose changes;
// it is nil when the file is on the computer's own disk.
func syncedBanner(path string, sys platform.System) fyne.CanvasObject {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	place := platform.SyncedPlace(path, sys)
	if place == "" {
		return nil
	}
	if place == platform.Network {
		place = lang.L("a network folder")
	}
	text := widgets.Wrapped(lang.L("The plan file {{.Path}} lies in {{.Place}}. Syncing and file locking there can lose changes. Keep the plan file on this computer, and put exported copies in the shared folder.",
		map[string]any{"Path": path, "Place": place}))
	text.Importance = widget.WarningImportance
	return container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), nil, text)
}

func (s *startScreen) exampleMenu(anchor fyne.CanvasObject) {
	items := make([]*fyne.MenuItem, len(examples.Names))
	for i, name := range examples.Names {
		items[i] = fyne.NewMenuItem(exampleTitle(name), func() { s.u.addExample(name) })
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor).AddXY(0, anchor.Size().Height)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), s.u.win.Canvas(), pos)
}

func (s *startScreen) updateTrashLabel() {
	trash, _ := s.u.store.Trash()
	s.trash.SetText(lang.L("Trash ({{.Count}})", map[string]any{"Count": len(trash)}))
}

// planRow is one plan in the start screen's list.
type planRow struct {
	widget.BaseWidget
	name, detail *widget.Label
	progress     *widget.ProgressBar
	open, del    *widget.Button
}

func (s *startScreen) newRow() fyne.CanvasObject {
	r := &planRow{
		name:     widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		detail:   widget.NewLabel(""),
		progress: widget.NewProgressBar(),
		open:     widget.NewButtonWithIcon(lang.L("Open"), theme.NavigateNextIcon(), nil),
		del:      widget.NewButtonWithIcon("", theme.DeleteIcon(), nil),
	}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (r *planRow) CreateRenderer() fyne.WidgetRenderer {
	bar := container.NewGridWrap(fyne.NewSize(160, r.progress.MinSize().Height), r.progress)
	right := container.NewHBox(container.NewCenter(bar), r.open, r.del)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, right,
		container.NewVBox(r.name, r.detail)))
}

func (s *startScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*planRow)
	e := s.entries[i]
	if s.u.store.Damaged() != nil {
		r.del.Disable() // nothing is written into a damaged file
	} else {
		r.del.Enable()
	}
	if e.Plan == nil {
		r.name.SetText(lang.L("Damaged plan {{.ID}}", map[string]any{"ID": e.ID}))
		r.detail.SetText(lang.L("This plan is damaged and cannot be shown. Restore a backup to get it back."))
		r.progress.Hide()
		r.open.Disable()
		r.del.OnTapped = func() { s.confirmDelete(e) }
		return
	}
	p := e.Plan
	r.name.SetText(p.Name)
	pr := s.u.guide.Progress(p)
	r.detail.SetText(lang.L("{{.Region}} · {{.First}}–{{.Last}} · {{.Municipalities}} · changed {{.Date}}", map[string]any{
		"Region": widgets.OrDash(p.Region), "First": p.FirstYear, "Last": p.LastYear,
		"Municipalities": widgets.Municipalities(len(p.Municipalities)), "Date": planmodel.FormatDate(p.Updated.Local()),
	}))
	r.progress.TextFormatter = func() string { return fmt.Sprintf("%d %%", pr.Percent()) }
	r.progress.SetValue(float64(pr.Percent()) / 100)
	r.progress.Show()
	r.open.Enable()
	r.open.OnTapped = func() { s.u.openPlan(e.ID) }
	r.del.OnTapped = func() { s.confirmDelete(e) }
}

func (s *startScreen) confirmDelete(e storage.Entry) {
	name := e.ID
	if e.Plan != nil {
		name = e.Plan.Name
	}
	msg := lang.L("Move «{{.Name}}» to the trash? You can restore it from there.", map[string]any{"Name": name})
	dialog.ShowConfirm(lang.L("Delete plan"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := s.u.store.Delete(e.ID, s.u.now()); err != nil {
			s.u.showError(err)
		}
		s.u.showStart()
	}, s.u.win)
}

// trashDialog lists deleted plans and restores the one chosen.
func (u *UI) trashDialog() {
	entries, err := u.store.Trash()
	if err != nil {
		u.showError(err)
		return
	}
	if len(entries) == 0 {
		dialog.ShowInformation(lang.L("Trash"), lang.L("The trash is empty."), u.win)
		return
	}
	var d dialog.Dialog
	box := container.NewVBox()
	for _, e := range entries {
		name := lang.L("Damaged plan {{.ID}}", map[string]any{"ID": e.ID})
		if e.Plan != nil {
			name = e.Plan.Name
		}
		label := widget.NewLabel(lang.L("{{.Name}} (deleted {{.Date}})", map[string]any{"Name": name, "Date": planmodel.FormatDate(e.Deleted.Local())}))
		label.Truncation = fyne.TextTruncateEllipsis
		restore := widget.NewButtonWithIcon(lang.L("Restore"), theme.ContentUndoIcon(), func() {
			if err := u.store.RestoreDeleted(e.ID); err != nil {
				u.showError(err)
				return
			}
			d.Hide()
			u.showStart()
		})
		if e.Plan == nil {
			restore.Disable()
		}
		box.Add(container.NewBorder(nil, nil, nil, restore, label))
	}
	d = dialog.NewCustom(lang.L("Trash"), lang.L("Close"), container.NewVScroll(box), u.win)
	d.Resize(fyne.NewSize(600, 400))
	d.Show()
}

// damageBanner tells that the file was found damaged and is only read now,
// with a way to the backups.
func (u *UI) damageBanner(err error) fyne.CanvasObject {
	return dangerBanner(lang.L("Part of the plan file is damaged, so Regionplan only reads it now and saves nothing. The plans that could be read are shown. Restore a backup to go on working."),
		widget.NewButtonWithIcon(lang.L("Backups…"), theme.HistoryIcon(), u.backupsDialog))
}
