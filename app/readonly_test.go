package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/app/widgets"
	"regionplan/examples"
	"regionplan/internal/testfs"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
	"regionplan/storage"
)

// readOnlyStore saves an example plan, copies the file where it cannot be
// written and opens it there.
func readOnlyStore(t *testing.T) (*storage.Store, string) {
	t.Helper()
	p, _ := examples.Plan("kristiansand", time.Now()) // an election awaits re-anchoring
	return readOnlyStoreOf(t, p)
}

// readOnlyStoreOf saves p, copies the file where it cannot be written and
// opens it there.
func readOnlyStoreOf(t *testing.T, p *planmodel.Plan) (*storage.Store, string) {
	t.Helper()
	src := filepath.Join(t.TempDir(), storage.FileName)
	s, err := storage.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, err := storage.Open(filepath.Join(testfs.ReadOnlyCopy(t, src), storage.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	if !ro.ReadOnly() {
		t.Fatal("the file on a medium that cannot be written did not open read-only")
	}
	return ro, p.ID
}

// openReadOnly opens a read-only plan in a test window.
func openReadOnly(t *testing.T) (*UI, *planScreen) {
	t.Helper()
	return openReadOnlyStore(t, readOnlyStore)
}

// openReadOnlyStore opens the plan of the read-only plan file that open
// makes in a test window.
func openReadOnlyStore(t *testing.T, open func(t *testing.T) (*storage.Store, string)) (*UI, *planScreen) {
	t.Helper()
	a := test.NewTempApp(t)
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	s, id := open(t)
	u, err := New(a, s)
	if err != nil {
		t.Fatal(err)
	}
	u.win.Resize(fyne.NewSize(1100, 720))
	u.startTimer = func(time.Duration, func()) timer { return &testTimer{} }
	u.openPlan(id)
	ps := u.plan
	if ps == nil {
		t.Fatal("the plan did not open")
	}
	return u, ps
}

// A plan file opened read-only used to open the plan for editing, and the
// edits failed only when they were saved. The plan screen now says so at the
// top, its entries and check boxes are disabled, and an edit that still gets
// through (a button, a dialog) is undone with a line in the status bar.
func TestReadOnlyPlanCannotBeEdited(t *testing.T) {
	u, ps := openReadOnly(t)
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("opening the plan showed %q (the election snapshot cannot be written)", uitest.Texts(top))
	}
	if !uitest.ContainsText(uitest.Texts(u.win.Content()), "Åpnet skrivebeskyttet: disken eller mappen med planfilen kan ikke skrives til.") {
		t.Errorf("no read-only banner: %q", uitest.Texts(u.win.Content()))
	}
	for _, view := range []int{0, 1, 2, 3, 4, 5, 6, 7, settingsView, signalsView, historyScreen} {
		ps.show(view)
		var entries []*widget.Entry
		var checks []*widget.Check
		for _, o := range shownAndTabbed(ps.body) {
			entries = append(entries, uitest.FindAll[*widget.Entry](o)...)
			checks = append(checks, uitest.FindAll[*widget.Check](o)...)
		}
		if len(entries)+len(checks) == 0 && view != signalsView && view != historyScreen {
			t.Fatalf("view %d has no entries or check boxes to look at", view)
		}
		for _, e := range entries {
			if !e.Disabled() {
				t.Errorf("view %d: the entry %q can be typed into", view, e.Text)
			}
		}
		for _, c := range checks {
			if !c.Disabled() {
				t.Errorf("view %d: the check box %q can be ticked", view, c.Text)
			}
		}
	}
	name, n := ps.plan.Name, len(ps.plan.Municipalities)
	ps.plan.Name = "Endret"
	ps.plan.Municipalities = ps.plan.Municipalities[:1]
	ps.Changed()
	if ps.plan.Name != name || len(ps.plan.Municipalities) != n {
		t.Errorf("the edit was kept: %q, %d municipalities", ps.plan.Name, len(ps.plan.Municipalities))
	}
	if got := ps.status.Text; !strings.Contains(got, "Ikke endret: planen er åpnet skrivebeskyttet.") {
		t.Errorf("status line %q", got)
	}
}

// shownAndTabbed returns o and the content of every tab inside it, shown
// or not: a tab's content is drawn only while it is chosen.
func shownAndTabbed(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	for _, tabs := range uitest.FindAll[*container.AppTabs](o) {
		for _, it := range tabs.Items {
			out = append(out, shownAndTabbed(it.Content)...)
		}
	}
	return out
}

// The grids of stage 7 used to stay editable in a read-only plan: typing
// into a cell stored the figure, and the edit was then undone by building
// the screen anew. Now a read-only plan's grids do not start an edit.
func TestReadOnlyPlanGridsCannotBeTypedInto(t *testing.T) {
	u, ps := openReadOnly(t)
	var grids int
	ps.tab = stages.TabTool // the grids are on the tool's tab
	for view := 0; view < len(u.guide.Stages); view++ {
		ps.show(view)
		shown := ps.view
		for _, o := range shownAndTabbed(ps.body) {
			for _, g := range uitest.FindAll[*widgets.Grid](o) {
				grids++
				if !g.Disabled() {
					t.Errorf("view %d: a grid is not disabled", view)
				}
				// Row 1, column 2 is a figure in each of stage 7's grids.
				g.Select(1, 2)
				uitest.TypeKeys(u.win.Canvas(), "9")
				uitest.PressKey(u.win.Canvas(), fyne.KeyReturn)
				if ps.view != shown || strings.Contains(ps.status.Text, "Ikke endret") {
					t.Fatalf("view %d: typing into a grid changed the plan (status %q)", view, ps.status.Text)
				}
			}
		}
	}
	if grids == 0 {
		t.Fatal("no stage has a grid to look at")
	}
}
