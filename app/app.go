// Package app is the shell of Regionplan's window: the start screen with the
// plans, the plan screen (which shows the stages of app/stages, implements
// their Host, and owns saving and snapshots), history, plan files, backups,
// language, errors and shortcuts. The Fyne application itself is made by the
// caller, so the package can be tested with Fyne's test driver.
package app

import (
	"fmt"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/assets"
	"regionplan/examples"
	"regionplan/planmodel"
	"regionplan/storage"
	"regionplan/wizard"
)

// ID is the application ID; it decides where Fyne keeps the app's files.
const ID = "no.regionplan.app"

// UI is Regionplan's main window and the state behind it.
type UI struct {
	app   fyne.App
	win   fyne.Window
	store *storage.Store
	guide *wizard.Guide
	now   func() time.Time
	// autosaveDelay is how long after the last change a plan is saved.
	autosaveDelay time.Duration
	// startTimer starts the autosave's countdown; tests fire it themselves.
	startTimer startTimer
	// background runs long work away from the window; it hands results
	// back with fyne.Do.
	background func(work func())
	// position reads the window's position on the desktop, nil where it cannot.
	position func() (x, y int, ok bool)

	plan  *planScreen // the open plan, nil on the start screen
	start *startScreen
	// heldSnapshots are the plans, as they were opened, whose election
	// snapshots wait for the store's check (writes wait for it; checkDone
	// takes them).
	heldSnapshots []*planmodel.Plan
}

// New makes the main window for the plans in store. Call ShowAndRun on the
// returned UI's Window to start; translations must be loaded first (SetLanguage).
func New(a fyne.App, store *storage.Store) (*UI, error) {
	g, err := wizard.Load(currentLanguage)
	if err != nil {
		return nil, err
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a.Settings().SetTheme(widgets.NewTheme(widgets.ThemeMode(a.Preferences().StringWithFallback(preferenceTheme, string(widgets.ThemeLight)))))
	u := &UI{app: a, store: store, guide: g, now: time.Now, autosaveDelay: defaultAutosaveDelay, startTimer: afterOnFyne,
		background: func(work func()) { go work() }}
	u.win = a.NewWindow("Regionplan")
	prefs := a.Preferences()
	u.win.Resize(fyne.NewSize(float32(prefs.FloatWithFallback(preferenceWidth, float64(DefaultSize.Width))), float32(prefs.FloatWithFallback(preferenceHeight, float64(DefaultSize.Height)))))
	u.win.SetMaster()
	u.win.SetCloseIntercept(func() {
		u.remember()
		u.leavePlan(u.win.Close)
	})
	u.win.SetMainMenu(u.mainMenu())
	u.win.Canvas().SetOnTypedKey(u.onTypedKey)
	u.showStart()
	if checking(store) {
		afterCheck(u.whenChecked)
	}
	return u, nil
}

// The window's size, its position and the plan open when it was closed are
// kept for the next start. (Fyne 2.7 can neither read nor set a window's
// position; the desktop window reads it from GLFW, see KeepPosition.)
const (
	preferenceWidth    = "window.width"
	preferenceHeight   = "window.height"
	preferenceX        = "window.x"
	preferenceY        = "window.y"
	preferenceLastPlan = "lastPlan"
)

// DefaultSize is the window's size on the first start: it fits a 1024×600
// screen with a panel and the window's title bar.
var DefaultSize = fyne.NewSize(1000, 540)

// noPosition marks a position never kept.
const noPosition = math.MinInt32

// KeepPosition gives the window a way to read its position on the desktop,
// which Fyne 2.7 lacks; the position is kept when the window closes, and
// LastPosition returns it on the next start.
func (u *UI) KeepPosition(get func() (x, y int, ok bool)) { u.position = get }

// LastPosition returns the window's position kept when it was last closed,
// and false when none was.
func (u *UI) LastPosition() (x, y int, ok bool) {
	prefs := u.app.Preferences()
	x, y = prefs.IntWithFallback(preferenceX, noPosition), prefs.IntWithFallback(preferenceY, noPosition)
	return x, y, x != noPosition && y != noPosition
}

// remember keeps the window's size and the open plan, if any, for the next start.
func (u *UI) remember() {
	prefs := u.app.Preferences()
	size := u.win.Canvas().Size()
	if size.Width >= 400 && size.Height >= 300 {
		prefs.SetFloat(preferenceWidth, float64(size.Width))
		prefs.SetFloat(preferenceHeight, float64(size.Height))
	}
	if u.position != nil {
		if x, y, ok := u.position(); ok {
			prefs.SetInt(preferenceX, x)
			prefs.SetInt(preferenceY, y)
		}
	}
	id := ""
	if u.plan != nil {
		id = u.plan.plan.ID
	}
	prefs.SetString(preferenceLastPlan, id)
}

// OpenLast opens the plan that was open when the window was last closed,
// if it is still in the plan file; otherwise the start screen stays.
func (u *UI) OpenLast() {
	id := u.app.Preferences().String(preferenceLastPlan)
	if id == "" {
		return
	}
	if _, err := u.store.Load(id); err != nil {
		return // deleted, or damaged: the start screen says which
	}
	u.openPlan(id)
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// showStart shows the list of plans, saving and closing any open plan first.
func (u *UI) showStart() {
	u.leavePlan(u.startScreen)
}

func (u *UI) startScreen() {
	u.start = newStartScreen(u)
	u.win.SetTitle("Regionplan")
	u.win.SetContent(u.start.content)
}

// openPlan loads the plan with the given ID and shows its plan screen,
// after saving and closing the plan that was open.
func (u *UI) openPlan(id string) {
	u.leavePlan(func() { u.showPlan(id) })
}

func (u *UI) showPlan(id string) {
	p, err := u.store.Load(id)
	if err != nil {
		u.showError(err)
		return
	}
	u.start = nil
	if checking(u.store) {
		u.heldSnapshots = append(u.heldSnapshots, p.Clone()) // a write now would hold the window until the check is done
	} else {
		u.snapshotAfterElection(p)
	}
	u.plan = newPlanScreen(u, p)
	u.win.SetTitle(fmt.Sprintf("%s – Regionplan", p.Name))
	u.win.SetContent(u.plan.content)
	u.plan.focusFirst()
}

// closePlan writes any unsaved change of the open plan and forgets it. It
// reports false, and keeps the plan open, when the changes could not be saved.
func (u *UI) closePlan() bool {
	if u.plan == nil {
		return true
	}
	u.plan.saver.flush()
	if u.plan.saver.pending() {
		return false
	}
	u.dropPlan()
	return true
}

// dropPlan forgets the open plan without saving it.
func (u *UI) dropPlan() {
	if u.plan != nil {
		u.plan.saver.stop()
		u.plan = nil
	}
}

// leavePlan closes the open plan and then does next. When the plan's changes
// cannot be saved (a full disk, a file found damaged), it asks first: export
// the plan to a file to keep them, throw them away, or stay.
func (u *UI) leavePlan(next func()) {
	if u.closePlan() {
		next()
		return
	}
	msg := widgets.Wrapped(lang.L("The latest changes to the plan could not be saved, so leaving it now would lose them. Export the plan to a file to keep them, or leave without them."))
	var d *dialog.CustomDialog
	export := widget.NewButton(lang.L("Export plan…"), func() { d.Hide(); u.exportDialog(false) })
	export.Importance = widget.HighImportance
	discard := widget.NewButton(lang.L("Leave without the changes"), func() { d.Hide(); u.dropPlan(); next() })
	stay := widget.NewButton(lang.L("Stay"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(lang.L("Changes not saved"), msg, u.win)
	d.SetButtons([]fyne.CanvasObject{stay, discard, export})
	d.Show()
}

// createPlan stores a new plan and opens it.
func (u *UI) createPlan(p *planmodel.Plan) {
	if err := u.store.Create(p); err != nil {
		u.showError(err)
		return
	}
	u.openPlan(p.ID)
}

// addExample stores a fresh copy of the named example plan and opens it.
func (u *UI) addExample(name string) {
	p, err := examples.Plan(name, u.now())
	if err != nil {
		u.showError(err)
		return
	}
	u.createPlan(p)
}

func (u *UI) mainMenu() *fyne.MainMenu {
	items := make([]*fyne.MenuItem, len(examples.Names))
	for i, name := range examples.Names {
		items[i] = fyne.NewMenuItem(exampleTitle(name), func() { u.addExample(name) })
	}
	openExample := fyne.NewMenuItem(lang.L("Open an example plan"), nil)
	openExample.ChildMenu = fyne.NewMenu("", items...)
	newPlan := fyne.NewMenuItem(lang.L("New plan…"), u.newPlanDialog)
	newPlan.Shortcut = shortcutNew
	overview := fyne.NewMenuItem(lang.L("All plans"), u.showStart)
	overview.Shortcut = shortcutOverview
	trash := fyne.NewMenuItem(lang.L("Trash…"), u.trashDialog)
	importPlan := fyne.NewMenuItem(lang.L("Import plan…"), u.importDialog)
	exportPlan := fyne.NewMenuItem(lang.L("Export plan…"), func() { u.exportDialog(false) })
	exportShared := fyne.NewMenuItem(lang.L("Export plan without internal notes…"), func() { u.exportDialog(true) })
	backups := fyne.NewMenuItem(lang.L("Backups…"), u.backupsDialog)
	file := fyne.NewMenu(lang.L("File"), newPlan, openExample, overview, fyne.NewMenuItemSeparator(),
		importPlan, exportPlan, exportShared, fyne.NewMenuItemSeparator(), backups, trash)
	view := fyne.NewMenu(lang.L("View"), append(u.stageMenuItems(), fyne.NewMenuItemSeparator(), u.themeMenuItem())...)
	language := fyne.NewMenuItem(lang.L("Language…"), u.languageDialog)
	keys := fyne.NewMenuItem(lang.L("Keyboard shortcuts"), u.shortcutsDialog)
	about := fyne.NewMenuItem(lang.L("About Regionplan"), u.aboutDialog)
	return fyne.NewMainMenu(file, view, fyne.NewMenu(lang.L("Help"), language, keys, about))
}

func exampleTitle(name string) string {
	switch name {
	case examples.Kristiansand:
		return lang.L("Kristiansandregionen (7 municipalities)")
	case examples.Hallingdal:
		return lang.L("Hallingdal after the 2015 election (6 municipalities)")
	}
	return name
}

// snapshotAfterElection takes a snapshot of the plan on its first opening
// after an election it has not been re-anchored for, so that the plan as the
// old councils left it is kept.
func (u *UI) snapshotAfterElection(p *planmodel.Plan) {
	e, pending := p.PendingElection(u.now())
	if !pending || p.Reanchoring(e.Year) != nil || u.readOnlyText() != "" {
		return // a plan file that cannot be written gets no snapshot: its banner says why
	}
	snaps, err := u.store.Snapshots(p.ID)
	if err != nil {
		return // the plan still opens; the damage is reported where it is listed
	}
	for _, s := range snaps {
		if s.Reason == planmodel.SnapshotElection && s.Election == e.Year {
			return
		}
	}
	name := lang.L("As the plan stood at the {{.Year}} election", map[string]any{"Year": e.Year})
	if _, err := u.store.TakeSnapshot(p, name, planmodel.SnapshotElection, e.Year, u.now()); err != nil {
		u.showError(err)
	}
}
