// Command regionplan opens Regionplan's window, or does headless work on a
// plan file: add an example plan, list the plans.
//
//	regionplan [--db FILE] [--lang nb|nn|en]     open the window
//	regionplan --db FILE demo [kristiansand|hallingdal]
//	regionplan --db FILE new --name NAME --period 2026-2029 --municipalities NR,NR,…
//	regionplan municipalities [TEXT]
//	regionplan --db FILE list
//	regionplan --db FILE export plan --plan ID --out PATH [--without-internal]
//	regionplan --db FILE export xlsx --plan ID --out FILE.xlsx
//	regionplan --db FILE export report --plan ID --year Y --out DIR [--format pdf,docx]
//	regionplan --db FILE import PLAN.json
//	regionplan --db FILE import xlsx --plan ID BOOK.xlsx [--apply] [--conflicts plan|workbook]
//	regionplan --db FILE check
//	regionplan --db FILE backup --out COPY
//	regionplan --db FILE restore BACKUP
//	regionplan --db FILE recover
//	regionplan --db FILE salvage --out NEW.db
//
// Errors are one sentence on stderr and exit status 1.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"regionplan/app"
	_ "regionplan/cmd/regionplan/internal/cleanlocale" // first: see its doc
	"regionplan/internal/desktopwin"
	"regionplan/internal/memlimit"
	"regionplan/internal/platform"
	"regionplan/storage"
)

// Metadata is what FyneApp.toml says; a plain `go build` does not read that
// file, so the same values are set here (a test keeps the two in step).
var metadata = fyne.AppMetadata{
	ID:         app.ID,
	Name:       "Regionplan",
	Version:    "0.1.0",
	Build:      1,
	Migrations: map[string]bool{"fyneDo": true},
}

// usageError is a mistake in how the command was called.
type usageError string

func (e usageError) Error() string { return string(e) }

// memoryLimit is the soft limit of the memory Go manages, set unless
// GOMEMLIMIT is (see memlimit.Limit).
const memoryLimit = memlimit.Limit

// limitMemory sets memoryLimit unless the environment sets a limit itself.
func limitMemory(getenv func(string) string) {
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

func main() {
	limitMemory(os.Getenv)
	if len(os.Args) > 1 {
		useParentConsole() // console_windows.go
	}
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "regionplan: %v\n", err)
		os.Exit(1)
	}
}

// notes is where commands write a note beside their output, such as a
// file opened for reading only: run's stderr.
var notes io.Writer = os.Stderr

// cliLanguage is the --lang given to run, "" for none: the language of what
// commands print about a user's own files (import xlsx).
var cliLanguage string

// described is an error as the command line prints it (see describe).
type described struct {
	err  error
	path string
}

func (d described) Error() string { return describe(d.err, d.path) }
func (d described) Unwrap() error { return d.err }

func run(args []string, stdout, stderr io.Writer) (err error) {
	notes = stderr
	path := ""
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("an internal error stopped Regionplan; your saved plans are not affected")
		}
		if err != nil {
			err = described{err, path}
		}
	}()
	fs := flag.NewFlagSet("regionplan", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	db := fs.String("db", "", "the plan file (default: the app's storage folder)")
	language := fs.String("lang", "", "interface language: nb, nn or en (default: the one chosen last, else nb)")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error() + "; usage: regionplan [--db FILE] [--lang nb|nn|en] [demo|list]")
	}
	if *language != "" && !validLanguage(*language) {
		return usageError(fmt.Sprintf("unknown language %q; choose nb, nn or en", *language))
	}
	cliLanguage, path = *language, *db
	if path == "" {
		if path, err = defaultDBPath(); err != nil {
			return err
		}
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return runWindow(path, *language)
	}
	c, ok := commands[rest[0]]
	if !ok {
		return usageError(fmt.Sprintf("unknown command %q; the commands are %s", rest[0], commandNames()))
	}
	return c(path, rest[1:], stdout)
}

func validLanguage(code string) bool {
	for _, l := range app.Languages {
		if l == code {
			return true
		}
	}
	return false
}

// defaultDBPath is the plan file in Fyne's storage folder for the app ID:
// the one place the window and the commands take it from.
func defaultDBPath() (string, error) {
	dir, err := platform.StorageRoot(app.ID, runtime.GOOS, os.Getenv)
	if err != nil {
		return "", fmt.Errorf("cannot find your settings folder (%w); name a plan file with --db", err)
	}
	return filepath.Join(dir, storage.FileName), nil
}

// showDesktopWindow shows the main window where it was last closed, no
// larger than the screen, with Escape leaving a field or closing the top
// dialog: what Fyne 2.7 leaves to the GLFW window behind it.
func showDesktopWindow(ui *app.UI) {
	win := ui.Window()
	win.Show()
	if x, y, ok := ui.LastPosition(); ok {
		desktopwin.MoveTo(win, x, y)
	}
	desktopwin.FitScreen(win)
	desktopwin.InterceptEscape(win, ui.Escape)
	ui.KeepPosition(func() (int, int, bool) { return desktopwin.Position(win) })
}

func runWindow(db, language string) error {
	if runtime.GOOS == "linux" && os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return errors.New("there is no display to open the window on (DISPLAY is not set); start Regionplan from a desktop session, or under Xvfb")
	}
	fyneapp.SetMetadata(metadata)
	a := fyneapp.NewWithID(app.ID)
	if language == "" {
		language = app.PreferredLanguage(a)
	}
	if err := app.SetLanguage(language); err != nil {
		return fmt.Errorf("cannot load the translations: %w", err)
	}
	var (
		store   *storage.Store
		openErr error
		fatal   fyne.Window // explains why the file cannot be opened
		open    func()
	)
	open = func() {
		if store, openErr = storage.OpenChecking(db); openErr == nil {
			var ui *app.UI
			if ui, openErr = app.New(a, store); openErr == nil {
				ui.OpenLast()
				showDesktopWindow(ui)
				if fatal != nil {
					fatal.Close()
				}
				return
			}
			store.Close() // the retry from ShowFatal opens the file again
		}
		if fatal == nil {
			fatal = a.NewWindow("Regionplan")
		}
		app.ShowFatal(fatal, db, openErr, open) // may restore a backup, then open again
		fatal.Show()
	}
	watch := watchStartup() // graphics.go: Fyne only logs a missing OpenGL
	panicked := startWindow(open)
	if lines := watch.graphicsFailure(); lines != nil {
		if store != nil {
			store.Close() // nothing was edited yet: nothing is lost
		}
		err := reportNoGraphics(lines)
		watch.stop(false) // stderr gets the one sentence, the log file the rest
		return err
	}
	watch.stop(true)
	if panicked != nil {
		panic(panicked)
	}
	a.Run()
	if store != nil {
		store.Close()
	}
	return openErr
}
