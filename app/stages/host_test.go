package stages

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"regionplan/app/widgets"
	"regionplan/examples"
	"regionplan/planmodel"
	"regionplan/storage"
	"regionplan/wizard"
)

// testHost is the window around one stage in the tests: a real plan file in
// a temporary folder that the plan is saved to when the test reloads it, the
// guide in bokmål, and Fyne's test driver.
type testHost struct {
	t        testing.TB
	win      fyne.Window
	store    *storage.Store
	path     string
	plan     *planmodel.Plan
	guide    *wizard.Guide
	view     *View             // the stage shown, nil while a page is shown
	page     fyne.CanvasObject // the page shown in place of a stage
	tab      Tab
	written  []string     // the files of the last background write
	timers   []*testTimer // every countdown started, to fire by hand
	readOnly bool         // what ReadOnly reports
}

// testTimer is a countdown that runs only when the test fires it.
type testTimer struct {
	fire    func()
	running bool
}

func (t *testTimer) Reset(time.Duration) bool { was := t.running; t.running = true; return was }
func (t *testTimer) Stop() bool               { was := t.running; t.running = false; return was }

// fireTimers runs every countdown still running, as if the pause had passed.
func (h *testHost) fireTimers() {
	for _, t := range h.timers {
		if t.running {
			t.running = false
			t.fire()
		}
	}
}

func (h *testHost) StartTimer(_ time.Duration, fire func()) Timer {
	t := &testTimer{fire: fire, running: true}
	h.timers = append(h.timers, t)
	return t
}

// newTestHost stores a fresh copy of the named example in a new plan file.
func newTestHost(t testing.TB, example string) *testHost {
	t.Helper()
	p, err := examples.Plan(example, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return hostFor(t, p)
}

// hostFor stores p in a new plan file.
func hostFor(t testing.TB, p *planmodel.Plan) *testHost {
	t.Helper()
	a := test.NewTempApp(t)
	if err := widgets.SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	g, err := wizard.Load("nb")
	if err != nil {
		t.Fatal(err)
	}
	h := &testHost{t: t, guide: g, plan: p, path: filepath.Join(t.TempDir(), storage.FileName)}
	if h.store, err = storage.Open(h.path); err != nil {
		t.Fatal(err)
	}
	if err := h.store.Create(h.plan); err != nil {
		t.Fatal(err)
	}
	h.win = a.NewWindow("Regionplan")
	h.win.Resize(fyne.NewSize(1100, 720))
	t.Cleanup(func() { h.store.Close() })
	return h
}

// openStage shows the stage with the given ID of a fresh copy of the example.
func openStage(t testing.TB, example string, stageID wizard.StageID) *testHost {
	t.Helper()
	h := newTestHost(t, example)
	h.ShowStage(stageID, "")
	if h.view == nil || h.view.tool == nil {
		t.Fatalf("stage %s shows no tool", stageID)
	}
	return h
}

// reload saves the plan, closes the plan file and reads the plan back from it.
func (h *testHost) reload() *planmodel.Plan {
	h.t.Helper()
	if err := h.store.Save(h.plan); err != nil {
		h.t.Fatalf("saving the plan: %v", err)
	}
	h.store.Close()
	s, err := storage.Open(h.path)
	if err != nil {
		h.t.Fatal(err)
	}
	h.store = s
	p, err := s.Load(h.plan.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	return p
}

func (h *testHost) Plan() *planmodel.Plan { return h.plan }
func (h *testHost) Now() time.Time        { return time.Now() }
func (h *testHost) Window() fyne.Window   { return h.win }
func (h *testHost) Guide() *wizard.Guide  { return h.guide }
func (h *testHost) ReadOnly() bool        { return h.readOnly }
func (h *testHost) Language() string      { return "nb" }
func (h *testHost) ShowError(err error)   { h.t.Errorf("an error was shown: %v", err) }

// Changed records the change and, as the plan screen does, refreshes the
// checklist of the stage shown.
func (h *testHost) Changed() {
	h.plan.Updated = time.Now()
	if h.view != nil {
		h.view.RefreshCount()
	}
}

func (h *testHost) Snapshot(name, reason string, election int) error {
	if err := h.store.Save(h.plan); err != nil {
		return err
	}
	_, err := h.store.TakeSnapshot(h.plan, name, reason, election, time.Now())
	return err
}

func (h *testHost) WriteInBackground(dir string, write WriteFunc, done func(n int, dir string) string) {
	files, err := write(context.Background(), h.plan.Clone(), func(int, int) {})
	if err != nil {
		h.t.Errorf("writing the documents: %v", err)
	}
	h.written = files
}

func (h *testHost) SaveFile(name, ext string, write func(path string) error, title string, done func(path string) string) {
	path := filepath.Join(h.t.TempDir(), name)
	if err := write(path); err != nil {
		h.t.Errorf("writing %s: %v", name, err)
	}
	h.written = []string{path}
}

func (h *testHost) ShowStage(id wizard.StageID, tab Tab) {
	if tab != "" {
		h.tab = tab
	}
	i := h.guide.StageIndex(id)
	h.view, h.page = NewView(h, &h.guide.Stages[i], i, &h.tab), nil
	h.win.SetContent(h.view.Content)
}

func (h *testHost) ShowPage(o fyne.CanvasObject) {
	h.view, h.page = nil, o
	h.win.SetContent(o)
}
