// Package stages holds the guide's eight stage screens: the frame every stage
// shares (purpose, checklist, guidance, warning signals) and each stage's
// working tool, one file per stage. A stage talks to the window around it
// only through Host, so the package knows no shell and no saving.
package stages

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"regionplan/planmodel"
	"regionplan/wizard"
)

// Host is what a stage needs from the window around it: the open plan, the
// guide, and the plan screen's saving, snapshots, files and navigation.
type Host interface {
	// Plan is the open plan; a stage changes it in place and then calls Changed.
	Plan() *planmodel.Plan
	// Changed records that the plan changed, so that it is saved soon.
	Changed()
	// ReadOnly reports whether the plan file can only be read, so that
	// Changed undoes any change.
	ReadOnly() bool
	// Now is the current time (fixed in tests).
	Now() time.Time
	// Window is the main window, for dialogs.
	Window() fyne.Window
	// Guide is the guide's stages, checklists and signals in the interface language.
	Guide() *wizard.Guide
	// Language is the interface language's code: nb, nn or en.
	Language() string
	// ShowError tells the user what went wrong and what to do.
	ShowError(err error)
	// Snapshot saves the plan, then keeps a snapshot of it under name for
	// reason (one of storage's Snapshot… reasons) and, for an election, its year.
	Snapshot(name, reason string, election int) error
	// WriteInBackground saves the plan, then runs write on a copy of it away
	// from the window with a progress bar and a button that stops it, and
	// tells the user what done says of the number of documents written.
	WriteInBackground(dir string, write WriteFunc, done func(n int, dir string) string)
	// SaveFile asks for a folder and a file name and writes the file there through write.
	SaveFile(name, ext string, write func(path string) error, title string, done func(path string) string)
	// ShowStage shows the stage with the given ID, built anew, on the tab of the given kind ("" keeps the last).
	ShowStage(id wizard.StageID, tab Tab)
	// ShowPage shows o in place of the stage, such as one decision's editor.
	ShowPage(o fyne.CanvasObject)
	// StartTimer starts a countdown of d after which fire runs on the
	// window's goroutine, for work that waits for a pause in typing; tests
	// fire it themselves.
	StartTimer(d time.Duration, fire func()) Timer
}

// Timer is a started countdown that can be restarted or stopped, as a *time.Timer.
type Timer interface {
	Reset(d time.Duration) bool
	Stop() bool
}

// Tab is the kind of a stage's tab: its checklist, its working tool or its guidance.
type Tab string

// The kinds of a stage's tabs.
const (
	TabChecklist Tab = "checklist"
	TabTool      Tab = "tool"
	TabGuidance  Tab = "guidance"
)

// WriteFunc writes documents from a copy of the plan, reporting its progress
// after each document, and returns the files it wrote; when ctx is
// cancelled it stops and removes what it had written.
type WriteFunc func(ctx context.Context, p *planmodel.Plan, progress func(done, total int)) ([]string, error)
